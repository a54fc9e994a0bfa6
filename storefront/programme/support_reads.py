"""Reading support requests: who may see which (a producer its own, a commune officer those of
the producers of their commune, an administrator all), the lists and threads, and the office's
response times (count, median and 90th percentile of the minutes to a first answer, and the
requests waiting longest)."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload

from storefront.accounts.models import OfficeRole, User
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.producers.models import Producer
from storefront.programme.support_models import (
    SupportKind,
    SupportMessage,
    SupportRequest,
    SupportStatus,
)
from storefront.timeutil import VIETNAM

PAGE_SIZE = 30
LONGEST_WAITING = 5


class SupportError(DomainError):
    """A support request or message refused as asked; nothing of it is kept."""

    code = "support_refused"


class SupportNotFound(SupportError):
    """No such request for this account: another producer's, or outside an officer's commune
    (a 404, so an id guessed says nothing of whether it exists)."""

    code = "support_not_found"
    status = 404


NOT_FOUND = _l("This support request does not exist.")


def office_scope(user: User) -> sa.ColumnElement[bool]:
    """The condition on SupportRequest (joined to its Producer) of what an office account
    sees: everything for an administrator, its commune's producers for a commune officer,
    nothing for anyone else."""
    if user.is_admin:
        return sa.true()
    if user.office_role == OfficeRole.COMMUNE_OFFICER and user.commune_code is not None:
        return Producer.ward_code == user.commune_code
    return sa.false()


def may_handle(user: User, request: SupportRequest) -> bool:
    """Whether this office account may see, answer or be given this request."""
    if not user.is_active:
        return False
    if user.is_admin:
        return True
    return (
        user.office_role == OfficeRole.COMMUNE_OFFICER
        and user.commune_code is not None
        and user.commune_code == request.producer.ward_code
    )


def office_request(user: User, request_id: int, *, lock: bool = False) -> SupportRequest:
    """The request of that id if this office account may see it; SupportNotFound otherwise.
    `lock` holds its row for the rest of the transaction (a message, an assignment)."""
    query = (
        sa.select(SupportRequest)
        .join(SupportRequest.producer)
        .where(SupportRequest.id == request_id, office_scope(user))
    )
    return _one(query, lock)


def producer_request(producer: Producer, request_id: int, *, lock: bool = False):
    """The producer's own request of that id; SupportNotFound for anyone else's."""
    query = sa.select(SupportRequest).where(
        SupportRequest.id == request_id, SupportRequest.producer_id == producer.id
    )
    return _one(query, lock)


def _one(query: sa.Select, lock: bool) -> SupportRequest:
    if lock:
        query = query.with_for_update(of=SupportRequest, key_share=True)
    found = db.session.scalar(query)
    if found is None:
        raise SupportNotFound(NOT_FOUND)
    return found


def producer_requests(producer: Producer) -> list[SupportRequest]:
    """The producer's requests, those waiting on someone first, newest activity first."""
    return list(
        db.session.scalars(
            sa.select(SupportRequest)
            .where(SupportRequest.producer_id == producer.id)
            .order_by(
                (SupportRequest.status == SupportStatus.CLOSED).asc(),
                SupportRequest.last_message_at.desc(),
                SupportRequest.id.desc(),
            )
        )
    )


@dataclass(frozen=True)
class OfficeFilters:
    """The office list's filters, each None for 'any'; assignee 0 means 'nobody yet'."""

    status: SupportStatus | None = None
    kind: SupportKind | None = None
    commune: int | None = None
    assignee: int | None = None


def office_requests(user: User, filters: OfficeFilters, page: int = 1):
    """One page of the requests this account sees, filtered, oldest waiting first, then the
    most recent activity; and whether a next page exists."""
    query = _filtered(user, filters).options(
        joinedload(SupportRequest.producer), joinedload(SupportRequest.assignee)
    )
    query = query.order_by(
        SupportRequest.waiting_since.is_(None),
        SupportRequest.waiting_since,
        SupportRequest.last_message_at.desc(),
        SupportRequest.id.desc(),
    )
    found = list(db.session.scalars(query.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE + 1)))
    return found[:PAGE_SIZE], len(found) > PAGE_SIZE


def _filtered(user: User, filters: OfficeFilters) -> sa.Select:
    query = sa.select(SupportRequest).join(SupportRequest.producer).where(office_scope(user))
    if filters.status is not None:
        query = query.where(SupportRequest.status == filters.status)
    if filters.kind is not None:
        query = query.where(SupportRequest.kind == filters.kind)
    if filters.commune is not None:
        query = query.where(Producer.ward_code == filters.commune)
    if filters.assignee == 0:
        query = query.where(SupportRequest.assignee_id.is_(None))
    elif filters.assignee is not None:
        query = query.where(SupportRequest.assignee_id == filters.assignee)
    return query


