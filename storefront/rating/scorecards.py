"""The office's scorecards as data: a draft version is edited criterion by criterion (its
options as points and labels), then put in force once each part's best options add up to the
part's maximum (A 40, B 25, C 35). Editing a scorecard in force starts a new draft version;
rounds keep the version they opened with."""

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.accounts import audit
from storefront.catalog.groups import GROUPS_BY_SLUG
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.rating.errors import RatingError
from storefront.rating.models import (
    PART_MAXIMA,
    SITE_LINK_KINDS,
    Criterion,
    CriterionOption,
    Part,
    Scorecard,
    ScorecardStatus,
)

MAX_OPTIONS = 12
MAX_CRITERIA = 60


def scorecards() -> list[Scorecard]:
    """Every version of every group's scorecard, by group then newest version first."""
    return list(
        db.session.scalars(
            sa.select(Scorecard).order_by(Scorecard.group_slug, Scorecard.version.desc())
        )
    )


def in_force(group_slug: str) -> Scorecard | None:
    return db.session.scalar(
        sa.select(Scorecard).where(
            Scorecard.group_slug == group_slug, Scorecard.status == ScorecardStatus.IN_FORCE
        )
    )


def in_force_all() -> list[Scorecard]:
    return list(
        db.session.scalars(
            sa.select(Scorecard)
            .where(Scorecard.status == ScorecardStatus.IN_FORCE)
            .order_by(Scorecard.group_slug)
        )
    )


def _next_version(group_slug: str) -> int:
    latest = db.session.scalar(
        sa.select(sa.func.max(Scorecard.version)).where(Scorecard.group_slug == group_slug)
    )
    return (latest or 0) + 1


def new_scorecard(group_slug: str, name_vi: str, name_en: str) -> Scorecard:
    if group_slug not in GROUPS_BY_SLUG:
        raise RatingError(_l("Choose one of the OCOP product groups."), "group_slug")
    card = Scorecard(
        group_slug=group_slug,
        version=_next_version(group_slug),
        name_vi=name_vi.strip(),
        name_en=name_en.strip(),
    )
    db.session.add(card)
    db.session.flush()
    audit.record("rating.scorecard_created", card, summary=f"{group_slug} v{card.version}")
    return card


def editable(card: Scorecard) -> Scorecard:
    """The version to edit: a draft itself; for a scorecard in force, its draft successor
    (made now as a copy when there is none). A retired version is not edited."""
    if card.status == ScorecardStatus.DRAFT:
        return card
    if card.status == ScorecardStatus.RETIRED:
        raise RatingError(_l("A retired scorecard is kept as it was; edit the one in force."))
    draft = db.session.scalar(
        sa.select(Scorecard).where(
            Scorecard.based_on_id == card.id, Scorecard.status == ScorecardStatus.DRAFT
        )
    )
    return draft or _copy(card)


def _copy(card: Scorecard) -> Scorecard:
    copy = Scorecard(
        group_slug=card.group_slug,
        version=_next_version(card.group_slug),
        name_vi=card.name_vi,
        name_en=card.name_en,
        based_on_id=card.id,
    )
    for c in card.criteria:
        copy.criteria.append(
            Criterion(
                part=c.part,
                code=c.code,
                position=c.position,
                title_vi=c.title_vi,
                title_en=c.title_en,
                evidence_vi=c.evidence_vi,
                evidence_en=c.evidence_en,
                evidence_kinds=list(c.evidence_kinds),
                options=[
                    CriterionOption(
                        position=o.position, label_vi=o.label_vi, label_en=o.label_en,
                        points=o.points,
                    )
                    for o in c.options
                ],
            )
        )  # fmt: skip
    db.session.add(copy)
    db.session.flush()
    audit.record(
        "rating.scorecard_versioned",
        copy,
        summary=f"{card.group_slug} v{card.version} -> v{copy.version}",
    )
    return copy


@dataclass(frozen=True)
class OptionLine:
    points: int
    label_vi: str
    label_en: str


