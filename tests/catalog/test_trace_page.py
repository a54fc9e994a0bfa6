"""The public trace page of a lot: its facts, its documents' live validity, one step back and
forward, corrections shown as such, the recall notice, and 404s in the buyer's language."""

from datetime import UTC, date, datetime, timedelta

import pytest

from storefront.catalog.digital_link import lot_path
from storefront.catalog.lot_models import LotInput
from storefront.catalog.models import ProductStatus
from storefront.extensions import db
from storefront.producers.models import ProducerStatus
from tests import factories
from tests import lot_factories as lots

GTIN = "8935049501237"  # a GTIN-13 with a right check digit (893: Vietnam)


def gtin_lot(code="XC-2026-07", gtin=GTIN, **fields):
    product = factories.product(prices=(60_000,))
    product.variants[0].gtin = gtin
    return lots.lot(product.variants[0], code=code, **fields)


def test_the_digital_link_shows_the_lot(client, database):
    lot = gtin_lot(growing_area_code="VN-DT-MX-0012")
    lots.event(lot, "harvested", days_ago=9, place="Vườn ông Tư")
    lots.event(lot, "packed", days_ago=7, actor_name="HTX Mỹ Xương", actor_role="cooperative")
    path = lot_path(lot)
    assert path.startswith("/01/08935049501237/10/XC-2026-07?17=")

    response = client.get(path + "&lang=en")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Lot XC-2026-07" in page
    assert "VN-DT-MX-0012" in page and "Vườn xoài ông Tư, Mỹ Xương" in page
    assert f'href="/producers/{lot.product.producer.slug}"' in page
    assert "Vườn ông Tư" in page and "HTX Mỹ Xương" in page and "Cooperative" in page
    assert page.index('data-event="harvested"') < page.index('data-event="packed"')
    assert 'type="application/ld+json"' in page
    assert 'rel="linkset"' in response.headers["Link"]


def test_the_trace_path_of_a_product_without_gtin(client, database):
    lot = lots.lot(code="TS-01")
    assert lot_path(lot) == f"/trace/{lot.product.slug}/TS-01"
    response = client.get(lot_path(lot))
    assert response.status_code == 200
    assert "TS-01" in response.get_data(as_text=True)


def test_the_gtin_alone_opens_the_product(client, database):
    lot = gtin_lot()
    response = client.get("/01/08935049501237")
    assert response.status_code == 307
    assert response.headers["Location"].endswith(f"/products/{lot.product.slug}")


def test_documents_show_their_live_validity(client, database):
    lot = gtin_lot()
    valid = lots.document(lot.product.producer, "vietgap", number="VG-111")
    expired = lots.document(lot.product.producer, "lab_report", number="LAB-222", valid_days=-2)
    lot.documents.extend([valid, expired])
    db.session.flush()
    page = client.get(lot_path(lot) + "&lang=en").get_data(as_text=True)
    page = page[page.index('id="documents-title"') :]
    vg = page[page.index("VG-111") : page.index("LAB-222")]
    lab = page[page.index("LAB-222") :]
    assert "is-valid" in vg and "Valid" in vg
    assert "is-expired" in lab[:400] and "Expired on" in lab[:400]


def test_ocop_stars_hidden_once_the_certificate_expired(client, database):
    lot = gtin_lot()
    lot.product.certificates[0].expires_on = date.today() - timedelta(days=1)
    db.session.flush()
    page = client.get(lot_path(lot) + "&lang=en").get_data(as_text=True)
    assert "OCOP certificate expired" in page
    assert lot.product.certificate_no in page
    assert "★" not in page


def test_ocop_stars_shown_while_valid(client, database):
    lot = gtin_lot()
    page = client.get(lot_path(lot) + "&lang=en").get_data(as_text=True)
    assert "★★★★" in page and lot.product.certificate_no in page


def test_one_step_back_links_input_lots_and_forward_lists_shipping(client, database):
    pond = lots.lot(code="SEN-AO3")
    tea = gtin_lot(code="TRA-01")
    tea.inputs.append(
        LotInput(input_lot=pond, description="Hoa sen hồng, ao số 3", quantity="120 kg")
    )
    tea.inputs.append(LotInput(description="Trà xanh Thái Nguyên", source_code="TN-77"))
    lots.event(tea, "shipped", days_ago=2, actor_name="Giao Hàng Nhanh", actor_role="carrier")
    lots.event(
        tea, "received_by_shop", days_ago=1, actor_name="Cửa hàng OCOP Cao Lãnh", actor_role="shop"
    )
    db.session.flush()
    page = client.get(lot_path(tea) + "&lang=en").get_data(as_text=True)
    assert f'href="{lot_path(pond)}"' in page
    assert "Hoa sen hồng, ao số 3" in page and "TN-77" in page
    forward = page[page.index("One step forward") :]
    assert "Giao Hàng Nhanh" in forward and "Cửa hàng OCOP Cao Lãnh" in forward

    # and the pond's page shows where its flowers went
    pond_page = client.get(lot_path(pond) + "?lang=en").get_data(as_text=True)
    assert f'href="{lot_path(tea)}"' in pond_page


