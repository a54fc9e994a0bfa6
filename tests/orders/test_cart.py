"""The cart: a guest's in the session, a buyer's in the database, merged at login."""

import re

import pytest
import sqlalchemy as sa
from flask import url_for
from werkzeug.routing import BuildError

from storefront.catalog.models import ProductStatus, Variant
from storefront.extensions import db
from storefront.orders.cart import MAX_QUANTITY, CartError, current_cart
from storefront.orders.models import CartItem
from storefront.producers.models import ProducerStatus
from tests import factories, web


@pytest.fixture
def english(client):
    """The visitor reads English from now on (the session keeps the choice)."""
    client.get("/cart?lang=en")


def add(client, variant_id, quantity=1, from_page: str | None = None):
    """Post the product page's form (the variant's own page unless another is given)."""
    if from_page is None:
        from_page = f"/products/{db.session.get(Variant, variant_id).product.slug}"
    data = {"variant_id": str(variant_id), "quantity": str(quantity)}
    return web.post(client, "/cart/add", data, token_from=from_page)


def update(client, quantities: dict):
    data = {f"qty-{vid}": str(n) for vid, n in quantities.items()}
    return web.post(client, "/cart/update", data, token_from="/cart")


def remove(client, variant_id):
    return web.post(client, f"/cart/remove/{variant_id}", token_from="/cart")


def guest_cart(client) -> dict:
    with client.session_transaction() as session:
        return {int(k): v[0] for k, v in session.get("cart", {}).items()}


def account_cart(user) -> dict:
    rows = db.session.execute(
        sa.select(CartItem.variant_id, CartItem.quantity).where(CartItem.user_id == user.id)
    )
    return dict(rows.all())


def page(client, url="/cart") -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def badge(html: str) -> str | None:
    match = re.search(r'class="cart-badge"[^>]*>([^<]+)<', html)
    return match.group(1) if match else None


def test_guest_adds_updates_and_removes(client, database, english):
    product = factories.product(prices=(50_000, 90_000), stock=10)
    first, second = product.variants

    response = add(client, first.id, 2)
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/products/{product.slug}")
    assert "Added to cart." in page(client, f"/products/{product.slug}")
    add(client, first.id, 1)
    add(client, second.id, 4)
    assert guest_cart(client) == {first.id: 3, second.id: 4}

    html = page(client)
    assert "Product" in html and "Pack 1" in html and "Pack 2" in html
    assert "150.000\xa0₫" in html and "360.000\xa0₫" in html  # line totals
    assert "510.000\xa0₫" in html  # subtotal
    assert "Shipping is added at checkout" in html

    assert update(client, {first.id: 5, second.id: 0}).status_code == 303
    assert guest_cart(client) == {first.id: 5}

    assert remove(client, first.id).status_code == 303
    assert guest_cart(client) == {}
    assert "Your cart is empty." in page(client)


@pytest.mark.parametrize(
    ("which", "quantity", "message"),
    [
        ("good", "0", "Choose a quantity from 1 to 99."),
        ("good", "-1", "Choose a quantity from 1 to 99."),
        ("good", "100", "Choose a quantity from 1 to 99."),
        ("good", "abc", "Choose a quantity from 1 to 99."),
        ("good", "2.5", "Choose a quantity from 1 to 99."),
        ("good", "", "Choose a quantity from 1 to 99."),
        ("unknown", "1", "We could not find that product."),
        ("not-a-number", "1", "We could not find that product."),
        ("draft", "1", "This product is no longer sold."),
        ("suspended", "1", "This product is no longer sold."),
        ("sold-out", "1", "This package is out of stock."),
        ("good", "11", "Only 10 left"),
    ],
)
def test_bad_additions_are_refused_and_leave_the_cart_alone(
    client, database, english, which, quantity, message
):
    kept = factories.product(prices=(20_000,), stock=10).variants[0]
    good_product = factories.product(prices=(30_000,), stock=10)
    good = good_product.variants[0]
    variant_ids = {
        "good": good.id,
        "unknown": 987_654_321,
        "not-a-number": "abc",
        "draft": factories.product(published=False).variants[0].id,
        "suspended": factories.product(
            producer_=factories.producer(status=ProducerStatus.SUSPENDED)
        )
        .variants[0]
        .id,
        "sold-out": factories.product(stock=0).variants[0].id,
    }
    add(client, kept.id, 2)

    response = add(client, variant_ids[which], quantity, f"/products/{good_product.slug}")

    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert guest_cart(client) == {kept.id: 2}


