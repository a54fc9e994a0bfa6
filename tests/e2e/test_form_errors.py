"""A rushed buyer in Debian's Chromium: errors sit under the fields that are wrong, and leave the
fields the buyer fixed once the form is sent again."""

import re

import pytest
import sqlalchemy as sa

from storefront.catalog.models import Product, ProductStatus, Variant
from storefront.extensions import db

pytestmark = pytest.mark.e2e


def test_fixed_fields_lose_their_errors_when_the_form_is_sent_again(browser, live_server):
    with live_server.app.app_context():
        slug = db.session.scalar(
            sa.select(Product.slug)
            .join(Variant, Variant.product_id == Product.id)
            .where(Product.status == ProductStatus.PUBLISHED, Variant.stock >= 20)
            .order_by(Product.id.desc())
        )
        db.session.remove()
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN")
    page = context.new_page()
    page.goto(f"{live_server.url}/products/{slug}")
    page.get_by_role("button", name="Thêm vào giỏ").first.click()
    page.goto(f"{live_server.url}/checkout")
    page.get_by_role("button", name=re.compile("Đặt hàng")).click()
    page.wait_for_selector("#phone-error")
    assert page.locator("#phone").get_attribute("aria-invalid") == "true"
    assert page.locator("#address-error").is_visible()

    page.get_by_label("Điện thoại").fill("0987 654 321")
    page.get_by_role("button", name=re.compile("Đặt hàng")).click()
    page.wait_for_load_state()
    page.wait_for_selector("#address-error")
    assert page.locator("#phone-error").count() == 0
    assert page.locator("#phone").get_attribute("aria-invalid") is None
    assert page.locator("#phone").input_value() == "0987 654 321"  # what was typed is kept
    context.close()
