"""Reading public producer pages."""

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

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


def sitemap_producers() -> list[str]:
    return list(db.session.scalars(approved_producers().with_only_columns(Producer.slug)))
