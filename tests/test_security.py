"""Secure defaults: headers, cookies, CSRF, password hashing and the generated secret key."""

import pytest
from flask import Blueprint
from flask_wtf import FlaskForm

from storefront import create_app
from storefront.accounts.passwords import hash_password, verify_password
from storefront.config import Config, TestConfig
from storefront.extensions import db
from tests.web import csrf_token


def test_security_headers_on_every_page(client, database):
    for url in ("/", "/products", "/products/missing", "/healthz"):
        headers = client.get(url).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'self'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_scripts_styles_or_external_requests(client, database):
    html = client.get("/").get_data(as_text=True)
    assert "<script>" not in html and " style=" not in html and "<style" not in html
    assert 'src="http' not in html and 'href="http' not in html.split("<body")[0]


def test_session_cookie_is_httponly_and_lax(client, database):
    response = client.get("/?lang=en")
    cookies = response.headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookies if c.startswith("session="))
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie
    assert "Secure" not in session_cookie  # plain http in tests


def test_cookies_are_secure_over_https(tmp_path, monkeypatch):
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "1")
    config = Config(tmp_path)
    assert config.SESSION_COOKIE_SECURE is True
    assert config.PREFERRED_URL_SCHEME == "https"


def test_secret_key_is_generated_once_into_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = Config(tmp_path).SECRET_KEY
    assert len(first) == 64
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert first == Config(tmp_path).SECRET_KEY
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    assert Config(tmp_path).SECRET_KEY == "from-the-environment"


def test_forms_without_a_csrf_token_are_refused(tmp_path):
    app = create_app(TestConfig(tmp_path), SQLALCHEMY_DATABASE_URI="sqlite://")
    probe = Blueprint("probe", __name__)

    @probe.route("/probe", methods=["GET", "POST"])
    def form_page():
        form = FlaskForm()
        if form.validate_on_submit():
            return "saved"
        return form.hidden_tag()

    app.register_blueprint(probe)
    client = app.test_client()
    assert client.post("/probe").status_code == 400
    token = client.get("/probe").get_data(as_text=True).split('value="')[1].split('"')[0]
    assert client.post("/probe", data={"csrf_token": token}).get_data(as_text=True) == "saved"


def test_passwords_are_hashed_with_argon2id(app):
    with app.app_context():
        hashed = hash_password("một mật khẩu dài")
        assert hashed.startswith("$argon2id$")
        assert verify_password(hashed, "một mật khẩu dài")
        assert not verify_password(hashed, "sai mật khẩu")
        assert not verify_password(None, "anything")
        assert not verify_password("not-a-hash", "anything")


@pytest.mark.parametrize("path", ["/robots.txt", "/sitemap.xml"])
def test_machine_endpoints(client, database, path):
    response = client.get(path)
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/products/a%00b", "/producers/a%00b", "/orders/DT%00"])
def test_nul_bytes_in_urls_are_not_found(client, database, path):
    assert client.get(path).status_code == 404


def test_a_json_body_with_the_csrf_header_is_refused_before_any_form_reads_it(client, database):
    """Flask-WTF would fill the form from JSON (dicts and numbers no browser sends)."""
    from storefront.accounts.models import User

    token = csrf_token(client, "/account/sign-up")
    before = db.session.query(User).count()
    response = client.post(
        "/account/sign-up?lang=en",
        json={"email": "json@example.vn", "password": {"a": 1}, "name": 12, "phone": []},
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 415
    assert "only takes what its own form sends" in response.get_data(as_text=True)
    assert db.session.query(User).count() == before


def test_a_form_post_and_an_empty_post_still_reach_their_views(client, database):
    token = csrf_token(client, "/account/login")
    form = client.post("/account/login", data={"csrf_token": token, "email": "", "password": ""})
    empty = client.post("/account/logout")
    # the login form answers its own refusal next to the field (not the 415 of a JSON body)
    assert form.status_code == 400 and 'id="email-error"' in form.get_data(as_text=True)
    assert empty.status_code == 400  # no CSRF token: refused there
