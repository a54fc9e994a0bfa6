"""The rating's reference side: scorecards (versioned, per product group), their criteria and
options, the star thresholds, and the rounds with their council members.

The scorecard follows Decision 148/QĐ-TTg: part A (the product and the community's strength,
40 points), B (marketing and the product's story, 25) and C (quality, 35). A round keeps the
scorecard versions it opened with; editing a scorecard in force makes a new draft version.
"""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.accounts.models import User
from storefront.catalog.certificates import GrantingLevel
from storefront.extensions import Model
from storefront.models_base import UTCDateTime, enum_column, utcnow


class Part(enum.StrEnum):
    A = "A"  # the product and the community's strength
    B = "B"  # marketing and the product's story
    C = "C"  # quality


PART_MAXIMA: dict[Part, int] = {Part.A: 40, Part.B: 25, Part.C: 35}
MAX_TOTAL = sum(PART_MAXIMA.values())  # 100


class EvidenceKind(enum.StrEnum):
    """What a piece of dossier evidence is: an upload, or a link to what the site knows."""

    UPLOAD = "upload"  # a media Document the producer uploaded for this dossier
    BRAND_STORY = "brand_story"  # the producer's story page
    PACKAGING_PHOTOS = "packaging_photos"  # the product's photos
    LOTS = "lots"  # a lot of the product
    TRACE_PAGES = "trace_pages"  # a lot's public trace page
    DOCUMENTS = "documents"  # a certificate or test report the producer keeps on the site
    SALES = "sales"  # the product's sales on the storefront


SITE_LINK_KINDS: tuple[EvidenceKind, ...] = tuple(
    k for k in EvidenceKind if k is not EvidenceKind.UPLOAD
)


class ScorecardStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    RETIRED = "retired"


