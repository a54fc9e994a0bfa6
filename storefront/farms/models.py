"""Orchards, their mango trees and their seasonal adoption plans, and the extra photos of both."""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship, validates

from storefront.extensions import Model
from storefront.media.models import MediaAsset
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.places import require_ward
from storefront.producers.models import Producer


class MangoVariety(enum.StrEnum):
    CAT_CHU = "cat_chu"
    CAT_HOA_LOC = "cat_hoa_loc"
    DAI_LOAN = "dai_loan"
    TU_QUY = "tu_quy"
    KEO = "keo"


def extra_photos(photo_class: str):
    """An owner's extra photos, shown after its main picture: in order, gone with their owner."""
    return relationship(
        order_by=f"{photo_class}.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Orchard(Model):
    __tablename__ = "orchard"

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"), index=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    name: Mapped[str] = mapped_column(sa.String(160))
    ward_code: Mapped[int]
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    story_vi: Mapped[str] = mapped_column(sa.Text, default="")
    story_en: Mapped[str] = mapped_column(sa.Text, default="")
    growing_area_code: Mapped[str] = mapped_column(sa.String(40), default="")
    vietgap: Mapped[bool] = mapped_column(default=False)
    cover_id: Mapped[int | None] = mapped_column(sa.ForeignKey("media_asset.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    producer: Mapped[Producer] = relationship()
    cover: Mapped[MediaAsset | None] = relationship()
    trees: Mapped[list["Tree"]] = relationship(back_populates="orchard", order_by="Tree.code")
    plans: Mapped[list["AdoptionPlan"]] = relationship(
        back_populates="orchard", order_by="AdoptionPlan.starts_on"
    )
    photos: Mapped[list["OrchardPhoto"]] = extra_photos("OrchardPhoto")

    @validates("ward_code")
    def _check_ward(self, _key, code: int) -> int:
        return require_ward(code)


class TreeStatus(enum.StrEnum):
    AVAILABLE = "available"  # may be adopted when a plan runs
    RESTING = "resting"  # not offered this season (young, pruned, sick)
    RETIRED = "retired"


class Tree(Model):
    __tablename__ = "tree"

    id: Mapped[int] = mapped_column(primary_key=True)
    orchard_id: Mapped[int] = mapped_column(sa.ForeignKey("orchard.id"), index=True)
    code: Mapped[str] = mapped_column(sa.String(20), unique=True)
    variety: Mapped[MangoVariety] = mapped_column(enum_column(MangoVariety), index=True)
    planted_year: Mapped[int]
    profile_vi: Mapped[str] = mapped_column(sa.Text, default="")
    profile_en: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[TreeStatus] = mapped_column(
        enum_column(TreeStatus), default=TreeStatus.AVAILABLE, index=True
    )
    photo_id: Mapped[int | None] = mapped_column(sa.ForeignKey("media_asset.id"))

    orchard: Mapped[Orchard] = relationship(back_populates="trees")
    photo: Mapped[MediaAsset | None] = relationship()
    photos: Mapped[list["TreePhoto"]] = extra_photos("TreePhoto")


class AdoptionPlan(Model):
    """What adopting a tree of this orchard brings for one season, and what it costs."""

    __tablename__ = "adoption_plan"
    __table_args__ = (
        sa.CheckConstraint("ends_on > starts_on", "season_order"),
        sa.CheckConstraint("price > 0", "price_positive"),
        sa.CheckConstraint("harvest_kg > 0 AND deliveries > 0", "harvest_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    orchard_id: Mapped[int] = mapped_column(sa.ForeignKey("orchard.id"), index=True)
    season_vi: Mapped[str] = mapped_column(sa.String(80))
    season_en: Mapped[str] = mapped_column(sa.String(80), default="")
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    price: Mapped[int]
    harvest_kg: Mapped[int]
    deliveries: Mapped[int]
    delivery_months: Mapped[list[int]] = mapped_column(sa.JSON, default=list)
    includes_vi: Mapped[str] = mapped_column(sa.Text, default="")
    includes_en: Mapped[str] = mapped_column(sa.Text, default="")
    renewal_opens_on: Mapped[date | None]
    renewal_closes_on: Mapped[date | None]

    orchard: Mapped[Orchard] = relationship(back_populates="plans")

    def running(self, today: date) -> bool:
        return self.starts_on <= today <= self.ends_on


class ExtraPhoto:
    """One more photo of an orchard, tree or tour; the lowest position is shown first."""

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(sa.ForeignKey("media_asset.id"))
    position: Mapped[int] = mapped_column(default=0)

    @declared_attr
    def asset(cls) -> Mapped[MediaAsset]:
        return relationship()


class OrchardPhoto(ExtraPhoto, Model):
    __tablename__ = "orchard_photo"

    orchard_id: Mapped[int] = mapped_column(
        sa.ForeignKey("orchard.id", ondelete="CASCADE"), index=True
    )


class TreePhoto(ExtraPhoto, Model):
    __tablename__ = "tree_photo"

    tree_id: Mapped[int] = mapped_column(sa.ForeignKey("tree.id", ondelete="CASCADE"), index=True)
