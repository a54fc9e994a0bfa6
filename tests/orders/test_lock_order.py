"""Two people moving the same order, stock or credit at the same moment, through the real
pages of a threaded live server on a committed database: no deadlock answered with a 500, and
no decision taken on what another transaction has just changed. On PostgreSQL the two are
made to meet inside their transactions on every run (tests.locks): the first is held on a row
lock of the test's own, the second queues behind it, then both go."""

from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders import checkout, credit
from storefront.orders.contact import Contact
from storefront.orders.links import order_url
from storefront.orders.models import (
    Order,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
    Refund,
    RefundStatus,
    StoreCreditEntry,
)
from tests import factories
from tests.conftest import LiveServer, build_app
from tests.fakestripe import FakeStripe, event, sign
from tests.gunicorn import Buyer
from tests.locks import RowLocks
from tests.payments.helpers import WEBHOOK_SECRET, card_order, session_of
from tests.web import hidden_fields

CONTACT = {
    "phone": "0912 345 678", "name": "Phạm Thị Khách", "email": "khach@example.vn",
    "province": "82", "ward": "29905", "address": "12 Hùng Vương",
}  # fmt: skip


@pytest.fixture
def shop(make_database_url, tmp_path, request):
    """An app whose requests really commit, its database URL, and a fake Stripe."""
    url = make_database_url(request.node.name[5:40])
    app = build_app(
        url, tmp_path, STRIPE_SECRET_KEY="sk_test_fake", STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET
    )
    with FakeStripe(webhook_secret=WEBHOOK_SECRET) as fake:
        app.config["STRIPE_API_BASE"] = fake.url
        yield app, url, fake


def _one_after_another(url: str, lock: tuple[str, int], first, second):
    """Run first() and second() at once; on PostgreSQL the first queues on `lock` before the
    second starts, and both wait there before the lock goes."""
    with RowLocks(url) as locks, ThreadPoolExecutor(2) as pool:
        locks.hold(*lock)
        one = pool.submit(first)
        locks.wait_for(1)
        two = pool.submit(second)
        locks.wait_for(2)
        locks.release()
        return one.result(), two.result()


def _logged_in(server, email: str) -> Buyer:
    client = Buyer(server.url)
    _status, page = client.request("/account/login")
    form = {**hidden_fields(page), "email": email, "password": factories.PASSWORD}
    assert client.send("/account/login", form)[0] == 302
    return client


def _cancel_form(client: Buyer, link: str) -> dict:
    _status, page = client.request(link)
    return hidden_fields(page)


def _place(app, lines, method=PaymentMethod.BANK_TRANSFER, key="placed"):
    with app.test_request_context("/"):
        order = checkout.place_order(
            lines=lines,
            contact=Contact("Khách", "0912345678", "k@example.vn", 82, 29905, "Ấp 1"),
            method=method,
            idempotency_key=key,
        )
        db.session.commit()
        placed = order.id, order.number, order_url(order)
        db.session.remove()
    return placed


def test_the_office_marks_a_transfer_as_the_buyer_cancels(shop):
    app, url, _fake = shop
    with app.app_context():
        variant_id = factories.product(prices=(150_000,), stock=5).variants[0].id
        admin = factories.user(is_admin=True).email
        db.session.commit()
    order_id, number, link = _place(app, [(variant_id, 2)])

    with LiveServer(app) as server:
        office, buyer = _logged_in(server, admin), Buyer(server.url)
        mark = hidden_fields(office.request("/admin/orders")[1])
        cancel = _cancel_form(buyer, link)
        cancelled, marked = _one_after_another(
            url,
            ("order", order_id),
            lambda: buyer.send(f"/orders/{number}/cancel", cancel),
            lambda: office.send(f"/admin/orders/{order_id}/transfer-received", mark),
        )
        office_page = office.request("/admin/orders")[1]

    assert cancelled[0] == marked[0] == 302
    with app.app_context():
        order = db.session.get(Order, order_id)
        refunds = db.session.scalars(sa.select(Refund)).all()
        if order.status == OrderStatus.CANCELLED:  # always so on PostgreSQL: the buyer was first
            assert order.payment.status == PaymentStatus.REFUNDED
            assert [(r.amount, r.status) for r in refunds] == [(order.total, RefundStatus.TO_PAY)]
            assert number in office_page and "already cancelled or expired" in office_page
        else:
            assert url.startswith("sqlite")
            assert order.payment.status == PaymentStatus.PAID and refunds == []
        stock = db.session.get(Variant, variant_id).stock
        assert stock == (5 if order.status == OrderStatus.CANCELLED else 3)
        db.session.remove()