def parse_options(text: str) -> list[OptionLine]:
    """One option a line: "points | label in Vietnamese | label in English"."""
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2 or not parts[0].isdigit() or not parts[1]:
            raise RatingError(
                _l("Line %(n)s: write points | label (vi) | label (en).", n=number), "option_lines"
            )
        points = int(parts[0])
        if points > PART_MAXIMA[Part.A]:
            message = _l("Line %(n)s: too many points for one option.", n=number)
            raise RatingError(message, "option_lines")
        found.append(OptionLine(points, parts[1][:300], (parts[2] if len(parts) > 2 else "")[:300]))
    if not found or len(found) > MAX_OPTIONS:
        raise RatingError(
            _l("Give between 1 and %(n)s options, one a line.", n=MAX_OPTIONS), "option_lines"
        )
    return found


def options_text(criterion: Criterion) -> str:
    return "\n".join(f"{o.points} | {o.label_vi} | {o.label_en}" for o in criterion.options)


@dataclass(frozen=True)
class CriterionValues:
    part: str
    code: str
    title_vi: str
    title_en: str
    evidence_vi: str
    evidence_en: str
    evidence_kinds: list[str]
    options: str


def save_criterion(
    card: Scorecard, criterion: Criterion | None, values: CriterionValues
) -> Criterion:
    """Add (criterion None) or change a criterion of a draft scorecard with its options."""
    _require_draft(card)
    code = values.code.strip().upper()
    taken = [c for c in card.criteria if c.code == code and c is not criterion]
    if taken:
        raise RatingError(_l("Another criterion already has the code %(code)s.", code=code), "code")
    if criterion is None and len(card.criteria) >= MAX_CRITERIA:
        raise RatingError(_l("A scorecard has at most %(n)s criteria.", n=MAX_CRITERIA))
    lines = parse_options(values.options)
    if criterion is None:
        criterion = Criterion(position=len(card.criteria) + 1)
        card.criteria.append(criterion)
    criterion.part = Part(values.part)
    criterion.code = code
    criterion.title_vi, criterion.title_en = values.title_vi.strip(), values.title_en.strip()
    criterion.evidence_vi, criterion.evidence_en = values.evidence_vi, values.evidence_en
    known = {k.value for k in SITE_LINK_KINDS}
    criterion.evidence_kinds = [k for k in values.evidence_kinds if k in known]
    criterion.options = [
        CriterionOption(position=i, points=o.points, label_vi=o.label_vi, label_en=o.label_en)
        for i, o in enumerate(lines, start=1)
    ]
    db.session.flush()
    return criterion


def delete_criterion(card: Scorecard, criterion: Criterion) -> None:
    _require_draft(card)
    card.criteria.remove(criterion)
    db.session.flush()


def _require_draft(card: Scorecard) -> None:
    if card.status != ScorecardStatus.DRAFT:
        raise RatingError(_l("Only a draft scorecard is edited; open its new version."))


def part_problems(card: Scorecard) -> list[str]:
    """What keeps the scorecard from going in force (empty: it may)."""
    problems = []
    for part, maximum in PART_MAXIMA.items():
        got = card.part_maximum(part)
        if got != maximum:
            problems.append(
                str(_l("Part %(part)s gives at most %(got)s points; it must be %(max)s.",
                       part=part.value, got=got, max=maximum))
            )  # fmt: skip
    return problems


def put_in_force(card: Scorecard) -> Scorecard:
    """Put a draft in force for its group; the version in force before it retires."""
    _require_draft(card)
    problems = part_problems(card)
    if problems:
        raise RatingError(" ".join(problems), code="part_maxima")
    current = in_force(card.group_slug)
    now = utcnow()
    if current is not None:
        current.status, current.retired_at = ScorecardStatus.RETIRED, now
    card.status, card.in_force_at = ScorecardStatus.IN_FORCE, now
    db.session.flush()
    audit.record(
        "rating.scorecard_in_force",
        card,
        summary=f"{card.group_slug} v{card.version}",
        before={"in_force": current.version if current else None},
        after={"in_force": card.version},
    )
    return card