class Scorecard(Model):
    """One version of a product group's scorecard. At most one version of a group is in
    force; the rounds keep the version they opened with."""

    __tablename__ = "scorecard"
    __table_args__ = (sa.UniqueConstraint("group_slug", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_slug: Mapped[str] = mapped_column(sa.String(40), index=True)  # catalog.groups
    version: Mapped[int] = mapped_column(default=1)
    name_vi: Mapped[str] = mapped_column(sa.String(160))
    name_en: Mapped[str] = mapped_column(sa.String(160), default="")
    status: Mapped[ScorecardStatus] = mapped_column(
        enum_column(ScorecardStatus), default=ScorecardStatus.DRAFT
    )
    # The version this one was copied from when an in-force scorecard was edited.
    based_on_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("scorecard.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    in_force_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    criteria: Mapped[list["Criterion"]] = relationship(
        back_populates="scorecard",
        order_by="(Criterion.part, Criterion.position, Criterion.id)",
        cascade="all, delete-orphan",
    )

    def criteria_of(self, part: Part) -> list["Criterion"]:
        return [c for c in self.criteria if c.part == part]

    def part_maximum(self, part: Part) -> int:
        """The most points the part's criteria can give (each criterion's best option)."""
        return sum(c.best_points for c in self.criteria_of(part))

    def __repr__(self) -> str:
        return f"<Scorecard {self.group_slug} v{self.version}>"


class Criterion(Model):
    __tablename__ = "criterion"
    __table_args__ = (sa.UniqueConstraint("scorecard_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(
        sa.ForeignKey("scorecard.id", ondelete="CASCADE"), index=True
    )
    part: Mapped[Part] = mapped_column(enum_column(Part, 1))
    code: Mapped[str] = mapped_column(sa.String(8))  # "A1", "B3", "C10"
    position: Mapped[int] = mapped_column(default=0)
    title_vi: Mapped[str] = mapped_column(sa.String(300))
    title_en: Mapped[str] = mapped_column(sa.String(300), default="")
    evidence_vi: Mapped[str] = mapped_column(sa.Text, default="")  # what evidence it asks for
    evidence_en: Mapped[str] = mapped_column(sa.Text, default="")
    # Which site links may serve as its evidence: values of SITE_LINK_KINDS.
    evidence_kinds: Mapped[list[str]] = mapped_column(sa.JSON, default=list)

    scorecard: Mapped[Scorecard] = relationship(back_populates="criteria")
    options: Mapped[list["CriterionOption"]] = relationship(
        back_populates="criterion",
        order_by="(CriterionOption.position, CriterionOption.id)",
        cascade="all, delete-orphan",
    )

    @property
    def best_points(self) -> int:
        return max((o.points for o in self.options), default=0)

    @property
    def link_kinds(self) -> list[EvidenceKind]:
        known = {k.value for k in SITE_LINK_KINDS}
        return [EvidenceKind(k) for k in self.evidence_kinds if k in known]


class CriterionOption(Model):
    __tablename__ = "criterion_option"
    __table_args__ = (sa.CheckConstraint("points >= 0 AND points <= 100", "points_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        sa.ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    label_vi: Mapped[str] = mapped_column(sa.String(300))
    label_en: Mapped[str] = mapped_column(sa.String(300), default="")
    points: Mapped[int]

    criterion: Mapped[Criterion] = relationship(back_populates="options")


class StarRule(Model):
    """A star count's lowest average total and who may grant it (data, editable)."""

    __tablename__ = "star_rule"
    __table_args__ = (
        sa.CheckConstraint("stars BETWEEN 1 AND 5", "stars"),
        sa.CheckConstraint("lowest_total BETWEEN 0 AND 100", "lowest_total"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stars: Mapped[int] = mapped_column(sa.SmallInteger, unique=True)
    lowest_total: Mapped[int]  # whole points: 90 means an average of 90.00 or more
    granting_level: Mapped[GrantingLevel] = mapped_column(
        enum_column(GrantingLevel), default=GrantingLevel.NONE
    )


# What the migration seeds (Decision 148/QĐ-TTg; DOMAIN.md).
DEFAULT_STAR_RULES: tuple[tuple[int, int, GrantingLevel], ...] = (
    (1, 0, GrantingLevel.NONE),
    (2, 30, GrantingLevel.NONE),
    (3, 50, GrantingLevel.PROVINCE),
    (4, 70, GrantingLevel.PROVINCE),
    (5, 90, GrantingLevel.CENTRAL),
)


class RoundStatus(enum.StrEnum):
    OPEN = "open"  # producers send dossiers until the deadline
    SCORING = "scoring"  # the council scores; no new dossiers
    CLOSED = "closed"  # decided; nothing changes any more


round_scorecard = sa.Table(
    "round_scorecard",
    Model.metadata,
    sa.Column("round_id", sa.ForeignKey("rating_round.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("scorecard_id", sa.ForeignKey("scorecard.id"), primary_key=True),
)


class RatingRound(Model):
    __tablename__ = "rating_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(160))
    dossier_deadline: Mapped[date]
    status: Mapped[RoundStatus] = mapped_column(
        enum_column(RoundStatus), default=RoundStatus.OPEN, index=True
    )
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # The scorecard version of each product group the round rates (one per group).
    scorecards: Mapped[list[Scorecard]] = relationship(
        secondary=round_scorecard, order_by=Scorecard.group_slug
    )
    members: Mapped[list["RoundMember"]] = relationship(
        back_populates="round", order_by="RoundMember.id", cascade="all, delete-orphan"
    )

    @property
    def group_slugs(self) -> list[str]:
        return [s.group_slug for s in self.scorecards]

    def scorecard_for(self, group_slug: str) -> Scorecard | None:
        return next((s for s in self.scorecards if s.group_slug == group_slug), None)

    def accepts_dossiers(self, today: date) -> bool:
        return self.status == RoundStatus.OPEN and today <= self.dossier_deadline

    def has_member(self, user_id: int) -> bool:
        return any(m.user_id == user_id for m in self.members)


class RoundMember(Model):
    """A council member sitting on a round (a user with OfficeRole.COUNCIL)."""

    __tablename__ = "round_member"
    __table_args__ = (sa.UniqueConstraint("round_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rating_round.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user.id"), index=True)

    round: Mapped[RatingRound] = relationship(back_populates="members")
    user: Mapped[User] = relationship()


class RatingEvent(Model):
    """A step of a round's or a dossier's life cycle (state_machine.py): who, when, from, to."""

    __tablename__ = "rating_event"
    __table_args__ = (sa.Index("ix_rating_event_thing", "subject", "thing_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(sa.String(20))  # "round", "dossier"
    thing_id: Mapped[int]
    from_state: Mapped[str] = mapped_column(sa.String(24), default="")
    to_state: Mapped[str] = mapped_column(sa.String(24))
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    actor_label: Mapped[str] = mapped_column(sa.String(60), default="")
    note: Mapped[str] = mapped_column(sa.String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
