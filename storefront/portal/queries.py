"""Owner-checked getters and the dashboard's figures: a producer only ever sees its own rows."""

from datetime import timedelta

import sqlalchemy as sa
from flask import abort, g
from sqlalchemy.orm import contains_eager, joinedload, selectinload

from storefront.catalog.models import Product, ProductImage, ProductStatus, Variant
from storefront.extensions import db
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderEvent,
    OrderKind,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
)
from storefront.timeutil import today_local

LOW_STOCK = 5
EXPIRY_WARNING_DAYS = 60


def own_product(product_id: int) -> Product:
    """The current producer's product, or 404 (never another producer's)."""
    product = db.session.scalar(
        sa.select(Product)
        .where(Product.id == product_id, Product.producer_id == g.producer.id)
        .options(selectinload(Product.variants), selectinload(Product.images))
    )
    if product is None or product.status == ProductStatus.ARCHIVED:
        abort(404)
    return product


def own_image(product: Product, image_id: int) -> ProductImage:
    image = next((i for i in product.images if i.id == image_id), None)
    if image is None:
        abort(404)
    return image


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


def own_fulfilment(fulfilment_id: int) -> Fulfilment:
    """The current producer's part of an order, with its order and lines, or 404."""
    fulfilment = db.session.scalar(
        sa.select(Fulfilment)
        .join(Fulfilment.order)
        .where(
            Fulfilment.id == fulfilment_id,
            Fulfilment.producer_id == g.producer.id,
            Order.kind == OrderKind.GOODS,
        )
        .options(
            joinedload(Fulfilment.order).selectinload(Order.payments),
            selectinload(Fulfilment.items),
        )
    )
    if fulfilment is None:
        abort(404)
    return fulfilment


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
    return db.session.scalar(
        sa.select(sa.func.count(Fulfilment.id))
        .join(Fulfilment.order)
        .where(
            Order.kind == OrderKind.GOODS,
            Fulfilment.producer_id == g.producer.id,
            Fulfilment.status == FulfilmentStatus.NEW,
            Fulfilment.seen_by_producer.is_(False),
        )
    )


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


def awaiting_transfer(order: Order) -> bool:
    """A bank-transfer order whose money has not been marked received yet."""
    return (
        order.payment_method == PaymentMethod.BANK_TRANSFER
        and order.status == OrderStatus.AWAITING_PAYMENT
    )


def part_paid(fulfilment: Fulfilment) -> bool:
    """Whether the money for this part has arrived (COD: collected when it was delivered)."""
    order = fulfilment.order
    if order.payment_method == PaymentMethod.COD:
        reference = f"cod-fulfilment-{fulfilment.id}"
        return any(
            p.status == PaymentStatus.PAID and p.provider_reference == reference
            for p in order.payments
        )
    return order.payment is not None and order.payment.status == PaymentStatus.PAID
