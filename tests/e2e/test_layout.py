"""Phone layout in Debian's Chromium: the tour page's departures fit a 390 px phone, each with
its day on one line and a full-width button (a table made the page 510 px wide)."""

import re

import pytest

from storefront.extensions import db
from tests.tours import builders

pytestmark = pytest.mark.e2e
PHONE = {"width": 390, "height": 844}
BUTTONS = {"vi": ("Đặt chỗ", "Đăng ký danh sách chờ"), "en": ("Book", "Join the waiting list")}


@pytest.fixture(scope="module")
def tour_with_a_full_departure(demo_app):
    """A tour of its own producer (the demo's seats stay as their bookings made them) with one
    open and one full departure."""
    with demo_app.app_context():
        tour = builders.tour(title_en="A long day in the lotus fields of Tháp Mười")
        builders.departure(tour, capacity=12)
        builders.departure(tour, capacity=4, seats_taken=4)
        db.session.commit()
        return tour.slug


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_departures_fit_a_phone_with_full_width_buttons(
    browser, live_server, tour_with_a_full_departure, lang
):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/tours/{tour_with_a_full_departure}?lang={lang}")

    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    for name in BUTTONS[lang]:
        button = page.get_by_role("link", name=re.compile(f"^{name}"))
        assert button.count() == 1
        button.scroll_into_view_if_needed()
        assert button.is_visible()
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert box["width"] >= PHONE["width"] - 80  # full width, less the page and card margins
        assert box["height"] >= 44  # a thumb-sized target
    days = page.locator("#departures-title ~ * time")
    assert days.count() == 2
    for n in range(2):  # the day on one line, the time on the next
        assert days.nth(n).evaluate("day => day.getClientRects()[0].height") < 60
    context.close()
