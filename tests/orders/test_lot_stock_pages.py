"""Lots through the pages: a checkout the lots cannot cover keeps nothing, the producer packs
from the lots each line took, the buyer sees the lot codes with their trace links."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from storefront.catalog.digital_link import lot_path
from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders.checkout import place_order
from storefront.orders.contact import Contact
from storefront.orders.links import order_url
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.models import Order, PaymentMethod
from tests import factories, lot_factories
from tests.orders.test_checkout_views import _add, _checkout
from tests.web import login

HOME = Contact("Lê Thị Mua", "0912 345 678", "mua@example.vn", 82, 30226, "Ấp 2")
TODAY = date.today()


@pytest.fixture
def mango(database):
    """A producer with its owner, and a lot-tracked mango box with two lots (2 + 5 units)."""
    maker = factories.producer(name="HTX Xoài Mỹ Xương")
    owner = factories.member(maker)
    variant = factories.product(producer_=maker, name_vi="Xoài cát chu", prices=(180_000,),
                                stock=0).variants[0]  # fmt: skip
    variant.gtin = "8935049500018"
    soon = lot_factories.lot(variant, code="XM-0412", quantity=2,
                             best_before=TODAY + timedelta(days=12))  # fmt: skip
    later = lot_factories.lot(variant, code="XM-0420", quantity=5,
                              best_before=TODAY + timedelta(days=40))  # fmt: skip
    return variant, owner, soon, later


def _place(app, variant, quantity) -> Order:
    with app.test_request_context("/?lang=en"):
        return place_order(lines=[(variant.id, quantity)], contact=HOME, method=PaymentMethod.COD,
                           idempotency_key=f"page-{factories.next_number()}")  # fmt: skip


def _stock(model, id_) -> int:
    return db.session.scalar(sa.select(model.stock).where(model.id == id_))


def test_a_checkout_the_lots_cannot_cover_answers_400_and_keeps_nothing(client, mango):
    variant, _member, soon, later = mango
    variant.stock = 9  # two more than its lots hold: the sum was broken somewhere
    db.session.flush()
    _add(client, variant, 8)

    response, _data = _checkout(client)

    assert response.status_code == 400
    assert "Only 7 left of " in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Order.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(OrderItemLot.id))) == 0
    assert (_stock(Lot, soon.id), _stock(Lot, later.id), _stock(Variant, variant.id)) == (2, 5, 9)


def test_checkout_through_the_page_records_the_lots_of_the_line(client, mango):
    variant, _member, soon, later = mango
    _add(client, variant, 3)

    response, _data = _checkout(client)

    assert response.status_code == 302
    rows = db.session.execute(sa.select(OrderItemLot.lot_id, OrderItemLot.quantity)).all()
    assert sorted(rows) == sorted([(soon.id, 2), (later.id, 1)])
    assert (_stock(Lot, soon.id), _stock(Lot, later.id), _stock(Variant, variant.id)) == (0, 4, 4)


def _picks(html: str) -> str:
    return html.split('<ul class="lot-picks">')[1].split("</ul>")[0]


def test_the_producer_packs_from_the_lots_each_line_took(app, client, mango):
    variant, owner, _soon, _later = mango
    order = _place(app, variant, 4)
    login(client, owner)
    part = order.fulfilments[0]

    for url in (f"/portal/orders/{part.id}?lang=en", f"/portal/orders/{part.id}/slip?lang=en"):
        html = client.get(url).get_data(as_text=True)
        picks = _picks(html)
        assert picks.index("Lot XM-0412</strong> × 2") < picks.index("Lot XM-0420</strong> × 2")
        assert "best before" in picks and "recalled" not in picks


def test_the_producer_is_told_not_to_send_units_of_a_recalled_lot(app, client, mango):
    variant, owner, soon, _later = mango
    order = _place(app, variant, 3)
    soon.recalled_at = utcnow()
    db.session.flush()
    login(client, owner)

    html = client.get(f"/portal/orders/{order.fulfilments[0].id}?lang=en").get_data(as_text=True)

    first, second = _picks(html).split("</li>")[:2]
    assert "XM-0412" in first and "recalled: do not send these" in first
    assert "XM-0420" in second and "recalled" not in second


def test_the_buyer_sees_each_lines_lot_codes_linked_to_their_trace_pages(app, client, mango):
    variant, _member, soon, later = mango
    order = _place(app, variant, 3)
    plain = factories.product(prices=(40_000,), stock=3).variants[0]
    untracked = _place(app, plain, 1)
    with app.test_request_context("/"):
        link, other = order_url(order), order_url(untracked)

    html = client.get(link + "&lang=en").get_data(as_text=True)

    line = html.split('<span class="line-lots small">')[1].split("</span>")[0]
    assert f'<a href="{lot_path(soon)}">XM-0412</a> (2)' in line
    assert f'<a href="{lot_path(later)}">XM-0420</a> (1)' in line
    assert lot_path(soon) == f"/01/08935049500018/10/XM-0412?17={soon.best_before:%y%m%d}"
    assert "line-lots" not in client.get(other).get_data(as_text=True)
