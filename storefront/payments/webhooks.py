"""Stripe's reports on Checkout Sessions, each applied once: only they change a card payment.

Every event id is stored first, as the transaction's first write, inside a savepoint: the
UNIQUE (provider, event_id) key lets one delivery through and turns any copy, even one arriving
at the same moment, into "duplicate". On SQLite that first write waits for the other writer
(busy_timeout), on PostgreSQL the unique index waits for the other transaction to finish.
"""

import logging

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from storefront.extensions import db
from storefront.orders import lifecycle
from storefront.orders.models import (
    Order,
    OrderStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
    ProcessedWebhook,
)
from storefront.orders.states import can, transition
from storefront.payments import refunds
from storefront.payments.stripe_gateway import CURRENCY, GatewayError, WebhookError

log = logging.getLogger(__name__)

PROVIDER = "stripe"
PAID_EVENTS = {"checkout.session.completed", "checkout.session.async_payment_succeeded"}
CLOSING_EVENTS = {
    "checkout.session.expired": "checkout expired",
    "checkout.session.async_payment_failed": "card payment failed",
}
DUPLICATE = "duplicate"


def handle_stripe_event(event: dict) -> str:
    """Apply a verified Stripe event unless it was seen before; return what was done."""
    event_id, event_type = event.get("id"), event.get("type")
    if not isinstance(event_id, str) or not event_id or not isinstance(event_type, str):
        raise WebhookError("The event has no id or type.")
    record = _record_once(event_id, event_type)
    if record is None:
        log.info("Stripe event %s (%s) arrived again; ignored", event_id, event_type)
        return DUPLICATE
    record.outcome = _apply(event_type, event.get("data", {}).get("object") or {})[:200]
    db.session.flush()
    log.info("Stripe event %s (%s): %s", event_id, event_type, record.outcome)
    return record.outcome


def _record_once(event_id: str, event_type: str) -> ProcessedWebhook | None:
    """Store the event id; None if it is already stored (the unique key decides)."""
    record = ProcessedWebhook(provider=PROVIDER, event_id=event_id, event_type=event_type[:80])
    try:
        with db.session.begin_nested():
            db.session.add(record)
            db.session.flush()
    except IntegrityError:
        return None
    return record


def _apply(event_type: str, session: dict) -> str:
    if event_type not in PAID_EVENTS and event_type not in CLOSING_EVENTS:
        return "ignored"
    payment = _locked_card_payment(str(session.get("id") or ""))
    if payment is None:
        log.warning("Stripe event %s names no card payment of ours", event_type)
        return f"ignored: no card payment for session {session.get('id')}"
    order = payment.order
    problem = _mismatch(session, payment, order)
    if problem:
        log.warning("Stripe %s for order %s does not match: %s", event_type, order.number, problem)
        return f"mismatch: {problem}"
    if event_type in PAID_EVENTS:
        return _paid(event_type, session, payment, order)
    return _closed(event_type, payment, order)


def _locked_card_payment(session_id: str) -> Payment | None:
    """The card payment of this Checkout Session, its row and its order's row locked."""
    if not session_id:
        return None
    return db.session.scalars(
        sa.select(Payment)
        .join(Payment.order)
        .where(Payment.provider_reference == session_id, Payment.method == PaymentMethod.CARD)
        .with_for_update()
    ).first()


def _mismatch(session: dict, payment: Payment, order: Order) -> str:
    """What in the session disagrees with the payment we expect, or "" if all agree."""
    currency, amount = session.get("currency"), session.get("amount_total")
    if currency != CURRENCY or payment.currency.lower() != CURRENCY:
        return f"currency {currency!r}, expected {payment.currency.lower()!r}"
    if amount != payment.amount:
        return f"amount {amount!r}, expected {payment.amount}"
    reference = session.get("client_reference_id")
    if reference is not None and reference != order.number:
        return f"client_reference_id {reference!r}, expected {order.number!r}"
    return ""


def _paid(event_type: str, session: dict, payment: Payment, order: Order) -> str:
    if event_type == "checkout.session.completed" and session.get("payment_status") != "paid":
        return "waiting: the payment is not settled yet"
    if payment.status == PaymentStatus.PAID:
        return "already paid"
    reference = str(session.get("payment_intent") or session.get("id"))
    if (
        payment is not order.payment
        or not can(payment, "succeed")
        or order.status != OrderStatus.AWAITING_PAYMENT
    ):
        return _paid_too_late(payment, order, reference)
    payment.charge_reference = reference
    lifecycle.confirm_payment(order, actor_label=PROVIDER, reference=reference)
    return "paid"


def _paid_too_late(payment: Payment, order: Order, reference: str) -> str:
    """The card was charged after the order expired or was cancelled (its hold ran out while
    the buyer was on Stripe's page): record the money and give it straight back."""
    if not can(payment, "succeed"):
        log.error(
            "Order %s paid by card (%s) but its payment is %s: refund it by hand",
            order.number,
            reference,
            payment.status,
        )
        return f"refund needed: payment is {payment.status}"
    payment.charge_reference = reference
    transition(payment, "succeed", actor_label=PROVIDER, note=f"{reference} after {order.status}")
    try:
        refunds.refund(
            order, payment.amount, reason="paid after the order closed", actor_label="system"
        )
    except GatewayError:
        log.exception("Order %s: automatic refund of a late card payment failed", order.number)
        return "refund needed: the automatic refund failed"
    return f"refunded: paid while the order is {order.status}"


def _closed(event_type: str, payment: Payment, order: Order) -> str:
    if (
        payment is not order.payment
        or order.status != OrderStatus.AWAITING_PAYMENT
        or not can(order, "cancel")
    ):
        return f"no change: the order is {order.status}"
    lifecycle.cancel(order, actor_label=PROVIDER, note=CLOSING_EVENTS[event_type])
    return "cancelled"
