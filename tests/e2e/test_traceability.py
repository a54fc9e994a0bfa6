"""A producer records a lot and two of its events on a phone, prints its labels, and the QR
code read back from the PDF opens the public trace page that tells those events: the real
site in Debian's Chromium, the PDF rendered by poppler and decoded by zbar."""

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from storefront.accounts.services import register_user
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.producers.models import MemberRole, ProducerMember
from tests import pdf_tools

pytestmark = pytest.mark.e2e

PASSWORD = "mật khẩu hoa sen"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def lotus_tea(demo_app):
    """The demo's lotus tea in 100 g boxes (with a GTIN), and a member of its producer's team."""
    with demo_app.app_context():
        variant = db.session.scalar(sa.select(Variant).where(Variant.sku == "SHT-TSB-100"))
        keeper = register_user("kho.e2e@senhong.example.vn", PASSWORD, "Chị Nhàn", "0912345678")
        db.session.add(
            ProducerMember(
                producer_id=variant.product.producer_id, user=keeper, role=MemberRole.MEMBER
            )
        )
        db.session.commit()
        return variant.id, variant.gtin


def _add_event(page, kind: str, day: date, hour: str, note: str) -> None:
    page.get_by_label("What happened").select_option(kind)
    page.get_by_label("Day").fill(day.isoformat())
    page.get_by_label("Time (Vietnam)").fill(hour)
    page.get_by_text("Commune, note, test report").click()  # the folded details
    page.get_by_label("Note").fill(note)
    page.get_by_role("button", name="Add the event").click()
    expect(page.locator("main")).to_contain_text(note)


def test_a_producer_records_a_lot_prints_labels_and_the_qr_opens_its_story(
    browser, live_server, lotus_tea
):
    variant_id, gtin = lotus_tea
    base = live_server.url
    context = browser.new_context(viewport=PHONE, locale="en-GB", accept_downloads=True)
    page = context.new_page()
    page.goto(f"{base}/account/login?lang=en")
    page.get_by_label("E-mail").fill("kho.e2e@senhong.example.vn")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).not_to_have_url(re.compile(r"/account/login"))

    today = date.today()
    page.goto(f"{base}/portal/lots/new")
    page.get_by_label("Product and package size").select_option(str(variant_id))
    page.get_by_label("Lot code").fill("E2E-SEN-01")
    page.get_by_label("Units made").fill("40")
    page.get_by_label("Production or harvest date").fill((today - timedelta(days=3)).isoformat())
    page.get_by_label("Packing date").fill((today - timedelta(days=1)).isoformat())
    page.get_by_label("Best before").fill((today + timedelta(days=300)).isoformat())
    page.get_by_label("Or the growing area's name").fill("Đầm sen số 7, xã Tháp Mười")
    page.get_by_role("button", name="Record the lot").click()
    expect(page).to_have_url(re.compile(r"/portal/lots/[0-9]+$"))

    _add_event(
        page, "harvested", today - timedelta(days=3), "05:30", "Hái 400 bông sen hồng lúc rạng sáng"
    )
    _add_event(page, "packed", today - timedelta(days=1), "14:00", "Đóng 40 hộp trà 100 g")

    page.get_by_role("link", name="Print labels").click()
    page.locator("input[name=format]").first.check()
    page.get_by_label("How many labels").fill("3")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the PDF").click()
    pdf = download.value.path().read_bytes()
    assert pdf.startswith(b"%PDF-")
    found = pdf_tools.codes(pdf_tools.pages(pdf)[0])
    links = {data for kind, data in found if kind == "QRCODE"}
    assert len(links) == 1, found
    assert ("EAN13", gtin) in found
    (link,) = links
    parts = urlsplit(link)
    assert parts.path == f"/01/{gtin.rjust(14, '0')}/10/E2E-SEN-01"

    page.goto(f"{base}{parts.path}?{parts.query}&lang=en")
    main = page.locator("main")
    expect(main).to_contain_text("E2E-SEN-01")
    expect(main).to_contain_text("Hái 400 bông sen hồng lúc rạng sáng")
    expect(main).to_contain_text("Đóng 40 hộp trà 100 g")
    expect(main).to_contain_text("Đầm sen số 7, xã Tháp Mười")
    context.close()
