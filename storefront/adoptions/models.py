"""Adoptions of a tree for a season, their harvest deliveries, and the farmer's updates."""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.accounts.models import User
from storefront.extensions import Model
from storefront.farms.models import AdoptionPlan, Tree
from storefront.media.models import MediaAsset
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.orders.models import Order


class AdoptionStatus(enum.StrEnum):
    HELD = "held"  # its order waits for payment; the tree is kept for the adopter
    ACTIVE = "active"  # paid: the season's crop is the adopter's
    COMPLETED = "completed"  # every delivery made or credited
    RELEASED = "released"  # unpaid in time or cancelled: the tree is free again


class Adoption(Model):
    """One adopter's claim on one tree for one plan (season).

    `claim` is "tree_id:plan_id" while the adoption holds the tree and NULL once released;
    its UNIQUE key lets exactly one of any number of simultaneous adopters win, on SQLite and
    PostgreSQL alike (NULLs never collide).
    """

    __tablename__ = "adoption"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        sa.ForeignKey("order.id", ondelete="CASCADE"), unique=True
    )
    tree_id: Mapped[int] = mapped_column(sa.ForeignKey("tree.id"), index=True)
    plan_id: Mapped[int] = mapped_column(sa.ForeignKey("adoption_plan.id"), index=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user.id"), index=True)
    claim: Mapped[str | None] = mapped_column(sa.String(40), unique=True)
    status: Mapped[AdoptionStatus] = mapped_column(enum_column(AdoptionStatus), index=True)
    plate_name: Mapped[str] = mapped_column(sa.String(60))
    is_gift: Mapped[bool] = mapped_column(default=False)
    recipient_name: Mapped[str] = mapped_column(sa.String(120), default="")
    recipient_email: Mapped[str] = mapped_column(sa.String(254), default="")
    gift_message: Mapped[str] = mapped_column(sa.String(500), default="")
    renewal_of_id: Mapped[int | None] = mapped_column(sa.ForeignKey("adoption.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[Order] = relationship()
    tree: Mapped[Tree] = relationship()
    plan: Mapped[AdoptionPlan] = relationship()
    user: Mapped[User] = relationship()
    deliveries: Mapped[list["HarvestDelivery"]] = relationship(
        back_populates="adoption", order_by="HarvestDelivery.number", cascade="all, delete-orphan"
    )


class DeliveryStatus(enum.StrEnum):
    PLANNED = "planned"
    SHIPPED = "shipped"
    PICKED_UP = "picked_up"  # collected at the orchard
    SHORT = "short"  # the crop failed: the missing kg became store credit


class HarvestDelivery(Model):
    """One box of the adopter's harvest, planned for a month, then shipped or picked up."""

    __tablename__ = "harvest_delivery"
    __table_args__ = (
        sa.UniqueConstraint("adoption_id", "number"),
        sa.CheckConstraint("planned_grams > 0 AND delivered_grams >= 0", "grams"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    adoption_id: Mapped[int] = mapped_column(sa.ForeignKey("adoption.id", ondelete="CASCADE"))
    number: Mapped[int]
    planned_month: Mapped[int | None]
    planned_grams: Mapped[int]
    delivered_grams: Mapped[int] = mapped_column(default=0)
    status: Mapped[DeliveryStatus] = mapped_column(
        enum_column(DeliveryStatus), default=DeliveryStatus.PLANNED
    )
    carrier: Mapped[str] = mapped_column(sa.String(60), default="")
    tracking_number: Mapped[str] = mapped_column(sa.String(60), default="")
    credited: Mapped[int] = mapped_column(sa.BigInteger, default=0)  # đồng of store credit
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    adoption: Mapped[Adoption] = relationship(back_populates="deliveries")


class TreeUpdate(Model):
    """A farmer's note and photos about a tree, shown newest first to its adopter."""

    __tablename__ = "tree_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    tree_id: Mapped[int] = mapped_column(sa.ForeignKey("tree.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    tree: Mapped[Tree] = relationship()
    photos: Mapped[list["TreeUpdatePhoto"]] = relationship(
        order_by="TreeUpdatePhoto.position", cascade="all, delete-orphan"
    )


class TreeUpdatePhoto(Model):
    __tablename__ = "tree_update_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    update_id: Mapped[int] = mapped_column(
        sa.ForeignKey("tree_update.id", ondelete="CASCADE"), index=True
    )
    asset_id: Mapped[int] = mapped_column(sa.ForeignKey("media_asset.id"))
    position: Mapped[int] = mapped_column(default=0)

    asset: Mapped[MediaAsset] = relationship()
