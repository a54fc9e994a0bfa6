"""A producer sends a rating dossier with its evidence from a phone, two council members score
it each on their own screen, the office records the decision, and the product's page shows
its stars as verified by the council with the decision's number: the real site in Debian's
Chromium."""

import re
from datetime import date

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from storefront.accounts.models import OfficeRole
from storefront.accounts.services import register_user
from storefront.catalog.models import Product, ProductStatus
from storefront.extensions import db
from storefront.producers.models import MemberRole, ProducerMember
from tests.rating import dossier_factories as make
from tests.rating.test_dossier_export import appendix_pdf

pytestmark = pytest.mark.e2e

PASSWORD = "mật khẩu hội đồng sen"
PHONE = {"width": 390, "height": 844}
DECISION = "1234/QĐ-UBND-E2E"
# The council's picks: every criterion's best option but C2's (85 points: four stars).
LEFT_AT_ZERO = "C2"


@pytest.fixture
def rating_setting(demo_app):
    """A demo food product whose certificate has at most four stars (the council's four, issued
    today, come first), a member of its producer, two council members on a food round whose
    scorecard gives 100 points, and an administrator."""
    with demo_app.app_context():
        today = date.today()
        candidates = db.session.scalars(
            sa.select(Product).where(Product.status == ProductStatus.PUBLISHED).order_by(Product.id)
        )
        product = next(
            p for p in candidates
            if p.category.group_slug == "food" and (p.verified_stars(today) or 0) <= 4
        )  # fmt: skip
        keeper = register_user("hoso.e2e@senhong.example.vn", PASSWORD, "Chị Nhàn", "0912345678")
        db.session.add(
            ProducerMember(producer_id=product.producer_id, user=keeper, role=MemberRole.MEMBER)
        )
        members = []
        for n, name in enumerate(("Ông Bình", "Bà Cúc"), start=1):
            member = register_user(f"hoidong{n}.e2e@ocop.example.vn", PASSWORD, name, "")
            member.office_role = OfficeRole.COUNCIL
            members.append(member)
        office = register_user("vanphong.e2e@ocop.example.vn", PASSWORD, "Văn phòng", "")
        office.is_admin = True
        card = make.scorecard(product.category.group_slug, best=make.FULL_MARKS)
        rating_round = make.rating_round(card, members=members)
        rating_round.name = "Đợt đánh giá OCOP E2E"
        picks = {c.id: c.options[0 if c.code == LEFT_AT_ZERO else -1].id for c in card.criteria}
        db.session.commit()
        return {"product_id": product.id, "slug": product.slug, "name": product.name_vi,
                "picks": picks}  # fmt: skip


def _log_in(context, base: str, email: str):
    page = context.new_page()
    page.goto(f"{base}/account/login?lang=en")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).not_to_have_url(re.compile(r"/account/login"))
    return page


def _send_dossier(browser, base: str, setting, tmp_path) -> str:
    """The producer's part, on a phone: enter the product, upload and link, send. The
    dossier's id."""
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = _log_in(context, base, "hoso.e2e@senhong.example.vn")
    page.goto(f"{base}/portal/rating?lang=en")
    card = page.locator(".round-card", has_text="Đợt đánh giá OCOP E2E")
    card.get_by_label("Product").select_option(str(setting["product_id"]))
    card.get_by_role("button", name="Submit a product").click()
    expect(page).to_have_url(re.compile(r"/portal/rating/dossiers/[0-9]+"))
    dossier_id = re.search(r"/dossiers/([0-9]+)", page.url).group(1)
    expect(page.locator("#missing")).to_contain_text("6 criteria have no evidence yet")

    scan = tmp_path / "phieu-kiem-nghiem.pdf"
    scan.write_bytes(appendix_pdf())
    first = page.locator("li.criterion").first
    first.get_by_text("Add evidence").click()
    first.get_by_label("File (PDF or photo)").set_input_files(scan)
    first.get_by_label("Note for the council").first.fill("Phiếu kiểm nghiệm năm 2026")
    first.get_by_role("button", name="Upload the file").click()
    expect(page.locator("main")).to_contain_text("phieu-kiem-nghiem.pdf")

    story = page.locator("li.criterion", has_text="B2.")
    story.get_by_text("Add evidence").click()
    story.get_by_label("What to link").select_option("brand_story")
    story.get_by_role("button", name="Link it").click()
    expect(page.locator("#missing")).to_contain_text("4 criteria have no evidence yet")

    page.get_by_role("button", name="Send the dossier").click()
    expect(page.locator("main")).to_contain_text("Sent to the council")
    expect(page.get_by_role("button", name="Send the dossier")).to_have_count(0)
    context.close()
    return dossier_id


def _score(browser, base: str, email: str, dossier_id: str, picks: dict[int, int]) -> None:
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = _log_in(context, base, email)
    page.goto(f"{base}/admin/rating/dossiers/{dossier_id}?lang=en")  # the whole dossier first
    expect(page.locator("main")).to_contain_text("phieu-kiem-nghiem.pdf")
    page.goto(f"{base}/admin/council/dossiers/{dossier_id}?lang=en")
    for criterion_id, option_id in picks.items():
        page.locator(f"input[name=c{criterion_id}][value='{option_id}']").check()
    page.get_by_label("Send my score now").check()
    page.get_by_role("button", name="Save my score").click()
    expect(page.locator("main")).to_contain_text("85")
    context.close()


def test_a_dossier_sent_scored_and_decided_shows_verified_stars(
    browser, live_server, rating_setting, tmp_path
):
    base = live_server.url
    dossier_id = _send_dossier(browser, base, rating_setting, tmp_path)
    for email in ("hoidong1.e2e@ocop.example.vn", "hoidong2.e2e@ocop.example.vn"):
        _score(browser, base, email, dossier_id, rating_setting["picks"])

    context = browser.new_context(locale="en-GB")
    page = _log_in(context, base, "vanphong.e2e@ocop.example.vn")
    page.goto(f"{base}/admin/rating/dossiers/{dossier_id}/decision?lang=en")
    expect(page.locator("main")).to_contain_text("4 stars")
    page.get_by_label("Decision number").fill(DECISION)
    page.get_by_label("Date of the decision").fill(date.today().isoformat())
    page.get_by_role("button", name="Record the decision").click()
    expect(page.locator("main")).to_contain_text("Decision recorded")
    context.close()

    shopper = browser.new_context(viewport=PHONE, locale="en-GB")
    page = shopper.new_page()
    page.goto(f"{base}/products/{rating_setting['slug']}?lang=en")
    verified = page.locator(".ocop-verified")
    expect(verified).to_contain_text("Verified by the OCOP council")
    expect(verified).to_contain_text(DECISION)
    badge = verified.locator("xpath=preceding-sibling::*[contains(@class, 'ocop-badge')][1]")
    expect(badge).to_have_attribute("title", "OCOP 4-star product, verified")
    expect(badge.locator(".stars")).to_have_text("★★★★")
    shopper.close()
