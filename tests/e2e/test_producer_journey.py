"""A new producer signs up, lists a product with photos from disk, the office approves it,
and the product appears in the public catalogue: the real site in Debian's Chromium."""

import re

import pytest
from PIL import Image, ImageDraw

pytestmark = pytest.mark.e2e


def _photo(path, colour):
    """A packaging-like photo on disk, as a phone would upload it."""
    image = Image.new("RGB", (900, 900), colour)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((220, 160, 680, 760), 40, fill=(250, 240, 220))
    draw.ellipse((380, 300, 520, 440), fill=(194, 37, 92))
    image.save(path, "JPEG", quality=90)
    return str(path)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def test_new_producer_lists_a_product_that_appears_after_approval(
    page, live_server, demo_app, tmp_path, monkeypatch
):
    base = live_server.url
    monkeypatch.setenv("ADMIN_PASSWORD", "văn phòng OCOP tỉnh")
    result = demo_app.test_cli_runner().invoke(args=["create-admin", "office@ocop.example.vn"])
    assert result.exit_code == 0, result.output

    page.goto(f"{base}/producers/join?lang=en")
    page.get_by_label("Your name").fill("Võ Thị Hoa")
    page.get_by_label("E-mail").fill("hoa@senhong.example.vn")
    page.get_by_label(re.compile(r"^Password")).fill("hoa sen tháp mười")
    page.get_by_label("Repeat the password").fill("hoa sen tháp mười")
    page.get_by_label("Producer name").fill("Cơ sở Trà Sen Cô Hoa")
    page.get_by_label("Type of producer").select_option("household")
    page.get_by_label("Commune or ward").select_option("30037")
    page.get_by_label("Street, hamlet").fill("Ấp 4")
    page.get_by_label("Phone").fill("0912 345 678")
    page.get_by_role("button", name="Create my producer account").click()
    page.wait_for_url(re.compile(r"/portal/$"))
    assert "waiting for the OCOP office" in page.content()

    page.get_by_role("navigation", name="Producer portal").get_by_role(
        "link", name="List a product"
    ).click()
    page.get_by_label("Name (Vietnamese)").fill("Trà sen Cô Hoa")
    page.get_by_label("Product group").select_option(label="Food › Tea and coffee")
    page.get_by_label("Package (Vietnamese)").fill("Hộp 200 g")
    page.get_by_label("Price (₫)").fill("185000")
    page.get_by_label("In stock").fill("30")
    page.get_by_label("Shipping weight (g)").fill("350")
    page.get_by_label("SKU").fill("COHOA-200")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/photos$"))

    page.get_by_label("Add photos").set_input_files(
        [_photo(tmp_path / "front.jpg", (40, 120, 60)), _photo(tmp_path / "back.jpg", (90, 60, 30))]
    )
    page.get_by_role("button", name="Upload").click()
    page.wait_for_load_state()
    assert page.locator(".photo-item").count() == 2
    page.get_by_role("link", name="Back to the product").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(re.compile(r"/portal/products$"))

    page.goto(f"{base}/account")
    page.get_by_role("button", name="Log out").click()
    page.goto(f"{base}/account/login")
    page.get_by_label("E-mail").fill("office@ocop.example.vn")
    page.get_by_label("Password").fill("văn phòng OCOP tỉnh")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{base}/admin/producers")
    page.get_by_role("link", name="Cơ sở Trà Sen Cô Hoa").click()
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url(re.compile(r"/admin/producers$"))

    page.goto(f"{base}/products?q=tra+sen+co+hoa")
    card = page.locator(".card").filter(has_text="Trà sen Cô Hoa")
    assert card.count() == 1
    assert "185,000" in card.inner_text() or "185.000" in card.inner_text()
    image = card.locator("img")
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    card.locator("a").click()
    assert page.locator(".gallery-slide img").count() == 2
