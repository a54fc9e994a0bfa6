"""Paying by card through the real pages, on a committed database, with the real stripe SDK
against tests/fakestripe.py: no transaction stays open while Stripe answers, copies of one
card form reach one session and never cancel the order, and an order left without a session
can still be paid (or is released when its card hold runs out)."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import checkout
from storefront.orders.contact import Contact
from storefront.orders.links import order_url
from storefront.orders.models import Order, OrderStatus, PaymentMethod, PaymentStatus
from tests import factories
from tests.conftest import LiveServer, build_app
from tests.fakestripe import FakeStripe
from tests.gunicorn import Buyer
from tests.payments.helpers import WEBHOOK_SECRET
from tests.web import hidden_fields

CONTACT = {
    "phone": "0912 345 678", "name": "Phạm Thị Khách", "email": "khach@example.vn",
    "province": "82", "ward": "29905", "address": "12 Hùng Vương",
}  # fmt: skip


@pytest.fixture
def shop(make_database_url, tmp_path, request):
    """A committed shop taking cards through the fake, served by a threaded live server."""
    app = build_app(
        make_database_url(request.node.name[5:40]),
        tmp_path,
        STRIPE_SECRET_KEY="sk_test_fake",
        STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    with app.app_context():
        product = factories.product(prices=(120_000,), stock=20)
        variant_id, slug = product.variants[0].id, product.slug
        db.session.commit()
        db.session.remove()
    with FakeStripe(webhook_secret=WEBHOOK_SECRET) as fake, LiveServer(app) as server:
        app.config["STRIPE_API_BASE"] = fake.url
        yield app, server, fake, variant_id, slug


def _buyer_at_checkout(server, slug, variant_id, method="card") -> tuple[Buyer, dict]:
    """A buyer with one product in the cart and the checkout form filled in."""
    buyer = Buyer(server.url)
    _status, page = buyer.request(f"/products/{slug}")
    token = hidden_fields(page)["csrf_token"]
    buyer.request("/cart/add", {"csrf_token": token, "variant_id": variant_id, "quantity": 1})
    _status, page = buyer.request("/checkout")
    return buyer, {**hidden_fields(page), **CONTACT, "method": method}


def _the_order(app) -> Order:
    with app.app_context():
        order = db.session.scalars(sa.select(Order).order_by(Order.id)).first()
        db.session.expunge_all()
        db.session.remove()
    return order


def _payment(app, order_id):
    with app.app_context():
        order = db.session.get(Order, order_id)
        state = (order.status, order.payment.status, order.payment.provider_reference)
        db.session.remove()
    return state


def test_another_order_committed_during_the_stripe_call_is_no_error(shop):
    app, server, fake, variant_id, slug = shop
    buyer, form = _buyer_at_checkout(server, slug, variant_id)
    other, cash = _buyer_at_checkout(server, slug, variant_id, method="cod")
    fake.gate = threading.Event()

    with ThreadPoolExecutor(1) as pool:
        paying = pool.submit(buyer.send, "/checkout", form)
        assert fake.held.acquire(timeout=60)  # the card order waits for Stripe's answer
        assert other.send("/checkout", cash)[0] == 302  # meanwhile another order commits
        fake.gate.set()
        status, body, location = paying.result()

    assert status == 303, body[:500]
    [session_id] = fake.sessions
    assert location == f"{fake.url}/pay/{session_id}"
    order = _the_order(app)
    assert _payment(app, order.id) == (
        OrderStatus.AWAITING_PAYMENT,
        PaymentStatus.PENDING,
        session_id,
    )


def test_a_card_form_sent_twice_while_stripe_works_keeps_the_order(shop):
    app, server, fake, variant_id, slug = shop
    buyer, form = _buyer_at_checkout(server, slug, variant_id)
    fake.gate = threading.Event()

    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(buyer.send, "/checkout", form)
        assert fake.held.acquire(timeout=60)  # the first copy is at Stripe
        second = buyer.send("/checkout", form)  # Stripe: 409, the key is in progress
        fake.gate.set()
        status, _body, location = first.result()

    order = _the_order(app)
    assert second[0] == 302 and f"/orders/{order.number}" in second[2]
    assert status == 303
    [session_id] = fake.sessions
    assert location == f"{fake.url}/pay/{session_id}"
    assert _payment(app, order.id) == (
        OrderStatus.AWAITING_PAYMENT,
        PaymentStatus.PENDING,
        session_id,
    )
    # the page the second copy showed offers the same session
    _status, page = buyer.request(second[2].removeprefix(server.url))
    assert "Pay by card" in page and 'http-equiv="refresh"' not in page
    pay = hidden_fields(page)
    assert buyer.send(f"/orders/{order.number}/pay", pay)[2] == location


def test_a_copy_a_second_later_gets_the_same_session(shop):
    app, server, fake, variant_id, slug = shop
    buyer, form = _buyer_at_checkout(server, slug, variant_id)
    fake.answer_gate = threading.Event()

    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(buyer.send, "/checkout", form)
        assert fake.answered.acquire(timeout=60)  # Stripe made the session; not stored yet
        time.sleep(1.1)  # the second copy comes a second later (expires_at is in seconds)
        second = buyer.send("/checkout", form)  # the same request: Stripe's saved answer
        fake.answer_gate.set()
        results = [first.result(), second]

    [session_id] = fake.sessions
    assert [(s, location) for s, _body, location in results] == [
        (303, f"{fake.url}/pay/{session_id}")
    ] * 2
    order = _the_order(app)
    assert _payment(app, order.id)[0] == OrderStatus.AWAITING_PAYMENT


def test_an_order_left_without_a_session_can_be_paid_then_is_released(shop):
    app, server, fake, variant_id, _slug = shop
    with app.test_request_context("/"):
        order = checkout.place_order(  # committed, then the worker died before Stripe
            lines=[(variant_id, 2)],
            contact=Contact("Khách", "0912345678", "k@example.vn", 82, 29905, "Ấp 1"),
            method=PaymentMethod.CARD,
            idempotency_key="left-alone",
        )
        db.session.commit()
        link, number = order_url(order), order.number
        hold = order.pay_by - order.created_at  # the card hold, not a transfer's 24 hours
        assert timedelta(minutes=59) < hold <= timedelta(minutes=60)
        db.session.remove()
    buyer = Buyer(server.url)

    _status, page = buyer.request(link)
    assert "Pay by card" in page and 'http-equiv="refresh"' not in page
    status, _body, location = buyer.send(f"/orders/{number}/pay", hidden_fields(page))
    assert status == 303 and location.startswith(f"{fake.url}/pay/cs_test_")
    status, _body, again = buyer.send(f"/orders/{number}/pay", hidden_fields(page))
    assert (status, again) == (303, location) and len(fake.created()) == 1

    with app.app_context():
        stored = db.session.scalar(sa.select(Order).where(Order.number == number))
        stored.pay_by = utcnow() - timedelta(minutes=1)
        db.session.commit()
        db.session.remove()
    _status, page = buyer.request(link)
    assert "Pay by card" not in page and 'http-equiv="refresh"' not in page
    result = app.test_cli_runner().invoke(args=["expire-orders"])
    assert f"1 unpaid orders expired: {number}" in result.output
    _status, page = buyer.request(link)
    assert "Expired" in page


def test_back_from_stripe_the_page_waits_for_the_payment_until_its_time_runs_out(shop):
    app, server, _fake, variant_id, _slug = shop
    with app.test_request_context("/"):
        order = checkout.place_order(
            lines=[(variant_id, 1)],
            contact=Contact("Khách", "0912345678", "k@example.vn", 82, 29905, "Ấp 1"),
            method=PaymentMethod.CARD,
            idempotency_key="back",
        )
        db.session.commit()
        link = order_url(order, paid=1)
        db.session.remove()

    _status, page = Buyer(server.url).request(link)
    assert 'http-equiv="refresh"' in page and "Pay by card" not in page

    with app.app_context():
        db.session.scalar(sa.select(Order)).pay_by = utcnow() - timedelta(seconds=1)
        db.session.commit()
        db.session.remove()
    _status, page = Buyer(server.url).request(link)
    assert 'http-equiv="refresh"' not in page  # never a page that waits forever


def test_an_outage_on_a_retry_keeps_the_order(shop):
    app, server, fake, variant_id, _slug = shop
    with app.test_request_context("/"):
        order = checkout.place_order(
            lines=[(variant_id, 1)],
            contact=Contact("Khách", "0912345678", "k@example.vn", 82, 29905, "Ấp 1"),
            method=PaymentMethod.CARD,
            idempotency_key="outage",
        )
        db.session.commit()
        link, number, order_id = order_url(order), order.number, order.id
        db.session.remove()
    buyer = Buyer(server.url)
    _status, page = buyer.request(link)
    app.config["STRIPE_API_BASE"] = "http://127.0.0.1:9"  # nothing answers there

    status, _body, location = buyer.send(f"/orders/{number}/pay", hidden_fields(page))
    app.config["STRIPE_API_BASE"] = fake.url

    assert status == 302 and f"/orders/{number}" in location
    assert _payment(app, order_id) == (OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING, "")
    _status, page = buyer.request(location.removeprefix(server.url))
    assert "not available right now" in page and "Pay by card" in page
