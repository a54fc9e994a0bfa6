"""200 buyers at once for 50 units: exactly 50 orders, the rest told how many are left.

The real thing: gunicorn with several worker processes serves the app on 127.0.0.1, each
buyer is its own HTTP client with its own cookies, and all of them press "Place order" at
the same moment (a barrier). Runs on SQLite and on PostgreSQL, like the whole suite.
"""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders.models import Order
from tests import factories
from tests.conftest import build_app
from tests.web import input_value

BUYERS, STOCK = 200, 50


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def rush(make_database_url, tmp_path):
    """A product with 50 in stock, served by gunicorn (4 processes × 8 threads)."""
    url = make_database_url("rush")
    app = build_app(url, tmp_path)
    with app.app_context():
        product = factories.product(name_vi="Xoài cát chu hộp quà", prices=(250_000,), stock=STOCK)
        slug, variant_id = product.slug, product.variants[0].id
        db.session.commit()
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "STOREFRONT_INSTANCE": str(tmp_path),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "SECRET_KEY": "rush-test-secret",
        "MAIL_BACKEND": "console",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "4", "--threads", "8",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "storefront:create_app()"],
        env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        yield app, base, slug, variant_id
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


class Buyer:
    """A browser-like client: its own cookies, no redirect following."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect()
        )

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(
            self.base + path, data=body, headers={"Accept-Language": "en"}
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


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
