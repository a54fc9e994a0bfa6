"""Farm tourism in Debian's Chromium: a visitor adopts a tree as a gift and the recipient opens
the certificate; a tourist books 2 adults and 1 child, pays by card through the local fake
Stripe, and the guide checks the ticket in on a phone."""

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from storefront.accounts.services import register_user
from storefront.adoptions import offers
from storefront.extensions import db
from storefront.mail import outbox
from storefront.models_base import utcnow
from storefront.producers.models import MemberRole, ProducerMember
from storefront.tours.models import Departure, Tour
from tests.fakestripe import FakeStripe

pytestmark = pytest.mark.e2e
PASSWORD = "mật khẩu du lịch"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def card_payments(demo_app, live_server):
    """Card payments on, through a fake Stripe that sends its webhooks to the live site."""
    secret = "whsec_e2e_tourism"
    with FakeStripe(
        webhook_url=f"{live_server.url}/payments/stripe/webhook", webhook_secret=secret
    ) as fake:
        demo_app.config.update(
            STRIPE_SECRET_KEY="sk_test_e2e", STRIPE_WEBHOOK_SECRET=secret,
            STRIPE_API_BASE=fake.url, STRIPE_CHECKOUT_ORIGIN=fake.url,
        )  # fmt: skip
        try:
            yield fake
        finally:
            demo_app.config.update(
                STRIPE_SECRET_KEY=None, STRIPE_WEBHOOK_SECRET=None, STRIPE_API_BASE=None,
                STRIPE_CHECKOUT_ORIGIN="",
            )  # fmt: skip


def _pay_by_card(page):
    page.wait_for_url(re.compile(r"/pay/cs_"))
    page.locator("#pay").click()
    page.wait_for_url(re.compile(r"/orders/DT-"))
    page.wait_for_function(
        "() => document.querySelector('.order-status').textContent.includes('Confirmed')",
        timeout=45_000,
    )


def test_a_gift_adoption_reaches_the_recipient_who_opens_the_certificate(
    browser, demo_app, live_server, card_payments
):
    with demo_app.app_context():
        code = next(o.tree.code for o in offers.search_trees(offers.TreeFilters()))
    base = live_server.url
    giver = browser.new_context(viewport=PHONE, locale="en-GB")
    page = giver.new_page()
    page.goto(f"{base}/mango-trees/{code}?lang=en")
    page.get_by_role("link", name="Adopt this tree").click()
    # not logged in: the login page offers to create an account, then comes back
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Your name").fill("Phạm Minh Quân")
    page.get_by_label("E-mail").fill("quan.gift@example.vn")
    page.get_by_label("Phone").fill("0987654321")
    page.locator("#password").fill(PASSWORD)
    page.get_by_label("Type the password again").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url(re.compile(rf"/mango-trees/{code}/adopt"))

    page.get_by_label("Name on the tree's plate").fill("Mẹ Hoa")
    page.get_by_label("This adoption is a gift").check()
    page.get_by_label("Recipient's name").fill("Nguyễn Thị Hoa")
    page.get_by_label("Recipient's e-mail").fill("hoa.recipient@example.vn")
    page.get_by_label("Personal message").fill("Chúc mẹ một mùa xoài thật ngọt!")
    page.get_by_label("Commune or ward").select_option("30076")
    page.get_by_label("Street, hamlet").fill("Ấp Mỹ Phú")
    page.get_by_label("Card (Visa, Mastercard, JCB)").check()
    page.get_by_role("button", name=re.compile("Adopt and pay")).click()
    _pay_by_card(page)
    assert "Your tree" in page.content()
    giver.close()

    [letter] = [m for m in outbox(demo_app) if m["To"] == "hoa.recipient@example.vn"]
    body = letter.get_content()
    assert "Chúc mẹ một mùa xoài thật ngọt!" in body
    certificate = next(line for line in body.splitlines() if "/certificate" in line).strip()

    recipient = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = recipient.new_page()
    page.goto(certificate)
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() in ("Giấy chứng nhận nhận nuôi", "Certificate of adoption")
    assert page.locator(".cert-code").inner_text() == code
    assert page.locator(".cert-name").inner_text() == "Mẹ Hoa"
    qr = page.locator(".cert-qr img")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    assert qr.evaluate("img => img.naturalWidth") > 0
    page.get_by_role("link", name=re.compile("trang cây|tree's page")).click()
    expect(page).to_have_url(re.compile(r"/adoptions/[^/]+$"))
    expect(page.locator("main")).to_contain_text("Mẹ Hoa")
    recipient.close()


