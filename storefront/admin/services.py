"""What the provincial OCOP office reads: its overview's figures, producers to review,
transfers to check."""

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from storefront.catalog.models import Product
from storefront.extensions import db
from storefront.orders.models import Order, OrderStatus, PaymentMethod, Refund, RefundStatus
from storefront.producers.models import Producer, ProducerMember, ProducerStatus


@dataclass(frozen=True)
class OfficeFigures:
    producers_waiting: int
    producers_suspended: int
    transfers_waiting: int
    refunds_to_pay: int


def office_figures() -> OfficeFigures:
    """Counts of the office's open work, in one query."""
    producers = sa.select(sa.func.count(Producer.id))
    waiting, suspended, transfers, refunds = db.session.execute(
        sa.select(
            producers.where(Producer.status == ProducerStatus.PENDING).scalar_subquery(),
            producers.where(Producer.status == ProducerStatus.SUSPENDED).scalar_subquery(),
            sa.select(sa.func.count(Order.id))
            .where(
                Order.payment_method == PaymentMethod.BANK_TRANSFER,
                Order.status == OrderStatus.AWAITING_PAYMENT,
            )
            .scalar_subquery(),
            sa.select(sa.func.count(Refund.id))
            .where(Refund.status == RefundStatus.TO_PAY)
            .scalar_subquery(),
        )
    ).one()
    return OfficeFigures(waiting, suspended, transfers, refunds)


def producers_in(status: ProducerStatus) -> list[Producer]:
    """The producers in a status, the longest waiting first."""
    return list(
        db.session.scalars(
            sa.select(Producer)
            .where(Producer.status == status)
            .order_by(Producer.submitted_at.asc().nulls_last(), Producer.id)
        )
    )


def producer_counts() -> dict[ProducerStatus, int]:
    rows = db.session.execute(
        sa.select(Producer.status, sa.func.count(Producer.id)).group_by(Producer.status)
    )
    return {status: count for status, count in rows}


def producer_for_review(producer_id: int) -> Producer | None:
    """A producer with its members (and their accounts), for the office's review page."""
    return db.session.scalar(
        sa.select(Producer)
        .where(Producer.id == producer_id)
        .options(selectinload(Producer.members).joinedload(ProducerMember.user))
    )


def products_of(producer: Producer) -> list[Product]:
    return list(
        db.session.scalars(
            sa.select(Product).where(Product.producer_id == producer.id).order_by(Product.id)
        )
    )


def transfers_waiting() -> list[Order]:
    """Bank-transfer orders still waiting for their money, oldest first (the office checks)."""
    return list(
        db.session.scalars(
            sa.select(Order)
            .where(
                Order.payment_method == PaymentMethod.BANK_TRANSFER,
                Order.status == OrderStatus.AWAITING_PAYMENT,
            )
            .order_by(Order.created_at, Order.id)
        )
    )
