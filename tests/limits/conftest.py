"""The tests of the rate limits run on their own app with the limits on, once with the counters
in memory and once in a real redis-server; every other test's app has them off."""

import pytest

from storefront import limits
from storefront.extensions import limiter
from tests.conftest import IsolatedClient, build_app


@pytest.fixture(scope="session", params=["memory", "redis"])
def app(request, make_database_url, tmp_path_factory):
    """This folder's `app` (the `database`, `client` and `auth` fixtures use it)."""
    storage = "memory://"
    if request.param == "redis":
        storage = request.getfixturevalue("redis_server").url
    name = f"limits_{request.param}"
    return build_app(
        make_database_url(name),
        tmp_path_factory.mktemp(name),
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI=storage,
    )


@pytest.fixture
def counters(app):
    """Fresh counters for the test, in this app's storage (the limiter is one object, and
    other tests' apps bind it to theirs). The in-process tests use it; the gunicorn ones
    have processes of their own."""
    limits.init_app(app)
    limiter.reset()
    yield limiter
    limiter.reset()


@pytest.fixture
def new_client(app, database):
    """`new_client()`: another browser (its own cookies), for a test of many visitors."""
    app.test_client_class = IsolatedClient
    return app.test_client