def test_the_cart_never_holds_more_than_the_stock_or_the_maximum(client, database, english):
    scarce = factories.product(prices=(10_000,), stock=10).variants[0]
    plenty = factories.product(prices=(10_000,), stock=500).variants[0]
    add(client, scarce.id, 8)
    add(client, plenty.id, 60)

    more = add(client, scarce.id, 3)
    assert more.status_code == 400
    assert "Only 10 left, and your cart already has 8." in more.get_data(as_text=True)

    too_many = add(client, plenty.id, 40)
    assert too_many.status_code == 400
    assert f"at most {MAX_QUANTITY} of one package" in too_many.get_data(as_text=True)

    assert guest_cart(client) == {scarce.id: 8, plenty.id: 60}
    assert add(client, scarce.id, 2).status_code == 303
    assert guest_cart(client)[scarce.id] == 10


@pytest.mark.parametrize(
    ("quantities", "message"),
    [
        ({"a": "abc"}, "Choose a quantity from 1 to 99."),
        ({"a": "-1"}, "Choose a quantity from 1 to 99."),
        ({"a": "100"}, "Choose a quantity from 1 to 99."),
        ({"a": "2", "b": "11"}, "Only 10 left"),
    ],
)
def test_a_bad_update_changes_nothing(client, database, english, quantities, message):
    a, b = factories.product(prices=(10_000, 20_000), stock=10).variants
    ids = {"a": a.id, "b": b.id}
    add(client, a.id, 1)
    add(client, b.id, 1)

    response = update(client, {ids[key]: value for key, value in quantities.items()})

    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html
    assert 'aria-invalid="true"' in html  # the message sits next to the line it is about
    for key, value in quantities.items():  # and the boxes keep what was typed
        assert re.search(rf'name="qty-{ids[key]}"[^>]*value="{re.escape(value)}"', html)
    assert guest_cart(client) == {a.id: 1, b.id: 1}


def test_a_price_change_is_shown_and_the_new_price_counts(client, database, english):
    variant = factories.product(prices=(50_000,), stock=10).variants[0]
    add(client, variant.id, 2)

    variant.price = 65_000
    db.session.flush()
    html = page(client)

    assert "Price changed since you added it: was 50.000\xa0₫, now 65.000\xa0₫." in html
    assert "130.000\xa0₫" in html


def test_stock_that_ran_out_or_dropped_is_flagged(client, database, english):
    gone, low, fine = factories.product(prices=(10_000, 20_000, 30_000), stock=10).variants
    add(client, gone.id, 3)
    add(client, low.id, 5)
    add(client, fine.id, 1)

    gone.stock, low.stock = 0, 2
    db.session.flush()
    html = page(client)

    assert "Out of stock" in html
    assert "Only 2 left · you chose 5" in html
    assert f'name="qty-{gone.id}"' not in html  # only a remove button for it
    assert re.search(rf'name="qty-{low.id}"[^>]*value="2"', html)
    assert "70.000\xa0₫" in html  # 2 x 20.000 + 1 x 30.000: what can still be bought
    assert "Some lines need your attention before checkout." in html

    # The update posts the shown quantities: the cart now fits the stock.
    assert update(client, {low.id: 2, fine.id: 1}).status_code == 303
    assert guest_cart(client) == {gone.id: 3, low.id: 2, fine.id: 1}


def test_a_product_taken_off_sale_is_flagged(client, database, english):
    product = factories.product(prices=(10_000,))
    add(client, product.variants[0].id, 1)

    product.status = ProductStatus.HIDDEN
    db.session.flush()

    assert "No longer sold. Please remove it from your cart." in page(client)
    assert update(client, {product.variants[0].id: 2}).status_code == 400


def test_a_buyers_cart_is_kept_in_the_database(client, database, english):
    user = factories.user()
    web.login(client, user)
    variant = factories.product(prices=(10_000,), stock=10).variants[0]

    add(client, variant.id, 2)
    add(client, variant.id, 1)
    assert account_cart(user) == {variant.id: 3}
    assert guest_cart(client) == {}
    assert badge(page(client)) == "3"

    update(client, {variant.id: 4})
    assert account_cart(user) == {variant.id: 4}
    remove(client, variant.id)
    assert account_cart(user) == {}


def test_the_guest_cart_joins_the_account_cart_at_login(client, database, auth):
    user = auth.new_user()
    both = factories.product(prices=(10_000,), stock=5).variants[0]
    guest_only = factories.product(prices=(20_000,), stock=5).variants[0]
    bulk = factories.product(prices=(1_000,), stock=500).variants[0]
    withdrawn = factories.product(prices=(30_000,), stock=5)
    db.session.add_all(
        [
            CartItem(user_id=user.id, variant_id=both.id, quantity=4, price_when_added=9_000),
            CartItem(user_id=user.id, variant_id=bulk.id, quantity=60, price_when_added=1_000),
        ]
    )
    db.session.flush()
    add(client, both.id, 3)
    add(client, guest_only.id, 2)
    add(client, bulk.id, 50)
    add(client, withdrawn.variants[0].id, 1)
    withdrawn.status = ProductStatus.HIDDEN
    db.session.flush()

    assert auth.login(user).status_code == 302

    assert account_cart(user) == {both.id: 5, guest_only.id: 2, bulk.id: MAX_QUANTITY}
    assert guest_cart(client) == {}
    html = page(client)
    assert badge(html) == "99+"  # the screen-reader label has the exact number
    assert re.search(rf'class="visually-hidden">[^<]*\b{5 + 2 + MAX_QUANTITY}\b', html)
    english = page(client, "/cart?lang=en")
    assert "was 9.000\xa0₫, now 10.000\xa0₫" in english  # the account line keeps its old price


