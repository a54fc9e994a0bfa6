"""Random runs of orders, cancellations, expiries, recalls and new lots against one lot-tracked
variant (Hypothesis' stateful testing): after every step the variant's stock is the sum of its
lots' stock, no lot is below zero, each lot's made units are sold + left + set aside, and every
order took its units first-expiring-first-out."""

from datetime import date, timedelta

import sqlalchemy as sa
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.checkout import place_order
from storefront.orders.checkout_errors import OutOfStockError
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.lot_stock import FEFO
from storefront.orders.models import Order, OrderItem, OrderStatus, PaymentMethod
from tests import factories, lot_factories
from tests.orders.test_lot_stock import HOME, recall

CLOSED = (OrderStatus.CANCELLED, OrderStatus.EXPIRED)
best_in = st.sampled_from([None, 10, 20, 30, 40])  # days; None: no best-before date
# Days since production, drawn (not from a counter) so that a replayed example is the same.
made_in = st.integers(0, 19)
lot_size = st.integers(1, 6)


class LotStock(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.variant_id = 0
        self.open: list[int] = []  # orders that may still be cancelled
        self.unpaid: list[int] = []  # bank-transfer orders that may expire

    @initialize(lots=st.lists(st.tuples(lot_size, best_in, made_in), min_size=1, max_size=4))
    def make_lots(self, lots):
        self.variant_id = factories.product(prices=(90_000,), stock=0).variants[0].id
        for units, days, made_ago in lots:
            self.new_lot(units, days, made_ago)

    @rule(units=lot_size, days=best_in, made_ago=made_in)
    def new_lot(self, units, days, made_ago):
        """The producer records a lot (the portal keeps the variant's stock the sum)."""
        best_before = None if days is None else date.today() + timedelta(days=days)
        made = date.today() - timedelta(days=made_ago)
        lot_factories.lot(self._variant(), quantity=units, best_before=best_before,
                          produced_on=made)  # fmt: skip

    @rule(quantity=st.integers(1, 8), transfer=st.booleans())
    def order(self, quantity, transfer):
        on_sale = self._on_sale()  # (lot id, stock) in FEFO order, before the order
        method = PaymentMethod.BANK_TRANSFER if transfer else PaymentMethod.COD
        try:
            with db.session.begin_nested():  # as the page's transaction: a refusal keeps nothing
                order = place_order(lines=[(self.variant_id, quantity)], contact=HOME,
                                    method=method,
                                    idempotency_key=f"inv-{factories.next_number()}")  # fmt: skip
        except OutOfStockError:
            assert quantity > sum(stock for _id, stock in on_sale)
            return
        assert _taken(order.id) == _fefo_share(on_sale, quantity)
        self.open.append(order.id)
        if transfer:
            self.unpaid.append(order.id)

    @precondition(lambda self: self.open)
    @rule(data=st.data())
    def cancel(self, data):
        order_id = data.draw(st.sampled_from(self.open))
        lifecycle.cancel(db.session.get(Order, order_id), actor_label="buyer")
        self._closed(order_id)

    @precondition(lambda self: self.unpaid)
    @rule(data=st.data())
    def expire(self, data):
        order = db.session.get(Order, data.draw(st.sampled_from(self.unpaid)))
        order.pay_by = utcnow() - timedelta(minutes=1)
        db.session.flush()
        assert lifecycle.expire_due(utcnow(), among=Order.id == order.id) == [order.number]
        self._closed(order.id)

    @rule(data=st.data())
    def recall_a_lot(self, data):
        lots = self._lots(recalled=False)
        if lots:
            recall(data.draw(st.sampled_from(lots)))

    @invariant()
    def stock_adds_up(self):
        if not self.variant_id:
            return
        lots = self._lots()
        assert db.session.get(Variant, self.variant_id).stock == sum(x.stock for x in lots)
        for lot in lots:
            sold = db.session.scalar(
                sa.select(sa.func.coalesce(sa.func.sum(OrderItemLot.quantity), 0))
                .join(OrderItem, OrderItem.id == OrderItemLot.order_item_id)
                .join(Order, Order.id == OrderItem.order_id)
                .where(OrderItemLot.lot_id == lot.id, Order.status.not_in(CLOSED))
            )
            assert lot.stock >= 0 and lot.set_aside >= 0
            assert lot.quantity == sold + lot.stock + lot.set_aside
            assert not lot.recalled or lot.stock == 0

    def _variant(self) -> Variant:
        return db.session.get(Variant, self.variant_id)

    def _lots(self, recalled: bool | None = None) -> list[Lot]:
        db.session.expire_all()  # the stock moves by UPDATE statements
        query = sa.select(Lot).where(Lot.variant_id == self.variant_id).order_by(*FEFO)
        if recalled is not None:
            query = query.where(
                Lot.recalled_at.is_not(None) if recalled else Lot.recalled_at.is_(None)
            )
        return list(db.session.scalars(query))

    def _on_sale(self) -> list[tuple[int, int]]:
        return [(x.id, x.stock) for x in self._lots(recalled=False) if x.stock > 0]

    def _closed(self, order_id: int) -> None:
        self.open.remove(order_id)
        if order_id in self.unpaid:
            self.unpaid.remove(order_id)


def _taken(order_id: int) -> list[tuple[int, int]]:
    return [
        tuple(row)
        for row in db.session.execute(
            sa.select(OrderItemLot.lot_id, OrderItemLot.quantity)
            .join(OrderItem, OrderItem.id == OrderItemLot.order_item_id)
            .where(OrderItem.order_id == order_id)
            .join(Lot, Lot.id == OrderItemLot.lot_id)
            .order_by(*FEFO)
        )
    ]


def _fefo_share(on_sale: list[tuple[int, int]], quantity: int) -> list[tuple[int, int]]:
    """What first-expiring-first-out takes: whole lots in order, then part of the next."""
    share = []
    for lot_id, stock in on_sale:
        if quantity == 0:
            break
        units = min(stock, quantity)
        share.append((lot_id, units))
        quantity -= units
    return share


def test_random_orders_cancellations_and_recalls_keep_the_lots_adding_up(app, database):
    with app.test_request_context("/checkout?lang=en"):
        machine = settings(max_examples=25, stateful_step_count=20, deadline=None)(LotStock)
        machine.TestCase().runTest()
