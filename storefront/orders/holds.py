"""What adoptions and bookings share at checkout: paid up front (no cash on delivery), and
the tree or seats held while the payment is pending: HOLD_MINUTES for a card (Stripe answers
in seconds), TRANSFER_HOLD_MINUTES for a bank transfer (the office confirms it by hand)."""

from datetime import timedelta

from flask import current_app

from storefront.orders.checkout import open_order
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.models import Order, OrderKind, PaymentMethod


def hold_time(method: PaymentMethod) -> timedelta:
    config = current_app.config
    if method == PaymentMethod.BANK_TRANSFER:
        return timedelta(minutes=config["TRANSFER_HOLD_MINUTES"])
    return timedelta(minutes=config["HOLD_MINUTES"])


def open_held_order(
    kind: OrderKind,
    *,
    cod_refusal,
    contact: Contact,
    method: PaymentMethod,
    idempotency_key: str,
    user,
    locale: str,
) -> tuple[Order, bool]:
    """checkout.open_order for something held while unpaid; cash on delivery is refused
    with `cod_refusal`, named on the payment field."""
    if method == PaymentMethod.COD:
        raise CheckoutError(cod_refusal, "method")
    return open_order(
        kind=kind,
        contact=contact,
        method=method,
        idempotency_key=idempotency_key,
        user=user,
        locale=locale,
        hold=hold_time(method),
    )
