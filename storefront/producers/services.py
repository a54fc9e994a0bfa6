"""Reading public producer pages."""

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from storefront.catalog.models import Product
from storefront.catalog.services import card_options, visible_products
from storefront.extensions import db
from storefront.producers.models import Producer, ProducerStatus


def approved_producers() -> sa.Select:
    return sa.select(Producer).where(Producer.status == ProducerStatus.APPROVED)


def get_public_producer(slug: str) -> Producer | None:
    return db.session.scalar(
        approved_producers()
        .where(Producer.slug == slug)
        .options(joinedload(Producer.logo), joinedload(Producer.cover))
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


def sitemap_producers() -> list[str]:
    return list(db.session.scalars(approved_producers().with_only_columns(Producer.slug)))
