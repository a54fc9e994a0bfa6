"""The news and events pages in Debian's Chromium, on a 360 px phone and a desktop, in both
languages: axe-core finds no violation, nothing is wider than the screen, the home page's
news strip and the footer lead to the articles, and a producer applies for a booth from the
portal with the keyboard and mouse as a person would."""

import pytest
import sqlalchemy as sa

from storefront.accounts.services import register_user
from storefront.extensions import db
from storefront.producers.models import MemberRole, Producer, ProducerMember
from storefront.programme.fair_models import BoothApplication, Fair
from tests.e2e.test_accessibility import VIEWPORTS, Scanner, _report

pytestmark = pytest.mark.e2e
PASSWORD = "mật khẩu hội chợ xoài"
SELLER = "hoicho.seller@example.vn"


@pytest.fixture(scope="module")
def programme(demo_app):
    """The demo's upcoming fair, and an owner's account for a demo producer that has not
    applied to it yet."""
    with demo_app.app_context():
        fair = db.session.scalars(sa.select(Fair).order_by(Fair.starts_on.desc())).first()
        applied = sa.select(BoothApplication.producer_id).where(BoothApplication.fair_id == fair.id)
        producer = db.session.scalars(
            sa.select(Producer).where(Producer.id.not_in(applied)).order_by(Producer.id)
        ).first()
        seller = register_user(SELLER, PASSWORD, "Chủ cơ sở", "0912345678")
        db.session.add(ProducerMember(producer=producer, user=seller, role=MemberRole.OWNER))
        db.session.commit()
        return {"fair": fair.id, "producer": producer.name}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("screen", VIEWPORTS)
def test_news_and_events_pages_pass_axe(browser, live_server, programme, lang, screen):
    context = browser.new_context(viewport=VIEWPORTS[screen])
    scanner = Scanner(context, live_server.url, lang)
    for path in ("/", "/news", "/news?kind=consumer_info", "/news/ocop-la-gi", "/events",
                 f"/events/{programme['fair']}"):  # fmt: skip
        scanner.visit(path)
    context.close()
    assert not scanner.problems, _report(scanner.problems)


def test_from_the_home_page_to_an_article_and_a_booth(browser, live_server, programme):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(f"{live_server.url}/?lang=en")
    strip = page.locator("section[aria-labelledby=news-title] .news-card")
    assert strip.count() == 3
    footer = page.locator("footer").get_by_role(
        "link", name="What OCOP means and why its products are safe"
    )
    footer.click()
    assert page.url.endswith("/news/ocop-la-gi")
    assert page.get_by_role("heading", level=1).inner_text().startswith("What OCOP means")

    scanner = Scanner(context, live_server.url, "en")
    scanner.log_in(SELLER, PASSWORD)
    scanner.visit("/portal/fairs")
    scanner.visit(f"/portal/fairs/{programme['fair']}/apply")
    page = scanner.page
    page.locator("input[name=products]").first.check()
    page.locator("#note").fill("Một gian nhỏ là đủ.")
    page.get_by_role("button", name="Send the application").click()
    page.wait_for_url("**/portal/fairs")
    assert "Your application is sent" in page.content()
    scanner.scan("/portal/fairs after applying")
    assert page.get_by_role("button", name="Withdraw").count() >= 1
    context.close()
    assert not scanner.problems, _report(scanner.problems)
