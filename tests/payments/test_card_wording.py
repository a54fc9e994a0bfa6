"""Pages and e-mails name card payment only when a card method is configured
(STRIPE_SECRET_KEY set); otherwise they promise bank transfer (and COD for goods) only."""

import re
from html.parser import HTMLParser

import pytest
from flask import render_template

from storefront.adoptions import adopting as adoptions
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.models import PaymentMethod
from storefront.tours import bookings
from tests import factories
from tests.orders.builders import make_order
from tests.tours import builders
from tests.web import login, post

CARD = {"en": re.compile(r"\bcards?\b", re.I), "vi": re.compile(r"\bthẻ\b", re.I)}


class _Text(HTMLParser):
    """The text a visitor reads: no tags, attributes, scripts or styles."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@pytest.fixture(params=[False, True], ids=["card-off", "card-on"])
def card(request, app, monkeypatch):
    monkeypatch.setitem(app.config, "STRIPE_SECRET_KEY", "sk_test_fake" if request.param else "")
    return request.param


@pytest.fixture
def pages(client, database):
    """The public pages that say how tours, trees and goods are paid, for a logged-in buyer
    with a product in the cart."""
    tour = builders.tour()
    departure = builders.departure(tour)
    tree = builders.offered_tree()
    product = factories.product(stock=5)
    buyer = factories.user()
    login(client, buyer)
    post(client, "/cart/add", {"variant_id": product.variants[0].id, "quantity": 1},
         token_from=f"/products/{product.slug}")  # fmt: skip
    return [
        f"/tours/{tour.slug}",
        f"/tours/{tour.slug}/book?departure={departure.id}",
        f"/mango-trees/{tree.code}",
        f"/mango-trees/{tree.code}/adopt",
        "/checkout",
    ]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_pages_mention_card_payment_only_when_it_is_offered(client, pages, card, lang):
    for url in pages:
        response = client.get(f"{url}{'&' if '?' in url else '?'}lang={lang}")
        assert response.status_code == 200, url
        text = visible_text(response.get_data(as_text=True))
        assert bool(CARD[lang].search(text)) == card, (url, CARD[lang].findall(text))
        assert "transfer" in text.lower() or "chuyển khoản" in text.lower(), url


@pytest.mark.parametrize("method", [PaymentMethod.BANK_TRANSFER, PaymentMethod.COD])
def test_a_cancelled_order_mail_names_only_the_way_it_was_paid(app, database, card, method):
    order = make_order(method=method)
    with app.test_request_context("/?lang=en"):
        body = render_template("mail/orders/cancelled_body.txt", order=order)
    assert not CARD["en"].search(body)
    assert ("sent back to you" in body) == (method == PaymentMethod.BANK_TRANSFER)


def test_a_cancelled_booking_mail_tells_how_the_refund_comes(app, database, card):
    departure = builders.departure(builders.tour())
    guest = Contact("Lê Hoa", "0912345678", "hoa@example.vn", 0, 0, "")
    with app.test_request_context("/?lang=en"):
        bodies = {}
        for method in (PaymentMethod.BANK_TRANSFER, PaymentMethod.CARD):
            order = bookings.book(departure_id=departure.id, adults=1, children=0, contact=guest,
                                  method=method, idempotency_key=method.value)  # fmt: skip
            bodies[method] = render_template(
                "mail/tours/booking_cancelled_body.txt",
                booking=bookings.booking_of(order),
                refund=order.total,
                by_operator=False,
            )
    transfer, by_card = bodies[PaymentMethod.BANK_TRANSFER], bodies[PaymentMethod.CARD]
    assert not CARD["en"].search(transfer) and "by bank transfer" in transfer
    assert CARD["en"].search(by_card)


def test_cash_on_delivery_refusals_name_only_the_methods_offered(app, database, card):
    departure = builders.departure(builders.tour())
    tree = builders.offered_tree()
    guest = Contact("Lê Hoa", "0912345678", "hoa@example.vn", 82, builders.MY_THO, "Ấp 3")
    with app.test_request_context("/?lang=en"):
        with pytest.raises(CheckoutError) as booking:
            bookings.book(departure_id=departure.id, adults=1, children=0, contact=guest,
                          method=PaymentMethod.COD, idempotency_key="cod-1")  # fmt: skip
        with pytest.raises(CheckoutError) as adoption:
            adoptions.adopt(code=tree.code, plate_name="An", contact=guest,
                            method=PaymentMethod.COD, idempotency_key="cod-2",
                            user=factories.user())  # fmt: skip
        refusals = [str(booking.value), str(adoption.value)]
    for refusal in refusals:
        assert "bank transfer" in refusal
        assert bool(CARD["en"].search(refusal)) == card
