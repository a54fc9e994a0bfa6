"""Buying in Debian's Chromium: a guest orders from two producers with COD and each producer
sees its part; a second buyer pays by card through the local fake Stripe."""

import re

import pytest
import sqlalchemy as sa

from storefront.accounts.services import register_user
from storefront.catalog.models import Product, ProductStatus, Variant
from storefront.extensions import db
from storefront.producers.models import MemberRole, ProducerMember
from tests.fakestripe import FakeStripe

pytestmark = pytest.mark.e2e
PASSWORD = "mật khẩu nhà vườn"


@pytest.fixture(scope="module")
def two_producers(demo_app):
    """Two products in stock from two producers, each producer with a portal account."""
    with demo_app.app_context():
        rows = db.session.execute(
            sa.select(Product.slug, Product.producer_id)
            .join(Variant, Variant.product_id == Product.id)
            .where(Product.status == ProductStatus.PUBLISHED, Variant.stock >= 20)
            .order_by(Product.id)
        ).all()
        picked, seen = [], set()
        for slug, producer_id in rows:
            if producer_id not in seen:
                picked.append((slug, producer_id))
                seen.add(producer_id)
            if len(picked) == 2:
                break
        logins = []
        for n, (_slug, producer_id) in enumerate(picked):
            email = f"e2e-seller-{n}@example.vn"
            user = register_user(email, PASSWORD, f"Người bán {n}", "0912345678")
            owner = ProducerMember(producer_id=producer_id, user=user, role=MemberRole.OWNER)
            db.session.add(owner)
            logins.append(email)
        db.session.commit()
    return [slug for slug, _ in picked], logins


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    yield context
    context.close()


def _add_to_cart(page, base, slug):
    page.goto(f"{base}/products/{slug}")
    page.locator("input[name=variant_id]:not([disabled])").first.check()
    page.get_by_role("button", name="Add to cart").first.click()
    page.wait_for_load_state()


def _fill_delivery(page, n):
    page.get_by_label("Phone").fill(f"0987 654 32{n}")
    page.get_by_label("Name of the receiver").fill("Trần Thị Khách")
    page.get_by_label("Commune or ward").select_option("29905")
    page.get_by_label("Street, hamlet").fill("12 Nguyễn Sinh Sắc")


def test_guest_orders_from_two_producers_with_cod(context, live_server, two_producers):
    slugs, sellers = two_producers
    base = live_server.url
    page = context.new_page()
    for slug in slugs:
        _add_to_cart(page, base, slug)
    page.goto(f"{base}/cart")
    page.get_by_role("link", name="Checkout").click()
    _fill_delivery(page, 1)
    assert page.get_by_label("Cash on delivery (COD)").is_checked()
    page.get_by_role("button", name=re.compile("Place order")).click()
    page.wait_for_url(re.compile(r"/orders/DT-"))
    number = page.get_by_role("heading", level=1).inner_text()
    assert "Thank you" in page.content()
    assert page.locator(".order-part").count() == 2
    assert "Confirmed" in page.locator(".order-status").inner_text()

    for email in sellers:
        seller = context.browser.new_context(locale="en-GB").new_page()
        seller.goto(f"{base}/account/login")
        seller.get_by_label("E-mail").fill(email)
        seller.get_by_label("Password").fill(PASSWORD)
        seller.get_by_role("button", name="Log in").click()
        seller.goto(f"{base}/portal/orders")
        assert number in seller.content()
        seller.context.close()


def test_card_payment_turns_paid_when_the_webhook_arrives(
    context, live_server, demo_app, two_producers
):
    slugs, _sellers = two_producers
    base = live_server.url
    secret = "whsec_e2e_test"
    with FakeStripe(webhook_url=f"{base}/payments/stripe/webhook", webhook_secret=secret) as fake:
        demo_app.config.update(
            STRIPE_SECRET_KEY="sk_test_e2e",
            STRIPE_WEBHOOK_SECRET=secret,
            STRIPE_API_BASE=fake.url,
            STRIPE_CHECKOUT_ORIGIN=fake.url,
        )
        try:
            page = context.new_page()
            _add_to_cart(page, base, slugs[0])
            page.goto(f"{base}/checkout")
            _fill_delivery(page, 2)
            page.get_by_label("E-mail").fill("khach@example.vn")
            page.get_by_label("Card (Visa, Mastercard, JCB)").check()
            page.get_by_role("button", name=re.compile("Place order")).click()
            page.wait_for_url(re.compile(r"/pay/cs_"))
            page.locator("#pay").click()
            page.wait_for_url(re.compile(r"/orders/DT-"))
            page.wait_for_function(
                "() => document.querySelector('.order-status').textContent.includes('Confirmed')",
                timeout=45_000,
            )
            assert len(fake.created()) == 1
        finally:
            demo_app.config.update(
                STRIPE_SECRET_KEY=None,
                STRIPE_WEBHOOK_SECRET=None,
                STRIPE_API_BASE=None,
                STRIPE_CHECKOUT_ORIGIN="",
            )
