"""Payment endpoints called by the providers themselves (not by the buyer's browser)."""

import logging

from flask import Blueprint, jsonify, request

from storefront.extensions import csrf, db
from storefront.payments import stripe_gateway, webhooks
from storefront.payments.stripe_gateway import WebhookError

log = logging.getLogger(__name__)

bp = Blueprint("payments", __name__, url_prefix="/payments")


@bp.post("/stripe/webhook")
@csrf.exempt
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
    db.session.commit()
    return jsonify(received=True, outcome=outcome)
