"""POST /payments/stripe/webhook: only a verified event changes a card payment, and only once."""

import json
import time

import pytest
import sqlalchemy as sa

from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders.models import (
    FulfilmentStatus,
    OrderEvent,
    OrderStatus,
    PaymentStatus,
    ProcessedWebhook,
)
from tests.fakestripe import event, sign
from tests.payments.helpers import WEBHOOK_SECRET, card_order, session_of

URL = "/payments/stripe/webhook"


@pytest.fixture(autouse=True)
def _settings(stripe_settings):
    return stripe_settings


def post(client, body: bytes, header: str | None = None):
    signature = sign(body, WEBHOOK_SECRET) if header is None else header
    return client.post(
        URL, data=body, headers={"Stripe-Signature": signature, "Content-Type": "application/json"}
    )


def deliver(client, event_type: str, session: dict, event_id: str | None = None):
    return post(client, event(event_type, session, event_id))


def reload(order):
    db.session.expire_all()
    return order


def stock(order) -> list[int]:
    ids = [item.variant_id for item in order.items]
    return list(
        db.session.scalars(sa.select(Variant.stock).where(Variant.id.in_(ids)).order_by(Variant.id))
    )


def stripe_events(order) -> list[tuple[str, str, str]]:
    rows = db.session.scalars(
        sa.select(OrderEvent).where(
            OrderEvent.order_id == order.id, OrderEvent.actor_label == "stripe"
        )
    )
    return sorted((e.subject, e.from_state, e.to_state) for e in rows)


def processed(event_id: str) -> list[ProcessedWebhook]:
    return list(db.session.scalars(sa.select(ProcessedWebhook).filter_by(event_id=event_id)))


def assert_unchanged(order):
    reload(order)
    assert order.status == OrderStatus.AWAITING_PAYMENT
    assert order.payment.status == PaymentStatus.PENDING
    assert {f.status for f in order.fulfilments} == {FulfilmentStatus.PENDING}
    assert stripe_events(order) == []


def test_completed_marks_payment_paid_and_order_confirmed(client, database):
    order = card_order()
    session = session_of(order)
    response = deliver(client, "checkout.session.completed", session, "evt_paid_1")

    assert response.status_code == 200
    assert response.json == {"received": True, "outcome": "paid"}
    reload(order)
    assert order.status == OrderStatus.CONFIRMED
    assert order.payment.status == PaymentStatus.PAID
    assert {f.status for f in order.fulfilments} == {FulfilmentStatus.NEW}
    assert stripe_events(order) == [
        ("fulfilment", "pending", "new"),
        ("fulfilment", "pending", "new"),
        ("order", "awaiting_payment", "confirmed"),
        ("payment", "pending", "paid"),
    ]
    [payment_event] = [e for e in order.events if e.subject == "payment"]
    assert payment_event.note == session["payment_intent"]
    [record] = processed("evt_paid_1")
    assert (record.provider, record.event_type, record.outcome) == (
        "stripe",
        "checkout.session.completed",
        "paid",
    )


def test_the_same_event_twice_is_applied_once(client, database):
    order = card_order()
    body = event("checkout.session.completed", session_of(order), "evt_twice")
    assert post(client, body).json["outcome"] == "paid"
    second = post(client, body)
    assert second.status_code == 200
    assert second.json["outcome"] == "duplicate"
    reload(order)
    assert len(stripe_events(order)) == 4
    assert len(processed("evt_twice")) == 1


