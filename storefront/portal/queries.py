"""Owner-checked getters and the dashboard's figures: a producer only ever sees its own rows."""

from datetime import timedelta

import sqlalchemy as sa
from flask import g
from sqlalchemy.orm import contains_eager, selectinload

from storefront.catalog.models import Category, Product, ProductStatus, Variant
from storefront.extensions import db
from storefront.i18n import localized
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderEvent,
    OrderKind,
)
from storefront.timeutil import today_local

LOW_STOCK = 5
EXPIRY_WARNING_DAYS = 60


def own_products(status: str | None = None) -> list[Product]:
    query = (
        sa.select(Product)
        .where(Product.producer_id == g.producer.id, Product.status != ProductStatus.ARCHIVED)
        .options(selectinload(Product.variants), selectinload(Product.images))
        .order_by(Product.created_at.desc(), Product.id.desc())
    )
    if status in {s.value for s in ProductStatus}:
        query = query.where(Product.status == status)
    return list(db.session.scalars(query))


def dashboard_figures() -> dict:
    """Products by status, low-stock variants, drafts and certificates about to expire."""
    producer_id = g.producer.id
    by_status = dict(
        db.session.execute(
            sa.select(Product.status, sa.func.count(Product.id))
            .where(Product.producer_id == producer_id)
            .group_by(Product.status)
        ).all()
    )
    low_stock = db.session.execute(
        sa.select(Variant, Product)
        .join(Variant.product)
        .where(
            Product.producer_id == producer_id,
            Product.status != ProductStatus.ARCHIVED,
            Variant.stock <= LOW_STOCK,
        )
        .order_by(Variant.stock, Product.name_vi)
    ).all()
    today = today_local()
    expiring = db.session.scalars(
        sa.select(Product)
        .where(
            Product.producer_id == producer_id,
            Product.status != ProductStatus.ARCHIVED,
            Product.certificate_expires_on.between(
                today, today + timedelta(days=EXPIRY_WARNING_DAYS)
            ),
        )
        .order_by(Product.certificate_expires_on)
    ).all()
    drafts = db.session.scalars(
        sa.select(Product)
        .where(Product.producer_id == producer_id, Product.status == ProductStatus.DRAFT)
        .order_by(Product.created_at.desc())
    ).all()
    return {
        "by_status": {s: by_status.get(s, 0) for s in ProductStatus if s != ProductStatus.ARCHIVED},
        "low_stock": low_stock,
        "expiring": expiring,
        "drafts": drafts,
    }


def own_fulfilments(status: str | None = None) -> list[Fulfilment]:
    """The current producer's parts of orders of products, newest first (two queries,
    however many). Adoptions and bookings have their own portal pages."""
    query = (
        sa.select(Fulfilment)
        .join(Fulfilment.order)
        .where(Fulfilment.producer_id == g.producer.id, Order.kind == OrderKind.GOODS)
        .options(contains_eager(Fulfilment.order), selectinload(Fulfilment.items))
        .order_by(Order.created_at.desc(), Fulfilment.id.desc())
    )
    if status in {s.value for s in FulfilmentStatus}:
        query = query.where(Fulfilment.status == status)
    return list(db.session.scalars(query))


def unseen_order_count() -> int:
    """New parts of orders the current producer has not opened yet (the nav badge)."""
    return db.session.execute(
        sa.select(sa.func.count(Fulfilment.id))
        .join(Fulfilment.order)
        .where(
            Order.kind == OrderKind.GOODS,
            Fulfilment.producer_id == g.producer.id,
            Fulfilment.status == FulfilmentStatus.NEW,
            Fulfilment.seen_by_producer.is_(False),
        )
    ).scalar_one()


def fulfilment_events(fulfilment: Fulfilment) -> list[OrderEvent]:
    """The timeline of one part of an order: its own transitions, oldest first."""
    return list(
        db.session.scalars(
            sa.select(OrderEvent)
            .where(
                OrderEvent.order_id == fulfilment.order_id,
                OrderEvent.subject == "fulfilment",
                OrderEvent.subject_id == fulfilment.id,
            )
            .order_by(OrderEvent.created_at, OrderEvent.id)
        )
    )


def category_choices() -> list[tuple[int, str]]:
    """The sub-categories a product may go in, as "Group › Sub-category", in catalogue order."""
    subs = db.session.scalars(
        sa.select(Category).where(Category.parent_id.is_not(None)).order_by(Category.position)
    )
    return [(c.id, f"{localized(c.parent, 'name')} › {localized(c, 'name')}") for c in subs]
