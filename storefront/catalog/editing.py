"""Changing the catalogue: the OCOP groups, derived product fields, publishing."""

import calendar
from datetime import date

import sqlalchemy as sa

from storefront.catalog.groups import OCOP_GROUPS
from storefront.catalog.models import Category, Product, ProductStatus
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.text import fold

CERTIFICATE_MONTHS = 36


def ensure_ocop_groups() -> dict[str, Category]:
    """Create the six OCOP groups and their sub-categories where missing; return all by slug."""
    existing = {c.slug: c for c in db.session.scalars(sa.select(Category))}
    position = 0
    for group in OCOP_GROUPS:
        parent = existing.get(group.slug)
        if parent is None:
            parent = existing[group.slug] = Category(slug=group.slug)
            db.session.add(parent)
        parent.name_vi, parent.name_en, parent.position = group.name_vi, group.name_en, position
        position += 1
        for slug, name_vi, name_en in group.subcategories:
            child = existing.get(slug)
            if child is None:
                child = existing[slug] = Category(slug=slug)
                db.session.add(child)
            child.parent, child.name_vi, child.name_en = parent, name_vi, name_en
            child.position = position
            position += 1
    db.session.flush()
    return existing


def certificate_expiry(certified_on: date) -> date:
    """An OCOP certificate is valid for 36 months from the day it is issued."""
    month = certified_on.month - 1 + CERTIFICATE_MONTHS
    year, month = certified_on.year + month // 12, month % 12 + 1
    day = min(certified_on.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def refresh_product(product: Product) -> None:
    """Recompute the fields derived from a product's variants, names and producer."""
    product.price_from = min((v.price for v in product.variants), default=None)
    product.search_text = fold(
        " ".join((product.name_vi, product.name_en or "", product.producer.name, product.slug))
    )


def publish(product: Product) -> None:
    product.status = ProductStatus.PUBLISHED
    product.published_at = product.published_at or utcnow()
