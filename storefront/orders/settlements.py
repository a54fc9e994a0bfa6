"""What each producer is owed for a period, computed from the orders (reads only).

How each figure is defined, for one producer and one period (both days included, in Vietnam's
time; `Period.bounds` gives the UTC instants [start, end)):

- goods: the order lines of its fulfilments (of goods orders) whose delivery falls in the
  period, the delivery being the fulfilment's "delivered" event in the order's history;
- shipping: those fulfilments' own shipping fees (checkout prices shipping per producer's
  parcel, and each producer ships its own part, so the fee is its own);
- refunds: the money given back in the period (by the refund's time) for the producer's order
  lines, as the refund's lines record it (payments.line_refunds); a refund only follows a
  delivery, so its goods were counted in this period or an earlier one;
- store credit: the share of the order's store credit that paid for those fulfilments, spread
  over all the order's fulfilments in proportion to their goods plus shipping, in whole đồng
  (largest remainders first, ties to the lower fulfilment id, so the shares add up exactly
  to the order's credit). Store credit is the platform's money (granted for a short harvest
  instead of a refund): it is shown, never taken off what the producer is owed;
- commission: the office's rate (basis points, copied into the statement) of goods minus
  refunds, rounded half away from zero to whole đồng;
- net owed: goods + shipping - refunds - commission.

Cash on delivery is settled like a card or a transfer: the carrier collects the cash for the
platform, which records it as the order's payment on delivery and pays refunds of it back by
hand; the producer is paid all of it, less commission, through its statement.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from storefront.extensions import db
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderEvent,
    OrderItem,
    OrderKind,
    Refund,
)
from storefront.orders.settlement_models import (
    BASIS_POINTS,
    LineKind,
    RefundLine,
    Settlement,
    SettlementLine,
    SettlementStatus,
)
from storefront.producers.models import Producer
from storefront.timeutil import VIETNAM


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included, in Vietnam's time."""

    start: date
    end: date

    def bounds(self) -> tuple[datetime, datetime]:
        """The UTC instants the period covers: [00:00 of start, 00:00 after end)."""
        first = datetime.combine(self.start, time(), VIETNAM)
        after = datetime.combine(self.end + timedelta(days=1), time(), VIETNAM)
        return first, after

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and start <= self.end


@dataclass
class Draft:
    """One producer's figures for a period, with the lines behind them (not stored yet)."""

    producer_id: int
    lines: list[SettlementLine] = field(default_factory=list)

    def total(self, kind: LineKind) -> int:
        return sum(line.amount for line in self.lines if line.kind == kind)

    def commission(self, rate_bp: int) -> int:
        return commission_of(self.total(LineKind.GOODS) - self.total(LineKind.REFUND), rate_bp)

    def net(self, rate_bp: int) -> int:
        earned = self.total(LineKind.GOODS) + self.total(LineKind.SHIPPING)
        return earned - self.total(LineKind.REFUND) - self.commission(rate_bp)


def commission_of(base: int, rate_bp: int) -> int:
    """`rate_bp` basis points of `base` đồng, rounded half away from zero (exact integers)."""
    size = (abs(base) * rate_bp * 2 + BASIS_POINTS) // (2 * BASIS_POINTS)
    return size if base >= 0 else -size


def _delivered(period: Period, producer_id: int | None) -> list[tuple[Fulfilment, datetime]]:
    """The fulfilments of goods orders delivered in the period, with their delivery time."""
    first, after = period.bounds()
    query = (
        sa.select(Fulfilment, OrderEvent.created_at)
        .join(Fulfilment.order)
        .join(
            OrderEvent,
            sa.and_(
                OrderEvent.subject == "fulfilment",
                OrderEvent.subject_id == Fulfilment.id,
                OrderEvent.to_state == FulfilmentStatus.DELIVERED.value,
            ),
        )
        .where(
            Order.kind == OrderKind.GOODS,
            OrderEvent.created_at >= first,
            OrderEvent.created_at < after,
        )
        .options(
            selectinload(Fulfilment.items),
            selectinload(Fulfilment.order).selectinload(Order.fulfilments),
        )
        .order_by(OrderEvent.created_at, Fulfilment.id)
    )
    if producer_id is not None:
        query = query.where(Fulfilment.producer_id == producer_id)
    return [(row[0], row[1]) for row in db.session.execute(query)]


