"""Reading orders: one order for whoever may see it, an order found by number and phone, a
buyer's history."""

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from storefront.extensions import db
from storefront.orders.links import may_see
from storefront.orders.models import Order


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
