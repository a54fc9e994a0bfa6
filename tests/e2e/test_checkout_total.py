"""The amount on the order button is the amount charged, in Debian's Chromium: choosing another
province reprices shipping in the summary and on the button, and the order placed costs that
(then the transfer details are copied and the QR image saved on the phone); a booking's total
follows the party typed."""

import re

import pytest
import sqlalchemy as sa
from PIL import Image

from storefront.catalog.models import Product, ProductStatus, Variant
from storefront.extensions import db
from storefront.i18n import format_vnd
from storefront.models_base import utcnow
from storefront.orders.models import Order
from storefront.tours.models import Departure, Tour

pytestmark = pytest.mark.e2e
PHONE = {"width": 390, "height": 844}
HOAN_KIEM = "70"  # Phường Hoàn Kiếm, Thành phố Hà Nội


@pytest.fixture(scope="module")
def cheap_product(demo_app):
    """A product in stock whose parcel is not shipped free (under the free-shipping subtotal)."""
    with demo_app.app_context():
        return db.session.scalar(
            sa.select(Product.slug)
            .join(Variant, Variant.product_id == Product.id)
            .where(Product.status == ProductStatus.PUBLISHED, Variant.stock >= 20,
                   Variant.price.between(50_000, 200_000), Variant.position == 0)
            .order_by(Product.id)
        )  # fmt: skip


def _amount(page) -> str:
    return page.locator("button [data-quote-part=pay-amount]").inner_text()


def test_a_buyer_who_picks_ha_noi_pays_what_the_button_says(browser, live_server, cheap_product):
    base = live_server.url
    context = browser.new_context(
        viewport=PHONE, locale="en-GB", permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    page.goto(f"{base}/products/{cheap_product}?lang=en")
    page.get_by_role("button", name="Add to cart").first.click()
    page.goto(f"{base}/checkout")
    at_home = _amount(page)

    page.get_by_label("Province").select_option("1")  # Thành phố Hà Nội
    page.wait_for_function(
        "old => document.querySelector('button [data-quote-part=pay-amount]').textContent != old",
        arg=at_home,
    )
    in_hanoi = _amount(page)
    grand = page.locator(".order-summary dd.grand").inner_text()
    assert grand == in_hanoi
    assert _digits(in_hanoi) > _digits(at_home)  # shipping to another province costs more
    assert page.locator("input[name=total_seen]").input_value() == str(_digits(in_hanoi))

    page.get_by_label("Phone").fill("0987 654 329")
    page.get_by_label("Name of the receiver").fill("Trần Thị Khách")
    ward = page.get_by_label("Commune or ward")
    page.wait_for_function("() => document.querySelector('select[name=ward]').options.length > 100")
    # 126 wards: typing a few letters without accents narrows the list to the one meant
    page.get_by_label("Quick search in the list below").fill("hoan kiem")
    assert ward.locator("option").count() == 2  # "choose a ward" and Phường Hoàn Kiếm
    assert ward.input_value() == HOAN_KIEM
    page.get_by_label("Quick search in the list below").fill("")
    assert ward.locator("option").count() == 127 and ward.input_value() == HOAN_KIEM
    page.get_by_label("Street, hamlet").fill("36 Hàng Bạc")
    page.get_by_label("Bank transfer (VietQR)").check()
    page.get_by_role("button", name=re.compile("Place order")).click()
    page.wait_for_url(re.compile(r"/orders/DT-"))

    number = page.get_by_role("heading", level=1).inner_text()
    assert page.locator(".totals dd.grand").inner_text() == in_hanoi
    with live_server.app.app_context():
        charged = db.session.scalar(sa.select(Order.total).where(Order.number == number))
        db.session.remove()
    assert format_vnd(charged) == in_hanoi

    # Paying from this phone: copy the amount (digits only) and save the QR image.
    page.get_by_role("button", name="Copy the amount").click()
    assert page.evaluate("navigator.clipboard.readText()") == str(charged)
    assert page.get_by_role("status").filter(has_text="Copied").count() == 1
    with page.expect_download() as download:
        page.get_by_role("link", name="Save the QR image").click()
    assert download.value.suggested_filename == f"VietQR-{number}.png"
    image = Image.open(download.value.path())
    assert image.format == "PNG" and image.width >= 400
    context.close()


def test_the_booking_total_follows_the_party(browser, live_server):
    with live_server.app.app_context():
        departure = db.session.scalars(
            sa.select(Departure)
            .join(Departure.tour)
            .where(Departure.cancelled.is_(False), Departure.starts_at > utcnow(),
                   Departure.capacity - Departure.seats_taken >= 3, Tour.published.is_(True))
            .order_by(Departure.starts_at)
        ).first()  # fmt: skip
        tour = departure.tour
        url = f"/tours/{tour.slug}/book?departure={departure.id}&lang=en"
        expected = format_vnd(2 * tour.adult_price + tour.child_price)
        db.session.remove()
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    page.goto(live_server.url + url)
    assert page.get_by_role("button", name="Update the total").count() == 0  # the script runs

    page.get_by_label("Adults").fill("2")
    page.get_by_label("Children").fill("1")

    page.wait_for_function(
        "want => document.querySelector('button [data-quote-part=pay-amount]').textContent == want",
        arg=expected,
    )
    assert page.locator(".booking-total dd.grand").inner_text() == expected
    assert page.get_by_role("heading", name="If you cancel").is_visible()
    context.close()


def _digits(amount: str) -> int:
    return int(re.sub(r"\D", "", amount))
