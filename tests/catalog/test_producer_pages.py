"""Producer pages: brand story, location from vietnam-provinces, contact and products."""

from storefront.producers.models import ProducerStatus
from tests import factories


def test_producer_page_shows_story_location_contact_and_products(client, database):
    maker = factories.producer(
        name="HTX Xoài Mỹ Xương",
        ward_code=30076,
        address="Ấp 3",
        phone="0277381234",
        story_vi="Hợp tác xã trồng xoài theo chuẩn VietGAP.",
        logo=factories.asset(),
    )
    factories.product(producer_=maker, name_vi="Xoài cát chu")
    factories.product(producer_=maker, name_vi="Bản nháp", published=False)

    response = client.get(f"/producers/{maker.slug}")
    html = response.get_data(as_text=True)

    assert response.status_code == 200
    assert "Hợp tác xã trồng xoài theo chuẩn VietGAP." in html
    assert "Ấp 3, Xã Mỹ Thọ, Đồng Tháp" in html
    assert 'href="tel:0277381234"' in html
    assert "Xoài cát chu" in html and "Bản nháp" not in html
    assert 'class="producer-logo"' in html


def test_story_in_english_falls_back_to_vietnamese(client, database):
    maker = factories.producer(story_vi="Câu chuyện bằng tiếng Việt.", story_en="")
    html = client.get(f"/producers/{maker.slug}?lang=en").get_data(as_text=True)
    assert "Câu chuyện bằng tiếng Việt." in html


def test_unapproved_producers_have_no_public_page(client, database):
    for status in (ProducerStatus.PENDING, ProducerStatus.REJECTED, ProducerStatus.SUSPENDED):
        maker = factories.producer(status=status)
        assert client.get(f"/producers/{maker.slug}").status_code == 404
        assert maker.name not in client.get("/producers").get_data(as_text=True)


def test_home_shows_featured_groups_producers_and_mango_teaser(client, database):
    maker = factories.producer(name="Cơ sở Bánh phồng tôm")
    factories.product(producer_=maker, name_vi="Sản phẩm nổi bật", featured=True)
    factories.product(producer_=maker, name_vi="Sản phẩm thường", featured=False)

    html = client.get("/").get_data(as_text=True)

    assert "Sản phẩm nổi bật" in html and "Sản phẩm thường" not in html
    assert html.count('class="group-tile ') == 6
    assert "Cơ sở Bánh phồng tôm" in html
    assert 'href="/mango-trees"' in html
    assert client.get("/mango-trees").status_code == 200
