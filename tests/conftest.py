"""Test fixtures: one app per run on SQLite or PostgreSQL, schema built once by the
migrations, each test rolled back, a query counter, and a live server for the browser."""

import contextvars
import os
import re
import threading
from contextlib import contextmanager
from pathlib import Path

import flask_migrate
import pytest
from flask.testing import FlaskClient
from flask_sqlalchemy.session import Session
from sqlalchemy import event
from werkzeug.serving import make_server

from storefront import create_app
from storefront.config import TestConfig
from storefront.extensions import db
from tests import web
from tests.pgserver import PostgresServer
from tests.redisserver import RedisServer

IGNORED_STATEMENTS = re.compile(r"^\s*(SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT)", re.I)


def pytest_addoption(parser):
    parser.addoption(
        "--db",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="Database backend the whole suite runs on.",
    )


@pytest.fixture(scope="session")
def backend(request) -> str:
    return request.config.getoption("--db")


@pytest.fixture(scope="session")
def postgres(backend):
    if backend != "postgresql":
        yield None
        return
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server():
    """A throwaway redis-server for this test process, started by the first test needing it."""
    with RedisServer() as server:
        yield server


@pytest.fixture(scope="session")
def make_database_url(backend, postgres, tmp_path_factory):
    """Return a function that makes a fresh, empty database and gives its URL."""

    def make(name: str) -> str:
        if postgres is not None:
            return postgres.create_database(name)
        return f"sqlite:///{tmp_path_factory.mktemp(name) / 'storefront.db'}"

    return make


def build_app(database_url: str, root: Path, **overrides):
    """An application on its own database and media folder, schema built by the migrations."""
    root.mkdir(parents=True, exist_ok=True)
    app = create_app(
        TestConfig(root),
        SQLALCHEMY_DATABASE_URI=database_url,
        MEDIA_ROOT=str(root / "media"),
        **overrides,
    )
    with app.app_context():
        flask_migrate.upgrade()
    return app


@pytest.fixture(scope="session")
def app(make_database_url, tmp_path_factory):
    return build_app(make_database_url("unit"), tmp_path_factory.mktemp("app"))


class _BoundSession(Session):
    """Flask-SQLAlchemy's session picks engines by bind key; in tests use our connection."""

    def get_bind(self, *args, **kwargs):
        return self.bind


@pytest.fixture
def database(app):
    """The schema inside a transaction that is rolled back after the test."""
    with app.app_context():
        connection = db.engine.connect()
        transaction = connection.begin()
        original = db.session
        db.session = db._make_scoped_session(
            {
                "bind": connection,
                "join_transaction_mode": "create_savepoint",
                "class_": _BoundSession,
            }
        )
        try:
            yield db
        finally:
            db.session.remove()
            db.session = original
            transaction.rollback()
            connection.close()


class IsolatedClient(FlaskClient):
    """Runs each request in a fresh context, so it gets its own app context, `g` and
    session, as in production, instead of reusing the test's app context."""

    def open(self, *args, **kwargs):
        return contextvars.Context().run(super().open, *args, **kwargs)


@pytest.fixture
def client(app, database):
    app.test_client_class = IsolatedClient
    return app.test_client()


@pytest.fixture
def count_queries(app):
    """`with count_queries() as queries:` collects the SQL statements run inside the block."""

    @contextmanager
    def counter():
        statements: list[str] = []

        def record(conn, cursor, statement, parameters, context, executemany):
            if not IGNORED_STATEMENTS.match(statement):
                statements.append(statement)

        engine = db.engine
        event.listen(engine, "before_cursor_execute", record)
        try:
            yield statements
        finally:
            event.remove(engine, "before_cursor_execute", record)

    return counter


class LiveServer:
    """The app served by a real WSGI server on 127.0.0.1 in a background thread."""

    def __init__(self, app):
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.thread.join(timeout=5)


@pytest.fixture(scope="session")
def demo_app(make_database_url, tmp_path_factory):
    """An app on its own database loaded by `flask seed-demo` (committed, as in real use)."""
    app = build_app(make_database_url("demo"), tmp_path_factory.mktemp("demo"))
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    return app


@pytest.fixture(scope="session")
def live_server(demo_app):
    with LiveServer(demo_app) as server:
        demo_app.config["SITE_URL"] = server.url  # links in its e-mails lead the browser back
        yield server


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (Playwright cannot download its own here)."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


class Auth:
    """Log in and out through the real pages, and post forms with their CSRF token."""

    PASSWORD = "mật-khẩu-đủ-dài-123"
    created = 0

    def __init__(self, client):
        self.client = client

    def csrf_token(self, url: str) -> str:
        """The CSRF token of the form on the page at `url` (the session keeps it)."""
        return web.csrf_token(self.client, url)

    def post_form(self, url: str, data: dict, form_url: str | None = None, **kwargs):
        """Fetch the form page (`form_url`, default `url`), then post `data` with its token."""
        return web.post(self.client, url, data, token_from=form_url or url, **kwargs)

    def new_user(self, email: str | None = None, password: str = PASSWORD, **fields):
        """An account (flushed) whose password is `password`."""
        from storefront.accounts.services import register_user

        Auth.created += 1
        email = email or f"user{Auth.created}@example.vn"
        user = register_user(
            email,
            password,
            fields.pop("name", "Nguyễn Thị Lan"),
            fields.pop("phone", ""),
            fields.pop("locale", "vi"),
        )
        for key, value in fields.items():
            setattr(user, key, value)
        db.session.flush()
        return user

    def login(self, user_or_email=None, password: str = PASSWORD, **kwargs):
        """Log in through /account/login (a new account if none is given); the response."""
        if user_or_email is None:
            user_or_email = self.new_user(password=password)
        email = getattr(user_or_email, "email", user_or_email)
        return self.post_form("/account/login", {"email": email, "password": password}, **kwargs)

    def logout(self, **kwargs):
        """Log out through the form on the account page."""
        return self.post_form("/account/logout", {}, form_url="/account", **kwargs)


@pytest.fixture
def auth(client):
    """`auth.login(user)`, `auth.logout()`, `auth.new_user()`, `auth.post_form(url, data)`."""
    return Auth(client)
