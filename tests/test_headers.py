"""Headers: a strict CSP, HSTS over HTTPS, and private pages that are never stored and never
send their address (with its token) to another site."""

import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from storefront import create_app
from storefront.adoptions import services as adoption_services
from storefront.config import TestConfig
from storefront.orders.links import order_url
from tests import factories
from tests.orders.builders import make_order
from tests.tours import builders
from tests.tours.test_adoption_pages import _active_adoption
from tests.tours.test_booking_pages import _confirmed
from tests.web import bare_app, login

# Pages anyone may see and a shared cache may keep. Every other route of the URL map is private:
# a new route fails `test_every_private_route_is_never_stored` until it is marked private or
# listed here on purpose.
PUBLIC_ENDPOINTS = {
    "static", "media.file",
    "main.home", "main.healthz", "main.robots", "main.sitemap", "main.wards",
    "catalog.index", "catalog.product",
    "catalog.producers", "catalog.producer", "producers.join",
    "catalog.digital_link_product", "catalog.trace_lot", "catalog.trace_lot_epcis",
    "catalog.trace_page", "catalog.trace_page_epcis",
    "adoptions.trees", "adoptions.tree", "tours.index", "tours.tour",
    "payments.stripe_webhook",
    "programme.news", "programme.article", "programme.news_atom", "programme.news_rss",
    "programme.events", "programme.event",
}  # fmt: skip


def _url_map_rules():
    return sorted(bare_app().url_map.iter_rules(), key=lambda rule: rule.rule)


def _sample_path(rule) -> str:
    """The rule's path with each variable filled by a value its converter accepts."""
    return re.sub(
        r"<(?:(\w+)(?:\(([^)]*)\))?:)?(\w+)>",
        lambda m: "1" if m.group(1) == "int" else (m.group(2) or "x").split(",")[0].strip(),
        rule.rule,
    )


PRIVATE_ROUTES = [
    pytest.param("GET" if "GET" in rule.methods else "POST", _sample_path(rule), id=rule.endpoint)
    for rule in _url_map_rules()
    if rule.endpoint not in PUBLIC_ENDPOINTS
]


def _assert_private(response):
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_the_private_routes_cover_what_the_issue_names():
    paths = {param.values[1] for param in PRIVATE_ROUTES}
    for wanted in ("/account", "/account/orders", "/account/trees", "/orders/x", "/tickets/x",
                   "/adoptions/x", "/adoptions/x/certificate", "/portal/", "/admin/producers",
                   "/cart", "/checkout", "/producers/invitations/x"):  # fmt: skip
        assert wanted in paths


@pytest.mark.parametrize(("method", "path"), PRIVATE_ROUTES)
def test_every_private_route_is_never_stored(client, database, method, path):
    """Whatever the answer (the page, a redirect to log in, 403, 404), nothing is stored."""
    office = factories.member(user_=factories.user(is_admin=True))
    login(client, office)
    response = client.open(path, method=method)
    assert response.status_code < 500
    _assert_private(response)


@pytest.mark.parametrize(
    "path", ["/", "/products", "/tours", "/mango-trees", "/producers", "/news", "/events"]
)
def test_public_pages_may_be_cached_and_send_their_origin(client, database, path):
    response = client.get(path)
    assert "no-store" not in response.headers.get("Cache-Control", "")
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def _token_pages(app) -> list[str]:
    """The pages opened from e-mailed links: an order, a ticket, a tree and its certificate."""
    with app.test_request_context("/"):
        order = make_order()
        departure = builders.departure(builders.tour())
        _booking, ticket, booking_order = _confirmed(app, departure)
        token = adoption_services.adoption_token(_active_adoption())
        return [order_url(order), ticket, booking_order,
                f"/adoptions/{token}", f"/adoptions/{token}/certificate"]  # fmt: skip


def _leaving_links(html: str) -> list[str]:
    """Links and forms on the page that lead to another site."""
    tags = re.findall(r"<(?:a|form)\b[^>]*(?:href|action)=\"https?://[^\"]*\"[^>]*>", html)
    return [tag for tag in tags if urlsplit(re.search(r"https?://[^\"]+", tag)[0]).netloc]


def test_token_pages_keep_their_token_from_other_sites(app, client, database):
    for url in _token_pages(app):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_private(response)
        for tag in _leaving_links(response.get_data(as_text=True)):
            assert "noreferrer" in tag, (url, tag)


def test_private_pages_of_the_buyer_and_the_producer_are_not_stored(app, client, database):
    owner = factories.member()
    login(client, owner)
    for url in ("/account", "/account/orders", "/account/trees", "/portal/", "/cart"):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_private(response)


def test_csp_allows_no_base_element():
    csp = bare_app().test_client().get("/robots.txt").headers["Content-Security-Policy"]
    assert "base-uri 'none'" in csp.split("; ")


@pytest.mark.parametrize("secure", [True, False])
def test_hsts_covers_subdomains_only_over_https(secure):
    with tempfile.TemporaryDirectory() as root:
        app = create_app(
            TestConfig(Path(root)), SQLALCHEMY_DATABASE_URI="sqlite://",
            SESSION_COOKIE_SECURE=secure,
        )  # fmt: skip
    headers = app.test_client().get("/robots.txt").headers
    if secure:
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    else:
        assert "Strict-Transport-Security" not in headers
