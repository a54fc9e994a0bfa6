"""When the database is away the site says so: a 503 with Retry-After and a message in the
visitor's language (a page that reads nothing from the database), and /healthz answers 503
for the load balancer. Tried on a database that cannot be reached at all, and on a real
PostgreSQL server stopped under a running app."""

import pytest

from storefront import create_app
from storefront.config import TestConfig
from tests.conftest import build_app
from tests.pgserver import PostgresServer

VI = "Cửa hàng tạm thời không đọc được dữ liệu"
EN = "The shop cannot reach its records just now"


def _assert_unavailable(client) -> None:
    page = client.get("/products")
    assert page.status_code == 503
    assert page.headers["Retry-After"] == "30"
    assert VI in page.get_data(as_text=True)
    english = client.get("/products?lang=en", headers={"Accept-Language": "en"})
    assert english.status_code == 503 and EN in english.get_data(as_text=True)
    health = client.get("/healthz")
    assert health.status_code == 503 and health.json == {"error": "database unavailable"}
    assert health.headers["Retry-After"] == "30"


@pytest.fixture
def unreachable_url(backend, tmp_path):
    """A database address where nothing answers, of the backend the suite runs on."""
    if backend == "postgresql":  # a socket directory no server listens in
        return f"postgresql+psycopg://postgres@/storefront?host={tmp_path}&port=5"
    return f"sqlite:///{tmp_path / 'no-such-folder' / 'storefront.db'}"  # cannot be opened


def test_a_database_that_cannot_be_reached_answers_503(unreachable_url, tmp_path):
    app = create_app(
        TestConfig(tmp_path),
        SQLALCHEMY_DATABASE_URI=unreachable_url,
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    _assert_unavailable(app.test_client())


def test_postgresql_stopped_under_a_running_app_answers_503(tmp_path):
    server = PostgresServer()
    server.start()
    try:
        app = build_app(server.create_database("outage"), tmp_path)
        client = app.test_client()
        assert client.get("/products").status_code == 200
        assert client.get("/healthz").status_code == 200

        server.stop()

        _assert_unavailable(client)
    finally:
        server.stop()
