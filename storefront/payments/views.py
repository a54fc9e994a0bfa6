"""Payment endpoints called by the providers themselves (not by the buyer's browser)."""

import logging

from flask import jsonify, request

from storefront.database import writes
from storefront.extensions import csrf
from storefront.payments import bp, stripe_gateway, webhooks
from storefront.payments.stripe_gateway import WebhookError

log = logging.getLogger(__name__)


@bp.post("/payments/stripe/webhook")
@csrf.exempt
@writes
def stripe_webhook():
    """Stripe reports a Checkout Session's result: verify it, apply it once, answer at once."""
    try:
        event = stripe_gateway.verify_event(
            request.get_data(), request.headers.get("Stripe-Signature", "")
        )
        outcome = webhooks.handle_stripe_event(event)
    except WebhookError as error:
        log.warning("Rejected a Stripe webhook from %s: %s", request.remote_addr, error)
        return jsonify(error="invalid webhook"), 400
    return jsonify(received=True, outcome=outcome)