def _refunded(period: Period, producer_id: int | None) -> list[tuple[RefundLine, Refund]]:
    """The refund lines of the period (by the refund's time), with their refunds."""
    first, after = period.bounds()
    query = (
        sa.select(RefundLine, Refund)
        .join(RefundLine.refund)
        .join(RefundLine.order_item)
        .where(Refund.created_at >= first, Refund.created_at < after)
        .options(selectinload(RefundLine.order_item).selectinload(OrderItem.order))
        .order_by(Refund.created_at, RefundLine.id)
    )
    if producer_id is not None:
        query = query.where(OrderItem.producer_id == producer_id)
    return [(row[0], row[1]) for row in db.session.execute(query)]


def _line(kind: LineKind, order: Order, fulfilment_id: int, at: datetime, amount: int, **more):
    return SettlementLine(
        kind=kind,
        order_id=order.id,
        order_number=order.number,
        payment_method=order.payment_method.value,
        fulfilment_id=fulfilment_id,
        occurred_at=at,
        amount=amount,
        **more,
    )


def _item_text(item: OrderItem) -> str:
    return f"{item.product_name} · {item.variant_label}"[:250]


def _delivery_lines(fulfilment: Fulfilment, at: datetime) -> Iterable[SettlementLine]:
    order = fulfilment.order
    for item in fulfilment.items:
        yield _line(
            LineKind.GOODS, order, fulfilment.id, at, item.line_total,
            order_item_id=item.id, description=_item_text(item),
            quantity=item.quantity, unit_price=item.unit_price,
        )  # fmt: skip
    if fulfilment.shipping_fee:
        carrier = f"{fulfilment.carrier} {fulfilment.tracking_number}".strip()
        yield _line(LineKind.SHIPPING, order, fulfilment.id, at, fulfilment.shipping_fee,
                    description=carrier[:250])  # fmt: skip
    share = order.credit_shares()[fulfilment.id]
    if share:
        yield _line(LineKind.CREDIT, order, fulfilment.id, at, share)


def _refund_line(line: RefundLine, refund: Refund) -> SettlementLine:
    item = line.order_item
    text = f"{_item_text(item)} · {refund.reason}" if refund.reason else _item_text(item)
    return _line(
        LineKind.REFUND, item.order, item.fulfilment_id, refund.created_at, line.amount,
        order_item_id=item.id, refund_id=refund.id, description=text[:250],
        quantity=line.quantity, unit_price=item.unit_price,
    )  # fmt: skip


def drafts(period: Period, producer_id: int | None = None) -> dict[int, Draft]:
    """Every producer with activity in the period (a delivery or a refund), or only this one,
    with the lines of its statement; by producer id."""
    found: dict[int, Draft] = {}
    for fulfilment, at in _delivered(period, producer_id):
        draft = found.setdefault(fulfilment.producer_id, Draft(fulfilment.producer_id))
        draft.lines.extend(_delivery_lines(fulfilment, at))
    for line, refund in _refunded(period, producer_id):
        producer = line.order_item.producer_id
        found.setdefault(producer, Draft(producer)).lines.append(_refund_line(line, refund))
    return dict(sorted(found.items()))


def statements(
    *, producer_id: int | None = None, status: SettlementStatus | None = None
) -> list[Settlement]:
    """Statements, the latest period first (one producer's, or of one status, if asked)."""
    query = (
        sa.select(Settlement)
        .options(selectinload(Settlement.producer))
        .order_by(Settlement.period_end.desc(), Settlement.producer_id, Settlement.id)
    )
    if producer_id is not None:
        query = query.where(Settlement.producer_id == producer_id)
    if status is not None:
        query = query.where(Settlement.status == status)
    return list(db.session.scalars(query))


def statement(settlement_id: int, producer_id: int | None = None) -> Settlement | None:
    """One statement with its lines (None if missing, or not this producer's)."""
    query = (
        sa.select(Settlement)
        .where(Settlement.id == settlement_id)
        .options(selectinload(Settlement.lines), selectinload(Settlement.producer))
    )
    if producer_id is not None:
        query = query.where(Settlement.producer_id == producer_id)
    return db.session.scalar(query)


@dataclass(frozen=True)
class Totals:
    goods: int
    shipping: int
    refunds: int
    credit: int
    commission: int
    net: int
    unpaid: int


def totals(found: list[Settlement]) -> Totals:
    """The sums of a list of statements, and what of it is still to pay."""
    return Totals(
        goods=sum(s.goods_total for s in found),
        shipping=sum(s.shipping_total for s in found),
        refunds=sum(s.refunds_total for s in found),
        credit=sum(s.credit_total for s in found),
        commission=sum(s.commission for s in found),
        net=sum(s.net_owed for s in found),
        unpaid=sum(s.net_owed for s in found if s.status == SettlementStatus.OPEN),
    )


def producers_to_settle() -> list[Producer]:
    """The producers the office may make a statement for, by name."""
    return list(db.session.scalars(sa.select(Producer).order_by(Producer.name, Producer.id)))
