"""An idempotency key belongs to the visitor who got the form: a key copied from another
buyer's page places the copier's own order and never reveals the first buyer's."""

import re

import sqlalchemy as sa

from storefront.extensions import db
from storefront.orders.models import Order
from tests import factories
from tests.tours import builders
from tests.web import csrf_token, login, post, quoted_total


def hidden_fields(page: str) -> dict[str, str]:
    """Every hidden input of the page's forms (CSRF token, idempotency key, ...)."""
    fields = {}
    for tag in re.findall(r"<input[^>]*>", page):
        if 'type="hidden"' in tag and (name := re.search(r'name="([^"]+)"', tag)):
            value = re.search(r'value="([^"]*)"', tag)
            fields.setdefault(name[1], value[1] if value else "")
    return fields


def order_number(response) -> str:
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return re.search(r"/orders/(DT-\d{6}-\w{6})", response.headers["Location"])[1]


def orders_count() -> int:
    return db.session.scalar(sa.select(sa.func.count(Order.id)))


CHECKOUT = {
    "phone": "0912 345 678",
    "name": "Phạm Thị Khách",
    "email": "khach@example.vn",
    "province": "82",
    "ward": "29905",
    "address": "12 Hùng Vương",
    "method": "cod",
}


def checkout(client, variant, key: str | None = None):
    """Fill the cart and post the checkout form, with its own key or `key` copied elsewhere."""
    post(client, "/cart/add", {"variant_id": variant.id, "quantity": 1},
         token_from=f"/products/{variant.product.slug}")  # fmt: skip
    data = {**hidden_fields(client.get("/checkout").get_data(as_text=True)), **CHECKOUT}
    if key is not None:
        data["idempotency_key"] = key
    return client.post("/checkout", data=data), data["idempotency_key"]


def test_a_copied_checkout_key_places_a_new_order_for_guests(app, client, database):
    variant = factories.product(prices=(120_000,)).variants[0]
    first, key = checkout(client, variant)
    mine = order_number(first)

    copier = app.test_client()
    response, _key = checkout(copier, variant, key=key)
    theirs = order_number(response)
    assert theirs != mine and mine not in response.headers["Location"]
    assert orders_count() == 2
    assert mine not in copier.get(response.headers["Location"]).get_data(as_text=True)


def test_a_copied_checkout_key_places_a_new_order_between_accounts(app, client, database):
    variant = factories.product(prices=(120_000,)).variants[0]
    login(client, factories.user())
    response, key = checkout(client, variant)
    mine = order_number(response)

    copier = app.test_client()
    login(copier, factories.user())
    response, _key = checkout(copier, variant, key=key)
    assert order_number(response) != mine
    response, _key = checkout(client, variant, key=key)  # the owner's own second click
    assert order_number(response) == mine
    assert orders_count() == 2


def test_a_double_submit_still_returns_the_same_order(app, client, database):
    variant = factories.product(prices=(120_000,)).variants[0]
    post(client, "/cart/add", {"variant_id": variant.id, "quantity": 1},
         token_from=f"/products/{variant.product.slug}")  # fmt: skip
    data = {**hidden_fields(client.get("/checkout").get_data(as_text=True)), **CHECKOUT}
    first = order_number(client.post("/checkout", data=data))
    post(client, "/cart/add", {"variant_id": variant.id, "quantity": 1},
         token_from=f"/products/{variant.product.slug}")  # fmt: skip
    again = client.post("/checkout", data=data)
    assert order_number(again) == first
    assert orders_count() == 1


BOOKING = {"adults": "1", "children": "0", "phone": "0912345678", "name": "Lê Hoa",
           "email": "hoa@example.vn", "method": "bank_transfer"}  # fmt: skip


def book(client, departure, key: str | None = None):
    url = f"/tours/{departure.tour.slug}/book?departure={departure.id}"
    data = {**hidden_fields(client.get(url).get_data(as_text=True)), **BOOKING}
    # the total the form's script shows for this party (the page is priced for two adults)
    quote = client.get(url.replace("/book?", "/book/quote?") + "&adults=1&children=0")
    data["total_seen"] = quoted_total(quote.get_data(as_text=True))
    if key is not None:
        data["idempotency_key"] = key
    return client.post(url, data=data), data["idempotency_key"]


def test_a_copied_booking_key_books_for_the_copier(app, client, database):
    departure = builders.departure(builders.tour(), capacity=10)
    response, key = book(client, departure)
    mine = order_number(response)
    assert order_number(book(client, departure, key=key)[0]) == mine  # a double click

    copier = app.test_client()
    response, _key = book(copier, departure, key=key)
    assert order_number(response) != mine
    db.session.refresh(departure)
    assert departure.seats_taken == 2


ADOPTION = {"plate_name": "Gia đình Bảo", "phone": "0912 345 678", "name": "Phạm Bảo",
            "email": "bao@example.vn", "province": "82", "ward": str(builders.MY_THO),
            "address": "Ấp 3", "method": "bank_transfer"}  # fmt: skip


def adopt(client, tree, key: str | None = None):
    url = f"/mango-trees/{tree.code}/adopt"
    page = client.get(url).get_data(as_text=True)  # a taken tree's page has no form
    data = {"csrf_token": csrf_token(client, "/account"), **hidden_fields(page), **ADOPTION}
    if key is not None:
        data["idempotency_key"] = key
    return client.post(url, data=data), data["idempotency_key"]


def test_a_copied_adoption_key_never_reveals_the_first_adoption(app, client, database):
    grove = builders.orchard()
    builders.plan(grove)
    first_tree, second_tree = builders.tree(grove), builders.tree(grove)
    login(client, factories.user())
    response, key = adopt(client, first_tree)
    mine = order_number(response)

    copier = app.test_client()
    login(copier, factories.user())
    same_tree, _key = adopt(copier, first_tree, key=key)
    assert same_tree.status_code == 409  # that tree is taken: refused, not revealed
    assert mine not in same_tree.get_data(as_text=True)
    other_tree, _key = adopt(copier, second_tree, key=key)
    assert order_number(other_tree) != mine
