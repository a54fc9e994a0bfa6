"""Stock kept per lot: the checkout takes units first-expiring-first-out, each line records
the lots it took, and cancelling or expiring an order gives them back to those lots."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.checkout import place_order
from storefront.orders.checkout_errors import OutOfStockError
from storefront.orders.contact import Contact
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.models import Order, OrderStatus, PaymentMethod
from storefront.timeutil import today_local
from tests import factories, lot_factories

HOME = Contact("Lê Thị Mua", "0912 345 678", "mua@example.vn", 82, 30226, "Ấp 2")
TODAY = today_local()  # best-before dates are Vietnam's days


@pytest.fixture(autouse=True)
def request_context(app, database):
    """place_order writes links into e-mails, as it does inside a real request."""
    with app.test_request_context("/checkout?lang=en"):
        yield


def place(lines, method=PaymentMethod.COD, key=None) -> Order:
    key = key or f"lot-{factories.next_number()}"
    return place_order(lines=lines, contact=HOME, method=method, idempotency_key=key)


def lot(variant, code, stock, best_in=90, made_ago=10, **fields) -> Lot:
    """A lot of `variant` with `stock` units left, best before in `best_in` days (None: no
    best-before date), made `made_ago` days ago."""
    best_before = None if best_in is None else TODAY + timedelta(days=best_in)
    return lot_factories.lot(
        variant, code=code, quantity=max(stock, 1) + fields.pop("sold", 0), stock=stock,
        best_before=best_before, produced_on=TODAY - timedelta(days=made_ago), **fields,
    )  # fmt: skip


def stock_of(thing) -> int:
    model = type(thing)
    return db.session.scalar(sa.select(model.stock).where(model.id == thing.id))


def set_aside_of(lot_: Lot) -> int:
    return db.session.scalar(sa.select(Lot.set_aside).where(Lot.id == lot_.id))


def taken(order: Order) -> list[tuple[str, int]]:
    """(lot code, units) of every lot the order's lines took, in the order they were taken."""
    rows = db.session.execute(
        sa.select(Lot.code, OrderItemLot.quantity)
        .join(OrderItemLot.lot)
        .where(OrderItemLot.order_item_id.in_([item.id for item in order.items]))
        .order_by(OrderItemLot.id)
    )
    return [tuple(row) for row in rows]


def lots_add_up(variant: Variant) -> bool:
    on_sale = db.session.scalar(
        sa.select(sa.func.sum(Lot.stock)).where(Lot.variant_id == variant.id)
    )
    return stock_of(variant) == on_sale


def recall(lot_: Lot) -> None:
    """What a recall does to the stock (orders/recalls.py, another part of issue 11): the lot's
    units on sale go to its set-aside and leave its variant's stock."""
    units = stock_of(lot_)
    db.session.execute(
        sa.update(Variant)
        .where(Variant.id == lot_.variant_id)
        .values(stock=Variant.stock - units)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        sa.update(Lot)
        .where(Lot.id == lot_.id)
        .values(recalled_at=utcnow(), stock=0, set_aside=Lot.set_aside + units)
        .execution_options(synchronize_session=False)
    )


@pytest.fixture
def variant():
    return factories.product(name_vi="Xoài cát Hòa Lộc", prices=(120_000,)).variants[0]


def test_units_leave_first_expiring_first_out_skipping_recalled_and_empty_lots(variant):
    undated = lot(variant, "UNDATED", 5, best_in=None)
    later = lot(variant, "LATER", 3, best_in=60)
    soon = lot(variant, "SOON", 2, best_in=20)
    soon_older = lot(variant, "SOON-OLD", 1, best_in=20, made_ago=30)  # same day, made first
    empty = lot(variant, "EMPTY", 0, best_in=3)
    recalled = lot(variant, "RECALLED", 4, best_in=5, recalled_at=utcnow())
    assert stock_of(variant) == 15  # the factory sums every lot's stock, the recalled one too

    order = place([(variant.id, 7)])

    assert taken(order) == [("SOON-OLD", 1), ("SOON", 2), ("LATER", 3), ("UNDATED", 1)]
    assert [stock_of(x) for x in (soon_older, soon, later, undated)] == [0, 0, 0, 4]
    assert stock_of(empty) == 0 and stock_of(recalled) == 4  # never touched
    assert stock_of(variant) == 8
    assert order.items[0].quantity == sum(units for _code, units in taken(order))


def test_lots_without_a_best_before_date_go_by_production_date_then_id(variant):
    newer = lot(variant, "NEW", 2, best_in=None, made_ago=2)
    older = lot(variant, "OLD", 2, best_in=None, made_ago=9)
    twin = lot(variant, "TWIN", 2, best_in=None, made_ago=9)

    order = place([(variant.id, 5)])

    assert taken(order) == [("OLD", 2), ("TWIN", 2), ("NEW", 1)]
    assert older.id < twin.id and stock_of(newer) == 1


