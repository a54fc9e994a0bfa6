"""Reading the public catalogue: what is visible, filtered, sorted and paged."""

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from storefront.catalog.certificates import verified_stars_expr
from storefront.catalog.filters import CatalogFilters
from storefront.catalog.models import Category, Product, ProductImage, ProductStatus, Variant
from storefront.extensions import db
from storefront.producers.models import Producer, ProducerStatus
from storefront.producers.services import approved_producers
from storefront.text import fold
from storefront.timeutil import today_local


@dataclass
class Page:
    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


def card_options():
    """Load what a product card shows in a fixed number of queries."""
    return (
        joinedload(Product.producer),
        selectinload(Product.images).joinedload(ProductImage.asset),
        joinedload(Product.category).joinedload(Category.parent),
        selectinload(Product.certificates),
    )


def visible_products() -> sa.Select:
    """Published products of approved producers."""
    return (
        sa.select(Product)
        .join(Product.producer)
        .where(
            Product.status == ProductStatus.PUBLISHED, Producer.status == ProducerStatus.APPROVED
        )
    )


def valid_stars(today: date):
    """The stars a product may show today: those of its verified certificate in force (a
    council decision or a claim the office checked), 0 without one; never the typed ones."""
    return sa.func.coalesce(verified_stars_expr(today), 0)


def _category_ids(slug: str) -> sa.Select:
    parent = sa.select(Category.id).where(Category.slug == slug).scalar_subquery()
    return sa.select(Category.id).where(sa.or_(Category.id == parent, Category.parent_id == parent))


def search_products(filters: CatalogFilters, per_page: int) -> Page:
    """One page of the catalogue for these filters; the page is clamped to the last one."""
    today = today_local()
    query = visible_products()
    if filters.q:
        for word in fold(filters.q).split():
            query = query.where(Product.search_text.contains(word, autoescape=True))
    if filters.group:
        query = query.where(Product.category_id.in_(_category_ids(filters.group)))
    if filters.stars:
        query = query.where(verified_stars_expr(today) >= filters.stars)
    if filters.ward:
        query = query.where(Product.ward_code == filters.ward)

    total = db.session.execute(query.with_only_columns(sa.func.count(Product.id))).scalar_one()
    pages = max(1, math.ceil(total / per_page))
    page = min(filters.page, pages)
    orders: dict[str, tuple[sa.UnaryExpression[Any], ...]] = {
        "newest": (Product.published_at.desc(), Product.id.desc()),
        "price_asc": (Product.price_from.asc(), Product.id.asc()),
        "price_desc": (Product.price_from.desc(), Product.id.asc()),
        "stars": (valid_stars(today).desc(), Product.published_at.desc(), Product.id.asc()),
    }
    items = db.session.scalars(
        query.options(*card_options())
        .order_by(*orders[filters.sort])
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page(list(items), page, per_page, total)


def get_visible_product(slug: str) -> Product | None:
    """A public product with everything its page shows, or None."""
    return db.session.scalar(
        visible_products()
        .where(Product.slug == slug)
        .options(
            joinedload(Product.producer).joinedload(Producer.logo),
            joinedload(Product.category).joinedload(Category.parent),
            selectinload(Product.variants),
            selectinload(Product.images).joinedload(ProductImage.asset),
            selectinload(Product.certificates),
        )
    )


def related_products(product: Product, limit: int = 4) -> list[Product]:
    """Other products of the same sub-category first, then of the same OCOP group."""
    group_id = product.category.parent_id or product.category_id
    same_group = sa.or_(Category.id == group_id, Category.parent_id == group_id)
    query = (
        visible_products()
        .join(Product.category)
        .where(Product.id != product.id, same_group)
        .options(*card_options())
        .order_by(
            sa.case((Product.category_id == product.category_id, 0), else_=1),
            Product.featured.desc(),
            Product.published_at.desc(),
        )
        .limit(limit)
    )
    return list(db.session.scalars(query).unique())


def featured_products(limit: int = 8) -> list[Product]:
    query = (
        visible_products()
        .where(Product.featured.is_(True))
        .options(*card_options())
        .order_by(Product.published_at.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def groups_with_counts() -> list[tuple[Category, int]]:
    """The six OCOP groups, each with its number of visible products."""
    group_id = sa.func.coalesce(Category.parent_id, Category.id)
    counted = (
        visible_products()
        .join(Product.category)
        .with_only_columns(group_id.label("group_id"), sa.func.count(Product.id).label("n"))
        .group_by(group_id)
        .subquery()
    )
    rows = db.session.execute(
        sa.select(Category, sa.func.coalesce(counted.c.n, 0))
        .outerjoin(counted, counted.c.group_id == Category.id)
        .where(Category.parent_id.is_(None))
        .order_by(Category.position)
    ).all()
    return [(category, count) for category, count in rows]


def subcategories() -> list[Category]:
    return list(
        db.session.scalars(
            sa.select(Category).where(Category.parent_id.is_not(None)).order_by(Category.position)
        )
    )


def wards_with_products() -> list[int]:
    """Ward codes that have at least one visible product, for the commune filter."""
    return list(
        db.session.scalars(visible_products().with_only_columns(Product.ward_code).distinct())
    )


def cheapest_variant(product: Product) -> Variant | None:
    return min(product.variants, key=lambda v: v.price, default=None)


def sitemap_products() -> list[tuple[str, object]]:
    return list(
        db.session.execute(visible_products().with_only_columns(Product.slug, Product.published_at))
    )


def producer_products(producer: Producer) -> list[Product]:
    query = (
        visible_products()
        .where(Product.producer_id == producer.id)
        .options(*card_options())
        .order_by(Product.featured.desc(), Product.published_at.desc())
    )
    return list(db.session.scalars(query))


def producers_with_counts(limit: int | None = None) -> list[tuple[Producer, int]]:
    """Approved producers with their number of visible products, most products first."""
    counts = (
        visible_products()
        .with_only_columns(Product.producer_id, sa.func.count(Product.id).label("n"))
        .group_by(Product.producer_id)
        .subquery()
    )
    query = (
        approved_producers()
        .add_columns(sa.func.coalesce(counts.c.n, 0).label("n"))
        .outerjoin(counts, counts.c.producer_id == Producer.id)
        .options(joinedload(Producer.logo))
        .order_by(sa.desc("n"), Producer.name)
        .limit(limit)
    )
    return [(producer, n) for producer, n in db.session.execute(query)]
