"""The real stripe SDK against the local fake: what we send to Stripe, and what we accept back."""

import http.client
import json
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest

from storefront.payments import stripe_gateway
from storefront.payments.stripe_gateway import GatewayError, WebhookError
from tests.fakestripe import event, sign
from tests.payments.helpers import WEBHOOK_SECRET, card_order, open_session, session_of


def test_card_option_needs_a_secret_key(app, monkeypatch):
    monkeypatch.setitem(app.config, "STRIPE_SECRET_KEY", "")
    assert not stripe_gateway.stripe_enabled(app)
    monkeypatch.setitem(app.config, "STRIPE_SECRET_KEY", "sk_test_fake")
    assert stripe_gateway.stripe_enabled(app)
    with app.app_context():
        assert stripe_gateway.stripe_enabled()


def test_session_sends_whole_dong_lines_and_shipping(database, stripe_settings):
    order = card_order(locale="en")
    session_id, url = open_session(
        order, success_url="https://shop.test/ok", cancel_url="https://shop.test/back"
    )

    [sent] = stripe_settings.created()
    params = sent.params
    assert params["mode"] == "payment"
    assert params["currency"] == "vnd"
    first, second = order.items
    assert params["line_items"] == [
        {
            "price_data": {
                "currency": "vnd",
                "product_data": {"name": f"{first.product_name} – {first.variant_label}"},
                "unit_amount": "50000",  # zero-decimal: đồng, not hundredths
            },
            "quantity": "2",
        },
        {
            "price_data": {
                "currency": "vnd",
                "product_data": {"name": f"{second.product_name} – {second.variant_label}"},
                "unit_amount": "90000",
            },
            "quantity": "1",
        },
        {
            "price_data": {
                "currency": "vnd",
                "product_data": {"name": f"Shipping: {order.fulfilments[0].producer_name}"},
                "unit_amount": "30000",
            },
            "quantity": "1",
        },
        {
            "price_data": {
                "currency": "vnd",
                "product_data": {"name": f"Shipping: {order.fulfilments[1].producer_name}"},
                "unit_amount": "25000",
            },
            "quantity": "1",
        },
    ]
    assert params["client_reference_id"] == order.number
    assert params["metadata"] == {"order_number": order.number}
    assert params["customer_email"] == "khach@example.vn"
    assert params["success_url"] == "https://shop.test/ok"
    assert params["cancel_url"] == "https://shop.test/back"
    assert params["locale"] == "en"
    assert 30 * 60 < int(params["expires_at"]) - time.time() <= 24 * 3600
    assert sent.headers["Idempotency-Key"] == f"checkout-{order.number}"
    assert sent.headers["Authorization"] == "Bearer sk_test_fake"

    session = stripe_settings.sessions[session_id]
    assert session["amount_total"] == order.total == 245_000
    assert url == f"{stripe_settings.url}/pay/{session_id}"


def test_same_order_twice_gives_the_same_session(database, stripe_settings):
    order = card_order()
    urls = {"success_url": "https://shop.test/ok", "cancel_url": "https://shop.test/back"}
    first = open_session(order, **urls)
    assert open_session(order, **urls) == first
    assert len(stripe_settings.sessions) == 1


def test_one_shipping_line_when_fees_do_not_add_up(database, stripe_settings):
    order = card_order(email="")
    order.shipping_total += 5_000
    order.total += 5_000
    open_session(order, success_url="https://a", cancel_url="https://b")
    [sent] = stripe_settings.created()
    shipping = sent.params["line_items"][2:]
    assert len(shipping) == 1
    assert shipping[0]["price_data"]["unit_amount"] == "60000"
    assert "customer_email" not in sent.params


def test_an_order_partly_paid_with_store_credit_sends_one_line_for_the_rest(
    app, database, stripe_settings
):
    order = card_order(locale="en")
    order.credit_used = 40_000
    order.total -= 40_000
    with app.test_request_context("/"):
        open_session(order, success_url="https://a", cancel_url="https://b")
    [sent] = stripe_settings.created()
    [line] = sent.params["line_items"]
    assert line["price_data"]["unit_amount"] == str(order.total) and line["quantity"] == "1"
    assert line["price_data"]["product_data"]["name"] == (
        f"Order {order.number} (after store credit)"
    )


def test_lines_that_do_not_make_the_total_are_never_sent(database, stripe_settings):
    order = card_order()
    order.total += 1
    with pytest.raises(GatewayError):
        open_session(order, success_url="https://a", cancel_url="https://b")
    assert stripe_settings.created() == []


def test_stripe_refusal_becomes_gateway_error(database, stripe_settings):
    stripe_settings.fail_next = (400, "Amount must convert to at least 50 cents.")
    with pytest.raises(GatewayError, match="50 cents"):
        open_session(card_order(), success_url="https://a", cancel_url="https://b")


def test_refund_and_retrieve(database, stripe_settings):
    order = card_order()
    session_id, _url = open_session(order, success_url="https://a", cancel_url="https://b")
    assert stripe_gateway.retrieve_session(session_id)["client_reference_id"] == order.number

    refund_id = stripe_gateway.refund("pi_test_123", 90_000, idempotency_key="refund-1")
    assert refund_id.startswith("re_test_")
    [sent] = [r for r in stripe_settings.requests if r.path == "/v1/refunds"]
    assert sent.params == {"payment_intent": "pi_test_123", "amount": "90000"}
    assert sent.headers["Idempotency-Key"] == "refund-1"


