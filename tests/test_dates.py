"""Dates: one format per language everywhere (pages and e-mails), in Vietnam's time zone."""

import re
from datetime import UTC, date, datetime

import pytest
from flask import render_template_string
from flask_babel import force_locale

from storefront.config import PROJECT_ROOT
from storefront.extensions import db
from storefront.orders.links import order_url
from storefront.orders.models import OrderEvent
from storefront.timeutil import format_day, format_departure, format_moment, iso_datetime
from tests.orders.builders import make_order

# 00:30 UTC on 8 December 2026 is 07:30 in Vietnam, the same day.
MOMENT = datetime(2026, 12, 8, 0, 30, tzinfo=UTC)
NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")


@pytest.mark.parametrize(
    ("locale", "day", "moment", "departure"),
    [
        ("vi", "8 tháng 12, 2026", "8 tháng 12, 2026 · 07:30",
         "Thứ Ba, 8 tháng 12, 2026 · 07:30"),
        ("en", "December 8, 2026", "December 8, 2026 · 7:30\u202fAM",
         "Tuesday, December 8, 2026 · 7:30\u202fAM"),
    ],
)  # fmt: skip
def test_each_language_has_one_format_for_days_and_times(app, locale, day, moment, departure):
    with app.test_request_context("/"), force_locale(locale):
        assert format_day(date(2026, 12, 8)) == format_day(MOMENT) == day
        assert format_moment(MOMENT) == moment
        assert format_departure(MOMENT) == departure
        rendered = render_template_string(
            "{{ d | date }}|{{ m | datetime }}|{{ m | departure_time }}|{{ m | iso_datetime }}",
            d=date(2026, 12, 8), m=MOMENT,
        )  # fmt: skip
        assert rendered == f"{day}|{moment}|{departure}|2026-12-08T07:30+07:00"


def test_machine_readable_dates_are_in_vietnam_time():
    assert iso_datetime(datetime(2026, 12, 31, 17, 0)) == "2027-01-01T00:00+07:00"  # naive = UTC
    assert iso_datetime(date(2026, 12, 8)) == "2026-12-08"


def test_templates_and_code_have_no_other_date_format(app):
    """Only timeutil's filters: no format argument, no Flask-Babel filter, no strftime."""
    assert not {"datetimeformat", "dateformat", "timeformat"} & set(app.jinja_env.filters)
    own_format = re.compile(r"\|\s*(date|datetime|time)\s*\(|datetimeformat|strftime|\.isoformat")
    for path in (PROJECT_ROOT / "templates").rglob("*.*"):
        assert not own_format.search(path.read_text()), path
    babel_call = re.compile(r"\bformat_(date|datetime|time|skeleton)\(|strftime")
    for path in (PROJECT_ROOT / "storefront").rglob("*.py"):
        if path.name != "timeutil.py" and "demo" not in path.parts:
            assert not babel_call.search(path.read_text()), path


def test_an_english_order_page_shows_days_in_words(app, client, database):
    with app.test_request_context("/"):
        order = make_order(pay_by=MOMENT)
        order.events.append(OrderEvent(subject="order", subject_id=1, to_state="awaiting_payment"))
        db.session.flush()
        url = order_url(order)
    html = client.get(url + "&lang=en").get_data(as_text=True)
    assert not NUMERIC_DATE.search(html), NUMERIC_DATE.search(html)[0]
    assert "Please pay before December 8, 2026 · 7:30\u202fAM" in html
    assert re.search(r"<time[^>]*>\w+ \d{1,2}, \d{4} · \d{1,2}:\d\d\u202f[AP]M</time>", html)
