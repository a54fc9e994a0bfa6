"""A round's working records: the producers' dossiers with their evidence and the council's
questions, each member's score, the office's decision, and the office's review of the stars a
producer typed in (a claim)."""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.accounts.models import User
from storefront.catalog.certificates import GrantingLevel, OcopCertificate
from storefront.catalog.models import Product
from storefront.extensions import Model
from storefront.media.models import Document
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.producers.models import Producer
from storefront.rating.models import (
    Criterion,
    CriterionOption,
    EvidenceKind,
    RatingRound,
    Scorecard,
)


class DossierStatus(enum.StrEnum):
    DRAFT = "draft"  # the producer gathers evidence
    SENT = "sent"  # with the council; final for the producer (answers to questions aside)
    DECIDED = "decided"  # the office recorded the decision


class Dossier(Model):
    __tablename__ = "dossier"
    __table_args__ = (sa.UniqueConstraint("round_id", "product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        sa.ForeignKey("rating_round.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int] = mapped_column(sa.ForeignKey("product.id"), index=True)
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"), index=True)
    # The scorecard version of the product's group in the round, kept for good.
    scorecard_id: Mapped[int] = mapped_column(sa.ForeignKey("scorecard.id"))
    status: Mapped[DossierStatus] = mapped_column(
        enum_column(DossierStatus), default=DossierStatus.DRAFT, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    round: Mapped[RatingRound] = relationship()
    product: Mapped[Product] = relationship()
    producer: Mapped[Producer] = relationship()
    scorecard: Mapped[Scorecard] = relationship()
    evidence: Mapped[list["DossierEvidence"]] = relationship(
        back_populates="dossier", order_by="DossierEvidence.id", cascade="all, delete-orphan"
    )
    questions: Mapped[list["DossierQuestion"]] = relationship(
        back_populates="dossier", order_by="DossierQuestion.id", cascade="all, delete-orphan"
    )
    scores: Mapped[list["Score"]] = relationship(
        back_populates="dossier", order_by="Score.id", cascade="all, delete-orphan"
    )


class DossierEvidence(Model):
    """One piece of a criterion's evidence: an uploaded document, or a link to what the site
    already knows (kind from SITE_LINK_KINDS, with the linked row's id or a url)."""

    __tablename__ = "dossier_evidence"
    __table_args__ = (
        sa.CheckConstraint("(kind = 'upload') = (document_id IS NOT NULL)", "upload_has_document"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        sa.ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int] = mapped_column(sa.ForeignKey("criterion.id"), index=True)
    kind: Mapped[EvidenceKind] = mapped_column(enum_column(EvidenceKind))
    document_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document.id"))
    reference_id: Mapped[int | None]  # the lot, photo, producer document... it links to
    url: Mapped[str] = mapped_column(sa.String(500), default="")
    note: Mapped[str] = mapped_column(sa.String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    dossier: Mapped[Dossier] = relationship(back_populates="evidence")
    criterion: Mapped[Criterion] = relationship()
    document: Mapped[Document | None] = relationship()


class DossierQuestion(Model):
    """The council's (or office's) question on a dossier, or one criterion, and its answer."""

    __tablename__ = "dossier_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        sa.ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int | None] = mapped_column(sa.ForeignKey("criterion.id"))
    asked_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    question: Mapped[str] = mapped_column(sa.Text)
    answer: Mapped[str] = mapped_column(sa.Text, default="")
    answered_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user.id", ondelete="SET NULL")
    )
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    dossier: Mapped[Dossier] = relationship(back_populates="questions")
    criterion: Mapped[Criterion | None] = relationship()
    asked_by: Mapped[User | None] = relationship(foreign_keys=[asked_by_id])


class Score(Model):
    """A council member's score of a dossier: a draft only they see, then sent (final)."""

    __tablename__ = "score"
    __table_args__ = (sa.UniqueConstraint("dossier_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        sa.ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(sa.ForeignKey("user.id"), index=True)
    total: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    dossier: Mapped[Dossier] = relationship(back_populates="scores")
    member: Mapped[User] = relationship()
    lines: Mapped[list["ScoreLine"]] = relationship(
        back_populates="score", order_by="ScoreLine.id", cascade="all, delete-orphan"
    )

    @property
    def is_sent(self) -> bool:
        return self.sent_at is not None


class ScoreLine(Model):
    __tablename__ = "score_line"
    __table_args__ = (sa.UniqueConstraint("score_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    score_id: Mapped[int] = mapped_column(sa.ForeignKey("score.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(sa.ForeignKey("criterion.id"))
    option_id: Mapped[int] = mapped_column(sa.ForeignKey("criterion_option.id"))
    points: Mapped[int]
    note: Mapped[str] = mapped_column(sa.String(1000), default="")

    score: Mapped[Score] = relationship(back_populates="lines")
    criterion: Mapped[Criterion] = relationship()
    option: Mapped[CriterionOption] = relationship()


class Decision(Model):
    """The office's decision on a dossier. Five stars are only proposed by the province: the
    certificate waits for the central council's decision (central_number, central_date)."""

    __tablename__ = "rating_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        sa.ForeignKey("dossier.id", ondelete="CASCADE"), unique=True
    )
    number: Mapped[str] = mapped_column(sa.String(60))
    decided_on: Mapped[date]
    # The average total of the sent scores in hundredths of a point (8725 = 87.25).
    average_hundredths: Mapped[int]
    stars: Mapped[int] = mapped_column(sa.SmallInteger)
    granting_level: Mapped[GrantingLevel] = mapped_column(enum_column(GrantingLevel))
    members_counted: Mapped[int] = mapped_column(default=0)
    recorded_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The central council's decision on a five-star proposal.
    central_number: Mapped[str] = mapped_column(sa.String(60), default="")
    central_date: Mapped[date | None]
    certificate_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("ocop_certificate.id", ondelete="SET NULL")
    )

    dossier: Mapped[Dossier] = relationship()
    recorded_by: Mapped[User | None] = relationship(foreign_keys=[recorded_by_id])
    certificate: Mapped[OcopCertificate | None] = relationship()

    @property
    def average(self) -> float:
        return self.average_hundredths / 100

    @property
    def awaits_central(self) -> bool:
        return self.granting_level == GrantingLevel.CENTRAL and self.central_date is None


class ClaimOutcome(enum.StrEnum):
    VERIFIED = "verified"
    REJECTED = "rejected"


class ClaimReview(Model):
    """The office's answer to the stars a producer typed in the product form (a claim): the
    values it looked at, kept so a claim answered once leaves the list until they change."""

    __tablename__ = "claim_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        sa.ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    stars: Mapped[int | None] = mapped_column(sa.SmallInteger)
    certificate_no: Mapped[str] = mapped_column(sa.String(60), default="")
    certified_on: Mapped[date | None]
    document_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document.id"))
    outcome: Mapped[ClaimOutcome] = mapped_column(enum_column(ClaimOutcome))
    reason: Mapped[str] = mapped_column(sa.String(500), default="")
    certificate_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("ocop_certificate.id", ondelete="SET NULL")
    )
    reviewed_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user.id", ondelete="SET NULL")
    )
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    product: Mapped[Product] = relationship()
    certificate: Mapped[OcopCertificate | None] = relationship()
