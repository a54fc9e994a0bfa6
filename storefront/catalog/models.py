"""Categories, products, variants and product images."""

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from storefront.catalog.groups import BOOKED_GROUPS
from storefront.extensions import Model
from storefront.media.models import Document, MediaAsset
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.places import require_ward
from storefront.producers.models import Producer

if TYPE_CHECKING:
    from storefront.catalog.certificates import OcopCertificate

MIN_STARS, MAX_STARS = 3, 5
# A sane upper bound for one variant's price (VND): catches a typo of three extra zeros.
MAX_PRICE_VND = 100_000_000


class Category(Model):
    """An OCOP product group (parent is None) or one of its sub-categories."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(60), unique=True)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("category.id"), index=True)
    name_vi: Mapped[str] = mapped_column(sa.String(120))
    name_en: Mapped[str] = mapped_column(sa.String(120), default="")
    position: Mapped[int] = mapped_column(default=0)

    parent: Mapped["Category | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Category"]] = relationship(
        back_populates="parent", order_by="Category.position"
    )

    @property
    def group_slug(self) -> str:
        return self.parent.slug if self.parent else self.slug


class ProductStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    HIDDEN = "hidden"
    ARCHIVED = "archived"


class Product(Model):
    __tablename__ = "product"
    __table_args__ = (
        sa.CheckConstraint(f"stars IS NULL OR stars BETWEEN {MIN_STARS} AND {MAX_STARS}", "stars"),
        sa.Index("ix_product_status_published_at", "status", "published_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"), index=True)
    category_id: Mapped[int] = mapped_column(sa.ForeignKey("category.id"), index=True)
    slug: Mapped[str] = mapped_column(sa.String(120), unique=True)
    name_vi: Mapped[str] = mapped_column(sa.String(160))
    name_en: Mapped[str] = mapped_column(sa.String(160), default="")
    short_vi: Mapped[str] = mapped_column(sa.String(200), default="")
    short_en: Mapped[str] = mapped_column(sa.String(200), default="")
    description_vi: Mapped[str] = mapped_column(sa.Text, default="")
    description_en: Mapped[str] = mapped_column(sa.Text, default="")
    ward_code: Mapped[int] = mapped_column(index=True)
    stars: Mapped[int | None] = mapped_column(sa.SmallInteger)
    certificate_no: Mapped[str] = mapped_column(sa.String(60), default="")
    certified_on: Mapped[date | None]
    certificate_expires_on: Mapped[date | None] = mapped_column(index=True)
    certificate_document_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document.id"))
    certifications: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    ingredients_vi: Mapped[str] = mapped_column(sa.Text, default="")
    ingredients_en: Mapped[str] = mapped_column(sa.Text, default="")
    shelf_life_vi: Mapped[str] = mapped_column(sa.String(120), default="")
    shelf_life_en: Mapped[str] = mapped_column(sa.String(120), default="")
    storage_vi: Mapped[str] = mapped_column(sa.String(300), default="")
    storage_en: Mapped[str] = mapped_column(sa.String(300), default="")
    growing_area_code: Mapped[str] = mapped_column(sa.String(40), default="")
    net_weight_g: Mapped[int | None]
    featured: Mapped[bool] = mapped_column(default=False)
    status: Mapped[ProductStatus] = mapped_column(
        enum_column(ProductStatus), default=ProductStatus.DRAFT
    )
    # A community-tourism product is booked on a date of this tour of its producer instead of
    # being shipped. Only the table name is named here: tours sit above the catalogue.
    tour_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("tour.id", ondelete="SET NULL"), index=True
    )
    # Cheapest variant price, kept by services whenever variants change: cards and
    # sorting read it without touching the variant table.
    price_from: Mapped[int | None] = mapped_column(index=True)
    # Names and producer folded to plain lower-case ASCII for accent-insensitive search.
    search_text: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    producer: Mapped[Producer] = relationship()
    category: Mapped[Category] = relationship()
    certificate_document: Mapped[Document | None] = relationship()
    variants: Mapped[list["Variant"]] = relationship(
        back_populates="product", order_by="Variant.position", cascade="all, delete-orphan"
    )
    images: Mapped[list["ProductImage"]] = relationship(
        back_populates="product", order_by="ProductImage.position", cascade="all, delete-orphan"
    )
    # The OCOP certificates the office granted or verified (catalog.certificates): the only
    # source of the stars the storefront shows. `stars` and `certificate_*` above are what
    # the producer typed in: a claim until the office verifies it.
    certificates: Mapped[list["OcopCertificate"]] = relationship(
        viewonly=True, order_by="OcopCertificate.id"
    )

    @validates("ward_code")
    def _check_ward(self, _key, code: int) -> int:
        return require_ward(code)

    def verified_certificate(self, today: date) -> "OcopCertificate | None":
        """The certificate in force today (most stars, then latest issued), or None."""
        valid = [c for c in self.certificates if c.valid_on(today)]
        return max(valid, key=lambda c: (c.stars, c.issued_on, c.id), default=None)

    def certificate_valid(self, today: date) -> bool:
        """OCOP stars may be shown only while a verified 36-month certificate runs."""
        return self.verified_certificate(today) is not None

    def verified_stars(self, today: date) -> int | None:
        certificate = self.verified_certificate(today)
        return certificate.stars if certificate else None

    def last_certificate(self) -> "OcopCertificate | None":
        """The latest verified certificate, expired or not (revoked ones aside)."""
        kept = [c for c in self.certificates if c.revoked_at is None]
        return max(kept, key=lambda c: (c.issued_on, c.id), default=None)

    @property
    def is_experience(self) -> bool:
        """An experience (community tourism): booked for a date, never sold as a parcel."""
        return self.category.group_slug in BOOKED_GROUPS

    @property
    def main_image(self) -> "ProductImage | None":
        return self.images[0] if self.images else None

    def __repr__(self) -> str:
        return f"<Product {self.slug}>"


class Variant(Model):
    """A package size of a product, with its own price, stock and shipping weight."""

    __tablename__ = "variant"
    __table_args__ = (
        sa.CheckConstraint(f"price >= 0 AND price <= {MAX_PRICE_VND}", "price_range"),
        sa.CheckConstraint("stock >= 0", "stock_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        sa.ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    label_vi: Mapped[str] = mapped_column(sa.String(80))
    label_en: Mapped[str] = mapped_column(sa.String(80), default="")
    sku: Mapped[str] = mapped_column(sa.String(40), unique=True)
    gtin: Mapped[str | None] = mapped_column(sa.String(14), unique=True)
    price: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)  # with lots: the sum of its lots' stock
    # Stock kept per lot (catalog.lot_models.Lot): the checkout takes first-expiring-first-out.
    lot_tracked: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    weight_g: Mapped[int] = mapped_column(default=0)
    position: Mapped[int] = mapped_column(default=0)

    product: Mapped[Product] = relationship(back_populates="variants")


class ProductImage(Model):
    __tablename__ = "product_image"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        sa.ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    asset_id: Mapped[int] = mapped_column(sa.ForeignKey("media_asset.id"))
    position: Mapped[int] = mapped_column(default=0)
    alt_vi: Mapped[str] = mapped_column(sa.String(200), default="")
    alt_en: Mapped[str] = mapped_column(sa.String(200), default="")

    product: Mapped[Product] = relationship(back_populates="images")
    asset: Mapped[MediaAsset] = relationship()
