"""The public catalogue: cards, filters, sorting, paging and bad parameters."""

from datetime import date, timedelta

import pytest

from storefront.catalog.models import ProductStatus
from storefront.producers.models import ProducerStatus
from tests import factories

NBSP = "\xa0"


def vnd(amount: str) -> str:
    return f"{amount}{NBSP}₫"


def test_card_shows_photo_name_producer_commune_stars_and_cheapest_price(client, database):
    maker = factories.producer(name="HTX Nem Lai Vung", ward_code=factories.LAI_VUNG)
    factories.product(
        producer_=maker, name_vi="Nem Lai Vung đặc biệt", prices=(1_250_000, 180_000), stars=5
    )

    html = client.get("/products").get_data(as_text=True)

    assert "Nem Lai Vung đặc biệt" in html
    assert "HTX Nem Lai Vung" in html
    assert "Xã Lai Vung" in html
    assert vnd("180.000") in html
    assert vnd("1.250.000") not in html  # only the cheapest variant is on the card
    assert "★★★★★" in html
    assert 'srcset="/media/' in html


def test_expired_certificate_shows_no_stars_on_card(client, database):
    factories.product(
        name_vi="Trà hết hạn chứng nhận",
        stars=5,
        certified_on=date.today() - timedelta(days=1200),
    )
    html = client.get("/products").get_data(as_text=True)
    assert "Trà hết hạn chứng nhận" in html
    assert "★" not in html


def test_hidden_products_and_unapproved_producers_are_not_listed(client, database):
    factories.product(name_vi="Bản nháp", published=False)
    factories.product(name_vi="Đã ẩn", published=False, status=ProductStatus.HIDDEN)
    for status in (ProducerStatus.PENDING, ProducerStatus.REJECTED, ProducerStatus.SUSPENDED):
        factories.product(
            name_vi=f"Của {status.value}", producer_=factories.producer(status=status)
        )
    factories.product(name_vi="Được bán")

    html = client.get("/products").get_data(as_text=True)

    assert "Được bán" in html
    for hidden in ("Bản nháp", "Đã ẩn", "Của pending", "Của rejected", "Của suspended"):
        assert hidden not in html


def test_filter_by_group_includes_its_subcategories(client, database):
    factories.product(name_vi="Xoài cát chu", category="fresh-fruit")
    factories.product(name_vi="Rượu sen", category="spirits")

    food = client.get("/products?group=food").get_data(as_text=True)
    fruit = client.get("/products?group=fresh-fruit").get_data(as_text=True)
    drinks = client.get("/products?group=beverages").get_data(as_text=True)

    assert "Xoài cát chu" in food and "Rượu sen" not in food
    assert "Xoài cát chu" in fruit
    assert "Rượu sen" in drinks and "Xoài cát chu" not in drinks


def test_filter_by_stars_is_a_minimum_and_ignores_expired_certificates(client, database):
    factories.product(name_vi="Ba sao", stars=3)
    factories.product(name_vi="Bốn sao", stars=4)
    factories.product(name_vi="Năm sao", stars=5)
    factories.product(
        name_vi="Năm sao hết hạn", stars=5, certified_on=date.today() - timedelta(days=1500)
    )

    html = client.get("/products?stars=4").get_data(as_text=True)

    assert "Bốn sao" in html and "Năm sao" in html
    assert "Ba sao" not in html and "Năm sao hết hạn" not in html


def test_filter_by_commune(client, database):
    factories.product(
        name_vi="Trà sen", producer_=factories.producer(ward_code=factories.THAP_MUOI)
    )
    factories.product(
        name_vi="Nem chua", producer_=factories.producer(ward_code=factories.LAI_VUNG)
    )

    html = client.get(f"/products?ward={factories.THAP_MUOI}").get_data(as_text=True)

    assert "Trà sen" in html and "Nem chua" not in html


def test_search_ignores_accents(client, database):
    factories.product(name_vi="Xoài cát Hòa Lộc", name_en="Hoa Loc mango")
    factories.product(name_vi="Bánh phồng tôm")

    html = client.get("/products?q=xoai+hoa+loc").get_data(as_text=True)

    assert "Xoài cát Hòa Lộc" in html and "Bánh phồng tôm" not in html


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("price_asc", ["Rẻ", "Vừa", "Đắt"]),
        ("price_desc", ["Đắt", "Vừa", "Rẻ"]),
        ("stars", ["Đắt", "Rẻ", "Vừa"]),
    ],
)
def test_sorting(client, database, sort, expected):
    factories.product(name_vi="Vừa", prices=(100_000,), stars=3)
    factories.product(name_vi="Rẻ", prices=(20_000,), stars=4)
    factories.product(name_vi="Đắt", prices=(900_000,), stars=5)

    html = client.get(f"/products?sort={sort}").get_data(as_text=True)

    positions = [html.index(f">{name}<") for name in expected]
    assert positions == sorted(positions)


def test_pagination_pages_and_clamps(app, client, database):
    per_page = app.config["CATALOG_PAGE_SIZE"]
    shared = factories.asset()
    for n in range(per_page + 3):
        factories.product(name_vi=f"Hàng số {n:03d}", image_asset=shared)

    first = client.get("/products").get_data(as_text=True)
    second = client.get("/products?page=2").get_data(as_text=True)
    beyond = client.get("/products?page=999999")

    assert first.count('class="card ') == per_page
    assert second.count('class="card ') == 3
    assert beyond.status_code == 200
    assert beyond.get_data(as_text=True).count('class="card ') == 3  # clamped to the last page
    assert 'rel="next"' in first and 'rel="prev"' in second


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-5",
        "page=0",
        "page=1e9",
        "page=99999999999999999999999",
        "stars=9",
        "stars=x",
        "stars=2",
        "ward=123",
        "ward=79",
        "ward=26740",  # a real ward, but not in Dong Thap
        "group=%3Cscript%3E",
        "group=",
        "sort=drop%20table",
        "q=" + "x" * 5000,
        "q=%25%5F%27%22",
        "q=%00",
    ],
)
def test_malformed_parameters_are_ignored_not_errors(client, database, query):
    factories.product(name_vi="Luôn hiện")
    response = client.get(f"/products?{query}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<script>" not in html


def test_filters_are_shareable_links(client, database):
    factories.product(category="fresh-fruit", stars=5)
    html = client.get("/products?group=fresh-fruit&stars=5&sort=price_asc").get_data(as_text=True)
    assert '<form method="get"' in html
    assert 'value="fresh-fruit" selected' in html
    assert 'value="5" selected' in html
    assert 'value="price_asc" selected' in html