def test_the_header_shows_the_number_of_units(client, database):
    a, b = factories.product(prices=(10_000, 20_000), stock=10).variants
    assert badge(page(client, "/")) is None
    assert 'href="/cart"' in page(client, "/")

    add(client, a.id, 2)
    add(client, b.id, 3)

    assert badge(page(client, "/")) == "5"
    assert badge(page(client, "/products")) == "5"


def test_a_guests_count_costs_no_query(client, database, count_queries):
    variant = factories.product(prices=(10_000,), stock=10).variants[0]
    with count_queries() as empty:
        page(client, "/producers")
    add(client, variant.id, 2)
    with count_queries() as full:
        html = page(client, "/producers")
    assert badge(html) == "2"
    assert len(full) == len(empty)


@pytest.mark.parametrize("visitor", ["guest", "buyer"])
def test_cart_page_query_count_is_fixed(client, database, count_queries, visitor):
    if visitor == "buyer":
        web.login(client, factories.user())
    makers = [factories.producer() for _ in range(3)]
    first = factories.product(producer_=makers[0], prices=(10_000,), images=2)
    add(client, first.variants[0].id, 1)
    with count_queries() as few:
        page(client)

    for n in range(4):
        product = factories.product(producer_=makers[n % 3], prices=(1_000, 2_000), images=3)
        for variant in product.variants[: 2 if n < 3 else 1]:
            add(client, variant.id, 1)
    html = page(client)
    assert len(re.findall(r'<li class="cart-line', html)) == 8
    assert html.count('class="cart-group"') == 3
    with count_queries() as many:
        page(client)

    assert len(few) == len(many)
    assert len(many) <= 6


def test_checkout_button_only_when_the_checkout_exists(app, client, database, english):
    add(client, factories.product().variants[0].id, 1)
    html = page(client)
    with app.test_request_context():
        try:
            checkout = url_for("payments.checkout")
        except BuildError:
            checkout = None
    if checkout:
        assert f'href="{checkout}"' in html and ">Checkout<" in html
    else:
        assert ">Checkout<" not in html


def test_product_page_has_the_add_to_cart_form(client, database, english):
    product = factories.product(prices=(10_000, 20_000), stock=3)
    product.variants[0].stock = 0
    db.session.flush()
    html = page(client, f"/products/{product.slug}")

    assert 'action="/cart/add"' in html
    assert re.search(rf'value="{product.variants[0].id}"[^>]*disabled', html)
    assert re.search(rf'value="{product.variants[1].id}"[^>]*checked', html)
    assert 'name="quantity"' in html and 'max="3"' in html
    assert ">Add to cart<" in html and 'class="buy-bar"' in html

    sold_out = factories.product(prices=(10_000,), stock=0)
    html = page(client, f"/products/{sold_out.slug}")
    assert ">Add to cart<" not in html and 'class="buy-bar"' not in html
    assert 'class="sold-out"' in html


def test_service_groups_lines_by_producer_in_a_stable_order(app, database):
    zeta = factories.producer(name="Zeta HTX")
    alpha = factories.producer(name="Alpha HTX")
    z = factories.product(producer_=zeta, prices=(10_000,), stock=10).variants[0]
    a1, a2 = factories.product(producer_=alpha, prices=(5_000, 7_000), stock=10).variants

    with app.test_request_context():
        cart = current_cart()
        cart.add(z.id, 1)
        cart.add(a2.id, 2)
        cart.add(a1.id, "3")
        groups = cart.groups()
        assert [g.producer.name for g in groups] == ["Alpha HTX", "Zeta HTX"]
        assert [line.variant.id for line in groups[0].lines] == [a1.id, a2.id]
        assert [g.subtotal for g in groups] == [29_000, 10_000]
        assert cart.count() == 6

        cart.set_quantity(a1.id, 0)
        assert cart.count() == 3
        with pytest.raises(CartError):
            cart.set_quantity(a1.id, 1)  # no longer in the cart
        cart.clear()
        assert cart.lines() == [] and cart.count() == 0
