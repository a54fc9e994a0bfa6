"""The login limit holds across two gunicorn worker processes that count in one Redis, and a
Redis that goes away does not take the login down.

The real thing: gunicorn serves the app on 127.0.0.1 with production settings, a throwaway
redis-server holds the counters, and 40 clients, each with its own session, press "Log in"
with a wrong password at the same moment (a barrier).
"""

import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from storefront.extensions import db
from tests import factories
from tests.conftest import build_app
from tests.gunicorn import Buyer, gunicorn
from tests.redisserver import RedisServer
from tests.web import hidden_fields

EMAIL, ATTEMPTS, ALLOWED = "lan@example.vn", 40, 5
REFUSED = 400  # a wrong password: the form again, with its message
# A short window, so the test can wait it out; the address limit out of the way, so what is
# counted is the account (in production: 5 per minute and 20 per hour).
SETTINGS = {
    "RATELIMIT_ENABLED": "1",
    "RATELIMIT_LOGIN_PER_ACCOUNT": f"{ALLOWED} per 20 seconds",
    "RATELIMIT_LOGIN_PER_ADDRESS": "1000 per minute",
}
_databases = itertools.count()


@pytest.fixture
def shop(make_database_url, tmp_path):
    """A database with one account, committed, for gunicorn's workers to read."""
    url = make_database_url(f"workers_{next(_databases)}")
    app = build_app(url, tmp_path)
    with app.app_context():
        factories.user(email=EMAIL)
        db.session.commit()
        db.session.remove()
    return url, tmp_path


def login_form(buyer: Buyer, password: str) -> dict:
    page = buyer.request("/account/login")[1]
    return {**hidden_fields(page), "email": EMAIL, "password": password}


def test_the_login_limit_holds_across_two_workers(shop, redis_server):
    url, instance = shop
    settings = {**SETTINGS, "RATELIMIT_STORAGE_URI": redis_server.url}
    with gunicorn(url, instance, workers=2, threads=8, settings=settings) as base:
        barrier = threading.Barrier(ATTEMPTS, timeout=60)

        def guess(_n: int) -> int:
            guesser = Buyer(base)
            form = login_form(guesser, "not-the-password")
            barrier.wait()
            return guesser.send("/account/login", form)[0]

        with ThreadPoolExecutor(ATTEMPTS) as pool:
            statuses = list(pool.map(guess, range(ATTEMPTS)))
        assert sorted(statuses) == [REFUSED] * ALLOWED + [429] * (ATTEMPTS - ALLOWED)

        owner = Buyer(base)
        form = login_form(owner, factories.PASSWORD)
        assert owner.send("/account/login", form)[0] == 429  # the right password, refused too
        wait = int(owner.headers["Retry-After"])
        assert 0 < wait <= 21
        time.sleep(wait)
        status, _body, location = owner.send("/account/login", form)
        assert status == 302 and location.endswith("/account")


def test_a_redis_that_goes_away_does_not_take_the_login_down(shop):
    url, instance = shop
    with RedisServer() as redis:
        settings = {**SETTINGS, "RATELIMIT_STORAGE_URI": redis.url}
        with gunicorn(url, instance, workers=1, threads=4, settings=settings) as base:
            guesser = Buyer(base)
            form = login_form(guesser, "not-the-password")
            assert guesser.send("/account/login", form)[0] == REFUSED
            redis.stop()
            statuses = [guesser.send("/account/login", form)[0] for _ in range(ALLOWED + 1)]
    # The worker counts in its own memory meanwhile: still limited, never a 500.
    assert statuses == [REFUSED] * ALLOWED + [429]
