"""A month of mixed orders for the settlement tests (November 2026, Vietnam time), placed,
paid, shipped, delivered, refunded and cancelled through the real services, each step at
its own moment (time-machine stops the clock there)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import time_machine

from storefront.orders import credit, lifecycle
from storefront.orders.checkout import place_order
from storefront.orders.contact import Contact
from storefront.orders.models import Order, PaymentMethod
from storefront.payments.line_refunds import refund_lines
from storefront.timeutil import VIETNAM
from tests import factories

START, END = date(2026, 11, 1), date(2026, 11, 30)
HOME = Contact("Lê Thị Mua", "0912345678", "mua@example.vn", 82, 30226, "Ấp 2")
FAR = Contact("Trần Văn Xa", "0987654321", "xa@example.vn", 79, 26740, "12 Lê Lợi")


def local(*args) -> datetime:
    """A moment in Vietnam's time, as UTC."""
    return datetime(*args, tzinfo=VIETNAM).astimezone(UTC)


@dataclass
class Month:
    producers: dict[str, object] = field(default_factory=dict)
    products: dict[str, object] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    refunds: list = field(default_factory=list)
    buyer: object = None
    counted: list[str] = field(default_factory=list)  # orders wholly delivered in the month
    # Called before each order is placed: the races' setup commits there (a checkout starts
    # its own write transaction outside the tests' rolled-back one).
    settle_down: Callable[[], None] = lambda: None


def _place(month: Month, key: str, lines, method, at, contact=HOME, use_credit=False) -> Order:
    month.settle_down()
    with time_machine.travel(at, tick=False):
        order = place_order(
            lines=[(month.products[name].variants[0].id, quantity) for name, quantity in lines],
            contact=contact, method=method, idempotency_key=f"settle-{key}",
            user=month.buyer, use_credit=use_credit,
        )  # fmt: skip
        if method != PaymentMethod.COD and order.total:
            lifecycle.confirm_payment(order, actor_label="office", reference=f"ref-{key}")
    month.orders[key] = order
    return order


def deliver(order: Order, producer_name: str, at: datetime, producers) -> None:
    part = next(f for f in order.fulfilments if f.producer_id == producers[producer_name].id)
    with time_machine.travel(at, tick=False):
        lifecycle.advance_fulfilment(part, "ship", carrier="Viettel Post", tracking="VT123")
    with time_machine.travel(at, tick=False):
        lifecycle.advance_fulfilment(part, "deliver")


def _deliver_all(month: Month, key: str, at: datetime) -> None:
    order = month.orders[key]
    for part in list(order.fulfilments):
        name = next(n for n, p in month.producers.items() if p.id == part.producer_id)
        deliver(order, name, at, month.producers)


def _refund(month: Month, key: str, product: str, units: int, at: datetime, reason: str):
    order = month.orders[key]
    item = next(i for i in order.items if i.product_id == month.products[product].id)
    with time_machine.travel(at, tick=False):
        month.refunds.append(refund_lines(order, {item.id: units}, reason=reason))


def build(settle_down: Callable[[], None] = lambda: None) -> Month:
    """Three producers, ten orders: see the comments for what each one tests."""
    month = Month(settle_down=settle_down)
    for key, name in (("a", "HTX Bánh phồng Sa Giao"), ("b", "Cơ sở Nem Lai Vung"),
                      ("c", "HTX Xoài Cát Chu Mỹ Xương")):  # fmt: skip
        month.producers[key] = factories.producer(name=name)
    for key, owner, price in (("a1", "a", 120_000), ("a2", "a", 45_000), ("b1", "b", 250_000),
                              ("c1", "c", 88_333)):  # fmt: skip
        month.products[key] = factories.product(
            producer_=month.producers[owner], prices=(price,), stock=100
        )
    month.buyer = factories.user()
    credit.grant(month.buyer.id, 100_000, "mùa xoài thiếu")
    transfer, card, cod = PaymentMethod.BANK_TRANSFER, PaymentMethod.CARD, PaymentMethod.COD
    # Two producers in one transfer order, delivered mid-month.
    _place(month, "o1", [("a1", 2), ("b1", 1)], transfer, local(2026, 11, 3, 9))
    _deliver_all(month, "o1", local(2026, 11, 10, 15))
    # Cash on delivery, two producers delivered on different days, shipped far away.
    _place(month, "o2", [("a2", 3), ("c1", 1)], cod, local(2026, 11, 4, 9), contact=FAR)
    deliver(month.orders["o2"], "a", local(2026, 11, 12, 10), month.producers)
    deliver(month.orders["o2"], "c", local(2026, 11, 14, 10), month.producers)
    # A card payment.
    _place(month, "o3", [("b1", 1), ("c1", 2)], card, local(2026, 11, 5, 20))
    _deliver_all(month, "o3", local(2026, 11, 20, 11))
    # Store credit pays part of an order of three producers (shares with a remainder).
    _place(month, "o4", [("a1", 1), ("b1", 1), ("c1", 1)], transfer, local(2026, 11, 2, 8),
           use_credit=True)  # fmt: skip
    _deliver_all(month, "o4", local(2026, 11, 5, 16))
    # Delivered, then one of two units refunded (a broken box).
    _place(month, "o5", [("a2", 2)], transfer, local(2026, 11, 18, 8))
    _deliver_all(month, "o5", local(2026, 11, 22, 9))
    _refund(month, "o5", "a2", 1, local(2026, 11, 25, 14), "hộp bánh bị vỡ")
    # Cancelled before delivery: nothing to settle.
    _place(month, "o6", [("b1", 2)], cod, local(2026, 11, 6, 8))
    with time_machine.travel(local(2026, 11, 8, 9), tick=False):
        lifecycle.cancel(month.orders["o6"], actor_label="buyer")
    # Deliveries on the period's edges: the first and the last instant are in, the instant
    # after and the one before are out.
    _place(month, "o7", [("a1", 1)], transfer, local(2026, 10, 28, 9))
    _deliver_all(month, "o7", local(2026, 11, 1, 0, 0, 0))
    _place(month, "o8", [("b1", 1)], card, local(2026, 11, 27, 9))
    _deliver_all(month, "o8", local(2026, 11, 30, 23, 59, 59))
    _place(month, "o9", [("c1", 1)], transfer, local(2026, 11, 28, 9))
    _deliver_all(month, "o9", local(2026, 12, 1, 0, 0, 0))
    _place(month, "o10", [("a2", 1)], transfer, local(2026, 10, 25, 9))
    _deliver_all(month, "o10", local(2026, 10, 31, 23, 59, 59))
    # October's delivery refunded in November: November's statement takes it off.
    _refund(month, "o10", "a2", 1, local(2026, 11, 2, 10), "khách trả hàng")
    month.counted = ["o1", "o2", "o3", "o4", "o5", "o7", "o8"]
    return month
