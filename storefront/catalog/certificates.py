"""A product's OCOP certificate: the stars the storefront may show as verified.

A certificate comes from a council decision recorded by the office (storefront.rating) or from
a producer's typed claim that the office checked against the scan. It runs 36 months from the
day it was issued; a revoked or expired certificate shows no stars. It lives on the
catalogue's floor because the storefront shows it and the catalogue cannot read the rating.
"""

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.accounts.models import User
from storefront.catalog.editing import certificate_expiry
from storefront.catalog.models import Product
from storefront.extensions import Model, db
from storefront.media.models import Document
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.producers.models import Producer


class GrantingLevel(enum.StrEnum):
    """Who may grant a star count: nobody (one and two stars), the province, the centre."""

    NONE = "none"
    PROVINCE = "province"
    CENTRAL = "central"


class CertificateSource(enum.StrEnum):
    COUNCIL_DECISION = "council_decision"  # the council scored a dossier; the office decided
    VERIFIED_CLAIM = "verified_claim"  # the producer typed it in; the office checked the scan


def expiry_for(issued_on: date) -> date:
    """A certificate issued on `issued_on` runs 36 months (the product form's own rule)."""
    return certificate_expiry(issued_on)


class OcopCertificate(Model):
    __tablename__ = "ocop_certificate"
    __table_args__ = (
        sa.CheckConstraint("stars BETWEEN 3 AND 5", "stars"),
        sa.CheckConstraint("expires_on > issued_on", "expires_after_issue"),
        sa.Index("ix_ocop_certificate_product_valid", "product_id", "expires_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        sa.ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(sa.String(60))
    stars: Mapped[int] = mapped_column(sa.SmallInteger)
    issued_on: Mapped[date]
    expires_on: Mapped[date] = mapped_column(index=True)
    decision_number: Mapped[str] = mapped_column(sa.String(60), default="")
    decision_date: Mapped[date | None]
    granting_level: Mapped[GrantingLevel] = mapped_column(
        enum_column(GrantingLevel), default=GrantingLevel.PROVINCE
    )
    source: Mapped[CertificateSource] = mapped_column(enum_column(CertificateSource))
    scan_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document.id"))
    verified_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str] = mapped_column(sa.String(300), default="")
    # When `flask certificates-remind` told the producer it is running out (once).
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    product: Mapped[Product] = relationship()
    scan: Mapped[Document | None] = relationship()
    verified_by: Mapped[User | None] = relationship()

    def valid_on(self, today: date) -> bool:
        return self.revoked_at is None and self.issued_on <= today <= self.expires_on

    @property
    def from_council(self) -> bool:
        return self.source == CertificateSource.COUNCIL_DECISION


def _valid_clause(today: date):
    return sa.and_(
        OcopCertificate.revoked_at.is_(None),
        OcopCertificate.issued_on <= today,
        OcopCertificate.expires_on >= today,
    )


def verified_stars_expr(today: date):
    """A correlated scalar: the product's verified, unexpired stars (NULL when none). For the
    star filter, sorting and the reports: `.where(verified_stars_expr(today) >= 4)`."""
    return (
        sa.select(sa.func.max(OcopCertificate.stars))
        .where(OcopCertificate.product_id == Product.id, _valid_clause(today))
        .correlate(Product)
        .scalar_subquery()
    )


def current_certificate(product: Product | int, today: date) -> OcopCertificate | None:
    """The product's certificate in force today: the most stars, then the latest issued."""
    product_id = product if isinstance(product, int) else product.id
    return db.session.scalars(
        sa.select(OcopCertificate)
        .where(OcopCertificate.product_id == product_id, _valid_clause(today))
        .order_by(OcopCertificate.stars.desc(), OcopCertificate.issued_on.desc())
        .limit(1)
    ).first()


def current_certificates(product_ids, today: date) -> dict[int, OcopCertificate]:
    """The certificate in force of each product of a page of cards, in one query."""
    ids = list(set(product_ids))
    if not ids:
        return {}
    rows = db.session.scalars(
        sa.select(OcopCertificate)
        .where(OcopCertificate.product_id.in_(ids), _valid_clause(today))
        .order_by(OcopCertificate.stars, OcopCertificate.issued_on)
    )
    return {c.product_id: c for c in rows}  # the last (best) wins


def verified_stars(product: Product | int, today: date) -> int | None:
    certificate = current_certificate(product, today)
    return certificate.stars if certificate else None


@dataclass(frozen=True)
class Expiring:
    certificate: OcopCertificate
    product: Product
    producer: Producer
    days_left: int


def expiring(within_days: int, today: date, commune: int | None = None) -> list[Expiring]:
    """Certificates in force today that end within `within_days`, soonest first; `commune`
    (a ward code) keeps those of products made there."""
    query = (
        sa.select(OcopCertificate, Product, Producer)
        .join(Product, Product.id == OcopCertificate.product_id)
        .join(Producer, Producer.id == Product.producer_id)
        .where(
            _valid_clause(today),
            OcopCertificate.expires_on <= today + timedelta(days=within_days),
        )
        .order_by(Product.ward_code, OcopCertificate.expires_on, OcopCertificate.id)
    )
    if commune is not None:
        query = query.where(Product.ward_code == commune)
    return [
        Expiring(cert, product, producer, (cert.expires_on - today).days)
        for cert, product, producer in db.session.execute(query)
    ]
