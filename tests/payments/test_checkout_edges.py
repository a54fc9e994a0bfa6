"""Edges of paying for an order, found in review: paid orders, re-posted forms, big totals."""

import threading
import time

import sqlalchemy as sa

from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders import checkout, lifecycle
from storefront.orders.contact import Contact
from storefront.orders.links import order_url
from storefront.orders.models import Order, OrderStatus, PaymentMethod, PaymentStatus
from tests import factories
from tests.conftest import build_app
from tests.orders.test_checkout_views import _add, _checkout
from tests.payments.helpers import card_order
from tests.web import login, post


def test_a_paid_order_cannot_be_cancelled_by_the_buyer(app, client, database):
    order = card_order()
    with app.test_request_context():
        lifecycle.confirm_payment(order, actor_label="stripe", reference="pi_1")
        url = order_url(order)
    page = client.get(url).get_data(as_text=True)
    assert f"/orders/{order.number}/cancel" not in page
    token = url.split("t=")[1]
    post(client, f"/orders/{order.number}/cancel", {"t": token}, token_from="/orders/lookup")
    db.session.expire_all()
    order = db.session.get(Order, order.id)
    assert (order.status, order.payment.status) == (OrderStatus.CONFIRMED, PaymentStatus.PAID)


def test_a_reposted_card_form_after_stripe_failed_goes_to_the_cancelled_order(
    client, database, stripe_settings
):
    product = factories.product(prices=(100_000,), stock=5)
    variant = product.variants[0]
    _add(client, variant)
    stripe_settings.fail_next = (400, "card payments are down")
    first, data = _checkout(client, method="card")
    order = db.session.scalar(sa.select(Order))
    assert first.status_code == 302 and order.status == OrderStatus.CANCELLED

    _add(client, variant, 3)  # a new cart, then the old form posted again
    second = client.post("/checkout?lang=en", data=data)

    assert second.status_code == 302 and f"/orders/{order.number}" in second.headers["Location"]
    assert db.session.scalar(sa.select(sa.func.count(Order.id))) == 1
    assert len(stripe_settings.created()) == 1  # only the first, failed, attempt
    assert db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant.id)) == 5
    assert f'name="qty-{variant.id}"' in client.get("/cart").get_data(as_text=True)  # kept


def test_orders_over_two_billion_dong_are_stored(client, database):
    product = factories.product(prices=(30_000_000,), stock=99)
    _add(client, product.variants[0], 72)  # 2.160.000.000 ₫ > 2^31 - 1
    response, _data = _checkout(client)
    assert response.status_code == 302
    assert db.session.scalar(sa.select(Order.total)) > 2**31


def test_the_same_form_twice_at_once_makes_one_order(make_database_url, tmp_path):
    app = build_app(make_database_url("double_post"), tmp_path)
    with app.app_context():
        variant_id = factories.product(prices=(100_000,), stock=10).variants[0].id
        db.session.commit()
    contact = Contact("Khách", "0912345678", "", 82, 29905, "12 Hùng Vương")
    results = {}

    def buy(name: str, hold: float) -> None:
        with app.test_request_context():
            try:
                order = checkout.place_order(
                    lines=[(variant_id, 1)], contact=contact, method=PaymentMethod.COD,
                    idempotency_key="same-key",
                )  # fmt: skip
                time.sleep(hold)  # keep the first transaction open while the second arrives
                db.session.commit()
                results[name] = order.number
            except Exception as error:  # reported in the assertion below
                db.session.rollback()
                results[name] = repr(error)
            finally:
                db.session.remove()

    first = threading.Thread(target=buy, args=("first", 1.0))
    first.start()
    time.sleep(0.3)
    second = threading.Thread(target=buy, args=("second", 0))
    second.start()
    first.join()
    second.join()

    assert results["first"] == results["second"] and results["first"].startswith("DT-"), results
    with app.app_context():
        assert db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant_id)) == 9
        db.session.remove()


def test_huge_ids_and_unknown_provinces_are_not_errors(client, database):
    login(client, factories.user(is_admin=True))
    assert client.get("/portal/orders/99999999999999999999").status_code in (403, 404)
    response = post(
        client, "/admin/orders/99999999999999999999/transfer-received", token_from="/account"
    )
    assert response.status_code == 404
    product = factories.product()
    _add(client, product.variants[0])
    response, _data = _checkout(client, province="999")  # falls back to Đồng Tháp's wards
    assert response.status_code == 302


def test_a_producer_cannot_confirm_the_transfer_of_an_order_shared_with_others(client, database):
    from tests.orders.builders import make_order

    mine, theirs = factories.product(), factories.product()
    seller = factories.member(mine.producer)
    order = make_order([mine, theirs])
    part = next(f for f in order.fulfilments if f.producer_id == mine.producer_id)
    login(client, seller)
    post(client, f"/portal/orders/{part.id}/transfer-received", token_from="/portal/")
    db.session.expire_all()
    assert db.session.get(Order, order.id).status == OrderStatus.AWAITING_PAYMENT
