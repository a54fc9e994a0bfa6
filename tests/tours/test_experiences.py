"""A community-tourism product is an experience, booked on a date of its producer's tour and
never shipped: its page and card show the tour's dates and a "Book" link, the cart and the
checkout refuse it (however it is posted), so shipping is never charged on it."""

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders.checkout import place_order
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.models import CartItem, Order, PaymentMethod
from tests import factories
from tests.tours import builders
from tests.web import csrf_token, input_value, login, post


@pytest.fixture
def experience(database):
    """A lotus-field day of a producer, booked on that producer's tour with two dates."""
    producer = factories.producer(name="HTX Ngó Sen", phone="0277 3851 234")
    tour = builders.tour(producer, adult_price=350_000, child_price=200_000)
    soon = builders.departure(tour, starts_at=utcnow() + timedelta(days=3), capacity=12)
    full = builders.departure(
        tour, starts_at=utcnow() + timedelta(days=10), capacity=12, seats_taken=12
    )
    product = factories.product(producer_=producer, category="community-tourism",
                                prices=(350_000, 200_000), stock=20, tour_id=tour.id)  # fmt: skip
    return product, tour, soon, full


def _in_cart(client) -> dict:
    with client.session_transaction() as session:
        return dict(session.get("cart", {}))


def test_its_page_offers_the_tours_dates_and_no_add_to_cart(client, experience):
    product, tour, soon, full = experience

    html = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)

    assert 'action="/cart/add"' not in html and "Add to cart" not in html
    assert f'href="/tours/{tour.slug}/book?departure={soon.id}"' in html
    assert f'href="/tours/{tour.slug}/book?departure={full.id}#waitlist"' in html
    assert "Nothing is shipped" in html and "350.000" in html and "200.000" in html
    assert f'href="/tours/{tour.slug}"' in html


def test_without_a_public_tour_it_is_shown_but_booked_by_phone(client, experience):
    product, tour, _soon, _full = experience
    tour.published = False
    db.session.flush()

    html = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)

    assert 'action="/cart/add"' not in html and "/book?departure=" not in html
    assert 'href="tel:02773851234"' in html and "Call 0277 3851 234" in html


def test_a_tour_of_another_producer_is_never_offered(client, experience):
    product, _tour, _soon, _full = experience
    elsewhere = builders.tour()
    builders.departure(elsewhere)
    product.tour_id = elsewhere.id
    db.session.flush()

    html = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)

    assert f"/tours/{elsewhere.slug}" not in html and "tel:" in html


def test_cards_show_the_next_date_in_one_query_per_page(client, experience, count_queries):
    product, tour, _soon, _full = experience
    for _ in range(3):  # more experiences on the page cost no more queries
        factories.product(producer_=product.producer, category="destinations", tour_id=tour.id)

    with count_queries() as queries:
        html = client.get("/products?group=tourism&lang=en").get_data(as_text=True)

    assert html.count("Book a date · next") == 4
    assert sum("departure" in q and "min(" in q.lower() for q in queries) == 1


def test_the_cart_refuses_it_however_it_is_posted(client, experience):
    product, _tour, _soon, _full = experience
    variant = product.variants[0]
    data = {"variant_id": str(variant.id), "quantity": "1"}

    refused = post(client, "/cart/add?lang=en", data, token_from="/account/login")
    as_json = client.post("/cart/add", json=data, headers={"X-CSRFToken": csrf_token(client)})

    assert refused.status_code == 400 and "never shipped" in refused.get_data(as_text=True)
    assert as_json.status_code == 415  # no form of ours reads JSON (issue 9)
    assert _in_cart(client) == {}
    buyer = factories.user()
    login(client, buyer)
    assert post(client, "/cart/add", data, token_from="/account").status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(CartItem.id))) == 0


def test_an_experience_already_in_a_cart_is_flagged_and_not_checked_out(client, experience):
    product, _tour, _soon, _full = experience
    variant = product.variants[0]
    with client.session_transaction() as session:  # added before experiences were refused
        session["cart"] = {str(variant.id): [2, variant.price]}

    cart = client.get("/cart?lang=en").get_data(as_text=True)
    checkout = client.get("/checkout?lang=en").get_data(as_text=True)
    response = client.post("/checkout?lang=en", data={
        "csrf_token": input_value(checkout, "csrf_token"), "phone": "0912345678",
        "name": "Mua", "province": "82", "ward": "29905", "address": "Ấp 1", "method": "cod",
        "idempotency_key": input_value(checkout, "idempotency_key"),
        "total_seen": input_value(checkout, "total_seen"),
    })  # fmt: skip

    assert "booked for a date on its page and never shipped" in cart
    assert re.search(rf'name="qty-{variant.id}"', cart) is None  # nothing to buy on that line
    assert response.status_code == 400
    assert "is an experience: book it for a date on its page" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Order.id))) == 0


def test_place_order_refuses_an_experience_with_other_goods(app, experience):
    product, _tour, _soon, _full = experience
    goods = factories.product(stock=5)
    contact = Contact("Mua", "0912345678", "", 82, 29905, "Ấp 1")
    lines = [(goods.variants[0].id, 1), (product.variants[0].id, 1)]
    with app.test_request_context("/?lang=en"), pytest.raises(CheckoutError, match="experience"):
        place_order(lines=lines, contact=contact, method=PaymentMethod.COD, idempotency_key="x-1")
