"""200 buyers at once for 50 units: exactly 50 orders, the rest told how many are left.

The real thing: gunicorn with several worker processes serves the app on 127.0.0.1, each
buyer is its own HTTP client with its own cookies, and all of them press "Place order" at
the same moment (a barrier). Runs on SQLite and on PostgreSQL, like the whole suite.
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders.models import Order
from tests import factories
from tests.conftest import build_app
from tests.gunicorn import Buyer, gunicorn
from tests.web import input_value

BUYERS, STOCK = 200, 50


@pytest.fixture
def rush(make_database_url, tmp_path):
    """A product with 50 in stock, served by gunicorn (4 processes × 8 threads)."""
    url = make_database_url("rush")
    app = build_app(url, tmp_path)
    with app.app_context():
        product = factories.product(name_vi="Xoài cát chu hộp quà", prices=(250_000,), stock=STOCK)
        slug, variant_id = product.slug, product.variants[0].id
        db.session.commit()
    with gunicorn(url, tmp_path) as base:
        yield app, base, slug, variant_id


def test_two_hundred_buyers_at_once_never_oversell(rush):
    app, base, slug, variant_id = rush
    barrier = threading.Barrier(BUYERS, timeout=120)

    def buy(n: int) -> tuple[int, str]:
        buyer = Buyer(base)
        _status, page = buyer.request(f"/products/{slug}")
        token = input_value(page, "csrf_token")
        status, _ = buyer.request(
            "/cart/add", {"csrf_token": token, "variant_id": variant_id, "quantity": 1}
        )
        assert status in (302, 303), status
        _status, page = buyer.request("/checkout")
        form = {
            "csrf_token": input_value(page, "csrf_token"),
            "idempotency_key": input_value(page, "idempotency_key"),
            "total_seen": input_value(page, "total_seen"),
            "phone": f"09{n:08d}",
            "name": f"Người mua {n}",
            "province": "82",
            "ward": "30226",
            "address": f"{n} Đường Sen",
            "method": "cod",
        }
        barrier.wait()
        return buyer.request("/checkout", form)

    with ThreadPoolExecutor(max_workers=BUYERS) as pool:
        results = list(pool.map(buy, range(BUYERS)))

    statuses = [status for status, _body in results]
    assert 500 not in statuses
    assert statuses.count(302) == STOCK
    refused = [body for status, body in results if status != 302]
    assert len(refused) == BUYERS - STOCK
    assert all(status == 400 for status, _ in results if status != 302)
    assert all(re.search(r"Only \d+ left", body) for body in refused)
    assert not any("database is locked" in body for _status, body in results)
    with app.app_context():
        assert db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant_id)) == 0
        assert db.session.scalar(sa.select(sa.func.count(Order.id))) == STOCK
        db.session.remove()