def test_verify_event_accepts_stripe_signatures(app, database, stripe_settings):
    body = event("checkout.session.completed", {"id": "cs_test_1"}, event_id="evt_1")
    verified = stripe_gateway.verify_event(body, sign(body, WEBHOOK_SECRET))
    assert verified["id"] == "evt_1"
    assert verified["data"]["object"] == {"id": "cs_test_1"}
    assert isinstance(verified, dict)


@pytest.mark.parametrize(
    "case", ["wrong secret", "stale", "tampered", "no header", "not json", "no secret"]
)
def test_verify_event_refuses(app, database, stripe_settings, monkeypatch, case):
    body = event("checkout.session.completed", {"id": "cs_test_1"})
    header = sign(body, WEBHOOK_SECRET)
    if case == "wrong secret":
        header = sign(body, "whsec_someone_else")
    elif case == "stale":
        header = sign(body, WEBHOOK_SECRET, timestamp=int(time.time()) - 301)
    elif case == "tampered":
        body = body.replace(b"cs_test_1", b"cs_test_2")
    elif case == "no header":
        header = ""
    elif case == "not json":
        body = b"{not json"
        header = sign(body, WEBHOOK_SECRET)
    elif case == "no secret":
        monkeypatch.setitem(app.config, "STRIPE_WEBHOOK_SECRET", "")
    with pytest.raises(WebhookError):
        stripe_gateway.verify_event(body, header)


def test_fake_pay_page_completes_and_signs_the_webhook(database, stripe_settings):
    """The fake's own loop, as the browser tests use it: pay page, button, webhook, redirect."""
    received = []

    class Receiver(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((body, self.headers["Stripe-Signature"]))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    Thread(target=receiver.serve_forever, args=(0.05,), daemon=True).start()
    try:
        stripe_settings.webhook_url = f"http://127.0.0.1:{receiver.server_port}/hook"
        order = card_order()
        session_id, url = open_session(
            order,
            success_url="https://shop.test/ok?s={CHECKOUT_SESSION_ID}",
            cancel_url="https://b",
        )
        page = urllib.request.urlopen(url, timeout=5).read().decode()
        assert "id='pay'" in page and "245.000" in page

        connection = http.client.HTTPConnection("127.0.0.1", stripe_settings.server.server_port)
        connection.request("POST", f"/pay/{session_id}", body=b"")
        response = connection.getresponse()
        assert response.status == 303
        assert response.getheader("Location") == f"https://shop.test/ok?s={session_id}"
    finally:
        receiver.shutdown()
        receiver.server_close()

    [(body, header)] = received
    verified = stripe_gateway.verify_event(body, header)
    assert verified["type"] == "checkout.session.completed"
    paid = verified["data"]["object"]
    order.payment.provider_reference = session_id
    expected = session_of(order, payment_intent=paid["payment_intent"])
    assert {key: paid[key] for key in expected} == expected
    assert paid["payment_intent"].startswith("pi_test_")
    assert json.loads(body)["id"].startswith("evt_test_")
    assert stripe_settings.deliveries == [("checkout.session.completed", 200)]


def test_the_request_comes_from_the_stored_order_alone(database, stripe_settings):
    order = card_order()
    urls = {"success_url": "https://shop.test/ok", "cancel_url": "https://shop.test/back"}
    request = stripe_gateway.checkout_request(order, **urls)
    assert request == stripe_gateway.checkout_request(order, **urls)
    assert request.idempotency_key == f"checkout-{order.number}"
    assert request.params["expires_at"] == int(order.pay_by.timestamp())  # not "now + ..."
    order.pay_by = order.created_at + timedelta(minutes=15)  # a tour's short hold
    short = stripe_gateway.checkout_request(order, **urls)
    assert short.params["expires_at"] == int((order.created_at + timedelta(minutes=35)).timestamp())


def test_the_same_key_with_other_parameters_is_a_duplicate_not_an_outage(database, stripe_settings):
    order = card_order()
    request = stripe_gateway.checkout_request(
        order, success_url="https://a", cancel_url="https://b"
    )
    stripe_gateway.open_session(request)
    changed = stripe_gateway.CheckoutRequest(
        {**request.params, "cancel_url": "https://c"}, request.idempotency_key
    )
    with pytest.raises(stripe_gateway.DuplicateRequestError, match="same parameters"):
        stripe_gateway.open_session(changed)
    assert len(stripe_settings.sessions) == 1


def test_a_key_still_in_progress_is_a_duplicate_not_an_outage(app, database, stripe_settings):
    order = card_order()
    request = stripe_gateway.checkout_request(
        order, success_url="https://a", cancel_url="https://b"
    )
    stripe_settings.gate = threading.Event()

    def first_copy():
        with app.app_context():
            return stripe_gateway.open_session(request)

    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(first_copy)
        assert stripe_settings.held.acquire(timeout=30)
        with pytest.raises(stripe_gateway.DuplicateRequestError, match="in-progress"):
            stripe_gateway.open_session(request)  # 409, retried twice by the SDK, still 409
        stripe_settings.gate.set()
        session_id, _url = first.result()

    assert stripe_gateway.open_session(request)[0] == session_id  # then the saved answer
    conflicts = [r for r in stripe_settings.created() if r.headers["Idempotency-Key"]]
    assert len(conflicts) == 5  # the first, three 409s, the replay


def test_an_unreachable_stripe_is_an_outage(app, database, stripe_settings, monkeypatch):
    monkeypatch.setitem(app.config, "STRIPE_API_BASE", "http://127.0.0.1:9")
    request = stripe_gateway.checkout_request(
        card_order(), success_url="https://a", cancel_url="https://b"
    )
    with pytest.raises(GatewayError) as raised:
        stripe_gateway.open_session(request)
    assert not isinstance(raised.value, stripe_gateway.DuplicateRequestError)