def test_an_order_of_two_lot_tracked_variants_and_an_untracked_one(variant):
    box = factories.product(prices=(300_000,)).variants[0]
    plain = factories.product(prices=(50_000,), stock=6).variants[0]
    lot(variant, "V-A", 1, best_in=10)
    lot(variant, "V-B", 4, best_in=40)
    lot(box, "BOX-1", 3)

    order = place([(plain.id, 2), (box.id, 2), (variant.id, 3)])

    by_line = {
        item.variant_id: [(row.lot.code, row.quantity) for row in item.lots] for item in order.items
    }
    assert by_line == {variant.id: [("V-A", 1), ("V-B", 2)], box.id: [("BOX-1", 2)], plain.id: []}
    assert (stock_of(variant), stock_of(box), stock_of(plain)) == (2, 1, 4)
    assert lots_add_up(variant) and lots_add_up(box)


def test_the_last_units_sell_and_then_the_lots_refuse_as_the_variant_does(variant):
    first, second = lot(variant, "A", 1, best_in=5), lot(variant, "B", 1, best_in=9)
    place([(variant.id, 2)])
    with pytest.raises(OutOfStockError, match="Only 0 left"):
        place([(variant.id, 1)])
    assert stock_of(first) == stock_of(second) == stock_of(variant) == 0


def test_a_lot_past_its_best_before_date_is_never_sold(variant):
    """Its units still count in the variant's stock until the producer takes them off: the
    checkout refuses them rather than ship an expired pack."""
    expired = lot(variant, "EXPIRED", 4, best_in=-1, packed_on=TODAY - timedelta(days=30))
    today = lot(variant, "TODAY", 1, best_in=0)

    order = place([(variant.id, 1)])
    with pytest.raises(OutOfStockError, match="Only 0 left"), db.session.begin_nested():
        place([(variant.id, 1)])  # rolled back as the page's transaction would be

    assert taken(order) == [("TODAY", 1)]
    assert (stock_of(expired), stock_of(today), stock_of(variant)) == (4, 0, 4)


def test_lots_holding_fewer_than_their_variant_refuse_the_order(variant):
    """The sum was broken (the variant says 5, its lots hold 2 on sale): never sell the three
    units that are not there."""
    lot(variant, "ONLY", 2)
    lot(variant, "GONE", 3, recalled_at=utcnow())  # still counted in the variant's stock

    with pytest.raises(OutOfStockError, match=r"Only 2 left of "):
        place([(variant.id, 4)])


def test_cancelling_gives_the_units_back_to_the_lots_they_came_from(variant):
    soon, later = lot(variant, "SOON", 2, best_in=10), lot(variant, "LATER", 5, best_in=50)
    keep = place([(variant.id, 1)])  # takes SOON's first unit, stays placed
    order = place([(variant.id, 4)])
    assert taken(order) == [("SOON", 1), ("LATER", 3)]

    lifecycle.cancel(order, actor_label="buyer")

    assert (stock_of(soon), stock_of(later), stock_of(variant)) == (1, 5, 6)
    assert taken(keep) == [("SOON", 1)] and taken(order) == [("SOON", 1), ("LATER", 3)]
    assert lots_add_up(variant)


def test_an_unpaid_order_that_expires_gives_its_units_back_to_its_lots(variant):
    soon, later = lot(variant, "SOON", 1, best_in=10), lot(variant, "LATER", 3, best_in=50)
    order = place([(variant.id, 3)], method=PaymentMethod.BANK_TRANSFER)
    assert (stock_of(soon), stock_of(later)) == (0, 1)
    order.pay_by = utcnow() - timedelta(minutes=1)
    db.session.flush()

    assert lifecycle.expire_due(utcnow()) == [order.number]

    assert order.status == OrderStatus.EXPIRED
    assert (stock_of(soon), stock_of(later), stock_of(variant)) == (1, 3, 4)
    assert lots_add_up(variant)


def test_units_of_a_lot_recalled_meanwhile_go_to_its_set_aside_not_on_sale(variant):
    bad, good = lot(variant, "BAD", 3, best_in=10), lot(variant, "GOOD", 4, best_in=50)
    order = place([(variant.id, 5)], method=PaymentMethod.BANK_TRANSFER)
    assert taken(order) == [("BAD", 3), ("GOOD", 2)]
    recall(bad)  # nothing of it was left on sale: its set-aside stays 0 until the units return

    lifecycle.cancel(order, actor_label="buyer")

    assert (stock_of(bad), set_aside_of(bad)) == (0, 3)
    assert (stock_of(good), set_aside_of(good)) == (4, 0)
    assert stock_of(variant) == 4 and lots_add_up(variant)
    with pytest.raises(OutOfStockError, match="Only 4 left"):
        place([(variant.id, 5)])


def test_units_that_came_from_no_lot_do_not_go_back_on_sale_once_the_variant_has_lots():
    """Placed before the producer started keeping lots: the variant's stock must stay the sum
    of its lots', so those units wait to be recorded in a lot."""
    plain = factories.product(prices=(50_000,), stock=4).variants[0]
    order = place([(plain.id, 2)], method=PaymentMethod.BANK_TRANSFER)
    lot(plain, "NEW", 5)  # the producer keeps lots now: the variant's stock becomes 5

    lifecycle.cancel(order, actor_label="buyer")

    assert stock_of(plain) == 5 and lots_add_up(plain)
