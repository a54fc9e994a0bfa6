"""What waits for the provincial OCOP office: the figures of its overview page."""

from dataclasses import dataclass

import sqlalchemy as sa

from storefront.extensions import db
from storefront.orders.models import Order, OrderStatus, PaymentMethod, Refund, RefundStatus
from storefront.producers.models import Producer, ProducerStatus


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
