"""axe-core in Debian's Chromium on the pages buyers, tourists and producers use, in both
languages, on a 360 px phone and a desktop: no violation of the rules axe runs by default
(WCAG 2.0-2.2 A and AA, and its best practices), no duplicate ids, nothing wider than the
screen. axe-core comes bundled in the axe-playwright-python package (PyPI)."""

import re

import pytest
import sqlalchemy as sa
from axe_playwright_python.sync_playwright import Axe

from storefront.accounts.services import register_user
from storefront.adoptions import offers
from storefront.catalog.models import Product, ProductStatus
from storefront.demo import dataset
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.producers.models import MemberRole, ProducerMember
from storefront.tours.models import Departure, Tour

pytestmark = pytest.mark.e2e
PASSWORD = "mật khẩu kiểm tra trợ năng"
SELLER = "a11y.seller@example.vn"
VIEWPORTS = {"phone": {"width": 360, "height": 780}, "desktop": {"width": 1280, "height": 900}}
AXE = Axe()


@pytest.fixture(scope="module")
def site(demo_app):
    """Paths of a product, a tour with a departure, a tree, and a producer's account."""
    with demo_app.app_context():
        product = db.session.scalars(
            sa.select(Product)
            .where(Product.status == ProductStatus.PUBLISHED)
            .order_by(Product.id)
        ).first()  # fmt: skip
        departure = db.session.scalars(
            sa.select(Departure)
            .join(Departure.tour)
            .where(Departure.cancelled.is_(False), Departure.starts_at > utcnow(),
                   Departure.capacity > Departure.seats_taken, Tour.published.is_(True))
            .order_by(Departure.starts_at)
        ).first()  # fmt: skip
        tree = next(o.tree.code for o in offers.search_trees(offers.TreeFilters()))
        experience = db.session.scalar(
            sa.select(Product.slug).where(Product.tour_id.is_not(None)).order_by(Product.id)
        )
        seller = register_user(SELLER, PASSWORD, "Người bán trợ năng", "0912345678")
        db.session.add(
            ProducerMember(producer_id=product.producer_id, user=seller, role=MemberRole.OWNER)
        )
        db.session.commit()
        return {
            "product": f"/products/{product.slug}",
            "portal_product": f"/portal/products/{product.id}/edit",
            "tour": f"/tours/{departure.tour.slug}",
            "booking": f"/tours/{departure.tour.slug}/book?departure={departure.id}",
            "adoption": f"/mango-trees/{tree}/adopt",
            "experience": f"/products/{experience}",
        }


class Scanner:
    """Opens pages in one browser context and keeps what is wrong with each."""

    def __init__(self, context, base: str, lang: str):
        self.page = context.new_page()
        self.base, self.lang = base, lang
        self.problems: dict[str, list[str]] = {}

    def open(self, path: str) -> None:
        joiner = "&" if "?" in path else "?"
        response = self.page.goto(f"{self.base}{path}{joiner}lang={self.lang}")
        assert response.ok, (path, response.status)

    def scan(self, name: str) -> None:
        """Run axe on the page as it is now, and check ids (labels and aria point to them; hidden
        CSRF inputs repeat theirs harmlessly) and width."""
        page = self.page
        found = [
            f"{v['id']} ({v['impact']}): {node['target']} {node['failureSummary']}"
            for v in AXE.run(page).response["violations"]
            for node in v["nodes"]
        ]
        duplicates = page.evaluate(
            """() => [...document.querySelectorAll('[id]:not([type=hidden])')].map(e => e.id)
                   .filter((id, i, all) => all.indexOf(id) !== i)"""
        )
        found += [f"duplicate id {d!r}" for d in duplicates]
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > page.viewport_size["width"]:
            found.append(f"page is {width}px wide on a {page.viewport_size['width']}px screen")
        if found:
            self.problems[name] = found

    def visit(self, path: str, name: str | None = None) -> None:
        self.open(path)
        self.scan(name or path)

    def log_in(self, email: str, password: str) -> None:
        self.open("/account/login")
        self.page.locator("#email").fill(email)
        self.page.locator("#password").fill(password)
        self.page.locator("#password").press("Enter")
        # a shopper lands on the account page, a producer on the portal
        self.page.wait_for_url(re.compile(r"/(account|portal/)$"))


def _report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{page}:\n  " + "\n  ".join(found) for page, found in problems.items())


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("screen", VIEWPORTS)
def test_pages_pass_axe_in_both_languages_on_phone_and_desktop(
    browser, live_server, site, lang, screen
):
    problems = {}

    visitor = browser.new_context(viewport=VIEWPORTS[screen])
    scanner = Scanner(visitor, live_server.url, lang)
    for path in ("/", "/products", site["product"]):
        scanner.visit(path)
    scanner.page.locator("input[name=variant_id]:not([disabled])").first.check()
    scanner.page.locator(".buy-box [type=submit]").first.click()
    scanner.page.wait_for_selector(".cart-badge")
    scanner.visit(site["tour"])
    scanner.visit(site["booking"])
    scanner.visit("/cart", "cart with an item")
    scanner.visit("/checkout")
    scanner.page.locator("#checkout-form [type=submit]:not([formnovalidate])").last.click()
    scanner.page.wait_for_selector(".field.has-error")
    scanner.scan("checkout with errors")
    page = scanner.page
    page.locator("input[name=phone]").fill("0912345678")
    page.locator("input[name=name]").fill("Khách Trợ Năng")
    page.locator("select[name=ward]").select_option(index=1)
    page.locator("input[name=address]").fill("12 Hùng Vương")
    page.locator("input[name=method][value=bank_transfer]").check()
    page.locator("#checkout-form [type=submit]:not([formnovalidate])").last.click()
    page.wait_for_selector(".transfer")
    scanner.scan("order page with VietQR")
    scanner.visit(site["experience"], "experience product")
    scanner.visit("/account/sign-up")
    scanner.page.locator("main form [type=submit]").last.click()
    scanner.page.wait_for_selector(".field.has-error")
    scanner.scan("sign-up with errors")
    scanner.visit("/account/login")
    problems |= scanner.problems
    visitor.close()

    buyer = browser.new_context(viewport=VIEWPORTS[screen])
    scanner = Scanner(buyer, live_server.url, lang)
    demo = dataset.load()
    scanner.log_in(demo.buyers[0].email, demo.password)  # Nguyễn Minh Anh, an adopter
    scanner.visit(site["adoption"], "adoption (logged in)")
    problems |= scanner.problems
    buyer.close()

    producer = browser.new_context(viewport=VIEWPORTS[screen])
    scanner = Scanner(producer, live_server.url, lang)
    scanner.log_in(SELLER, PASSWORD)
    scanner.visit(site["portal_product"], "portal product (producer)")
    problems |= scanner.problems
    producer.close()

    assert not problems, _report(problems)
