"""A producer prints a lot's labels and an adopted tree's plate from the portal: the form,
the PDF whose codes decode back, refusals with a message next to the field, and nothing of
another producer's (404)."""

import pytest
from stdnum import ean

from storefront.catalog.digital_link import absolute, lot_path
from storefront.extensions import db
from storefront.models_base import utcnow
from tests import factories, lot_factories, pdf_tools
from tests.portal.test_adoption_portal import adopted


def _gtin() -> str:
    body = "893604599901"
    return body + ean.calc_check_digit(body)


@pytest.fixture
def lot(owner):
    product = factories.product(
        producer_=owner, category="fresh-fruit", prices=(120_000,), name_vi="Xoài cát Hòa Lộc"
    )
    product.variants[0].gtin = _gtin()
    return lot_factories.lot(product.variants[0], code="HL-26-07")


def _error_next_to(html: str, field_id: str, text: str) -> bool:
    return (
        f'id="{field_id}-error" role="alert">' in html
        and text in html.split(f'id="{field_id}-error"')[1].split("</p>")[0]
    )


def test_the_form_offers_the_three_formats(client, lot):
    response = client.get(f"/portal/lots/{lot.id}/labels")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for key in ("a4-70x42", "a4-50x30", "a6"):
        assert f'value="{key}"' in page
    assert "Stickers 70 × 42.3 mm" in page and "Avery Zweckform 3652" in page
    assert "HL-26-07" in page
    assert f'action="/portal/lots/{lot.id}/labels.pdf"' in page


def test_the_pdf_download_decodes_back_to_the_lot(client, lot):
    response = client.get(f"/portal/lots/{lot.id}/labels.pdf?format=a4-50x30&count=40")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment") and "nhan-lo-HL-26-07-a4-50x30.pdf" in disposition
    pdf = response.get_data()
    assert len(pdf_tools.page_sizes_mm(pdf)) == 2  # 36 + 4
    found = pdf_tools.codes(pdf_tools.pages(pdf)[0])
    assert found == {("QRCODE", absolute(lot_path(lot))), ("EAN13", _gtin())}


@pytest.mark.parametrize("count", ["0", "501", "abc", "", "1e3", "-1"])
def test_a_bad_count_is_refused_next_to_its_field(client, lot, count):
    response = client.get(f"/portal/lots/{lot.id}/labels.pdf?format=a6&count={count}")
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert _error_next_to(page, "count", "") and "%PDF" not in page


def test_the_count_message_says_what_is_allowed(client, lot):
    page = client.get(f"/portal/lots/{lot.id}/labels.pdf?format=a6&count=501").get_data(True)
    assert _error_next_to(page, "count", "Print between 1 and 500 labels at a time.")


def test_the_refusal_is_in_the_producers_language(client, lot):
    with client.session_transaction() as session:
        session["lang"] = "vi"
    page = client.get(f"/portal/lots/{lot.id}/labels.pdf?format=a6&count=0").get_data(True)
    assert _error_next_to(page, "count", "Mỗi lần in từ 1 đến 500 nhãn.")


def test_an_unknown_format_is_refused(client, lot):
    response = client.get(f"/portal/lots/{lot.id}/labels.pdf?format=a3&count=5")
    assert response.status_code == 400
    assert "Not a valid choice" in response.get_data(as_text=True)


def test_a_recalled_lot_is_refused_with_its_reason(client, lot):
    lot.recalled_at = utcnow()
    db.session.flush()
    response = client.get(f"/portal/lots/{lot.id}/labels.pdf?format=a6&count=1")
    assert response.status_code == 400
    assert "This lot is recalled: its labels cannot be printed." in response.get_data(True)


def test_another_producers_lot_is_not_found(client, owner):
    stranger = factories.product(producer_=factories.producer())
    other = lot_factories.lot(stranger.variants[0])
    assert client.get(f"/portal/lots/{other.id}/labels").status_code == 404
    assert client.get(f"/portal/lots/{other.id}/labels.pdf?format=a6&count=1").status_code == 404
    assert client.get("/portal/lots/999999/labels").status_code == 404


def test_someone_logged_out_gets_no_labels(app, lot):
    anonymous = app.test_client()
    response = anonymous.get(f"/portal/lots/{lot.id}/labels.pdf?format=a6&count=1")
    assert response.status_code in (302, 401, 403)
    assert response.mimetype != "application/pdf"


def test_the_plate_of_an_adopted_tree(app, client, owner):
    adoption = adopted(app, owner)
    listing = client.get("/portal/adoptions").get_data(as_text=True)
    assert f"/portal/adoptions/{adoption.id}/plate.pdf" in listing and "Print plate" in listing
    page = client.get(f"/portal/adoptions/{adoption.id}").get_data(as_text=True)
    assert f"/portal/adoptions/{adoption.id}/plate.pdf" in page
    response = client.get(f"/portal/adoptions/{adoption.id}/plate.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert f"bien-cay-{adoption.tree.code}.pdf" in response.headers["Content-Disposition"]
    found = pdf_tools.codes(pdf_tools.pages(response.get_data())[0])
    assert found == {("QRCODE", f"https://cho.example.vn/mango-trees/{adoption.tree.code}")}


def test_another_producers_plate_is_not_found(app, client, owner):
    theirs = adopted(app, factories.producer())
    assert client.get(f"/portal/adoptions/{theirs.id}/plate.pdf").status_code == 404
