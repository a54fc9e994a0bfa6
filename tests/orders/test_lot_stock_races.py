"""A cancellation giving units back to a lot as another buyer checks out the same variant,
through the real pages of a threaded live server on a committed database. On PostgreSQL the
two meet inside their transactions on every run (tests.locks): the cancellation holds the
variant and waits on the lot, the checkout queues on the variant behind it."""

from datetime import date, timedelta

import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.models import Order, OrderStatus
from tests import factories, lot_factories
from tests.conftest import LiveServer
from tests.gunicorn import Buyer
from tests.orders.test_lock_order import (  # noqa: F401 (shop: the fixture)
    CONTACT,
    _cancel_form,
    _one_after_another,
    _place,
    shop,
)
from tests.web import hidden_fields


def test_a_checkout_behind_a_cancellation_takes_the_units_it_gave_back_first(shop):  # noqa: F811
    app, url, _fake = shop
    with app.app_context():
        variant = factories.product(prices=(150_000,), stock=0).variants[0]
        soon = lot_factories.lot(variant, code="SOON", quantity=2,
                                 best_before=date.today() + timedelta(days=10))  # fmt: skip
        lot_factories.lot(variant, code="LATER", quantity=5,
                          best_before=date.today() + timedelta(days=60))  # fmt: skip
        variant_id, soon_id, slug = variant.id, soon.id, variant.product.slug
        db.session.commit()
    order_id, number, link = _place(app, [(variant_id, 2)], key="soon-both")  # SOON is empty

    with LiveServer(app) as server:
        buyer, shopper = Buyer(server.url), Buyer(server.url)
        cancel = _cancel_form(buyer, link)
        token = hidden_fields(shopper.request(f"/products/{slug}")[1])["csrf_token"]
        shopper.send("/cart/add", {"csrf_token": token, "variant_id": variant_id, "quantity": 3})
        form = {**hidden_fields(shopper.request("/checkout")[1]), **CONTACT, "method": "cod"}
        cancelled, placed = _one_after_another(
            url,
            ("lot", soon_id),  # the cancellation holds the variant, then waits here
            lambda: buyer.send(f"/orders/{number}/cancel", cancel),
            lambda: shopper.send("/checkout", form),
        )

    assert (cancelled[0], placed[0]) == (302, 302), placed[1][:500]
    with app.app_context():
        assert db.session.get(Order, order_id).status == OrderStatus.CANCELLED
        new = db.session.scalar(sa.select(Order).where(Order.id != order_id))
        took = dict(db.session.execute(
            sa.select(Lot.code, OrderItemLot.quantity).join(OrderItemLot.lot)
            .where(OrderItemLot.order_item_id == new.items[0].id)
        ).all())  # fmt: skip
        lots = dict(db.session.execute(sa.select(Lot.code, Lot.stock)).all())
        if url.startswith("postgresql") or took == {"SOON": 2, "LATER": 1}:
            assert took == {"SOON": 2, "LATER": 1}  # the returned units, first to expire
            assert lots == {"SOON": 0, "LATER": 4}
        else:  # SQLite let the checkout write first: SOON was still empty
            assert took == {"LATER": 3} and lots == {"SOON": 2, "LATER": 2}
        assert db.session.get(Variant, variant_id).stock == 4 == sum(lots.values())
        db.session.remove()
