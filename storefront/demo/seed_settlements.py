"""The demo's settlements (data/settlements.toml): goods orders of two producers delivered in
the two months before the demo is loaded, one line refunded, and the statements of those
months, the older one paid by the office.

Each order goes through the real checkout, payment, shipping and delivery, in its own write
transaction, under a natural idempotency key (a second run places nothing); only then are its
times (events, payments, refunds) moved back to the delivery day the data gives, since the
services stamp everything "now". The statements are made by the office's own service, and
only when that period has none yet.
"""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from flask import current_app

from storefront.catalog.models import Variant
from storefront.demo.dataset import DATA, read_toml
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle, settling
from storefront.orders.checkout import place_order
from storefront.orders.contact import Contact
from storefront.orders.models import Order, OrderEvent, PaymentMethod
from storefront.orders.settlement_models import Settlement
from storefront.payments.line_refunds import refund_lines
from storefront.payments.refunds import mark_paid_by_hand
from storefront.timeutil import VIETNAM, today_local


def _month_start(months_back: int) -> date:
    """The first day of the month `months_back` before this one (Vietnam's calendar)."""
    first = today_local().replace(day=1)
    for _ in range(-months_back):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


def _month_end(start: date) -> date:
    return (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _commit() -> None:
    db.session.info.pop("outbox", None)  # a demo writes to nobody
    db.session.commit()


def _backdate(order: Order, moment: datetime) -> None:
    """Move the order's whole history (placed, paid, shipped, delivered) to `moment`."""
    shift = moment - utcnow()
    order.created_at += shift
    for event in db.session.scalars(sa.select(OrderEvent).where(OrderEvent.order_id == order.id)):
        event.created_at += shift
    for payment in order.payments:
        payment.created_at += shift


def _deliver(order: Order) -> None:
    if order.payment_method == PaymentMethod.BANK_TRANSFER:
        lifecycle.confirm_payment(order, actor_label="office", reference="demo")
    for part in order.fulfilments:
        lifecycle.advance_fulfilment(part, "ship", carrier="Viettel Post",
                                     tracking=f"VTP{order.id:06d}{part.id:03d}")  # fmt: skip
        lifecycle.advance_fulfilment(part, "deliver")


def _refund(order: Order, row: dict, delivered: datetime) -> None:
    sku = row["sku"]
    item = next(i for i in order.items if i.sku == sku)
    made = refund_lines(order, {item.id: row["units"]}, reason=row["reason"])
    made.created_at = delivered + timedelta(days=row["after_days"])
    _commit()
    mark_paid_by_hand(made)  # the office sent the money back the same day


def _place(row: dict) -> None:
    key = row["key"]
    if db.session.scalar(sa.select(Order.id).where(Order.idempotency_key == key)):
        return
    skus = [sku for sku, _units in row["lines"]]
    variants = {v.sku: v.id for v in db.session.scalars(sa.select(Variant).where(
        Variant.sku.in_(skus)))}  # fmt: skip
    contact = Contact(row["name"], row["phone"], "", row["province"], row["ward"], row["street"])
    order = place_order(
        lines=[(variants[sku], units) for sku, units in row["lines"]], contact=contact,
        method=PaymentMethod(row["method"]), idempotency_key=key,
    )  # fmt: skip
    _deliver(order)
    day = _month_start(row["month"]) + timedelta(days=row["day"] - 1)
    delivered = datetime.combine(day, time(row["hour"]), VIETNAM)
    _backdate(order, delivered)
    _commit()
    if "refund" in row:
        _refund(order, row["refund"], delivered)
    _commit()


def _settle(start: date, paid: dict | None) -> None:
    end = _month_end(start)
    exists = db.session.scalar(sa.select(Settlement.id).where(Settlement.period_start == start))
    if exists:
        return
    made, _kept = settling.make_statements(start, end, None)
    _commit()
    if paid is None:
        return
    paid_on = _month_start(-1) + timedelta(days=paid["day"] - 1)
    for statement in made:
        settling.mark_paid(statement, bank_reference=paid["reference"], paid_on=paid_on,
                           actor=None)  # fmt: skip
    _commit()


def seed_settlements(progress: Callable[[str], None]) -> None:
    """Place what is missing of the demo's delivered orders, then settle their two months."""
    data = read_toml(DATA / "settlements.toml")
    _commit()
    with current_app.test_request_context("/"):  # e-mail templates build absolute links
        for number, row in enumerate(data["orders"], 1):
            progress(f"[settlement order {number}/{len(data['orders'])}] {row['key']}")
            _place(row)
        progress("[settlements] the month before last (paid) and last month (open)")
        _settle(_month_start(-2), data["paid"])
        _settle(_month_start(-1), None)
