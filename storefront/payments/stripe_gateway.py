"""Card payments through Stripe Checkout: the only module that imports the stripe SDK.

VND is a zero-decimal currency for Stripe, so every amount sent is the number of đồng. The rest
of the code calls these small functions and catches GatewayError or WebhookError, never
stripe's own exceptions.
"""

from datetime import UTC, datetime, timedelta

import stripe
from flask import Flask, current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from storefront.orders.models import Order

CURRENCY = "vnd"
WEBHOOK_TOLERANCE_SECONDS = 300
TIMEOUT_SECONDS = 20
# Stripe accepts a Checkout Session expiry between 30 minutes and 24 hours from its creation.
SESSION_MIN_LIFE = timedelta(minutes=31)
SESSION_MAX_LIFE = timedelta(hours=23, minutes=59)
CHECKOUT_LOCALES = {"vi", "en"}


class GatewayError(Exception):
    """Stripe refused a request or could not be reached."""


class WebhookError(Exception):
    """A webhook body whose signature, age or format is wrong: it must not be trusted."""


def stripe_enabled(app: Flask | None = None) -> bool:
    """Whether card payments are offered (a Stripe secret key is configured)."""
    return bool((app or current_app).config.get("STRIPE_SECRET_KEY"))


def create_checkout_session(
    order: Order, *, success_url: str, cancel_url: str, expires_at: datetime | None = None
) -> tuple[str, str]:
    """Open a Checkout Session for the order's lines and shipping; return (session id, url)."""
    params = {
        "mode": "payment",
        "payment_method_types": ["card"],
        "currency": CURRENCY,
        "line_items": _line_items(order),
        "client_reference_id": order.number,
        "metadata": {"order_number": order.number},
        "payment_intent_data": {"metadata": {"order_number": order.number}},
        "success_url": success_url,
        "cancel_url": cancel_url,
        "locale": order.locale if order.locale in CHECKOUT_LOCALES else "auto",
    }
    if order.email:
        params["customer_email"] = order.email
    deadline = _session_deadline(expires_at or order.pay_by)
    if deadline is not None:
        params["expires_at"] = deadline
    try:
        session = _client().v1.checkout.sessions.create(
            params=params, options={"idempotency_key": f"checkout-{order.number}"}
        )
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error
    return session.id, session.url


def retrieve_session(session_id: str) -> dict:
    """A Checkout Session as Stripe sees it now (for support and reconciliation)."""
    try:
        return _client().v1.checkout.sessions.retrieve(session_id).to_dict()
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error


def refund(payment_intent_id: str, amount: int, *, idempotency_key: str | None = None) -> str:
    """Refund `amount` đồng of a card payment; return the refund's id."""
    options = {"idempotency_key": idempotency_key} if idempotency_key else {}
    try:
        result = _client().v1.refunds.create(
            params={"payment_intent": payment_intent_id, "amount": amount}, options=options
        )
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error
    return result.id


def verify_event(payload: bytes, signature_header: str) -> dict:
    """The event in a webhook body, once its Stripe-Signature proves it recent and genuine."""
    secret = current_app.config.get("STRIPE_WEBHOOK_SECRET") or ""
    try:
        event = stripe.Webhook.construct_event(
            payload, signature_header, secret, tolerance=WEBHOOK_TOLERANCE_SECONDS
        )
    except (stripe.SignatureVerificationError, ValueError) as error:
        raise WebhookError(str(error)) from error
    return event.to_dict()


def _client() -> stripe.StripeClient:
    config = current_app.config
    base = config.get("STRIPE_API_BASE")
    return stripe.StripeClient(
        config["STRIPE_SECRET_KEY"],
        base_addresses={"api": base} if base else None,
        http_client=stripe.new_default_http_client(timeout=TIMEOUT_SECONDS),
        max_network_retries=2,  # safe: every create carries an idempotency key or is a read
    )


def _line_items(order: Order) -> list[dict]:
    """The order's lines, then its shipping (one line per producer, as the buyer saw it).

    Checkout has no negative lines: an order partly paid with store credit is sent as one
    line for what is left to pay."""
    if order.credit_used:
        with force_locale(order.locale):
            name = _("Order %(number)s (after store credit)", number=order.number)
        return [_line(name, order.total, 1)]
    with force_locale(order.locale):
        lines = [_line(f"{item.name} – {item.label}", item.unit_price, item.quantity)
                 for item in order.items]  # fmt: skip
    fees = [f for f in order.fulfilments if f.shipping_fee > 0]
    with force_locale(order.locale):
        if sum(f.shipping_fee for f in fees) == order.shipping_total:
            for fulfilment in fees:
                name = _("Shipping: %(producer)s", producer=fulfilment.producer_name)
                lines.append(_line(name, fulfilment.shipping_fee, 1))
        elif order.shipping_total > 0:
            lines.append(_line(_("Shipping"), order.shipping_total, 1))
    total = sum(line["price_data"]["unit_amount"] * line["quantity"] for line in lines)
    if total != order.total:
        raise GatewayError(f"Order {order.number}: lines add up to {total}, not {order.total}.")
    return lines


def _line(name: str, unit_amount: int, quantity: int) -> dict:
    return {
        "price_data": {
            "currency": CURRENCY,
            "product_data": {"name": name[:250]},
            "unit_amount": unit_amount,  # zero-decimal currency: whole đồng
        },
        "quantity": quantity,
    }


def _session_deadline(wanted: datetime | None) -> int | None:
    """The session's expiry as a Unix time, kept inside the window Stripe accepts."""
    if wanted is None:
        return None
    now = datetime.now(UTC)
    wanted = min(max(wanted, now + SESSION_MIN_LIFE), now + SESSION_MAX_LIFE)
    return int(wanted.timestamp())
