"""Reading orders: one order for whoever may see it, an order found by number and phone, a
buyer's history, the lots its lines took."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from storefront.catalog.digital_link import lot_path
from storefront.catalog.lot_models import Lot
from storefront.extensions import db
from storefront.orders.links import may_see
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.lot_stock import FEFO
from storefront.orders.models import Order, OrderItem


def order_number(text: str) -> str:
    """An order number as typed or linked: case and surrounding spaces forgiven."""
    return text.strip().upper()[:20]


def viewable_order(number: str, user, token: str | None) -> Order | None:
    """The order with its lines, parts, payments and history, if `user` may see it (owner,
    office) or `token` is its signed link; None otherwise, as for an unknown number."""
    order = db.session.scalar(
        sa.select(Order)
        .where(Order.number == order_number(number))
        .options(
            selectinload(Order.items),
            selectinload(Order.fulfilments),
            selectinload(Order.payments),
            selectinload(Order.events),
        )
    )
    return order if order is not None and may_see(order, user, token) else None


def order_by_phone(number: str, phone: str | None) -> Order | None:
    """The order with this number placed with this phone (already normalised), or None."""
    if phone is None:
        return None
    return db.session.scalar(
        sa.select(Order).where(Order.number == order_number(number), Order.phone == phone)
    )


def history(user_id: int) -> list[Order]:
    """A buyer's orders with their lines, newest first."""
    return list(
        db.session.scalars(
            sa.select(Order)
            .where(Order.user_id == user_id)
            .options(selectinload(Order.items))
            .order_by(Order.created_at.desc(), Order.id.desc())
        )
    )


def own_order(number: str, user_id: int) -> Order | None:
    """The buyer's own order with this number (never someone else's), or None."""
    return db.session.scalar(
        sa.select(Order)
        .where(Order.number == order_number(number), Order.user_id == user_id)
        .options(selectinload(Order.items))
    )


@dataclass(frozen=True)
class LinePick:
    """Units of one line from one lot: what to pick when packing, what the buyer holds."""

    code: str
    quantity: int
    best_before: date | None
    recalled: bool
    trace_path: str  # the lot's Digital Link path (its trace page)


def lots_of_lines(items: Iterable[OrderItem]) -> dict[int, list[LinePick]]:
    """The lots each line took its units from, first-expiring-first-out, by line id (lines
    of variants not kept by lots have none), in one query."""
    item_ids = [item.id for item in items]
    if not item_ids:
        return {}
    rows = db.session.scalars(
        sa.select(OrderItemLot)
        .join(OrderItemLot.lot)
        .where(OrderItemLot.order_item_id.in_(item_ids))
        .options(joinedload(OrderItemLot.lot).joinedload(Lot.variant))
        .options(joinedload(OrderItemLot.lot).joinedload(Lot.product))
        .order_by(OrderItemLot.order_item_id, *FEFO)
    )
    picks: dict[int, list[LinePick]] = {}
    for row in rows:
        lot = row.lot
        pick = LinePick(lot.code, row.quantity, lot.best_before, lot.recalled, lot_path(lot))
        picks.setdefault(row.order_item_id, []).append(pick)
    return picks
