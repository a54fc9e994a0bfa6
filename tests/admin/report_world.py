"""A known little world for the report tests: two producers in two communes, five products,
and orders of every kind around March 2026, with the figures they must give.

Producer A (cooperative, Lai Vung): A1 (processed food, 4 stars, full origin by growing-area
code), A2 (processed food, 3 stars, no ingredients). Producer B (household, Tháp Mười): B1
(spirits, 5 stars, full origin by a lot), B2 (3 stars, a draft), B3 (no stars).

Orders (placed in Vietnam's March unless said):
1. COD, delivered: A1 x2 + B1 x1          -> counted (A 100,000; B 120,000)
2. card, paid (parts new), 00:30 on 1 March in Vietnam (still 28 February in UTC): A1 x1
                                           -> counted (A 50,000)
3. COD, not yet delivered: A2 x3           -> not counted
4. card, paid then cancelled: B1 x2        -> not counted
5. transfer, awaiting payment: A1 x5       -> not counted
6. COD, delivered, March 2025: A1 x4       -> outside the period
7. COD, delivered, 01:00 on 1 April in Vietnam (31 March in UTC): B1 x1 -> outside
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from storefront.extensions import db
from storefront.orders.models import FulfilmentStatus, OrderStatus, PaymentMethod, PaymentStatus
from storefront.producers.models import ProducerKind
from tests import factories, lot_factories
from tests.orders.builders import make_order

F = FulfilmentStatus
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
CERTIFIED_ON = date(2025, 1, 10)


@dataclass
class World:
    a: object
    b: object
    a1: object
    a2: object
    b1: object
    b2: object
    b3: object
    orders: list


def certify(product, stars: int, **fields):
    """The office's certificate of the product: verified stars from 2025 to 2028."""
    values = {"stars": stars, "number": f"{product.id}/QĐ-UBND", "issued_on": CERTIFIED_ON,
              "expires_on": date(2028, 1, 10)}  # fmt: skip
    values.update(fields)
    return factories.certificate(product, **values)


def _product(producer, price: int, stars: int | None, category="processed-food", **fields):
    full = {"ingredients_vi": "Xoài cát Hòa Lộc, đường", "shelf_life_vi": "12 tháng"}
    full.update(fields)
    product = factories.product(producer_=producer, prices=(price,), category=category,
                                stock=100, verified=False, stars=stars, **full)  # fmt: skip
    if stars:
        certify(product, stars)
    return product


def sale(lines, method, status, at: datetime, part=None):
    """An order of (product, quantity) lines placed `at`, its parts in `part` (or by status)."""
    order = make_order([product for product, _q in lines], method=method, status=status,
                       created_at=at)  # fmt: skip
    for item, (_line_product, quantity) in zip(order.items, lines, strict=True):
        item.quantity = quantity
    for fulfilment in order.fulfilments:
        fulfilment.subtotal = sum(i.unit_price * i.quantity for i in fulfilment.items)
        fulfilment.status = part or F.NEW
    if status != OrderStatus.AWAITING_PAYMENT and method != PaymentMethod.COD:
        order.payments[0].status = PaymentStatus.PAID
    db.session.flush()
    return order


def build() -> World:
    a = factories.producer(
        name="HTX Xoài Lai Vung",
        kind=ProducerKind.COOPERATIVE,
        ward_code=factories.LAI_VUNG,
        address="Ấp Tân Thuận, xã Lai Vung",
    )
    b = factories.producer(name="Hộ kinh doanh Rượu Tháp Mười", kind=ProducerKind.HOUSEHOLD,
                           ward_code=factories.THAP_MUOI, address="Ấp 3, xã Tháp Mười")  # fmt: skip
    a1 = _product(a, 50_000, 4, growing_area_code="VN-DT-LV-0001")
    a2 = _product(a, 30_000, 3, ingredients_vi="", growing_area_code="VN-DT-LV-0002")
    b1 = _product(b, 120_000, 5, category="spirits")
    lot_factories.lot(b1.variants[0])
    b2 = _product(b, 80_000, 3, category="spirits", published=False, growing_area_code="X-1")
    b3 = _product(b, 60_000, None, category="spirits")
    cod, card = PaymentMethod.COD, PaymentMethod.CARD
    delivered = OrderStatus.DELIVERED
    orders = [
        sale([(a1, 2), (b1, 1)], cod, delivered, datetime(2026, 3, 10, 3, tzinfo=UTC), F.DELIVERED),
        sale([(a1, 1)], card, OrderStatus.CONFIRMED, datetime(2026, 2, 28, 17, 30, tzinfo=UTC)),
        sale([(a2, 3)], cod, OrderStatus.CONFIRMED, datetime(2026, 3, 12, 3, tzinfo=UTC)),
        sale([(b1, 2)], card, OrderStatus.CANCELLED, datetime(2026, 3, 13, 3, tzinfo=UTC),
             F.CANCELLED),
        sale([(a1, 5)], PaymentMethod.BANK_TRANSFER, OrderStatus.AWAITING_PAYMENT,
             datetime(2026, 3, 14, 3, tzinfo=UTC), F.PENDING),
        sale([(a1, 4)], cod, delivered, datetime(2025, 3, 10, 3, tzinfo=UTC), F.DELIVERED),
        sale([(b1, 1)], cod, delivered, datetime(2026, 3, 31, 18, tzinfo=UTC), F.DELIVERED),
    ]  # fmt: skip
    return World(a, b, a1, a2, b1, b2, b3, orders)
