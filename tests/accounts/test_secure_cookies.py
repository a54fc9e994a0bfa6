"""Served over HTTPS (SESSION_COOKIE_SECURE=1): __Host- cookies, Secure, HttpOnly, SameSite."""

import pytest

from storefront.accounts.services import register_user
from storefront.extensions import db
from tests import web
from tests.conftest import Auth, build_app


@pytest.fixture(scope="module")
def secure_app(make_database_url, tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SESSION_COOKIE_SECURE", "1")
        app = build_app(make_database_url("secure"), tmp_path_factory.mktemp("secure"))
    with app.app_context():
        register_user("an@example.vn", Auth.PASSWORD, "Lê Văn An")
        db.session.commit()
    return app


def set_cookies(response) -> dict[str, str]:
    headers = response.headers.getlist("Set-Cookie")
    return {header.split("=", 1)[0]: header for header in headers}


def test_host_prefixed_secure_cookies_over_https(secure_app):
    client = secure_app.test_client()
    response = web.post(
        client,
        "https://localhost/account/login",
        {"email": "an@example.vn", "password": Auth.PASSWORD, "remember": "y"},
        token_from="https://localhost/account/login",
        headers={"Referer": "https://localhost/account/login"},  # Flask-WTF's HTTPS check
    )
    assert response.status_code == 302
    cookies = set_cookies(response)
    assert set(cookies) >= {"__Host-session", "__Host-remember_token"}
    assert "session" not in cookies and "remember_token" not in cookies
    for header in (cookies["__Host-session"], cookies["__Host-remember_token"]):
        attributes = [part.strip() for part in header.split(";")]
        assert {"Secure", "HttpOnly", "Path=/", "SameSite=Lax"} <= set(attributes)
        assert not any(part.lower().startswith("domain=") for part in attributes)
    assert client.get("https://localhost/account").status_code == 200
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]
