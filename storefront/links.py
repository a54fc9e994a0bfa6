"""Absolute links to this site, for e-mails, QR codes and payment pages: always built from
SITE_URL, never from the request's Host header (which the client chooses, so a forged one
would put an attacker's address in a password-reset e-mail)."""

from urllib.parse import urlsplit

from flask import current_app


def external_url(endpoint: str, **values) -> str:
    """The full address of a page at SITE_URL, like url_for(..., _external=True)."""
    app = current_app
    site = urlsplit(app.config["SITE_URL"])
    app.inject_url_defaults(endpoint, values)
    adapter = app.url_map.bind(
        site.netloc, script_name=site.path.rstrip("/") or "/", url_scheme=site.scheme
    )
    return adapter.build(endpoint, values, force_external=True)


def site_url(path: str) -> str:
    """SITE_URL joined with a path of this site ("/01/08935…/10/L1?17=…")."""
    return current_app.config["SITE_URL"].rstrip("/") + "/" + path.lstrip("/")
