"""Which products hold verified OCOP stars on a day, and their certificates: what the
products, coverage, certificates and sales sections count by."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from storefront.catalog.models import Product
from storefront.extensions import db


@dataclass(frozen=True)
class Certified:
    product_id: int
    stars: int
    number: str
    expires_on: date | None


def verified(day: date) -> dict[int, Certified]:
    """Products whose certificate is in force on `day`, by product id."""
    query = sa.select(
        Product.id, Product.stars, Product.certificate_no, Product.certificate_expires_on
    ).where(
        Product.stars.is_not(None),
        Product.certificate_no != "",
        sa.or_(Product.certificate_expires_on.is_(None), Product.certificate_expires_on >= day),
    )
    return {pid: Certified(pid, stars, number, expires)
            for pid, stars, number, expires in db.session.execute(query)}  # fmt: skip


def expiring(start: date, end: date) -> list[Certified]:
    """Certificates (the newest of each product) whose validity ends from `start` to `end`."""
    query = sa.select(
        Product.id, Product.stars, Product.certificate_no, Product.certificate_expires_on
    ).where(
        Product.stars.is_not(None),
        Product.certificate_no != "",
        Product.certificate_expires_on >= start,
        Product.certificate_expires_on <= end,
    )
    return [Certified(*row) for row in db.session.execute(query)]
