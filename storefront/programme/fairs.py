"""The office's fairs and the producers' booth applications: announcing a fair, applying for
a booth, the office accepting or declining, a producer withdrawing.

Every write about a fair's booths first locks the fair's row (FOR NO KEY UPDATE; on SQLite
the request already holds the one write lock), then its applications: two office tabs
accepting the last booth, a producer applying twice at once or withdrawing while the office
accepts all queue on that row, and a booth is taken only by a conditional UPDATE that checks
the count, so acceptances never exceed the fair's booths."""

import enum
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts import audit
from storefront.database import rows_updated
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.producers.models import MemberRole, Producer, ProducerStatus
from storefront.programme.fair_models import (
    MAX_PRODUCTS_SHOWN,
    ApplicationStatus,
    BoothApplication,
    Fair,
    FairKind,
    booth_product,
)
from storefront.state_machine import Event, IllegalTransition, StateMachine
from storefront.timeutil import today_local

S = ApplicationStatus
FAIR_FIELDS = (
    "name_vi", "name_en", "starts_on", "ends_on", "applications_close_on", "address",
    "ward_code", "booths", "description_vi", "description_en",
)  # fmt: skip


class FairError(DomainError):
    """A fair or a booth application refused as asked; nothing of it is kept."""

    code = "fair_refused"


class BoothsFull(FairError):
    """Every booth of the fair is taken (another tab may just have taken the last)."""

    code = "booths_full"
    status = 409


class BoothAction(enum.StrEnum):
    APPLY = "apply"  # again, after withdrawing
    ACCEPT = "accept"
    DECLINE = "decline"
    WITHDRAW = "withdraw"


A = BoothAction
TRANSITIONS = {
    (S.WAITING, A.ACCEPT): S.ACCEPTED,
    (S.WAITING, A.DECLINE): S.DECLINED,
    (S.DECLINED, A.ACCEPT): S.ACCEPTED,  # the office thinks again
    (S.ACCEPTED, A.DECLINE): S.DECLINED,  # and takes a booth back: it is free again
    (S.WAITING, A.WITHDRAW): S.WITHDRAWN,
    (S.ACCEPTED, A.WITHDRAW): S.WITHDRAWN,
    (S.WITHDRAWN, A.APPLY): S.WAITING,
}
OFFICE_ACTIONS = (A.ACCEPT, A.DECLINE)
TOLD_TO_PRODUCER = {S.ACCEPTED, S.DECLINED}


def _record(application: BoothApplication, event: Event) -> None:
    """Each step is an entry of the audit log (the office's decisions, the producer's own)."""
    audit.record(
        f"booth.{event.to_state}",
        application,
        summary=f"{application.producer.name} · {application.fair.name_vi}"[:300],
        before={"status": event.from_state} if event.from_state else None,
        after={"status": event.to_state, "fair_id": application.fair_id, "note": event.note},
    )


MACHINE = StateMachine(
    "booth", TRANSITIONS, _record, _l("This application has already moved on: reload the page.")
)


def save_fair(fair: Fair | None, values: dict, today: date | None = None) -> Fair:
    """Announce a fair or change it (flushed). FairError for dates out of order, a closing
    date after the start, a new fair in the past, or fewer booths than already accepted."""
    today = today or today_local()
    starts, ends, closes = values["starts_on"], values["ends_on"], values["applications_close_on"]
    if ends < starts:
        raise FairError(_l("The fair cannot end before it starts."), "ends_on")
    if closes > starts:
        message = _l("Applications must close on or before the first day.")
        raise FairError(message, "applications_close_on")
    if fair is None and ends < today:
        raise FairError(_l("This fair is already over: check the dates."), "ends_on")
    before = None
    if fair is None:
        fair = Fair(booths_taken=0)
        db.session.add(fair)
    else:
        _lock(fair.id)
        db.session.refresh(fair)
        before = _snapshot(fair)
        if values["booths"] < fair.booths_taken:
            raise FairError(
                _l("%(count)s booths are already given: the fair needs at least that many.",
                   count=fair.booths_taken),
                "booths",
            )  # fmt: skip
    for field in FAIR_FIELDS:
        setattr(fair, field, values[field])
    fair.kind = FairKind(values["kind"])
    db.session.flush()
    action = "fair.announced" if before is None else "fair.edited"
    audit.record(action, fair, summary=fair.name_vi, before=before, after=_snapshot(fair))
    return fair


def apply(
    fair: Fair, producer: Producer, product_ids: list[int], note: str, today: date | None = None
) -> BoothApplication:
    """A producer's application for a booth, showing some of its own products (the caller
    checks they are the producer's). FairError, nothing saved, for a producer the office has
    not approved, after applications closed or the fair started, or a second application."""
    today = today or today_local()
    _lock(fair.id)
    db.session.refresh(fair)
    _check_can_apply(fair, producer, today)
    if not product_ids:
        raise FairError(_l("Choose at least one product to show at your booth."), "products")
    if len(product_ids) > MAX_PRODUCTS_SHOWN:
        raise FairError(
            _l("Choose at most %(count)s products.", count=MAX_PRODUCTS_SHOWN), "products"
        )
    application = _application_of(fair, producer)
    if application is None:
        application = BoothApplication(fair=fair, producer=producer, status=S.WAITING)
        db.session.add(application)
        db.session.flush()
        MACHINE.created(application)
    elif application.status == S.WITHDRAWN:
        MACHINE.move(application, A.APPLY)
        application.applied_at, application.decided_at, application.office_note = utcnow(), None, ""
    else:
        raise FairError(_l("You have already applied for a booth at this fair."), code="applied")
    application.note = note
    _show_products(application, product_ids)
    db.session.flush()
    return application


