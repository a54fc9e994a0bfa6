"""Producer profiles and the user accounts that act for them."""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from storefront.accounts.models import User
from storefront.extensions import Model
from storefront.media.models import MediaAsset
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.places import require_ward


class ProducerKind(enum.StrEnum):
    COOPERATIVE = "cooperative"
    ENTERPRISE = "enterprise"
    COOPERATIVE_GROUP = "cooperative_group"
    HOUSEHOLD = "household"


class ProducerStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUSPENDED = "suspended"


class Producer(Model):
    __tablename__ = "producer"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    name: Mapped[str] = mapped_column(sa.String(160))
    kind: Mapped[ProducerKind] = mapped_column(enum_column(ProducerKind))
    ward_code: Mapped[int] = mapped_column(index=True)
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    phone: Mapped[str] = mapped_column(sa.String(20), default="")
    email: Mapped[str] = mapped_column(sa.String(254), default="")
    website: Mapped[str] = mapped_column(sa.String(200), default="")
    facebook_url: Mapped[str] = mapped_column(sa.String(200), default="")
    zalo_phone: Mapped[str] = mapped_column(sa.String(20), default="")
    founded_year: Mapped[int | None]
    tagline_vi: Mapped[str] = mapped_column(sa.String(200), default="")
    tagline_en: Mapped[str] = mapped_column(sa.String(200), default="")
    story_vi: Mapped[str] = mapped_column(sa.Text, default="")
    story_en: Mapped[str] = mapped_column(sa.Text, default="")
    logo_id: Mapped[int | None] = mapped_column(sa.ForeignKey("media_asset.id"))
    cover_id: Mapped[int | None] = mapped_column(sa.ForeignKey("media_asset.id"))
    status: Mapped[ProducerStatus] = mapped_column(
        enum_column(ProducerStatus), default=ProducerStatus.PENDING, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Why the office rejected or suspended the producer; shown to the producer.
    status_reason: Mapped[str] = mapped_column(sa.Text, default="")

    logo: Mapped[MediaAsset | None] = relationship(foreign_keys=[logo_id])
    cover: Mapped[MediaAsset | None] = relationship(foreign_keys=[cover_id])
    members: Mapped[list["ProducerMember"]] = relationship(
        back_populates="producer", cascade="all, delete-orphan"
    )

    @validates("ward_code")
    def _check_ward(self, _key, code: int) -> int:
        return require_ward(code)

    @property
    def is_public(self) -> bool:
        return self.status == ProducerStatus.APPROVED

    def __repr__(self) -> str:
        return f"<Producer {self.slug}>"


class MemberRole(enum.StrEnum):
    OWNER = "owner"
    MEMBER = "member"


class ProducerMember(Model):
    __tablename__ = "producer_member"
    __table_args__ = (sa.UniqueConstraint("producer_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole), default=MemberRole.MEMBER)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    producer: Mapped[Producer] = relationship(back_populates="members")
    user: Mapped[User] = relationship(back_populates="memberships")


class Invitation(Model):
    """A link the owner sent to join the team: used once, revoked by the owner or when the
    person is removed, and dead after its expiry. Only a hash of its secret is stored."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("producer.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(sa.String(254))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    producer: Mapped[Producer] = relationship()


class ProducerEvent(Model):
    """Who changed a producer's status, when, and why: every step of its life cycle."""

    __tablename__ = "producer_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("producer.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(sa.String(20), default="producer")
    from_state: Mapped[str] = mapped_column(sa.String(24), default="")
    to_state: Mapped[str] = mapped_column(sa.String(24))
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    actor_label: Mapped[str] = mapped_column(sa.String(60), default="")  # "office", "producer"
    note: Mapped[str] = mapped_column(sa.String(300), default="")  # the reason, when one is given
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
