"""Real commits on a fresh database: copies of one event racing in, and the fake's pay button."""

import http.client
import threading
import urllib.error
import urllib.request

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.orders.models import Order, OrderEvent, OrderStatus, PaymentStatus, ProcessedWebhook
from tests.conftest import LiveServer, build_app
from tests.fakestripe import FakeStripe, event, sign
from tests.payments.helpers import WEBHOOK_SECRET, card_order, open_session, session_of

COPIES = 4


@pytest.fixture(scope="module")
def committed_app(make_database_url, tmp_path_factory):
    """An app whose requests really commit, on a database of its own."""
    return build_app(
        make_database_url("payments_race"),
        tmp_path_factory.mktemp("payments_race"),
        STRIPE_SECRET_KEY="sk_test_fake",
        STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )


@pytest.fixture(scope="module")
def server(committed_app):
    with LiveServer(committed_app) as live:
        yield live


def new_order(app) -> tuple[int, dict]:
    with app.app_context():
        order = card_order()
        session = session_of(order)
        db.session.commit()
        return order.id, session


def send(url: str, body: bytes) -> tuple[int, bytes]:
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Stripe-Signature": sign(body, WEBHOOK_SECRET),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.parametrize("round_", range(3))
def test_copies_arriving_together_are_applied_once(committed_app, server, round_):
    order_id, session = new_order(committed_app)
    body = event("checkout.session.completed", session, f"evt_race_{round_}")
    url = f"{server.url}/payments/stripe/webhook"
    start = threading.Barrier(COPIES)
    results: list[tuple[int, bytes]] = []

    def deliver():
        start.wait()
        results.append(send(url, body))

    threads = [threading.Thread(target=deliver) for _ in range(COPIES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(status for status, _body in results) == [200] * COPIES
    outcomes = sorted(b'"outcome":"paid"' in text for _status, text in results)
    assert outcomes == [False] * (COPIES - 1) + [True]
    assert sum(b'"outcome":"duplicate"' in text for _status, text in results) == COPIES - 1
    with committed_app.app_context():
        order = db.session.get(Order, order_id)
        assert order.status == OrderStatus.CONFIRMED
        assert order.payment.status == PaymentStatus.PAID
        payment_events = db.session.scalars(
            sa.select(OrderEvent).filter_by(order_id=order_id, subject="payment")
        ).all()
        assert [(e.from_state, e.to_state) for e in payment_events] == [("pending", "paid")]
        records = db.session.scalars(
            sa.select(ProcessedWebhook).filter_by(event_id=f"evt_race_{round_}")
        ).all()
        assert [r.outcome for r in records] == ["paid"]


def test_pay_button_of_the_fake_confirms_the_order(committed_app, server):
    """The loop the browser tests rely on: session, pay page, signed webhook, redirect."""
    webhook_url = f"{server.url}/payments/stripe/webhook"
    with FakeStripe(webhook_url=webhook_url, webhook_secret=WEBHOOK_SECRET) as fake:
        committed_app.config["STRIPE_API_BASE"] = fake.url
        try:
            with committed_app.app_context():
                order = card_order()
                session_id, url = open_session(
                    order, success_url=f"{server.url}/?paid=1", cancel_url=f"{server.url}/"
                )
                order.payment.provider_reference = session_id
                db.session.commit()
                order_id = order.id
        finally:
            committed_app.config["STRIPE_API_BASE"] = None

        assert "Pay" in urllib.request.urlopen(url, timeout=10).read().decode()
        connection = http.client.HTTPConnection("127.0.0.1", fake.server.server_port, timeout=30)
        connection.request("POST", f"/pay/{session_id}")
        response = connection.getresponse()
        assert response.status == 303
        assert response.getheader("Location") == f"{server.url}/?paid=1"
        assert fake.deliveries == [("checkout.session.completed", 200)]

    with committed_app.app_context():
        order = db.session.get(Order, order_id)
        assert order.status == OrderStatus.CONFIRMED
        assert order.payment.status == PaymentStatus.PAID
