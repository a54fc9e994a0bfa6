"""A producer's own sales page: orders, units and revenue by day, week or month, its best
sellers and a CSV; only its own parts of orders, by the office's definition of a sale."""

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest

from storefront.orders import sales
from storefront.orders.models import FulfilmentStatus, OrderStatus, PaymentMethod
from storefront.portal.sales_views import sales_range
from tests import factories
from tests.admin.report_world import sale
from tests.web import login

F = FulfilmentStatus
NOW = datetime.now(UTC)


@pytest.fixture
def shop(client, database):
    mine = factories.producer(name="HTX Sen Hồng")
    other = factories.producer(name="Cơ sở Khô Cá Ba Nhung")
    lotus = factories.product(producer_=mine, prices=(70_000,), name_vi="Trà sen", stock=50)
    seeds = factories.product(producer_=mine, prices=(40_000,), name_vi="Hạt sen", stock=50)
    fish = factories.product(producer_=other, prices=(90_000,), name_vi="Khô cá lóc", stock=50)
    cod, card = PaymentMethod.COD, PaymentMethod.CARD
    sale([(lotus, 2), (fish, 1)], cod, OrderStatus.DELIVERED, NOW - timedelta(days=1), F.DELIVERED)
    sale([(seeds, 1)], card, OrderStatus.CONFIRMED, NOW - timedelta(days=3))
    sale([(lotus, 4)], card, OrderStatus.CANCELLED, NOW - timedelta(days=2), F.CANCELLED)
    sale([(lotus, 1)], cod, OrderStatus.CONFIRMED, NOW - timedelta(days=2))  # not delivered yet
    sale([(fish, 7)], card, OrderStatus.CONFIRMED, NOW - timedelta(days=1))
    login(client, factories.member(mine))
    with client.session_transaction() as session:
        session["lang"] = "en"
    return mine


def test_the_producer_sees_only_its_own_sales(client, shop):
    page = client.get("/portal/sales").get_data(as_text=True)
    assert "Trà sen" in page and "Hạt sen" in page
    assert "Khô cá" not in page  # the other producer's line in the same order
    assert "180.000\xa0₫" in page  # 2 x 70,000 + 40,000
    assert "630.000\xa0₫" not in page and "90.000\xa0₫" not in page


def test_the_csv_has_periods_and_top_products(client, shop):
    reply = client.get("/portal/sales?by=week&format=csv")
    assert reply.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(reply.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["Period from", "Orders", "Units", "Revenue (VND)"]
    weeks = rows[1:13]
    assert len(weeks) == 12 and sum(int(row[3]) for row in weeks) == 180_000
    products = rows[rows.index(["Product", "Orders", "Units", "Revenue (VND)"]) + 1 :]
    assert products == [["Trà sen", "1", "2", "140000"], ["Hạt sen", "1", "1", "40000"]]


@pytest.mark.parametrize("period", ["day", "week", "month", "decade"])
def test_every_period_answers(client, shop, period):
    reply = client.get(f"/portal/sales?by={period}")
    assert reply.status_code == 200
    assert "180.000\xa0₫" in reply.get_data(as_text=True)


def test_someone_outside_the_producer_cannot_see_it(client, database):
    login(client, factories.user())
    assert client.get("/portal/sales").status_code in (302, 403)


def test_periods_cover_every_day_week_or_month_of_the_range():
    today = date(2026, 3, 18)  # a Wednesday
    assert sales_range("day", today) == (date(2026, 2, 17), today)
    assert sales_range("week", today) == (date(2025, 12, 29), today)
    assert sales_range("month", today) == (date(2025, 4, 1), today)
    assert len(sales.period_starts(*sales_range("month", today), "month")) == 12
    assert len(sales.period_starts(*sales_range("week", today), "week")) == 12
    assert len(sales.period_starts(*sales_range("day", today), "day")) == 30
    assert sales.period_starts(date(2025, 12, 30), date(2026, 2, 1), "month") == [
        date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]  # fmt: skip
