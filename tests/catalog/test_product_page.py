"""A product's page: gallery, variants, OCOP certificate, producer card, related products."""

from datetime import date, timedelta

from storefront.catalog.editing import certificate_expiry
from storefront.producers.models import ProducerStatus
from tests import factories


def test_product_page_shows_gallery_variants_certificate_and_producer(client, database):
    maker = factories.producer(name="HTX Sen Tháp Mười", ward_code=factories.THAP_MUOI)
    product = factories.product(
        producer_=maker,
        name_vi="Trà sen ướp bông",
        prices=(150_000, 950_000),
        stock=3,
        images=3,
        stars=5,
        certificate_no="OCOP-DT-2025-0042",
        certifications=["VietGAP", "HACCP"],
        description_vi="Trà ướp trong bông sen hồng.",
    )

    response = client.get(f"/products/{product.slug}")
    html = response.get_data(as_text=True)

    assert response.status_code == 200
    assert html.count('class="gallery-slide"') == 3
    assert html.count('href="#photo-') == 3
    assert "150.000\xa0₫" in html and "950.000\xa0₫" in html
    assert "Gói 1" in html and "Gói 2" in html
    assert "OCOP-DT-2025-0042" in html
    assert "★★★★★" in html
    assert "VietGAP" in html and "HACCP" in html
    assert "HTX Sen Tháp Mười" in html
    assert "Xã Tháp Mười, Đồng Tháp" in html
    assert "Trà ướp trong bông sen hồng." in html
    assert 'property="og:image"' in html


def test_stock_status_is_honest(client, database):
    product = factories.product(prices=(10_000,), stock=0)
    html = client.get(f"/products/{product.slug}").get_data(as_text=True)
    assert 'class="stock stock-out"' in html

    low = factories.product(prices=(10_000,), stock=2)
    assert 'class="stock stock-low"' in client.get(f"/products/{low.slug}").get_data(as_text=True)


def test_expired_certificate_hides_stars_and_says_so(client, database):
    certified = date.today() - timedelta(days=1200)
    product = factories.product(stars=5, certified_on=certified, certificate_no="OCOP-OLD-1")

    html = client.get(f"/products/{product.slug}").get_data(as_text=True)

    assert "★" not in html
    assert 'class="ocop-expired"' in html
    assert "OCOP-OLD-1" in html
    assert certificate_expiry(certified) < date.today()


def test_related_products_come_from_the_same_group(client, database):
    product = factories.product(category="fresh-fruit")
    factories.product(name_vi="Quýt hồng Lai Vung", category="fresh-fruit")
    factories.product(name_vi="Khô cá lóc", category="dried-seafood")
    factories.product(name_vi="Khăn lụa", category="fabric-garments")

    html = client.get(f"/products/{product.slug}").get_data(as_text=True)
    related = html[html.index('id="related-title"') :]

    assert "Quýt hồng Lai Vung" in related and "Khô cá lóc" in related
    assert "Khăn lụa" not in related


def test_unknown_unpublished_or_unapproved_product_is_404(client, database):
    draft = factories.product(published=False)
    suspended = factories.product(producer_=factories.producer(status=ProducerStatus.SUSPENDED))

    for slug in ("no-such-product", draft.slug, suspended.slug):
        response = client.get(f"/products/{slug}")
        assert response.status_code == 404
        assert "<h1>" in response.get_data(as_text=True)


def test_english_falls_back_to_vietnamese_when_empty(client, database):
    product = factories.product(name_vi="Hủ tiếu Sa Đéc", name_en="", description_vi="Sợi dai.")
    html = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)
    assert "Hủ tiếu Sa Đéc" in html and "Sợi dai." in html
