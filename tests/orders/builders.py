"""Orders built directly from the models, for tests of what happens after checkout."""

from storefront.extensions import db
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


def make_order(
    products=None,
    method=PaymentMethod.BANK_TRANSFER,
    status=OrderStatus.AWAITING_PAYMENT,
    **fields,
) -> Order:
    """An order for one unit of each product (one fulfilment per producer) with a payment."""
    products = products or [factories.product()]
    number = f"DT-TEST-{factories.next_number():06d}"
    order = Order(
        number=number, idempotency_key=number, contact_name="Lê Văn Mua", phone="0912345678",
        email="mua@example.vn", province_code=82, ward_code=30226, street="Ấp 1",
        payment_method=method, status=status, subtotal=0, shipping_total=0, total=0, **fields,
    )  # fmt: skip
    paid_later = status == OrderStatus.AWAITING_PAYMENT
    parts: dict[int, Fulfilment] = {}
    for product in products:
        variant = product.variants[0]
        part = parts.get(product.producer_id)
        if part is None:
            part = parts[product.producer_id] = Fulfilment(
                producer_id=product.producer_id, producer_name=product.producer.name,
                status=FulfilmentStatus.PENDING if paid_later else FulfilmentStatus.NEW,
                subtotal=0, shipping_fee=20_000, weight_g=0,
            )  # fmt: skip
            order.fulfilments.append(part)
        item = OrderItem(
            product_id=product.id, variant_id=variant.id, producer_id=product.producer_id,
            product_name=product.name_vi, variant_label=variant.label_vi, sku=variant.sku,
            unit_price=variant.price, quantity=1, weight_g=variant.weight_g,
        )  # fmt: skip
        order.items.append(item)
        part.items.append(item)
        part.subtotal += variant.price
        part.weight_g += variant.weight_g
    order.subtotal = sum(p.subtotal for p in parts.values())
    order.shipping_total = sum(p.shipping_fee for p in parts.values())
    order.total = order.subtotal + order.shipping_total
    order.payments.append(
        Payment(method=method, status=PaymentStatus.PENDING, amount=order.total,
                provider_reference=number)
    )  # fmt: skip
    db.session.add(order)
    db.session.flush()
    return order
