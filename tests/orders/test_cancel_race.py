"""Two cancellations of one order at the same moment put its stock back once, not twice."""

import threading
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders.checkout import place_order
from storefront.orders.contact import Contact
from storefront.orders.links import order_url
from storefront.orders.models import Order, OrderEvent, OrderStatus, PaymentMethod
from tests import factories
from tests.conftest import LiveServer, build_app
from tests.gunicorn import Buyer
from tests.web import input_value

COPIES = 6


def test_simultaneous_cancellations_release_the_stock_once(make_database_url, tmp_path):
    app = build_app(make_database_url("cancel_race"), tmp_path)
    with app.test_request_context("/"):
        product = factories.product(stock=10)
        variant_id = product.variants[0].id
        db.session.commit()
        order = place_order(
            lines=[(variant_id, 3)],
            contact=Contact("Mua", "0912345678", "", 82, 30226, "Ấp 1"),
            method=PaymentMethod.BANK_TRANSFER,
            idempotency_key="race",
        )
        db.session.commit()
        link, number = order_url(order), order.number
        db.session.remove()

    with LiveServer(app) as server:
        barrier = threading.Barrier(COPIES, timeout=60)

        def cancel(_n):
            buyer = Buyer(server.url)
            _status, page = buyer.request(link)
            form = {"csrf_token": input_value(page, "csrf_token"), "t": link.split("t=")[1]}
            barrier.wait()
            return buyer.request(f"/orders/{number}/cancel", form)[0]

        with ThreadPoolExecutor(COPIES) as pool:
            statuses = list(pool.map(cancel, range(COPIES)))

    assert statuses == [302] * COPIES
    with app.app_context():
        assert db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant_id)) == 10
        assert db.session.scalar(sa.select(Order.status)) == OrderStatus.CANCELLED
        cancellations = db.session.scalar(
            sa.select(sa.func.count(OrderEvent.id)).where(
                OrderEvent.subject == "order", OrderEvent.to_state == "cancelled"
            )
        )
        assert cancellations == 1
        db.session.remove()