@pytest.fixture
def departure_and_guide(demo_app):
    """A coming departure with at least 3 seats, and an account in its producer's team."""
    with demo_app.app_context():
        departure = db.session.scalars(
            sa.select(Departure)
            .join(Departure.tour)
            .where(Departure.cancelled.is_(False), Departure.starts_at > utcnow(),
                   Departure.capacity - Departure.seats_taken >= 3, Tour.published.is_(True))
            .order_by(Departure.starts_at)
        ).first()  # fmt: skip
        guide = register_user("guide.e2e@example.vn", PASSWORD, "Hướng dẫn viên Tư", "0912345678")
        db.session.add(
            ProducerMember(
                producer_id=departure.tour.producer_id, user=guide, role=MemberRole.MEMBER
            )
        )
        db.session.commit()
        return departure.tour.slug, departure.id


def test_a_tourist_books_two_adults_and_a_child_pays_by_card_and_is_checked_in(
    browser, live_server, card_payments, departure_and_guide
):
    slug, departure_id = departure_and_guide
    base = live_server.url
    tourist = browser.new_context(viewport=PHONE, locale="en-GB")
    page = tourist.new_page()
    page.goto(f"{base}/tours/{slug}?lang=en")
    page.locator(f'a[href="/tours/{slug}/book?departure={departure_id}"]').click()
    page.wait_for_url(re.compile(r"/book\?departure="))  # and its scripts loaded
    page.get_by_label("Adults").fill("2")
    page.get_by_label("Children").fill("1")
    page.get_by_label("Phone").fill("0987 111 222")
    # by role: the folded waiting-list form has its own (hidden) name and e-mail boxes
    page.get_by_role("textbox", name="Your name").fill("John Carter")
    page.get_by_role("textbox", name="E-mail").fill("john@example.com")
    page.get_by_label("Card (Visa, Mastercard, JCB)").check()
    page.get_by_role("button", name="Book and pay").click()
    _pay_by_card(page)
    assert "Adults: 2, children: 1" in page.content()
    page.get_by_role("link", name="Show my ticket (QR code)").click()
    expect(page).to_have_url(re.compile(r"/tickets/"))
    ticket_url = page.url
    assert page.locator(".ticket-qr").get_attribute("src").startswith("data:image/svg+xml")
    code = page.locator(".ticket-code").inner_text()
    tourist.close()

    guide = browser.new_context(viewport=PHONE, locale="en-GB")
    phone = guide.new_page()
    phone.goto(f"{base}/account/login?lang=en")
    phone.get_by_label("E-mail").fill("guide.e2e@example.vn")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Log in").click()
    expect(phone).not_to_have_url(re.compile(r"/account/login"))
    phone.goto(f"{base}/portal/check-in")  # the camera fails: the guide types the code
    phone.get_by_label("Ticket code").fill(code.lower())
    phone.get_by_role("button", name="Find the ticket").click()
    expect(phone).to_have_url(re.compile(r"/tickets/"))
    assert code in phone.content() and "John Carter" in phone.content()
    phone.get_by_role("button", name="Check in 3 people").click()
    expect(phone.locator("main")).to_contain_text("Checked in: 2 adults, 1 children.")
    phone.goto(ticket_url)  # a second scan of the QR code
    assert "Already checked in at" in phone.content()
    assert phone.get_by_role("button", name=re.compile("Check in")).count() == 0
    guide.close()
