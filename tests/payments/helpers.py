"""Card orders built straight from the models (the checkout service has its own tests)."""

import itertools
import secrets
from datetime import timedelta

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderItem,
    OrderStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
)
from tests import factories

WEBHOOK_SECRET = "whsec_test_payments"
_numbers = itertools.count(1)


def card_order(
    *,
    session_id: str | None = None,
    lines: tuple[tuple[int, int], ...] = ((50_000, 2), (90_000, 1)),
    shipping: tuple[int, ...] = (30_000, 25_000),
    email: str = "khach@example.vn",
    locale: str = "vi",
) -> Order:
    """An unpaid card order: one producer per (unit price, quantity) line, its stock held."""
    n = next(_numbers)
    order = Order(
        number=f"DT-TEST-{n:04d}-{secrets.token_hex(2).upper()}",
        idempotency_key=secrets.token_hex(16),
        locale=locale,
        contact_name="Nguyễn Thị Lan",
        phone="0912345678",
        email=email,
        province_code=82,
        ward_code=factories.LAI_VUNG,
        street="12 Nguyễn Huệ",
        payment_method=PaymentMethod.CARD,
        status=OrderStatus.AWAITING_PAYMENT,
        subtotal=0,
        shipping_total=sum(shipping),
        total=0,
        pay_by=utcnow() + timedelta(hours=1),
    )
    for (price, quantity), fee in zip(lines, shipping, strict=True):
        product = factories.product(prices=(price,), stock=10, images=0)
        variant = product.variants[0]
        variant.stock -= quantity  # what placing the order reserved
        fulfilment = Fulfilment(
            order=order,
            producer_id=product.producer.id,
            producer_name=product.producer.name,
            status=FulfilmentStatus.PENDING,
            subtotal=price * quantity,
            shipping_fee=fee,
            weight_g=variant.weight_g * quantity,
        )
        order.items.append(
            OrderItem(
                fulfilment=fulfilment,
                product_id=product.id,
                variant_id=variant.id,
                producer_id=product.producer.id,
                product_name=product.name_vi,
                variant_label=variant.label_vi,
                sku=variant.sku,
                unit_price=price,
                quantity=quantity,
                weight_g=variant.weight_g * quantity,
            )
        )
        order.subtotal += price * quantity
    order.total = order.subtotal + order.shipping_total
    order.payments.append(
        Payment(
            method=PaymentMethod.CARD,
            status=PaymentStatus.PENDING,
            amount=order.total,
            provider_reference=session_id or f"cs_test_{secrets.token_hex(16)}",
        )
    )
    db.session.add(order)
    db.session.flush()
    return order


def session_of(order: Order, **changes) -> dict:
    """The Checkout Session Stripe would report for this order once paid (override any key)."""
    session = {
        "id": order.payment.provider_reference,
        "object": "checkout.session",
        "amount_total": order.total,
        "currency": "vnd",
        "status": "complete",
        "payment_status": "paid",
        "payment_intent": f"pi_test_{secrets.token_hex(12)}",
        "client_reference_id": order.number,
        "metadata": {"order_number": order.number},
        "customer_email": order.email,
    }
    session.update(changes)
    return session


def open_session(order: Order, **urls) -> tuple[str, str]:
    """Ask the fake for the order's Checkout Session, as payment_flow does (two steps)."""
    from storefront.payments import stripe_gateway

    return stripe_gateway.open_session(stripe_gateway.checkout_request(order, **urls))
