"""Giving money back on a paid order: card payments through Stripe's refund API, anything
else recorded for the office to pay back by hand."""

import logging

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from storefront.extensions import db
from storefront.orders.models import (
    Order,
    Payment,
    PaymentMethod,
    PaymentStatus,
    Refund,
    RefundStatus,
)
from storefront.orders.states import transition

log = logging.getLogger(__name__)


def paid_payment(order: Order):
    """The order's payment that money arrived on, or None."""
    return next((p for p in reversed(order.payments) if p.status == PaymentStatus.PAID), None)


def refund(
    order: Order, amount: int, *, reason: str, actor=None, actor_label: str = ""
) -> Refund | None:
    """Give back `amount` đồng (at most what is left of the payment); None if nothing is due.

    A card refund is made at once (stripe_gateway.GatewayError propagates: the caller rolls
    back and says "try again"); a transfer or cash refund is recorded as to be paid by hand.
    """
    payment = paid_payment(order)
    if payment is None:
        return None
    amount = min(amount, payment.amount - payment.refunded)
    if amount <= 0:
        return None
    record = Refund(payment=payment, amount=amount, reason=reason[:200])
    if payment.method == PaymentMethod.CARD and payment.charge_reference:
        from storefront.payments.stripe_gateway import refund as stripe_refund

        number = len(payment.refunds)
        record.provider_reference = stripe_refund(
            payment.charge_reference, amount, idempotency_key=f"refund-{payment.id}-{number}"
        )
        record.status = RefundStatus.DONE
    else:
        record.status = RefundStatus.TO_PAY
        log.info("Order %s: refund %s VND by hand (%s)", order.number, amount, reason)
    db.session.add(record)
    db.session.flush()
    if payment.refunded >= payment.amount:
        transition(payment, "refund", actor=actor, actor_label=actor_label, note=reason)
    return record


def refunds_to_pay() -> list[Refund]:
    """Refunds the office still has to transfer by hand, oldest first."""
    return list(
        db.session.scalars(
            sa.select(Refund)
            .where(Refund.status == RefundStatus.TO_PAY)
            .options(joinedload(Refund.payment).joinedload(Payment.order))
            .order_by(Refund.created_at, Refund.id)
        )
    )


def mark_paid_by_hand(refund: Refund) -> bool:
    """The office sent the money back; False if someone had already marked it (one wins)."""
    done = db.session.execute(
        sa.update(Refund)
        .where(Refund.id == refund.id, Refund.status == RefundStatus.TO_PAY)
        .values(status=RefundStatus.PAID_BY_HAND)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.refresh(refund)
    return done == 1
