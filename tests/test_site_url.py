"""Every absolute link (e-mails, share tags, sitemap) starts with SITE_URL, whatever Host header
the request carried; an untrusted Host gets a 400 page; no SITE_URL, no start in production."""

import re

import pytest
import sqlalchemy as sa

from storefront import create_app
from storefront.config import Config, SiteURLError
from storefront.extensions import db
from storefront.mail import outbox
from storefront.orders.models import Order
from storefront.producers.models import ProducerStatus
from tests import factories
from tests.conftest import IsolatedClient
from tests.tours import builders
from tests.web import login, post

SITE = "https://cho.example.vn"  # TestConfig's SITE_URL
FORGED = "evil.example"
URL = re.compile(r"https?://[^\s\"'<>]+")


class ForgedHostClient(IsolatedClient):
    """A browser whose every request names another host (cookies stay those of the site)."""

    def open(self, *args, **kwargs):
        kwargs["headers"] = {**dict(kwargs.get("headers") or {}), "Host": FORGED}
        return super().open(*args, **kwargs)

    def session_transaction(self, *args, **kwargs):
        return super().session_transaction(*args, headers={"Host": FORGED}, **kwargs)


@pytest.fixture
def forged(app, database):
    outbox(app).clear()
    yield ForgedHostClient(app, app.response_class, use_cookies=True)
    outbox(app).clear()


def assert_links_are_ours(text: str) -> list[str]:
    assert FORGED not in text
    links = URL.findall(text)
    assert links and all(link.startswith(SITE + "/") for link in links), links
    return links


def test_password_reset_mail(app, forged):
    user = factories.user()
    post(forged, "/account/password/forgot", {"email": user.email},
         token_from="/account/password/forgot")  # fmt: skip
    (message,) = outbox(app)
    assert "/account/password/reset/" in assert_links_are_ours(message.get_content())[0]


def test_invitation_mail(app, forged):
    producer = factories.producer()
    login(forged, factories.member(producer))
    post(forged, "/portal/team", {"email": "ban@example.vn"}, token_from="/portal/team")
    (message,) = outbox(app)
    assert "/producers/invitations/" in assert_links_are_ours(message.get_content())[0]


def test_order_mails_to_buyer_and_producer(app, forged):
    product = factories.product(prices=(90_000,))
    factories.member(product.producer)
    post(forged, "/cart/add", {"variant_id": product.variants[0].id, "quantity": 1},
         token_from=f"/products/{product.slug}")  # fmt: skip
    page = forged.get("/checkout").get_data(as_text=True)
    data = {
        name: value
        for name, value in re.findall(r'name="([^"]+)" type="hidden" value="([^"]*)"', page)
    }
    data.update(phone="0912345678", name="Khách", email="khach@example.vn", province="82",
                ward="29905", address="12 Hùng Vương", method="cod")  # fmt: skip
    assert forged.post("/checkout", data=data).status_code == 302
    assert len(outbox(app)) == 2  # the buyer's confirmation, the producer's new order
    for message in outbox(app):
        assert_links_are_ours(message.get_content())


def test_ticket_and_certificate_mails_sent_by_the_office(app, forged):
    departure = builders.departure(builders.tour(), capacity=5)
    tree = builders.offered_tree()
    buyer = factories.user()
    login(forged, buyer)
    for url, form in (
        (f"/tours/{departure.tour.slug}/book?departure={departure.id}",
         {"adults": "2", "children": "0", "phone": "0912345678", "name": "Hoa",
          "email": "hoa@example.vn", "method": "bank_transfer"}),
        (f"/mango-trees/{tree.code}/adopt",
         {"plate_name": "Nhà Bảo", "phone": "0912345678", "name": "Bảo",
          "email": "bao@example.vn", "province": "82", "ward": str(builders.MY_THO),
          "address": "Ấp 3", "method": "bank_transfer"}),
    ):  # fmt: skip
        page = forged.get(url).get_data(as_text=True)
        key = re.search(r'name="idempotency_key" type="hidden" value="([^"]+)"', page)[1]
        total = re.search(r'name="total_seen" type="hidden" value="([^"]+)"', page)[1]
        form.update(idempotency_key=key, total_seen=total)  # a booking priced for two adults
        assert post(forged, url, form, token_from=url).status_code == 302
    orders = db.session.scalars(sa.select(Order).where(Order.user_id == buyer.id)).all()
    login(forged, factories.user(is_admin=True))
    outbox(app).clear()
    for order in orders:
        post(forged, f"/admin/orders/{order.id}/transfer-received", token_from="/admin/orders")
    bodies = [message.get_content() for message in outbox(app)]
    links = [link for body in bodies for link in assert_links_are_ours(body)]
    assert any("/tickets/" in link for link in links)
    assert any("/certificate" in link for link in links)


def test_the_office_decision_mail(app, forged):
    producer = factories.producer(status=ProducerStatus.PENDING)
    factories.member(producer)
    login(forged, factories.user(is_admin=True))
    post(forged, f"/admin/producers/{producer.id}", {"action": "approve"}, token_from="/account")
    (message,) = outbox(app)
    assert_links_are_ours(message.get_content())


def test_share_tags_robots_and_sitemap(forged):
    product = factories.product()
    page = forged.get(f"/products/{product.slug}").get_data(as_text=True)
    assert f'og:url" content="{SITE}/products/{product.slug}"' in page and FORGED not in page
    assert f"Sitemap: {SITE}/sitemap.xml" in forged.get("/robots.txt").get_data(as_text=True)
    sitemap = forged.get("/sitemap.xml").get_data(as_text=True)
    assert_links_are_ours(sitemap.replace("http://www.sitemaps.org/schemas/sitemap/0.9", ""))


def test_an_untrusted_host_gets_a_400_page(app, client, database, monkeypatch):
    monkeypatch.setitem(app.config, "TRUSTED_HOSTS", ["cho.example.vn"])
    for path in ("/", "/products", "/account/login?lang=en"):
        response = client.get(path, headers={"Host": FORGED})
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert "<h1>" in html and f'href="{SITE}/"' in html
    english = client.get("/?lang=en", headers={"Host": FORGED}).get_data(as_text=True)
    assert "This address is not one of ours." in english
    assert client.get("/", base_url=SITE).status_code == 200


def test_no_site_url_no_start_outside_debugging(tmp_path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    with pytest.raises(SiteURLError, match="SITE_URL is not set"):
        create_app(Config(tmp_path), SQLALCHEMY_DATABASE_URI="sqlite://")
    with pytest.raises(SiteURLError, match="not a web address"):
        create_app(Config(tmp_path), SQLALCHEMY_DATABASE_URI="sqlite://", SITE_URL="cho.vn")

    monkeypatch.setenv("FLASK_DEBUG", "1")
    app = create_app(Config(tmp_path), SQLALCHEMY_DATABASE_URI="sqlite://")
    assert app.config["SITE_URL"] == "http://127.0.0.1:5000"
