"""Between placing an order and its payment: hand-off to Stripe, VietQR details to show.

A Stripe call never happens inside a database transaction: the order is committed first,
Stripe is called with nothing open, and the session id is stored in a short write
transaction of its own. (Held open across the call, a transaction keeps its rows locked on
PostgreSQL, and on SQLite its read snapshot goes stale as soon as another order is placed, so
its first write fails with "database is locked".)
"""

import logging

from flask import current_app, flash, redirect
from flask_babel import gettext as _

from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.links import order_url
from storefront.orders.models import Order, OrderStatus, Payment, PaymentMethod, PaymentStatus
from storefront.payments import stripe_gateway, vietqr
from storefront.payments.stripe_gateway import stripe_enabled
from storefront.state_machine import IllegalTransition

log = logging.getLogger(__name__)


def card_enabled() -> bool:
    return stripe_enabled()


def after_placing(order: Order):
    """Where the buyer goes once the order is committed: Stripe for cards, else the order."""
    if order.payment_method != PaymentMethod.CARD:
        flash(_("Thank you! Your order %(number)s is placed.", number=order.number), "success")
        return redirect(order_url(order, placed=1))
    return pay_by_card(order, just_placed=order.placed_now)


def card_state(order: Order, *, back_from_stripe: bool) -> str | None:
    """What the order page says about a card payment: "confirming" (back from Stripe, the
    webhook is on its way), "to_pay" (the buyer may open Stripe's page, again), "late" (its
    time ran out; the order is about to be released), or None (not a card payment waiting)."""
    payment = order.payment
    if (
        order.payment_method != PaymentMethod.CARD
        or order.status != OrderStatus.AWAITING_PAYMENT
        or payment is None
    ):
        return None
    if order.pay_by is not None and order.pay_by <= utcnow():
        return "late"
    return "confirming" if back_from_stripe else "to_pay"


def pay_by_card(order: Order, *, just_placed: bool = False):
    """Send the buyer to Stripe's page for the order: its stored session, or a new one.

    Another copy of this request still in flight (a double click) is not an outage: the buyer
    sees the order page, whose "Pay by card" button reaches the same session a moment later.
    An outage cancels an order just placed (its stock goes back at once); later, the order
    stays as it is and the buyer may try again until its card hold runs out."""
    page = order_url(order)
    state, payment = card_state(order, back_from_stripe=False), order.payment
    if state != "to_pay" or payment is None:  # "to_pay" has a payment: card_state checked
        if state == "late":
            flash(_("The time to pay for this order has run out."), "error")
        return redirect(page)
    payment_id, session_id = payment.id, payment.provider_reference
    request = None
    if not session_id:
        request = stripe_gateway.checkout_request(
            order,
            success_url=order_url(order, external=True, paid=1),
            cancel_url=order_url(order, external=True),
        )
    db.session.commit()  # nothing stays open during the call to Stripe
    try:
        if request is None:
            return _to_stored_session(session_id, page)
        session_id, url = stripe_gateway.open_session(request)
    except stripe_gateway.DuplicateRequestError:
        flash(_("Your card payment is being prepared. Press “Pay by card” in a moment."), "info")
        return redirect(page)
    except stripe_gateway.GatewayError:
        log.exception("Could not open a card payment for order %s", order.id)
        return _unavailable(order, page, cancel=just_placed)
    if not _store_session(order, payment_id, session_id):
        return redirect(page)
    return redirect(url, code=303)


def _to_stored_session(session_id: str, page: str):
    """Back to a session Stripe already opened for this order, while it is still open."""
    session = stripe_gateway.retrieve_session(session_id)
    if session.get("status") == "open" and session.get("url"):
        return redirect(session["url"], code=303)
    return redirect(page)


def _store_session(order: Order, payment_id: int, session_id: str) -> bool:
    """Keep the session on the payment, in a write transaction of its own; False if another
    session got there first (never send the buyer to pay one the webhook cannot match)."""
    begin_write_transaction()
    lifecycle.lock(order)
    payment = db.session.get_one(Payment, payment_id)
    if not payment.provider_reference:
        payment.provider_reference = session_id
    kept = payment.provider_reference
    db.session.commit()
    if kept != session_id:
        log.warning("Order %s pays through %s; %s is left unused", order.id, kept, session_id)
    return kept == session_id


def _unavailable(order: Order, page: str, *, cancel: bool):
    if not cancel:
        flash(_("Card payment is not available right now. Please try again in a few minutes."),
              "error")  # fmt: skip
        return redirect(page)
    begin_write_transaction()
    try:
        lifecycle.cancel(order, actor_label="system", note="card payment unavailable")
    except IllegalTransition:
        db.session.rollback()
        return redirect(page)
    db.session.commit()
    flash(_("Card payment is not available right now; your order was cancelled."), "error")
    return redirect(page)


def transfer_details(order: Order) -> dict | None:
    """Bank details and a VietQR code carrying the exact amount and the order number."""
    payment = order.payment
    if (
        order.payment_method != PaymentMethod.BANK_TRANSFER
        or order.status != OrderStatus.AWAITING_PAYMENT
        or payment is None
        or payment.status != PaymentStatus.PENDING
    ):
        return None
    config = current_app.config
    payload = vietqr.payload(
        bin=config["BANK_BIN"], account=config["BANK_ACCOUNT"], amount=order.total,
        memo=order.number,
    )  # fmt: skip
    return {
        "payload": payload,
        "qr": vietqr.qr_svg_data_uri(payload),
        "bank": config["BANK_NAME"],
        "account": config["BANK_ACCOUNT"],
        "holder": config["BANK_ACCOUNT_NAME"],
        "amount": order.total,
        "memo": vietqr.clean_memo(order.number),
        "pay_by": order.pay_by,
    }