def test_a_card_payment_arriving_as_the_buyer_cancels(shop):
    app, url, fake = shop
    with app.app_context():
        order = card_order()
        order_id, number, body = (
            order.id,
            order.number,
            event("checkout.session.completed", session_of(order), "evt_as_cancelled"),
        )
        fulfilment_id = order.fulfilments[0].id
        db.session.commit()
        with app.test_request_context("/"):
            link = order_url(db.session.get(Order, order_id))
        db.session.remove()

    def webhook():
        signature = {"Stripe-Signature": sign(body, WEBHOOK_SECRET)}
        return Buyer(server.url).send("/payments/stripe/webhook", body=body, headers=signature)

    with LiveServer(app) as server:
        buyer = Buyer(server.url)
        cancel = _cancel_form(buyer, link)
        cancelled, paid = _one_after_another(
            url,
            ("fulfilment", fulfilment_id),  # the cancellation holds the order, then waits here
            lambda: buyer.send(f"/orders/{number}/cancel", cancel),
            webhook,
        )

    assert (cancelled[0], paid[0]) == (302, 200), paid[1]
    with app.app_context():
        order = db.session.get(Order, order_id)
        if order.status == OrderStatus.CANCELLED:  # the buyer first: the money goes back
            assert order.payment.status == PaymentStatus.REFUNDED
            assert [r["amount"] for r in fake.refunds] == [order.total]
        else:
            assert url.startswith("sqlite")
            assert order.status == OrderStatus.CONFIRMED
        db.session.remove()


def test_checkout_as_another_order_gives_its_stock_back(shop):
    app, url, _fake = shop
    with app.app_context():
        product = factories.product(prices=(100_000, 200_000), stock=10)
        low, high = sorted(v.id for v in product.variants)
        slug = product.slug
        db.session.commit()
    # the order to cancel holds its lines highest id first, checkout reserves lowest first
    order_id, number, link = _place(app, [(high, 1), (low, 1)], key="to-cancel")

    with LiveServer(app) as server:
        buyer, shopper = Buyer(server.url), Buyer(server.url)
        cancel = _cancel_form(buyer, link)
        token = hidden_fields(shopper.request(f"/products/{slug}")[1])["csrf_token"]
        for variant_id in (low, high):
            shopper.send("/cart/add", {"csrf_token": token, "variant_id": variant_id})
        form = {**hidden_fields(shopper.request("/checkout")[1]), **CONTACT, "method": "cod"}
        cancelled, placed = _one_after_another(
            url,
            ("variant", high),
            lambda: buyer.send(f"/orders/{number}/cancel", cancel),
            lambda: shopper.send("/checkout", form),
        )

    assert (cancelled[0], placed[0]) == (302, 302), placed[1][:500]
    with app.app_context():
        assert db.session.get(Order, order_id).status == OrderStatus.CANCELLED
        stock = db.session.scalars(sa.select(Variant.stock).order_by(Variant.id)).all()
        assert stock == [9, 9]  # the cancelled order's lines back, the new order's taken
        db.session.remove()


def test_two_checkouts_of_one_buyer_with_store_credit(shop):
    app, url, _fake = shop
    with app.app_context():
        product = factories.product(prices=(100_000,), stock=10)
        variant_id, slug = product.variants[0].id, product.slug
        buyer = factories.user()
        credit.grant(buyer.id, 150_000, "short harvest")
        email, buyer_id = buyer.email, buyer.id
        db.session.commit()

    with LiveServer(app) as server:
        tabs = _logged_in(server, email)
        token = hidden_fields(tabs.request(f"/products/{slug}")[1])["csrf_token"]
        tabs.send("/cart/add", {"csrf_token": token, "variant_id": variant_id})
        forms = [
            {**hidden_fields(tabs.request("/checkout")[1]), **CONTACT, "method": "cod",
             "use_credit": "y"}
            for _tab in range(2)
        ]  # fmt: skip
        first, second = _one_after_another(
            url,
            ("variant", variant_id),
            lambda: tabs.send("/checkout", forms[0]),
            lambda: tabs.send("/checkout", forms[1]),
        )

    # never both spend it: the second finds the credit spent and asks to confirm its new total
    # (PostgreSQL: it read the cart before waiting), or finds the cart already ordered (SQLite:
    # a write view waits for the write lock before it reads anything)
    placed = [r for r in (first, second) if r[0] == 302 and "/orders/DT-" in r[1]]
    other = second if placed and placed[0] is first else first
    assert len(placed) == 1, (first[1][:300], second[1][:300])
    assert other[0] == 409 or (other[0] == 302 and 'href="/cart"' in other[1]), other[1][:300]
    with app.app_context():
        [spent] = db.session.scalars(sa.select(Order.credit_used).where(Order.user_id == buyer_id))
        assert spent > 0 and credit.balance(buyer_id) == 150_000 - spent
        assert db.session.scalar(sa.select(sa.func.count(StoreCreditEntry.id))) == 2
        db.session.remove()


def test_every_write_view_runs_again_on_a_deadlock(app):
    """Every view that takes POST is wrapped by the deadlock retry (database.retry_write_views),
    so a deadlock is never a 500 on a view someone forgot to decorate."""
    writing = [
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.methods & {"POST", "PUT", "PATCH", "DELETE"}
    ]
    assert len(writing) > 30
    assert all(app.view_functions[e].retries_deadlocks for e in writing), [
        e for e in writing if not getattr(app.view_functions[e], "retries_deadlocks", False)
    ]