def thread(request: SupportRequest) -> list[SupportMessage]:
    """The request's messages, oldest first, with their authors and attachments."""
    return list(
        db.session.scalars(
            sa.select(SupportMessage)
            .where(SupportMessage.request_id == request.id)
            .order_by(SupportMessage.id)
            .options(joinedload(SupportMessage.author), selectinload(SupportMessage.attachments))
        )
    )


def office_accounts(ward_code: int | None = None) -> list[User]:
    """The active office accounts that handle support, administrators first, by name: those
    a request of a producer of this commune may be given to (its own officers), or, without
    a commune, every commune officer too."""
    officers = User.office_role == OfficeRole.COMMUNE_OFFICER
    if ward_code is not None:
        officers = sa.and_(officers, User.commune_code == ward_code)
    return list(
        db.session.scalars(
            sa.select(User)
            .where(User.is_active_account.is_(True), sa.or_(User.is_admin.is_(True), officers))
            .order_by(User.is_admin.desc(), User.name, User.id)
        )
    )


def assignees_seen_by(user: User) -> list[User]:
    """The accounts the office list may filter by: all for an administrator, those of their
    own commune for a commune officer."""
    return office_accounts(None if user.is_admin else user.commune_code)


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from one stored time to a later one (the seconds left over drop)."""
    return int((end - start).total_seconds() // 60)


def response_minutes(request: SupportRequest) -> int | None:
    """Minutes from opening to the office's first answer; None while unanswered."""
    if request.first_response_at is None:
        return None
    return minutes_between(request.created_at, request.first_response_at)


def percentile(values: list[int], share: Fraction) -> Fraction:
    """The value below which `share` of the sorted values lie, interpolating linearly between
    the two nearest ranks (the common "linear" definition: the median of 10 and 20 is 15)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


@dataclass(frozen=True)
class Waiting:
    """An open request and how long it has waited for the office, in whole minutes."""

    request: SupportRequest
    minutes: int


@dataclass(frozen=True)
class ResponseTimes:
    """The office's response times over requests opened in a period: how many were opened,
    how many got an answer, the median and 90th percentile of their minutes to a first
    answer (None without any), and the open requests waiting longest now."""

    opened: int
    answered: int
    median_minutes: float | None
    p90_minutes: float | None
    waiting: list[Waiting]


def local_day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC instants from the start of `start` to the end of `end`, both days in Vietnam."""
    since = datetime.combine(start, time.min, VIETNAM).astimezone(UTC)
    until = datetime.combine(end + timedelta(days=1), time.min, VIETNAM).astimezone(UTC)
    return since, until


def response_times(
    start: date, end: date, commune: int | None = None, *, user: User | None = None
) -> ResponseTimes:
    """Response times of the requests opened from `start` to `end` (days in Vietnam, both
    included), of the producers of one commune (a ward code) or all; `user` narrows them to
    what that office account sees. The waiting list is of today, whatever the period."""
    since, until = local_day_bounds(start, end)
    scope = [Producer.ward_code == commune] if commune is not None else []
    if user is not None:
        scope.append(office_scope(user))
    rows = db.session.execute(
        sa.select(SupportRequest.created_at, SupportRequest.first_response_at)
        .join(SupportRequest.producer)
        .where(SupportRequest.created_at >= since, SupportRequest.created_at < until, *scope)
    ).all()
    minutes = [minutes_between(made, first) for made, first in rows if first is not None]
    return ResponseTimes(
        opened=len(rows),
        answered=len(minutes),
        median_minutes=float(percentile(minutes, Fraction(1, 2))) if minutes else None,
        p90_minutes=float(percentile(minutes, Fraction(9, 10))) if minutes else None,
        waiting=longest_waiting(scope),
    )


def longest_waiting(scope: list, limit: int = LONGEST_WAITING) -> list[Waiting]:
    """The open requests that have waited longest for the office (since opening, or since the
    producer's last message after an answer)."""
    now = utcnow()
    found = db.session.scalars(
        sa.select(SupportRequest)
        .join(SupportRequest.producer)
        .where(SupportRequest.waiting_since.is_not(None), *scope)
        .options(joinedload(SupportRequest.producer))
        .order_by(SupportRequest.waiting_since, SupportRequest.id)
        .limit(limit)
    )
    return [Waiting(r, minutes_between(r.waiting_since, now)) for r in found if r.waiting_since]
