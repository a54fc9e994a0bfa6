"""Store credit: a ledger per buyer (granted for an undelivered mango harvest, spent at
checkout on any product, given back when that order is cancelled). The balance is the sum."""

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.extensions import db
from storefront.orders.models import Order, StoreCreditEntry


def balance(user_id: int) -> int:
    """What the buyer can still spend, in đồng."""
    total = db.session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(StoreCreditEntry.amount), 0)).where(
            StoreCreditEntry.user_id == user_id
        )
    )
    return int(total or 0)


def lock_balance(user_id: int) -> None:
    """Serialise two checkouts of one buyer, so the same credit is never spent twice
    (PostgreSQL row lock; SQLite is serialised by BEGIN IMMEDIATE already).

    FOR NO KEY UPDATE: the buyer's new order and credit entries refer to the user row (FOR
    KEY SHARE), and two checkouts each holding that while asking for FOR UPDATE deadlock. It
    comes before the stock in database.py's lock order: checkout takes it first."""
    db.session.execute(sa.select(User.id).where(User.id == user_id).with_for_update(key_share=True))


def grant(user_id: int, amount: int, reason: str, *, adoption_id: int | None = None) -> None:
    if amount > 0:
        db.session.add(
            StoreCreditEntry(
                user_id=user_id, amount=amount, reason=reason[:200], adoption_id=adoption_id
            )
        )


def spend(user, order: Order) -> int:
    """Take as much of the buyer's credit as the order's total allows; returns the amount."""
    lock_balance(user.id)
    amount = min(balance(user.id), order.subtotal + order.shipping_total - order.credit_used)
    if amount <= 0:
        return 0
    order.credit_used += amount
    order.total -= amount
    db.session.flush()  # the order's id
    db.session.add(
        StoreCreditEntry(user_id=user.id, amount=-amount, reason=order.number, order_id=order.id)
    )
    return amount


def give_back(order: Order) -> None:
    """A cancelled or expired order returns the credit it used."""
    if order.credit_used > 0 and order.user_id is not None:
        db.session.add(
            StoreCreditEntry(
                user_id=order.user_id,
                amount=order.credit_used,
                reason=f"{order.number} cancelled",
                order_id=order.id,
            )
        )


def entries(user_id: int) -> list[StoreCreditEntry]:
    """The buyer's credit history, newest first."""
    return list(
        db.session.scalars(
            sa.select(StoreCreditEntry)
            .where(StoreCreditEntry.user_id == user_id)
            .order_by(StoreCreditEntry.id.desc())
        )
    )
