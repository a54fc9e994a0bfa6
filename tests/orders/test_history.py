"""A buyer's order history on the account page, and buying the same things again."""

from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask import url_for

from storefront.catalog.models import ProductStatus
from storefront.extensions import db
from storefront.orders.models import CartItem, OrderKind, OrderStatus
from tests import factories
from tests.orders.test_fulfilment import build_order
from tests.web import login, post


@pytest.fixture
def buyer(database):
    return factories.user(name="Trần Thị Mua")


def _cart(user) -> dict[int, int]:
    db.session.expire_all()
    rows = db.session.scalars(sa.select(CartItem).where(CartItem.user_id == user.id))
    return {row.variant_id: row.quantity for row in rows}


def _flashes(client) -> list[tuple[str, str]]:
    with client.session_transaction() as session:
        return list(session.get("_flashes", []))


def test_history_lists_only_the_buyers_own_orders_newest_first(app, client, buyer):
    product = factories.product(name_vi="Nem Lai Vung")
    older = build_order([product], user=buyer)
    newer = build_order([product], user=buyer, status=OrderStatus.DELIVERED)
    older.created_at = newer.created_at - timedelta(days=3)
    someone_elses = build_order([product], user=factories.user())
    guests = build_order([product])
    db.session.flush()
    login(client, buyer)

    html = client.get("/account/orders?lang=en").get_data(as_text=True)

    assert html.index(newer.number) < html.index(older.number)
    assert someone_elses.number not in html and guests.number not in html
    assert "Nem Lai Vung" in html and "Delivered" in html
    if "payments.order" in app.view_functions:
        with app.test_request_context():
            assert url_for("payments.order", number=newer.number) in html


def test_history_needs_a_login(client, database):
    response = client.get("/account/orders")
    assert response.status_code == 302
    assert "/account/login" in response.headers["Location"]


def test_profile_links_to_the_order_history(client, buyer):
    login(client, buyer)
    assert 'href="/account/orders"' in client.get("/account").get_data(as_text=True)


def test_reorder_puts_the_lines_still_on_sale_back_in_the_cart(client, buyer):
    on_sale = factories.product(stock=10)
    sold_out = factories.product(stock=0)
    withdrawn = factories.product()
    deleted = factories.product()
    order = build_order([on_sale, sold_out, withdrawn, deleted], user=buyer, quantity=2)
    withdrawn.status = ProductStatus.HIDDEN
    next(i for i in order.items if i.product_id == deleted.id).variant_id = None
    db.session.flush()
    login(client, buyer)

    response = post(client, f"/account/orders/{order.number}/reorder", token_from="/account/orders")

    assert response.status_code == 302
    assert response.headers["Location"].endswith("/cart")
    assert _cart(buyer) == {on_sale.variants[0].id: 2}
    assert [category for category, _ in _flashes(client)] == ["success", "info"]


def test_reorder_adds_to_what_is_already_in_the_cart(client, buyer):
    product = factories.product(stock=10)
    order = build_order([product], user=buyer, quantity=3)
    login(client, buyer)
    url = f"/account/orders/{order.number}/reorder"
    post(client, url, token_from="/account/orders")
    post(client, url, token_from="/account/orders")
    assert _cart(buyer) == {product.variants[0].id: 6}


def test_reorder_with_nothing_left_to_buy_says_so(client, buyer):
    order = build_order([factories.product(stock=0)], user=buyer)
    login(client, buyer)
    post(client, f"/account/orders/{order.number}/reorder", token_from="/account/orders")
    assert _cart(buyer) == {}
    assert [category for category, _ in _flashes(client)] == ["error"]


def test_reorder_of_someone_elses_order_is_not_found(client, buyer):
    order = build_order([factories.product()], user=factories.user())
    login(client, buyer)
    response = post(client, f"/account/orders/{order.number}/reorder", token_from="/account")
    assert response.status_code == 404
    assert _cart(buyer) == {}


@pytest.mark.parametrize("kind", [OrderKind.BOOKING, OrderKind.ADOPTION])
def test_reorder_of_a_booking_or_an_adoption_is_refused_and_the_cart_kept(client, buyer, kind):
    in_cart = factories.product(stock=10)
    db.session.add(CartItem(user_id=buyer.id, variant_id=in_cart.variants[0].id, quantity=2,
                            price_when_added=in_cart.variants[0].price))  # fmt: skip
    order = build_order([factories.product(stock=10)], user=buyer, kind=kind)
    login(client, buyer)

    response = post(
        client, f"/account/orders/{order.number}/reorder?lang=en", token_from="/account"
    )

    assert response.status_code == 409
    assert "Only products go back in the cart" in response.get_data(as_text=True)
    assert _cart(buyer) == {in_cart.variants[0].id: 2}


def test_buy_again_is_offered_only_for_goods(client, buyer):
    goods = build_order([factories.product()], user=buyer)
    booking = build_order([factories.product()], user=buyer, kind=OrderKind.BOOKING)
    login(client, buyer)

    history = client.get("/account/orders?lang=en").get_data(as_text=True)
    goods_page = client.get(f"/orders/{goods.number}?lang=en").get_data(as_text=True)
    booking_page = client.get(f"/orders/{booking.number}?lang=en").get_data(as_text=True)

    assert f"/account/orders/{goods.number}/reorder" in history
    assert f"/account/orders/{booking.number}/reorder" not in history
    assert f"/account/orders/{goods.number}/reorder" in goods_page
    assert "/reorder" not in booking_page
