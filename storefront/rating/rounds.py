"""Rating rounds: the office opens one (name, the in-force scorecard of each product group it
rates, the deadline for dossiers, its council members), closes the intake to let the council
score, and closes it once decided. The rule a new dossier meets lives here too."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from storefront.accounts import audit
from storefront.accounts.models import OfficeRole, User
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.rating.errors import NotOnRound, RatingError, RoundNotAccepting
from storefront.rating.models import (
    RatingRound,
    RoundMember,
    RoundStatus,
    Scorecard,
    ScorecardStatus,
)
from storefront.rating.states import ROUND_MACHINE, RoundAction
from storefront.timeutil import format_day

MIN_MEMBERS = 1


def council_members() -> list[User]:
    """The users the office may seat on a round: active, with the council role."""
    return list(
        db.session.scalars(
            sa.select(User)
            .where(User.office_role == OfficeRole.COUNCIL, User.is_active_account.is_(True))
            .order_by(User.name, User.id)
        )
    )


def rounds() -> list[RatingRound]:
    return list(
        db.session.scalars(
            sa.select(RatingRound)
            .options(selectinload(RatingRound.scorecards), selectinload(RatingRound.members))
            .order_by(RatingRound.dossier_deadline.desc(), RatingRound.id.desc())
        )
    )


def rounds_of_member(user: User) -> list[RatingRound]:
    """The rounds this council member sits on, newest first."""
    return list(
        db.session.scalars(
            sa.select(RatingRound)
            .join(RoundMember, RoundMember.round_id == RatingRound.id)
            .where(RoundMember.user_id == user.id)
            .order_by(RatingRound.dossier_deadline.desc(), RatingRound.id.desc())
        )
    )


def open_rounds(today: date, group_slug: str | None = None) -> list[RatingRound]:
    """Rounds taking dossiers today (of one product group, if given), nearest deadline first."""
    found = db.session.scalars(
        sa.select(RatingRound)
        .where(RatingRound.status == RoundStatus.OPEN, RatingRound.dossier_deadline >= today)
        .order_by(RatingRound.dossier_deadline, RatingRound.id)
    )
    return [r for r in found if group_slug is None or r.scorecard_for(group_slug)]


@dataclass(frozen=True)
class RoundValues:
    name: str
    scorecard_ids: list[int]
    dossier_deadline: date
    member_ids: list[int]


def open_round(values: RoundValues, today: date, actor: User | None = None) -> RatingRound:
    """A new round, open for dossiers until its deadline."""
    if values.dossier_deadline < today:
        message = _l("The deadline for dossiers cannot be in the past.")
        raise RatingError(message, "dossier_deadline")
    cards = _chosen_scorecards(values.scorecard_ids)
    members = _chosen_members(values.member_ids)
    found = RatingRound(
        name=values.name.strip(),
        dossier_deadline=values.dossier_deadline,
        created_by_id=actor.id if actor else None,
        scorecards=cards,
        members=[RoundMember(user_id=m.id) for m in members],
    )
    db.session.add(found)
    db.session.flush()
    ROUND_MACHINE.created(found, actor=actor, actor_label="office")
    audit.record(
        "rating.round_opened",
        found,
        summary=found.name,
        after={
            "groups": [c.group_slug for c in cards],
            "scorecards": [c.id for c in cards],
            "deadline": found.dossier_deadline.isoformat(),
            "members": [m.id for m in members],
        },
    )
    return found


def _chosen_scorecards(ids: list[int]) -> list[Scorecard]:
    cards = list(db.session.scalars(sa.select(Scorecard).where(Scorecard.id.in_(ids or [0]))))
    if not cards or len(cards) != len(set(ids)):
        raise RatingError(_l("Choose at least one product group to rate."), "scorecard_ids")
    if any(c.status != ScorecardStatus.IN_FORCE for c in cards):
        raise RatingError(_l("A round rates with the scorecards in force only."), "scorecard_ids")
    if len({c.group_slug for c in cards}) != len(cards):
        raise RatingError(_l("One scorecard per product group."), "scorecard_ids")
    return sorted(cards, key=lambda c: c.group_slug)


def _chosen_members(ids: list[int]) -> list[User]:
    allowed = {u.id: u for u in council_members()}
    chosen = [allowed[i] for i in dict.fromkeys(ids) if i in allowed]
    if len(chosen) != len(set(ids)) or len(chosen) < MIN_MEMBERS:
        raise RatingError(
            _l("Choose the council members among the users with the council role."), "member_ids"
        )
    return chosen


def move_round(found: RatingRound, action: RoundAction, actor: User | None = None) -> None:
    """Close the intake (scoring) or close the round; IllegalTransition when not allowed."""
    before = found.status.value
    ROUND_MACHINE.move(found, action, actor=actor, actor_label="office")
    if found.status == RoundStatus.CLOSED:
        found.closed_at = utcnow()
    audit.record(
        f"rating.round_{found.status.value}",
        found,
        summary=found.name,
        before={"status": before},
        after={"status": found.status.value},
    )


def check_accepts_dossiers(found: RatingRound, today: date) -> None:
    """The rule a new (or sent) dossier meets: the round is open and its deadline not past."""
    if found.status != RoundStatus.OPEN:
        raise RoundNotAccepting(_l("This round no longer takes dossiers."), "round")
    if today > found.dossier_deadline:
        raise RoundNotAccepting(
            _l("The deadline for dossiers of this round was %(date)s.",
               date=format_day(found.dossier_deadline)),
            "round",
        )  # fmt: skip


def check_member(found: RatingRound, user: User) -> None:
    """A council member reaches only the rounds they sit on (administrators see all)."""
    if not user.is_admin and not found.has_member(user.id):
        raise NotOnRound(_l("You do not sit on this round's council."))


def check_scoring_allowed(found: RatingRound) -> None:
    if found.status == RoundStatus.CLOSED:
        raise RatingError(_l("This round is closed: scores can no longer be sent."), code="closed")
