"""200 buyers at once for 50 units: exactly 50 orders, the rest told how many are left; and
eight buyers at once for the last units of a box kept in two lots.

The real thing: gunicorn with several worker processes serves the app on 127.0.0.1, each
buyer is its own HTTP client with its own cookies, and all of them press "Place order" at
the same moment (a barrier). Runs on SQLite and on PostgreSQL, like the whole suite.
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders.models import Order
from tests import factories, lot_factories
from tests.conftest import build_app
from tests.gunicorn import Buyer, gunicorn
from tests.locks import RowLocks
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


LOT_BUYERS, LOTS = 8, {"XM-SOON": (3, 10), "XM-LATER": (4, 40)}  # code: (units, best in days)


@pytest.fixture
def lot_rush(make_database_url, tmp_path):
    """The last 7 units of a box, kept in two lots (3 expiring first, then 4), on gunicorn."""
    url = make_database_url("lot_rush")
    app = build_app(url, tmp_path)
    with app.app_context():
        variant = factories.product(name_vi="Xoài cát chu", prices=(180_000,)).variants[0]
        for code, (units, best_in) in LOTS.items():
            best_before = date.today() + timedelta(days=best_in)
            lot_factories.lot(variant, code=code, quantity=units, best_before=best_before)
        slug, variant_id = variant.product.slug, variant.id
        db.session.commit()
    with gunicorn(url, tmp_path) as base:
        yield app, url, base, slug, variant_id


def _buyer_ready(base: str, slug: str, variant_id: int, n: int, quantity: int):
    """A guest with `quantity` in the cart on the checkout page: the POST that places it."""
    buyer = Buyer(base)
    token = input_value(buyer.request(f"/products/{slug}")[1], "csrf_token")
    form = {"csrf_token": token, "variant_id": variant_id, "quantity": quantity}
    assert buyer.request("/cart/add", form)[0] in (302, 303)
    _status, page = buyer.request("/checkout")
    form = {name: input_value(page, name) for name in ("csrf_token", "idempotency_key",
                                                       "total_seen")}  # fmt: skip
    form.update(phone=f"09{n:08d}", name=f"Người mua {n}", province="82", ward="30226",
                address=f"{n} Đường Sen", method="cod")  # fmt: skip
    return lambda: buyer.request("/checkout", form)


def test_eight_buyers_of_the_last_units_in_two_lots_never_oversell_a_lot(lot_rush):
    """Eight buyers want 2 each of 7 units (3 + 4 in two lots): exactly three orders, the
    second across both lots, and neither lot below zero. On PostgreSQL all eight are made to
    queue on the variant's row first (tests.locks), so they meet inside their transactions."""
    app, url, base, slug, variant_id = lot_rush
    ready = [_buyer_ready(base, slug, variant_id, n, 2) for n in range(LOT_BUYERS)]
    with RowLocks(url) as locks, ThreadPoolExecutor(LOT_BUYERS) as pool:
        locks.hold("variant", variant_id)
        pending = [pool.submit(place) for place in ready]
        locks.wait_for(LOT_BUYERS)
        locks.release()
        results = [future.result() for future in pending]

    statuses = sorted(status for status, _body in results)
    assert statuses == [302] * 3 + [400] * 5
    assert all("Only 1 left" in body for status, body in results if status == 400)
    with app.app_context():
        lots = {lot.code: lot for lot in db.session.scalars(sa.select(Lot))}
        assert {code: lot.stock for code, lot in lots.items()} == {"XM-SOON": 0, "XM-LATER": 1}
        assert db.session.get(Variant, variant_id).stock == 1 == sum(x.stock for x in lots.values())
        orders = db.session.scalars(sa.select(Order)).all()
        took = [sorted((row.lot.code, row.quantity) for row in order.items[0].lots)
                for order in orders]  # fmt: skip
        assert sorted(took) == [[("XM-LATER", 1), ("XM-SOON", 1)], [("XM-LATER", 2)],
                                [("XM-SOON", 2)]]  # fmt: skip
        db.session.remove()
