"""The council's scores: each member scores every criterion of a sent dossier on their own,
keeps a draft only they see, then sends it once (final). Nobody reads another member's score;
the office sees who has sent, and the values only once every member has."""

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.accounts.models import User
from storefront.database import rows_updated
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.rating.errors import RatingError, ScoreFinal
from storefront.rating.models import Criterion, RatingRound
from storefront.rating.rounds import check_member, check_scoring_allowed
from storefront.rating.scoring_models import Dossier, DossierStatus, Score, ScoreLine

MAX_NOTE = 1000


@dataclass(frozen=True)
class Pick:
    """A member's choice for one criterion: the option's id (None: not chosen yet) and a note."""

    option_id: int | None
    note: str = ""


def lock_dossier(dossier: Dossier) -> None:
    """Hold the dossier's row (PostgreSQL) so scores and the decision on it go one at a time;
    SQLite serialises writers already (database.writes)."""
    db.session.execute(
        sa.select(Dossier.id).where(Dossier.id == dossier.id).with_for_update(key_share=True)
    ).first()
    db.session.refresh(dossier, ["status"])


def score_of(dossier: Dossier, member: User) -> Score | None:
    return db.session.scalar(
        sa.select(Score).where(Score.dossier_id == dossier.id, Score.member_id == member.id)
    )


def save_score(dossier: Dossier, member: User, picks: dict[int, Pick], *, send: bool) -> Score:
    """Keep the member's draft, or send it (every criterion chosen; final). An option that is
    not one of its criterion's is refused and nothing is kept."""
    found = dossier.round
    check_member(found, member)
    if member.is_admin and not found.has_member(member.id):
        raise RatingError(_l("Only the round's council members score."))
    check_scoring_allowed(found)
    lock_dossier(dossier)
    if dossier.status != DossierStatus.SENT:
        raise RatingError(_l("This dossier is not waiting for the council's scores."))
    lines = _lines(dossier, picks, complete=send)
    score = score_of(dossier, member)
    if score is not None and score.is_sent:
        raise ScoreFinal(_l("Your score of this dossier was sent already; it is final."))
    if score is None:
        score = Score(dossier_id=dossier.id, member_id=member.id)
        db.session.add(score)
    score.lines.clear()
    db.session.flush()  # the draft's old lines go before the new ones (one per criterion)
    score.lines.extend(lines)
    score.total = sum(line.points for line in lines)
    score.updated_at = utcnow()
    db.session.flush()
    if send:
        _send(score)
    return score


def _send(score: Score) -> None:
    """Mark it sent once: a second request that raced past the checks finds nothing to do."""
    now = utcnow()
    changed = rows_updated(
        sa.update(Score).where(Score.id == score.id, Score.sent_at.is_(None)).values(sent_at=now)
    )
    if changed != 1:
        raise ScoreFinal(_l("Your score of this dossier was sent already; it is final."))
    db.session.refresh(score, ["sent_at"])


def _lines(dossier: Dossier, picks: dict[int, Pick], *, complete: bool) -> list[ScoreLine]:
    lines, missing = [], []
    for criterion in dossier.scorecard.criteria:
        pick = picks.get(criterion.id)
        if pick is None or pick.option_id is None:
            missing.append(criterion.code)
            continue
        lines.append(_line(criterion, pick))
    if complete and missing:
        raise RatingError(
            _l("Score every criterion before sending: %(codes)s.", codes=", ".join(missing)),
            f"c{dossier.scorecard.criteria[0].id}" if not lines else None,
            code="incomplete",
        )
    return lines


def _line(criterion: Criterion, pick: Pick) -> ScoreLine:
    option = next((o for o in criterion.options if o.id == pick.option_id), None)
    if option is None:
        raise RatingError(
            _l("%(code)s: choose one of its options; these points are not on the scorecard.",
               code=criterion.code),
            f"c{criterion.id}",
            code="not_an_option",
        )  # fmt: skip
    return ScoreLine(
        criterion_id=criterion.id,
        option_id=option.id,
        points=option.points,
        note=pick.note.strip()[:MAX_NOTE],
    )


@dataclass
class DossierProgress:
    """What the office sees of a dossier's scoring: who has sent, and the values only when
    every member of the round has."""

    dossier: Dossier
    sent: list[User] = field(default_factory=list)
    waiting: list[User] = field(default_factory=list)
    totals: list[int] | None = None

    @property
    def complete(self) -> bool:
        return not self.waiting and bool(self.sent)


def sent_scores(dossier: Dossier) -> list[Score]:
    """The scores sent for the dossier, read afresh (drafts never count)."""
    return list(
        db.session.scalars(
            sa.select(Score)
            .where(Score.dossier_id == dossier.id, Score.sent_at.is_not(None))
            .order_by(Score.id)
        )
    )


def progress_of(dossier: Dossier, found: RatingRound) -> DossierProgress:
    sent_by = {s.member_id: s for s in sent_scores(dossier)}
    row = DossierProgress(dossier)
    for member in found.members:
        (row.sent if member.user_id in sent_by else row.waiting).append(member.user)
    if row.complete:
        row.totals = [sent_by[m.user_id].total for m in found.members]
    return row


def round_progress(found: RatingRound) -> list[DossierProgress]:
    return [progress_of(d, found) for d in dossiers_to_score(found)]


def dossiers_to_score(found: RatingRound) -> list[Dossier]:
    """The round's dossiers the council scores (sent or decided), in the order sent."""
    return list(
        db.session.scalars(
            sa.select(Dossier)
            .where(Dossier.round_id == found.id, Dossier.status != DossierStatus.DRAFT)
            .order_by(Dossier.sent_at, Dossier.id)
        )
    )
