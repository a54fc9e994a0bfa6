"""Between placing an order and its payment: hand-off to Stripe, VietQR details to show."""

import logging

from flask import current_app, flash, redirect
from flask_babel import gettext as _

from storefront.extensions import db
from storefront.orders import lifecycle
from storefront.orders.links import order_url
from storefront.orders.models import Order, OrderStatus, PaymentMethod, PaymentStatus

log = logging.getLogger(__name__)


def card_enabled() -> bool:
    from storefront.payments.stripe_gateway import stripe_enabled

    return stripe_enabled()


def after_placing(order: Order):
    """Where the buyer goes once the order is committed: Stripe for cards, else the order."""
    if order.payment_method != PaymentMethod.CARD:
        flash(_("Thank you! Your order %(number)s is placed.", number=order.number), "success")
        return redirect(order_url(order, placed=1))
    payment = order.payment
    still_open = (
        order.status == OrderStatus.AWAITING_PAYMENT and payment.status == PaymentStatus.PENDING
    )
    if payment.provider_reference or not still_open:  # a double click, or a re-posted form
        return redirect(order_url(order, placed=1))
    from storefront.payments.stripe_gateway import create_checkout_session

    try:
        session_id, url = create_checkout_session(
            order,
            success_url=order_url(order, external=True, placed=1),
            cancel_url=order_url(order, external=True),
        )
    except Exception:  # the card provider is down: give the stock back at once
        log.exception("Could not open a card payment for %s", order.number)
        lifecycle.cancel(order, actor_label="system", note="card payment unavailable")
        db.session.commit()
        flash(_("Card payment is not available right now; your order was cancelled."), "error")
        return redirect(order_url(order))
    payment.provider_reference = session_id
    db.session.commit()
    return redirect(url, code=303)


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
    from storefront.payments import vietqr

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
