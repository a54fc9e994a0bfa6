"""Helpers for driving forms in tests: log in, read CSRF tokens, post like a browser."""

import html
import re
import tempfile
from pathlib import Path

CSRF = re.compile(r'name="csrf[_-]token" (?:type="hidden" )?(?:value|content)="([^"]+)"')


def login(client, user) -> None:
    """Log a user in through Flask-Login's session keys (the login form has its own tests)."""
    with client.session_transaction() as session:
        session["_user_id"] = user.get_id()
        session["_fresh"] = True


def csrf_token(client, url: str = "/account/login") -> str:
    html = client.get(url).get_data(as_text=True)
    match = CSRF.search(html)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def post(client, url: str, data: dict | None = None, token_from: str | None = None, **kwargs):
    """POST with a valid CSRF token read from a page (the form's own page by default)."""
    data = dict(data or {})
    data.setdefault("csrf_token", csrf_token(client, token_from or "/portal/"))
    return client.post(url, data=data, **kwargs)


INPUT = re.compile(r"<input[^>]*>")
TOTAL = re.compile(r'data-total="([0-9]+)"')


def quoted_total(page: str) -> str:
    """The total a page or quote fragment shows (data-total): what its form sends back."""
    match = TOTAL.search(page)
    assert match, f"no total in {page[:300]!r}"
    return match.group(1)


def input_value(page: str, name: str) -> str:
    """The value of the first <input name=...> on the page, whatever its attribute order."""
    for tag in INPUT.findall(page):
        if f'name="{name}"' in tag:
            return re.search(r'value="([^"]*)"', tag).group(1)
    raise AssertionError(f"no input {name} in {page[:300]!r}")


def bare_app():
    """An app on an empty in-memory database: enough to read its URL map and its forms."""
    from storefront import create_app
    from storefront.config import TestConfig

    with tempfile.TemporaryDirectory() as root:
        return create_app(TestConfig(Path(root)), SQLALCHEMY_DATABASE_URI="sqlite://")


def hidden_fields(page: str) -> dict[str, str]:
    """The hidden inputs of a page's forms (CSRF token, idempotency key, order link token...),
    the first of each name, as a browser would send them."""
    fields: dict[str, str] = {}
    for tag in INPUT.findall(page):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        if 'type="hidden"' in tag and name:
            fields.setdefault(name.group(1), html.unescape(value.group(1)) if value else "")
    return fields
