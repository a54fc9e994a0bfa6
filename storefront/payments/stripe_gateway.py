"""Card payments through Stripe Checkout: the only module that imports the stripe SDK.

VND is a zero-decimal currency for Stripe, so every amount sent is the number of đồng. The rest
of the code calls these small functions and catches GatewayError or WebhookError, never
stripe's own exceptions. A Checkout Session is asked for in two steps, so that no database
transaction stays open during the call: checkout_request reads the order, open_session calls
Stripe. Everything in the request comes from the stored order, so every copy of it (a double
click, a retry) is the same request under the same idempotency key, and Stripe answers it
with the same session.
"""

import json
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

import stripe
from flask import Flask, current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from storefront.domain_errors import DomainError
from storefront.orders.models import Order

if TYPE_CHECKING:  # the SDK's typed request shapes (stripe.params loads lazily)
    from stripe.params import RefundCreateParams
    from stripe.params.checkout import SessionCreateParams, SessionCreateParamsLineItem

CURRENCY = "vnd"
WEBHOOK_TOLERANCE_SECONDS = 300
TIMEOUT_SECONDS = 20
# Stripe accepts a Checkout Session expiry between 30 minutes and 24 hours from its creation;
# counted from when the order was placed, with five minutes for the request to get there.
SESSION_MIN_LIFE = timedelta(minutes=35)
SESSION_MAX_LIFE = timedelta(hours=23, minutes=55)
CHECKOUT_LOCALES = {"vi", "en"}


class GatewayError(DomainError):
    """Stripe refused a request or could not be reached (the message is for the logs; pages
    say it in the buyer's words)."""

    code = "payment_provider"
    status = 502


class DuplicateRequestError(GatewayError):
    """Stripe already has a request under this idempotency key: still in progress (409), or
    made with other parameters (400 idempotency_error). Not an outage: another copy of the
    same request (a double click) is opening, or has opened, the session."""

    code = "duplicate_request"
    status = 409


class WebhookError(DomainError):
    """A webhook body whose signature, age or format is wrong: it must not be trusted."""

    code = "invalid_webhook"


@dataclass(frozen=True)
class CheckoutRequest:
    """The Checkout Session to ask Stripe for, and the idempotency key it goes under."""

    params: "SessionCreateParams"
    idempotency_key: str


def stripe_enabled(app: Flask | None = None) -> bool:
    """Whether card payments are offered (a Stripe secret key is configured)."""
    return bool((app or current_app).config.get("STRIPE_SECRET_KEY"))


def checkout_request(order: Order, *, success_url: str, cancel_url: str) -> CheckoutRequest:
    """The Checkout Session for the order's lines and shipping, from stored data only."""
    params: SessionCreateParams = {
        "mode": "payment",
        # Since API version 2026-09-30 (SDK 16) Stripe refuses payment_method_types here.
        "allowed_payment_method_types": ["card"],
        "currency": CURRENCY,
        "line_items": _line_items(order),
        "client_reference_id": order.number,
        "metadata": {"order_number": order.number},
        "payment_intent_data": {"metadata": {"order_number": order.number}},
        "success_url": success_url,
        "cancel_url": cancel_url,
        "locale": order.locale if order.locale in CHECKOUT_LOCALES else "auto",
        "expires_at": session_deadline(order),
    }
    if order.email:
        params["customer_email"] = order.email
    return CheckoutRequest(params, f"checkout-{order.number}")


def open_session(request: CheckoutRequest) -> tuple[str, str]:
    """Ask Stripe for the Checkout Session (call it outside any transaction); return its
    (id, url). The SDK itself retries a 409 twice, about 0.5 and 1 s later."""
    try:
        session = _client().v1.checkout.sessions.create(
            params=request.params, options={"idempotency_key": request.idempotency_key}
        )
    except stripe.IdempotencyError as error:
        raise DuplicateRequestError(str(error)) from error
    except stripe.StripeError as error:
        if error.http_status == 409:
            raise DuplicateRequestError(str(error)) from error
        raise GatewayError(str(error)) from error
    if session.url is None:  # only an embedded (ui_mode) session has none: this one is hosted
        raise GatewayError(f"Stripe opened session {session.id} without a page to send to.")
    return session.id, session.url


def session_deadline(order: Order) -> int:
    """When the session expires, as a Unix time: the order's pay-by time, kept inside the
    window Stripe accepts counted from when the order was placed (so it is the same for every
    copy of the request)."""
    placed = order.created_at
    wanted = order.pay_by or placed + SESSION_MAX_LIFE
    wanted = min(max(wanted, placed + SESSION_MIN_LIFE), placed + SESSION_MAX_LIFE)
    return int(wanted.timestamp())


def retrieve_session(session_id: str) -> dict:
    """A Checkout Session as Stripe sees it now (for support and reconciliation)."""
    try:
        return _client().v1.checkout.sessions.retrieve(session_id).to_dict()
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error


def refund(payment_intent_id: str, amount: int, *, idempotency_key: str | None = None) -> str:
    """Refund `amount` đồng of a card payment; return the refund's id."""
    params: RefundCreateParams = {"payment_intent": payment_intent_id, "amount": amount}
    try:
        result = _client().v1.refunds.create(
            params=params, options={"idempotency_key": idempotency_key} if idempotency_key else {}
        )
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error
    return result.id


def verify_event(payload: bytes, signature_header: str):
    """The JSON body of a webhook, once its Stripe-Signature proves it genuine and signed
    within WEBHOOK_TOLERANCE_SECONDS of now, in the past or (a clock ahead) in the future.

    Only the signature and the JSON are checked here: webhooks.handle_stripe_event checks
    that the body is shaped like an event."""
    secret = current_app.config.get("STRIPE_WEBHOOK_SECRET") or ""
    try:
        stripe.WebhookSignature.verify_header(
            payload, signature_header, secret, WEBHOOK_TOLERANCE_SECONDS
        )
        body = json.loads(payload)
    except (stripe.SignatureVerificationError, ValueError) as error:
        raise WebhookError(str(error)) from error
    if _signed_at(signature_header) > time.time() + WEBHOOK_TOLERANCE_SECONDS:
        raise WebhookError("The signature is dated in the future.")
    return body


def _signed_at(signature_header: str) -> int:
    """The `t=` of a Stripe-Signature header that verify_header accepted (its first one)."""
    items = [item.split("=", 2) for item in signature_header.split(",")]
    return int(next(item[1] for item in items if item[0] == "t"))


def _client() -> stripe.StripeClient:
    config = current_app.config
    base = config.get("STRIPE_API_BASE")
    return stripe.StripeClient(
        config["STRIPE_SECRET_KEY"],
        base_addresses={"api": base} if base else None,
        http_client=stripe.new_default_http_client(timeout=TIMEOUT_SECONDS),
        max_network_retries=2,  # safe: every create carries an idempotency key or is a read
    )


def _line_items(order: Order) -> "list[SessionCreateParamsLineItem]":
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


def _line(name: str, unit_amount: int, quantity: int) -> "SessionCreateParamsLineItem":
    return {
        "price_data": {
            "currency": CURRENCY,
            "product_data": {"name": name[:250]},
            "unit_amount": unit_amount,  # zero-decimal currency: whole đồng
        },
        "quantity": quantity,
    }