def decide(application: BoothApplication, action: str, note: str = "") -> S:
    """The office accepts or declines an application (IllegalTransition for anything else,
    or an application that moved on); accepting takes a booth or raises BoothsFull (409).
    The producer's owners are told by e-mail."""
    if action not in OFFICE_ACTIONS:
        raise IllegalTransition(application, action, MACHINE.refusal)
    _lock(application.fair_id)
    db.session.refresh(application)
    was = application.status
    if not MACHINE.can(application, action):
        raise IllegalTransition(application, action, MACHINE.refusal)
    if action == A.ACCEPT:
        _take_booth(application.fair_id)
    elif was == S.ACCEPTED:
        _free_booth(application.fair_id)
    MACHINE.move(application, action, note=note)
    application.decided_at, application.office_note = utcnow(), note
    db.session.flush()
    _tell_owners(application)
    return application.status


def withdraw(application: BoothApplication, today: date | None = None) -> None:
    """The producer takes its application back; an accepted one frees its booth. Refused once
    the fair has started."""
    today = today or today_local()
    _lock(application.fair_id)
    db.session.refresh(application)
    if today >= application.fair.starts_on:
        raise FairError(_l("The fair has started: please call the OCOP office."), code="started")
    was = application.status
    MACHINE.move(application, A.WITHDRAW)
    if was == S.ACCEPTED:
        _free_booth(application.fair_id)
    db.session.flush()


def _check_can_apply(fair: Fair, producer: Producer, today: date) -> None:
    if producer.status != ProducerStatus.APPROVED:
        raise FairError(
            _l("Only producers approved by the OCOP office can apply for a booth."),
            code="not_approved",
        )
    if today >= fair.starts_on:
        raise FairError(_l("This fair has already started."), code="started")
    if today > fair.applications_close_on:
        raise FairError(_l("Applications for this fair are closed."), code="closed")


def _application_of(fair: Fair, producer: Producer) -> BoothApplication | None:
    return db.session.scalar(
        sa.select(BoothApplication).where(
            BoothApplication.fair_id == fair.id, BoothApplication.producer_id == producer.id
        )
    )


def _show_products(application: BoothApplication, product_ids: list[int]) -> None:
    db.session.execute(
        sa.delete(booth_product).where(booth_product.c.application_id == application.id)
    )
    db.session.execute(
        sa.insert(booth_product),
        [{"application_id": application.id, "product_id": i} for i in sorted(set(product_ids))],
    )


def _lock(fair_id: int) -> None:
    db.session.execute(sa.select(Fair.id).where(Fair.id == fair_id).with_for_update(key_share=True))


def _take_booth(fair_id: int) -> None:
    taken = rows_updated(
        sa.update(Fair)
        .where(Fair.id == fair_id, Fair.booths_taken < Fair.booths)
        .values(booths_taken=Fair.booths_taken + 1)
        .execution_options(synchronize_session=False)
    )
    if not taken:
        raise BoothsFull(_l("Every booth of this fair is taken: decline or free one first."))
    _forget_counts(fair_id)


def _free_booth(fair_id: int) -> None:
    rows_updated(
        sa.update(Fair)
        .where(Fair.id == fair_id, Fair.booths_taken > 0)
        .values(booths_taken=Fair.booths_taken - 1)
        .execution_options(synchronize_session=False)
    )
    _forget_counts(fair_id)


def _forget_counts(fair_id: int) -> None:
    fair = db.session.get(Fair, fair_id)
    if fair is not None:
        db.session.expire(fair, ["booths_taken"])


def _tell_owners(application: BoothApplication) -> None:
    if application.status not in TOLD_TO_PRODUCER:
        return
    producer = application.producer
    for member in producer.members:
        if member.role == MemberRole.OWNER:
            mail.queue(
                member.user.email,
                "mail/programme/booth_subject.txt",
                "mail/programme/booth_body.txt",
                locale=member.user.locale,
                application=application,
                fair=application.fair,
                producer=producer,
                accepted=application.status == S.ACCEPTED,
                link=external_url("portal.fairs"),
            )


def _snapshot(fair: Fair) -> dict:
    return {
        "name_vi": fair.name_vi,
        "kind": fair.kind.value if fair.kind else None,
        "starts_on": fair.starts_on.isoformat(),
        "ends_on": fair.ends_on.isoformat(),
        "applications_close_on": fair.applications_close_on.isoformat(),
        "ward_code": fair.ward_code,
        "booths": fair.booths,
    }
