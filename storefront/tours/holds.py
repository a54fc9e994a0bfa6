"""What adoptions and bookings share at checkout: paid up front (no cash on delivery), and
the tree or seats held for HOLD_MINUTES while the payment is pending."""

from datetime import timedelta

from flask import current_app

from storefront.orders.checkout import CheckoutError, Contact, open_order
from storefront.orders.models import Order, OrderKind, PaymentMethod


def hold_time() -> timedelta:
    return timedelta(minutes=current_app.config["HOLD_MINUTES"])


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
        hold=hold_time(),
    )
