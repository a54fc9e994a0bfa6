"""Giving money back on a paid order: card payments through Stripe's refund API, anything
else recorded for the office to pay back by hand."""

import logging

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from storefront.accounts import audit
from storefront.database import rows_updated
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
from storefront.payments.stripe_gateway import GatewayError
from storefront.payments.stripe_gateway import refund as stripe_refund

log = logging.getLogger(__name__)
LATE_PAYMENT = "paid after the order closed"


def paid_payment(order: Order):
    """The order's payment that money arrived on, or None."""
    return next((p for p in reversed(order.payments) if p.status == PaymentStatus.PAID), None)


def refund(
    order: Order,
    amount: int,
    *,
    reason: str,
    actor=None,
    actor_label: str = "",
    by_hand: bool = False,
) -> Refund | None:
    """Give back `amount` đồng (at most what is left of the payment); None if nothing is due.

    A card refund is made at once (stripe_gateway.GatewayError propagates: the caller rolls
    back and says "try again"); a transfer or cash refund, or any refund `by_hand`, is
    recorded as to be paid by hand.
    """
    payment = paid_payment(order)
    if payment is None:
        return None
    amount = min(amount, payment.amount - payment.refunded)
    if amount <= 0:
        return None
    record = Refund(payment=payment, amount=amount, reason=reason[:200])
    if payment.method == PaymentMethod.CARD and payment.charge_reference and not by_hand:
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


def paid_after_close(
    order: Order, payment: Payment, *, reference: str = "", actor=None, actor_label: str = ""
) -> Refund | None:
    """Money arrived for an order cancelled or expired meanwhile (a card paid after its hold
    ran out, a transfer marked received as the buyer cancelled): record it on its payment and
    give all of it back, never just keep it. A card goes back through Stripe's refund API; a
    transfer, or a card refund Stripe refused just now, is listed for the office to pay back
    by hand."""
    if reference and payment.method == PaymentMethod.CARD:
        payment.charge_reference = reference
    note = f"{reference} after {order.status}".strip()
    transition(payment, "succeed", actor=actor, actor_label=actor_label, note=note)
    try:
        return refund(
            order, payment.amount, reason=LATE_PAYMENT, actor=actor, actor_label=actor_label
        )
    except GatewayError:
        log.exception("Order %s: the refund of a late card payment failed", order.number)
        return refund(
            order,
            payment.amount,
            reason=f"{LATE_PAYMENT} (card refund failed)",
            actor=actor,
            actor_label=actor_label,
            by_hand=True,
        )


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
    done = rows_updated(
        sa.update(Refund)
        .where(Refund.id == refund.id, Refund.status == RefundStatus.TO_PAY)
        .values(status=RefundStatus.PAID_BY_HAND)
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(refund)
    if done:
        audit.record(
            "refund.paid_by_hand", refund, summary=f"{refund.amount} VND",
            before={"status": RefundStatus.TO_PAY.value},
            after={"status": RefundStatus.PAID_BY_HAND.value, "amount": refund.amount},
        )  # fmt: skip
    return done == 1
