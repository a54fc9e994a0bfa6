"""Stripe's reports on Checkout Sessions, each applied once: only they change a card payment.

A signed body that is not shaped like a Stripe event is refused before anything is written.
Every event id is stored first, as the transaction's first write, inside a savepoint: the
UNIQUE (provider, event_id) key lets one delivery through and turns any copy, even one arriving
at the same moment, into "duplicate". On SQLite the transaction starts as a writer and waits
for the other one (busy_timeout), on PostgreSQL the unique index waits for the other
transaction to finish. Rows are then locked in database.py's order: the order, its payment.
"""

import logging
from typing import TypeGuard

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.orders import lifecycle
from storefront.orders.models import (
    Order,
    OrderStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
    ProcessedWebhook,
    RefundStatus,
)
from storefront.orders.states import can
from storefront.payments import refunds
from storefront.payments.stripe_gateway import CURRENCY, WebhookError

log = logging.getLogger(__name__)

PROVIDER = "stripe"
PAID_EVENTS = {"checkout.session.completed", "checkout.session.async_payment_succeeded"}
CLOSING_EVENTS = {
    "checkout.session.expired": "checkout expired",
    "checkout.session.async_payment_failed": "card payment failed",
}
DUPLICATE = "duplicate"
# The longest id or reference we store (ProcessedWebhook.event_id, Payment references).
MAX_ID = 120
SESSION_TEXTS = ("id", "payment_intent", "client_reference_id", "currency", "payment_status")


def handle_stripe_event(event) -> str:
    """Apply a verified Stripe event unless it was seen before; return what was done."""
    event_id, event_type, session = _checked(event)
    begin_write_transaction()
    record = _record_once(event_id, event_type)
    if record is None:
        log.info("Stripe event %s (%s) arrived again; ignored", event_id, event_type)
        return DUPLICATE
    record.outcome = _apply(event_type, session)[:200]
    db.session.flush()
    log.info("Stripe event %s (%s): %s", event_id, event_type, record.outcome)
    return record.outcome


def _checked(event) -> tuple[str, str, dict]:
    """The event's id, type and object; WebhookError if a signed body is not shaped like a
    Stripe event (a JSON array, `data` that is not an object, ids too long to store...)."""
    if not isinstance(event, dict):
        raise WebhookError("The body is not a JSON object.")
    event_id, event_type, data = event.get("id"), event.get("type"), event.get("data")
    if not _text(event_id, MAX_ID) or not _text(event_type, 80) or not event_id:
        raise WebhookError("The event has no usable id or type.")
    if not isinstance(data, dict) or not isinstance(data.get("object"), dict):
        raise WebhookError("The event carries no object.")
    session = data["object"]
    if event_type in PAID_EVENTS or event_type in CLOSING_EVENTS:
        for key in SESSION_TEXTS:
            if session.get(key) is not None and not _text(session[key], MAX_ID):
                raise WebhookError(f"The session's {key} is not a short text.")
        amount = session.get("amount_total")
        if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)):
            raise WebhookError("The session's amount is not a whole number.")
    return event_id, event_type, session


def _text(value: object, limit: int) -> TypeGuard[str]:
    """A short text (what a column of `limit` characters stores)."""
    return isinstance(value, str) and len(value) <= limit and "\x00" not in value


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
    """The card payment of this Checkout Session, locked in database.py's order: its order
    first (lifecycle.lock), then the payment itself."""
    if not session_id:
        return None
    payment = db.session.scalars(
        sa.select(Payment).where(
            Payment.provider_reference == session_id, Payment.method == PaymentMethod.CARD
        )
    ).first()
    if payment is None:
        return None
    lifecycle.lock(payment.order)
    db.session.refresh(payment, with_for_update={"key_share": True})
    return payment


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
    refund = refunds.paid_after_close(order, payment, reference=reference, actor_label=PROVIDER)
    if refund is not None and refund.status == RefundStatus.TO_PAY:
        return "refund needed: the automatic refund failed; listed to pay back by hand"
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
