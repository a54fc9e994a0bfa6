"""The brand page: profile, contact and pictures; bad pictures are refused next to their field."""

import io

from PIL import Image

from storefront.extensions import db
from storefront.producers.models import Producer
from tests import factories
from tests.web import login, post


def brand_data(**changes) -> dict:
    data = {
        "name": "HTX Quýt Hồng Lai Vung",
        "kind": "cooperative",
        "province": "82",
        "ward": "30226",
        "address": "Ấp Hòa Định",
        "phone": "0912 345 678",
        "story_vi": "Vườn quýt ba đời.",
        "story_en": "Three generations of mandarin growers.",
        "tagline_vi": "Quýt hồng ngọt lịm",
        "zalo_phone": "+84 912 345 679",
        "facebook_url": "https://facebook.com/quythong",
        "founded_year": "1998",
    }
    data.update(changes)
    return data


def _png(size) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (220, 90, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_brand_page_saves_profile_contact_and_logo(client, database):
    producer = factories.producer()
    login(client, factories.member(producer))
    data = brand_data(logo=(io.BytesIO(_png((600, 600))), "logo.png"))
    response = post(client, "/portal/brand", data, content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.expire_all()
    saved = db.session.get(Producer, producer.id)
    assert saved.name == "HTX Quýt Hồng Lai Vung" and saved.story_en.startswith("Three")
    assert saved.zalo_phone == "0912345679" and saved.founded_year == 1998
    assert saved.logo is not None and saved.logo.width == 600


def test_a_bad_logo_is_refused_next_to_its_field(client, database):
    producer = factories.producer(name="Tên Cũ")
    login(client, factories.member(producer))
    data = brand_data(logo=(io.BytesIO(_png((100, 100))), "tiny.png"))
    response = post(client, "/portal/brand?lang=en", data, content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="logo-error"' in html and "too small" in html
    db.session.expire_all()
    assert db.session.get(Producer, producer.id).name == "Tên Cũ"


def test_brand_page_refuses_an_unknown_ward(client, database):
    producer = factories.producer()
    login(client, factories.member(producer))
    response = post(client, "/portal/brand", brand_data(ward="12345"))
    assert response.status_code == 400


def test_a_nul_in_the_name_is_refused_next_to_it_and_a_line_break_becomes_a_space(client, database):
    """NUL was stored on SQLite (and a 500 on PostgreSQL); a line break in a producer name made
    every e-mail about it raise."""
    producer = factories.producer(name="HTX Cũ")
    login(client, factories.member(producer))
    refused = post(client, "/portal/brand?lang=en", brand_data(name="HTX\x00Quýt"), "/portal/brand")
    html = refused.get_data(as_text=True)
    assert refused.status_code == 400
    assert 'id="name-error"' in html and "invisible control characters" in html
    db.session.expire_all()
    assert db.session.get(Producer, producer.id).name == "HTX Cũ"

    saved = post(client, "/portal/brand", brand_data(name="HTX Quýt\r\nHồng"), "/portal/brand")
    assert saved.status_code == 302
    db.session.expire_all()
    assert db.session.get(Producer, producer.id).name == "HTX Quýt Hồng"