def test_an_input_lot_of_an_unpublished_product_is_not_linked(client, database):
    hidden = lots.lot(code="AN-01")
    hidden.product.status = ProductStatus.HIDDEN
    tea = gtin_lot(code="TRA-02")
    tea.inputs.append(LotInput(input_lot=hidden, description="Nguyên liệu"))
    db.session.flush()
    page = client.get(lot_path(tea)).get_data(as_text=True)
    assert lot_path(hidden) not in page


def test_a_corrected_event_is_marked_not_hidden(client, database):
    lot = gtin_lot()
    wrong = lots.event(lot, "harvested", days_ago=9, place="Vườn sai")
    lots.event(lot, "harvested", days_ago=8, place="Vườn đúng", corrects=wrong)
    page = client.get(lot_path(lot) + "&lang=en").get_data(as_text=True)
    assert "Vườn sai" in page and "Vườn đúng" in page
    assert page.count("is-corrected") == 1
    assert "Corrected by a later entry" in page and "Correction of the entry of" in page


def test_a_recalled_lot_shows_the_red_notice_first(client, database):
    lot = gtin_lot(recalled_at=datetime.now(UTC), recall_reason="Phát hiện nấm mốc")
    lots.event(lot, "packed")
    page = client.get(lot_path(lot) + "&lang=en").get_data(as_text=True)
    assert "notice-recall" in page and "Phát hiện nấm mốc" in page
    assert page.index("notice-recall") < page.index("<h1")


def test_a_mismatching_expiry_date_warns_but_shows_the_lot(client, database):
    lot = gtin_lot()
    response = client.get("/01/08935049501237/10/XC-2026-07?17=990101&lang=en")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "does not match our records" in page and "XC-2026-07" in page
    assert "does not match" not in client.get(lot_path(lot) + "&lang=en").get_data(as_text=True)


@pytest.mark.parametrize(
    "path",
    [
        "/01/08935049501237/10/NO-SUCH-LOT",  # unknown lot
        "/01/08935049501244/10/XC-2026-07",  # unknown GTIN (right check digit)
        "/01/08935049501238/10/XC-2026-07",  # wrong check digit
        "/01/8935049501237/10/XC-2026-07",  # a GTIN-13 in the path: the standard says 14 digits
        "/01/08935049501237/10/XC%20BAD",  # a space is not in character set 82
        "/01/08935049501237/10/" + "A" * 21,  # longer than AI 10's 20 characters
        "/01/08935049501237/10/XC-2026-07?17=261340",  # no 40th of December
        "/01/08935049501237/10/XC-2026-07?17=2612",
        "/01/08935049501237/10/XC-2026-07?10=OTHER",  # a key qualifier in the query
        "/01/08935049501237/10/xc-2026-07",  # lot codes are case-sensitive
        "/01/08935049501237/10/%FF%FE",
        "/trace/no-such-product/XC-2026-07",
    ],
)
def test_bad_or_unknown_codes_are_a_friendly_404(client, database, path):
    gtin_lot()
    for lang, words in (("vi", "Không tìm thấy mã"), ("en", "Code not found")):
        response = client.get(path, headers={"Accept-Language": lang})
        assert response.status_code == 404
        assert words in response.get_data(as_text=True)


def test_a_lot_of_another_product_is_not_found(client, database):
    gtin_lot(code="SHARED")
    other = lots.lot(code="OTHER-LOT")
    assert client.get("/01/08935049501237/10/OTHER-LOT").status_code == 404
    assert client.get(f"/trace/{other.product.slug}/SHARED").status_code == 404


def test_a_lot_of_another_variant_of_the_same_product_is_not_found(client, database):
    product = factories.product(prices=(60_000, 90_000))
    product.variants[0].gtin = GTIN
    lots.lot(product.variants[1], code="BIG-1")
    assert client.get("/01/08935049501237/10/BIG-1").status_code == 404


@pytest.mark.parametrize("hide", ["draft", "hidden", "producer"])
def test_lots_of_unpublished_products_or_unapproved_producers_are_not_found(client, database, hide):
    lot = gtin_lot()
    if hide == "producer":
        lot.product.producer.status = ProducerStatus.SUSPENDED
    else:
        lot.product.status = ProductStatus(hide)
    db.session.flush()
    assert client.get(lot_path(lot)).status_code == 404
    assert client.get(lot_path(lot) + "&linkType=all").status_code == 404
    assert client.get("/01/08935049501237").status_code == 404


def test_a_lot_code_with_a_slash_round_trips(client, database):
    lot = gtin_lot(code="2026/07-A")
    assert "/10/2026%2F07-A" in lot_path(lot)
    response = client.get(lot_path(lot))
    assert response.status_code == 200
    assert "2026/07-A" in response.get_data(as_text=True)
