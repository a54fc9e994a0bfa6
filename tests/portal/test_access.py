"""A producer member reads and changes only its own producer's data; others get no portal."""

import pytest
import sqlalchemy as sa

from storefront.catalog.models import Product, ProductStatus, Variant
from storefront.extensions import db
from storefront.producers.models import ProducerStatus
from tests import factories
from tests.web import login, post

ROUTES = [
    ("GET", "/portal/products/{product}/edit"),
    ("POST", "/portal/products/{product}/edit"),
    ("POST", "/portal/products/{product}/publish"),
    ("POST", "/portal/products/{product}/unpublish"),
    ("POST", "/portal/products/{product}/duplicate"),
    ("POST", "/portal/products/{product}/delete"),
    ("GET", "/portal/products/{product}/photos"),
    ("POST", "/portal/products/{product}/photos"),
    ("POST", "/portal/products/{product}/photos/{image}/up"),
    ("POST", "/portal/products/{product}/photos/{image}/down"),
    ("POST", "/portal/products/{product}/photos/{image}/main"),
    ("POST", "/portal/products/{product}/photos/{image}/alt"),
    ("POST", "/portal/products/{product}/photos/{image}/delete"),
    ("POST", "/portal/team/{member}/remove"),
]


@pytest.fixture
def two_producers(database):
    mine = factories.producer(name="HTX Của Tôi")
    theirs = factories.producer(name="HTX Người Khác")
    me = factories.member(mine)
    them = factories.member(theirs)
    factories.product(producer_=mine)
    their_product = factories.product(producer_=theirs, images=2, name_vi="Hàng của họ")
    return me, them, their_product


def _snapshot(product: Product):
    db.session.expire_all()
    row = db.session.get(Product, product.id)
    return (
        row.status,
        row.name_vi,
        [(v.sku, v.price, v.stock) for v in row.variants],
        [(i.id, i.position, i.alt_vi) for i in row.images],
    )


@pytest.mark.parametrize(("method", "pattern"), ROUTES)
def test_other_producers_ids_give_404(client, two_producers, method, pattern):
    me, them, product = two_producers
    login(client, me)
    url = pattern.format(
        product=product.id, image=product.images[0].id, member=them.memberships[0].id
    )
    before = _snapshot(product)

    if method == "GET":
        response = client.get(url)
    else:
        response = post(client, url, {"name_vi": "Đổi tên", "alt-vi": "x"})

    assert response.status_code == 404
    assert _snapshot(product) == before


def test_stock_page_cannot_change_another_producers_stock(client, two_producers):
    me, _them, product = two_producers
    login(client, me)
    variant = product.variants[0]
    response = post(client, "/portal/stock", {f"stock-{variant.id}": "999"})
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.get(Variant, variant.id).stock == 10


def test_anonymous_visitors_are_sent_to_log_in(client, database):
    for url in (
        "/portal/",
        "/portal/products",
        "/portal/stock",
        "/portal/brand",
        "/admin/producers",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/account/login" in response.headers["Location"]


def test_buyers_get_no_portal_and_no_admin(client, database):
    login(client, factories.user())
    for url in ("/portal/", "/portal/products/new", "/admin/producers"):
        assert client.get(url).status_code == 403


def test_members_of_any_status_reach_their_portal_but_nothing_is_public(client, database):
    for status in (ProducerStatus.PENDING, ProducerStatus.REJECTED, ProducerStatus.SUSPENDED):
        maker = factories.producer(status=status, status_reason="Thiếu giấy tờ")
        product = factories.product(producer_=maker, name_vi=f"Hàng {status.value}")
        login(client, factories.member(maker))
        page = client.get("/portal/").get_data(as_text=True)
        assert maker.name in page
        assert client.get(f"/products/{product.slug}").status_code == 404
        assert client.get(f"/producers/{maker.slug}").status_code == 404
        assert product.name_vi not in client.get("/products").get_data(as_text=True)


def test_a_producer_lists_only_its_own_products(client, two_producers):
    me, _them, _product = two_producers
    login(client, me)
    html = client.get("/portal/products").get_data(as_text=True)
    assert "Hàng của họ" not in html
    count = db.session.scalar(
        sa.select(sa.func.count(Product.id)).where(Product.status != ProductStatus.ARCHIVED)
    )
    assert count == 2
