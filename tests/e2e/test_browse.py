"""A shopper browses the real site in Debian's Chromium: home, English, filter, product."""

import re

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN")
    page = context.new_page()
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on(
        "console",
        lambda msg: (
            failed.append(msg.text) if msg.type == "error" and "404" not in msg.text else None
        ),
    )
    yield page
    context.close()
    assert not failed, f"failed requests or console errors: {failed}"


def test_shopper_switches_to_english_filters_and_opens_a_product(page, live_server):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator(".group-tile").count() == 6

    page.get_by_role("link", name="EN", exact=True).first.click()
    page.wait_for_url(re.compile(r"lang=en"))
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("navigation", name="Main").get_by_role("link", name="All products").click()
    page.wait_for_url(re.compile(r"/products"))
    assert page.locator("html").get_attribute("lang") == "en"  # remembered without ?lang

    page.get_by_text("Filter and sort").click()
    page.get_by_label("Product group", exact=True).select_option("food")
    page.get_by_label("Sort by").select_option("price_asc")
    page.get_by_role("button", name="Show products").click()
    page.wait_for_url(re.compile(r"group=food.*sort=price_asc|sort=price_asc.*group=food"))

    prices = [
        int(re.sub(r"\D", "", text)) for text in page.locator(".card .price").all_inner_texts()
    ]
    assert prices and prices == sorted(prices)

    card = page.locator(".card").first
    name = card.locator(".card-title").inner_text()
    card_price = card.locator(".price").inner_text()
    card.locator("a").click()
    page.wait_for_url(re.compile(r"/products/[a-z0-9-]+$"))

    assert page.get_by_role("heading", level=1).inner_text() == name
    price = page.locator(".price-large").inner_text()
    assert re.search(r"\d{1,3}(\.\d{3})+\s₫", price), price
    assert re.sub(r"\D", "", price) == re.sub(r"\D", "", card_price)

    slides = page.locator(".gallery-slide img")
    assert slides.count() >= 2
    page.locator(".gallery-thumbs a").nth(1).click()
    page.wait_for_url(re.compile(r"#photo-2$"))
    second = slides.nth(1)
    second.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=second.element_handle()
    )
    assert second.get_attribute("alt")


def test_unknown_product_shows_a_friendly_404(page, live_server):
    response = page.goto(live_server.url + "/products/khong-ton-tai")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("link", name=re.compile("trang chủ", re.I)).count() >= 1
