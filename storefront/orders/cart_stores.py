"""Where a cart's lines are kept: a guest's in the session cookie, a buyer's in cart_item rows."""

from dataclasses import dataclass

import sqlalchemy as sa
from flask import session

from storefront.extensions import db
from storefront.orders.models import CartItem

SESSION_KEY = "cart"


@dataclass(frozen=True)
class Entry:
    quantity: int
    price_when_added: int


class SessionStore:
    """A guest's lines in the session: {"<variant id>": [quantity, price_when_added]}."""

    def items(self) -> dict[int, Entry]:
        entries = {}
        for key, value in (session.get(SESSION_KEY) or {}).items():
            try:
                entries[int(key)] = Entry(int(value[0]), int(value[1]))
            except (TypeError, ValueError, IndexError, KeyError):
                continue  # an old or hand-made cookie: drop what cannot be read
        return entries

    def put(self, variant_id: int, quantity: int, price_when_added: int) -> None:
        stored = dict(session.get(SESSION_KEY) or {})
        stored[str(variant_id)] = [quantity, price_when_added]
        session[SESSION_KEY] = stored

    def delete(self, variant_id: int) -> None:
        stored = dict(session.get(SESSION_KEY) or {})
        if stored.pop(str(variant_id), None) is not None:
            self._save(stored)

    def clear(self) -> None:
        session.pop(SESSION_KEY, None)

    def count(self) -> int:
        return sum(entry.quantity for entry in self.items().values())

    def _save(self, stored: dict) -> None:
        if stored:
            session[SESSION_KEY] = stored
        else:
            session.pop(SESSION_KEY, None)


class AccountStore:
    """A logged-in buyer's lines: one CartItem row per package."""

    def __init__(self, user_id: int):
        self.user_id = user_id
        self._rows: dict[int, CartItem] | None = None

    def _load(self) -> dict[int, CartItem]:
        if self._rows is None:
            rows = db.session.scalars(
                sa.select(CartItem)
                .where(CartItem.user_id == self.user_id)
                .order_by(CartItem.added_at, CartItem.id)
            )
            self._rows = {row.variant_id: row for row in rows}
        return self._rows

    def items(self) -> dict[int, Entry]:
        return {vid: Entry(row.quantity, row.price_when_added) for vid, row in self._load().items()}

    def put(self, variant_id: int, quantity: int, price_when_added: int) -> None:
        rows = self._load()
        row = rows.get(variant_id)
        if row is None:
            row = CartItem(
                user_id=self.user_id,
                variant_id=variant_id,
                quantity=quantity,
                price_when_added=price_when_added,
            )
            try:
                with db.session.begin_nested():  # the same account adding twice at once
                    db.session.add(row)
            except sa.exc.IntegrityError:  # the other request's row is there
                row = db.session.scalars(
                    sa.select(CartItem).where(
                        CartItem.user_id == self.user_id, CartItem.variant_id == variant_id
                    )
                ).one()
            rows[variant_id] = row
        row.quantity = quantity
        row.price_when_added = price_when_added
        db.session.flush()

    def delete(self, variant_id: int) -> None:
        row = self._load().pop(variant_id, None)
        if row is not None:
            db.session.delete(row)
            db.session.flush()

    def clear(self) -> None:
        db.session.execute(sa.delete(CartItem).where(CartItem.user_id == self.user_id))
        self._rows = {}

    def count(self) -> int:
        if self._rows is not None:
            return sum(row.quantity for row in self._rows.values())
        return db.session.execute(
            sa.select(sa.func.coalesce(sa.func.sum(CartItem.quantity), 0)).where(
                CartItem.user_id == self.user_id
            )
        ).scalar_one()