@pytest.mark.parametrize(
    "case", ["forged", "stale", "tampered", "unsigned", "garbled header", "not json"]
)
def test_untrusted_bodies_are_refused_and_change_nothing(client, database, case):
    order = card_order()
    body = event("checkout.session.completed", session_of(order), "evt_untrusted")
    header = sign(body, WEBHOOK_SECRET)
    if case == "forged":
        header = sign(body, "whsec_not_ours")
    elif case == "stale":  # a replay captured more than five minutes ago
        header = sign(body, WEBHOOK_SECRET, timestamp=int(time.time()) - 6 * 60)
    elif case == "tampered":
        body = body.replace(str(order.total).encode(), b"1")
    elif case == "unsigned":
        header = ""
    elif case == "garbled header":
        header = "t=now,v1=zzz"
    elif case == "not json":
        body = b"amount_total=1"
        header = sign(body, WEBHOOK_SECRET)

    response = post(client, body, header)

    assert response.status_code == 400
    assert response.json == {"error": "invalid webhook"}
    assert_unchanged(order)
    assert processed("evt_untrusted") == []


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"amount_total": 1}, "amount"),
        ({"amount_total": 245_000 * 100}, "amount"),  # someone sent hundredths
        ({"currency": "usd"}, "currency"),
        ({"client_reference_id": "DT-OTHER"}, "client_reference_id"),
    ],
)
def test_a_session_that_does_not_match_changes_nothing(client, database, changes, problem):
    order = card_order()
    response = deliver(
        client, "checkout.session.completed", session_of(order, **changes), "evt_mismatch"
    )
    assert response.status_code == 200  # Stripe stops retrying; the record keeps the reason
    assert response.json["outcome"].startswith(f"mismatch: {problem}")
    assert_unchanged(order)
    [record] = processed("evt_mismatch")
    assert record.outcome.startswith("mismatch")


def test_expired_session_cancels_the_order_and_returns_its_stock(client, database):
    order = card_order()
    held = stock(order)
    session = session_of(order, status="expired", payment_status="unpaid", payment_intent=None)

    response = deliver(client, "checkout.session.expired", session)

    assert response.json["outcome"] == "cancelled"
    reload(order)
    assert order.status == OrderStatus.CANCELLED
    assert order.payment.status == PaymentStatus.CANCELLED
    assert {f.status for f in order.fulfilments} == {FulfilmentStatus.CANCELLED}
    assert stock(order) == [held[0] + 2, held[1] + 1] == [10, 10]
    [order_event] = [e for e in order.events if e.subject == "order"]
    assert (order_event.actor_label, order_event.note) == ("stripe", "checkout expired")


def test_expired_after_completed_leaves_a_paid_order_alone(client, database):
    order = card_order()
    deliver(client, "checkout.session.completed", session_of(order))
    held = stock(order)

    response = deliver(client, "checkout.session.expired", session_of(order, status="expired"))

    assert response.status_code == 200
    assert response.json["outcome"] == "no change: the order is confirmed"
    reload(order)
    assert order.status == OrderStatus.CONFIRMED
    assert order.payment.status == PaymentStatus.PAID
    assert stock(order) == held


def test_payment_after_the_order_closed_is_refunded_at_once(client, database, stripe_settings):
    order = card_order()
    deliver(client, "checkout.session.expired", session_of(order, status="expired"))

    response = deliver(client, "checkout.session.completed", session_of(order))

    assert response.json["outcome"] == "refunded: paid while the order is cancelled"
    reload(order)
    assert order.status == OrderStatus.CANCELLED
    assert order.payment.status == PaymentStatus.REFUNDED
    [refund] = order.payment.refunds
    assert refund.amount == order.total
    [sent] = stripe_settings.refunds
    assert sent["amount"] == order.total
    assert sent["payment_intent"] == order.payment.charge_reference
    assert refund.provider_reference == sent["id"]
    # a second copy of the event changes nothing and refunds nothing more
    again = deliver(client, "checkout.session.completed", session_of(order))
    assert again.json["outcome"] in ("already paid", "refund needed: payment is refunded")
    assert len(stripe_settings.refunds) == 1


def test_async_payment_waits_for_its_result(client, database):
    order = card_order()
    pending = session_of(order, payment_status="unpaid")
    assert (
        deliver(client, "checkout.session.completed", pending).json["outcome"].startswith("waiting")
    )
    assert_unchanged(order)

    response = deliver(client, "checkout.session.async_payment_succeeded", session_of(order))
    assert response.json["outcome"] == "paid"
    assert reload(order).status == OrderStatus.CONFIRMED


