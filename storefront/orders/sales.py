"""What counts as a sale, read once for the producer's sales page and the office's reports.

A sale is a producer's part (fulfilment) of a goods order placed in the period:
- paid by card or bank transfer (its part left "pending" once the money arrived), and not
  cancelled;
- cash on delivery only once delivered (the carrier collected the cash; before that the
  buyer may still refuse the parcel).
Revenue is the goods as bought (unit price times quantity, the order's own snapshot), without
shipping and before store credit (credit is the province's harvest compensation, not a
discount of the producer's). Refunds here follow a cancellation (a paid order cancelled
before it shipped, a tour booking), so their goods are already out as cancelled parts; there
are no partial refunds of delivered goods to subtract. Tree adoptions and tour bookings are
not goods: the reports count them on their own.

The day of a sale is the day the order was placed, in Vietnam's time.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from storefront.extensions import db
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderItem,
    OrderKind,
    PaymentMethod,
)
from storefront.producers.models import Producer
from storefront.timeutil import VIETNAM, to_local

F = FulfilmentStatus
PAID_PARTS = (F.NEW, F.PACKED, F.SHIPPED, F.DELIVERED)  # a prepaid part the money reached


def counted() -> sa.ColumnElement[bool]:
    """The condition on Order and Fulfilment that makes a producer's part a sale."""
    return sa.and_(
        Order.kind == OrderKind.GOODS,
        sa.or_(
            sa.and_(Order.payment_method != PaymentMethod.COD, Fulfilment.status.in_(PAID_PARTS)),
            sa.and_(Order.payment_method == PaymentMethod.COD, Fulfilment.status == F.DELIVERED),
        ),
    )


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """From the first moment of `start` to the first moment after `end`, in Vietnam."""
    first = datetime.combine(start, time(), VIETNAM)
    return first, datetime.combine(end + timedelta(days=1), time(), VIETNAM)


@dataclass(frozen=True)
class SaleLine:
    """One product's lines in one producer's part of one order."""

    order_id: int
    day: date  # placed on, in Vietnam
    producer_id: int
    ward_code: int  # the producer's commune or ward
    product_id: int | None  # None once the product was deleted
    name: str  # as bought
    units: int
    revenue: int


def sale_lines(
    start: date, end: date, *, producer_id: int | None = None, ward_code: int | None = None
) -> list[SaleLine]:
    """Every sale line of orders placed from `start` to `end` (both included), of one
    producer or of the producers of one commune if given; one query."""
    first, after = day_bounds(start, end)
    query = (
        sa.select(
            Order.id,
            Order.created_at,
            Fulfilment.producer_id,
            Producer.ward_code,
            OrderItem.product_id,
            sa.func.min(OrderItem.product_name),
            sa.func.sum(OrderItem.quantity),
            sa.func.sum(OrderItem.quantity * OrderItem.unit_price),
        )
        .join(Fulfilment, Fulfilment.order_id == Order.id)
        .join(OrderItem, OrderItem.fulfilment_id == Fulfilment.id)
        .join(Producer, Producer.id == Fulfilment.producer_id)
        .where(counted(), Order.created_at >= first, Order.created_at < after)
        .group_by(
            Order.id,
            Order.created_at,
            Fulfilment.producer_id,
            Producer.ward_code,
            OrderItem.product_id,
        )
        .order_by(Order.id, OrderItem.product_id)
    )
    if producer_id is not None:
        query = query.where(Fulfilment.producer_id == producer_id)
    if ward_code is not None:
        query = query.where(Producer.ward_code == ward_code)
    return [
        SaleLine(oid, to_local(at).date(), pid, ward, product, name, int(units), int(revenue))
        for oid, at, pid, ward, product, name, units, revenue in db.session.execute(query)
    ]


@dataclass
class Totals:
    """Orders (distinct), units and revenue of a set of sale lines."""

    units: int = 0
    revenue: int = 0
    order_ids: set[int] | None = None

    @property
    def orders(self) -> int:
        return len(self.order_ids or ())

    def add(self, line: SaleLine) -> None:
        self.units += line.units
        self.revenue += line.revenue
        if self.order_ids is None:
            self.order_ids = set()
        self.order_ids.add(line.order_id)


def totals(lines: Iterable[SaleLine]) -> Totals:
    found = Totals()
    for line in lines:
        found.add(line)
    return found


def grouped(lines: Iterable[SaleLine], key) -> dict:
    """Totals per `key(line)`, largest revenue first (ties by key)."""
    groups: dict = {}
    for line in lines:
        groups.setdefault(key(line), Totals()).add(line)
    return dict(sorted(groups.items(), key=lambda item: (-item[1].revenue, str(item[0]))))


PERIODS = ("day", "week", "month")


def period_start(day: date, period: str) -> date:
    """The first day of the day's period: itself, its Monday, the first of its month."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def period_starts(start: date, end: date, period: str) -> list[date]:
    """Every period from the one holding `start` to the one holding `end`, empty ones too."""
    found, current = [], period_start(start, period)
    while current <= end:
        found.append(current)
        if period == "month":
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            current += timedelta(days=7 if period == "week" else 1)
    return found


def by_period(lines: Iterable[SaleLine], start: date, end: date, period: str):
    """(first day of period, Totals) for every period of the range, in order."""
    groups = {first: Totals() for first in period_starts(start, end, period)}
    for line in lines:
        groups[period_start(line.day, period)].add(line)
    return list(groups.items())
