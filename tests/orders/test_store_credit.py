"""Store credit (from a short mango harvest) is taken off the next order and given back when
that order is cancelled."""

import pytest

from storefront.extensions import db
from storefront.orders import credit, lifecycle
from storefront.orders.checkout import place_order
from storefront.orders.contact import Contact
from storefront.orders.models import OrderStatus, PaymentMethod
from tests import factories
from tests.web import csrf_token, input_value, login

HOME = Contact("Lê Thị Mua", "0912345678", "mua@example.vn", 82, 30226, "Ấp 2")


@pytest.fixture
def request_context(app, database):
    with app.test_request_context("/"):
        yield


def _order(user, price, method=PaymentMethod.BANK_TRANSFER, key="c-1", use_credit=True):
    product = factories.product(prices=(price,), stock=5)
    return place_order(lines=[(product.variants[0].id, 1)], contact=HOME, method=method,
                       idempotency_key=key, user=user, use_credit=use_credit)  # fmt: skip


def test_credit_pays_part_of_an_order_and_the_payment_asks_for_the_rest(request_context):
    buyer = factories.user()
    credit.grant(buyer.id, 100_000, "short harvest")
    order = _order(buyer, 150_000)

    assert order.credit_used == 100_000
    assert order.total == order.subtotal + order.shipping_total - 100_000
    assert order.payment.amount == order.total
    assert credit.balance(buyer.id) == 0


def test_credit_larger_than_the_order_confirms_it_without_payment(request_context):
    buyer = factories.user()
    credit.grant(buyer.id, 5_000_000, "failed harvest")
    order = _order(buyer, 150_000)

    assert order.total == 0 and order.status == OrderStatus.CONFIRMED
    assert order.payments == []
    assert credit.balance(buyer.id) == 5_000_000 - order.credit_used


def test_cancelling_gives_the_credit_back_and_credit_is_never_spent_twice(request_context):
    buyer = factories.user()
    credit.grant(buyer.id, 80_000, "short harvest")
    first = _order(buyer, 150_000, key="first")
    second = _order(buyer, 150_000, key="second")
    assert (first.credit_used, second.credit_used) == (80_000, 0)

    lifecycle.cancel(first, actor_label="buyer")

    assert credit.balance(buyer.id) == 80_000
    assert [e.amount for e in reversed(credit.entries(buyer.id))] == [80_000, -80_000, 80_000]


def test_buyers_who_opt_out_or_have_no_credit_pay_everything(request_context):
    buyer = factories.user()
    credit.grant(buyer.id, 80_000, "short harvest")
    assert _order(buyer, 150_000, use_credit=False, key="opt-out").credit_used == 0
    assert _order(factories.user(), 150_000, key="none").credit_used == 0


def test_checkout_page_offers_and_applies_the_credit(client, database):
    buyer = factories.user()
    credit.grant(buyer.id, 40_000, "short harvest")
    product = factories.product(prices=(150_000,), stock=5)
    db.session.flush()
    login(client, buyer)
    token = csrf_token(client, "/account")
    added = {"csrf_token": token, "variant_id": product.variants[0].id, "quantity": 1}
    client.post("/cart/add", data=added)
    page = client.get("/checkout?lang=en").get_data(as_text=True)
    assert "Use my store credit" in page and "40.000" in page

    response = client.post("/checkout?lang=en", data={
        "csrf_token": csrf_token(client, "/checkout"), "phone": "0912345678", "name": "Mua",
        "email": "mua@example.vn", "province": "82", "ward": "30226", "address": "Ấp 2",
        "method": "bank_transfer", "use_credit": "y",
        "idempotency_key": input_value(page, "idempotency_key"),
        "total_seen": input_value(page, "total_seen"),
    })  # fmt: skip

    assert response.status_code == 302
    assert credit.balance(buyer.id) == 0