def test_async_payment_failure_cancels(client, database):
    order = card_order()
    response = deliver(client, "checkout.session.async_payment_failed", session_of(order))
    assert response.json["outcome"] == "cancelled"
    assert reload(order).status == OrderStatus.CANCELLED
    assert stock(order) == [10, 10]


def test_other_event_types_are_recorded_and_ignored(client, database):
    order = card_order()
    response = deliver(client, "payment_intent.created", {"id": "pi_123"}, "evt_other")
    assert response.json == {"received": True, "outcome": "ignored"}
    assert [r.event_type for r in processed("evt_other")] == ["payment_intent.created"]
    assert_unchanged(order)


def test_a_session_we_do_not_know_is_ignored(client, database):
    order = card_order()
    response = deliver(
        client, "checkout.session.completed", session_of(order, id="cs_test_unknown")
    )
    assert response.status_code == 200
    assert response.json["outcome"].startswith("ignored: no card payment")
    assert_unchanged(order)


def test_webhook_needs_no_csrf_token_but_only_accepts_post(client, database):
    assert client.get(URL).status_code == 405
    assert post(client, b"{}").status_code == 400  # no id: refused, not a CSRF error


def _shaped(order, case: str) -> bytes:
    """A body Stripe's signature is genuinely computed over, but not shaped like an event."""
    body = json.loads(event("checkout.session.completed", session_of(order), "evt_shaped"))
    if case == "a JSON array":
        return json.dumps([body]).encode()
    if case == "a JSON string":
        return json.dumps("checkout.session.completed").encode()
    if case == "data as a string":
        body["data"] = "cs_test"
    elif case == "data.object not an object":
        body["data"]["object"] = [session_of(order)]
    elif case == "no data":
        del body["data"]
    elif case == "event id over 120 characters":
        body["id"] = "evt_" + "x" * 117
    elif case == "event id a number":
        body["id"] = 12345
    elif case == "event id with a NUL":
        body["id"] = "evt_\x00shaped"
    elif case == "type a list":
        body["type"] = ["checkout.session.completed"]
    elif case == "session id a number":
        body["data"]["object"]["id"] = 7
    elif case == "payment_intent an object":
        body["data"]["object"]["payment_intent"] = {"id": "pi_1"}
    elif case == "amount as text":
        body["data"]["object"]["amount_total"] = str(order.total)
    elif case == "reference over 120 characters":
        body["data"]["object"]["payment_intent"] = "pi_" + "x" * 200
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    "case",
    [
        "a JSON array",
        "a JSON string",
        "data as a string",
        "data.object not an object",
        "no data",
        "event id over 120 characters",
        "event id a number",
        "event id with a NUL",
        "type a list",
        "session id a number",
        "payment_intent an object",
        "amount as text",
        "reference over 120 characters",
    ],
)
def test_signed_bodies_not_shaped_like_an_event_are_refused(client, database, case):
    order = card_order()
    body = _shaped(order, case)

    response = post(client, body)  # signed with the endpoint's secret, as Stripe signs

    assert response.status_code == 400
    assert response.json == {"error": "invalid webhook"}
    assert_unchanged(order)
    assert db.session.scalar(sa.select(sa.func.count(ProcessedWebhook.id))) == 0


@pytest.mark.parametrize("minutes", [6, 60])
def test_a_signature_dated_in_the_future_is_refused(client, database, minutes):
    order = card_order()
    body = event("checkout.session.completed", session_of(order), "evt_future")
    ahead = sign(body, WEBHOOK_SECRET, timestamp=int(time.time()) + minutes * 60)

    response = post(client, body, ahead)

    assert response.status_code == 400
    assert_unchanged(order)
    assert processed("evt_future") == []


def test_a_signature_a_minute_ahead_is_a_clock_and_accepted(client, database):
    order = card_order()
    body = event("checkout.session.completed", session_of(order), "evt_skew")
    ahead = sign(body, WEBHOOK_SECRET, timestamp=int(time.time()) + 60)
    assert post(client, body, ahead).json["outcome"] == "paid"
