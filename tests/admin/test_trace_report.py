"""The office's traceability report: per producer coverage, lots, documents and recalls, on the
page and as CSV, in a fixed number of queries."""

import csv
import io
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from storefront.catalog.trace_report import trace_report
from storefront.extensions import db
from tests import factories, lot_factories
from tests.web import login


@pytest.fixture
def office(client):
    login(client, factories.user(is_admin=True))
    return client


def _two_producers():
    traced = factories.producer(name="HTX Sen Hồng")
    product = factories.product(producer_=traced, prices=(50_000,))
    factories.product(producer_=traced, prices=(40_000,))  # a second product, no lot
    lot = lot_factories.lot(product.variants[0])
    lot_factories.event(lot)
    lot_factories.event(lot, "packed", days_ago=2)
    lot_factories.document(traced, valid_days=-3)  # expired three days ago
    lot_factories.document(traced, valid_days=20)  # running out
    lot_factories.serials(lot, 2)
    lot.recalled_at, lot.recall_reason = datetime.now(UTC), "Ẩm mốc"
    untraced = factories.producer(name="Cơ sở Khô Cá")
    factories.product(producer_=untraced)
    db.session.flush()
    return traced, untraced


def test_the_report_counts_each_producers_traceability(database):
    traced, untraced = _two_producers()
    report = trace_report(date.today().year, date.today())
    rows = {row.producer_id: row for row in report.rows}
    mine = rows[traced.id]
    assert (mine.products, mine.traced, mine.coverage) == (2, 1, 50)
    assert (mine.lots, mine.events, mine.serialised_lots, mine.recalls) == (1, 2, 1, 1)
    assert (mine.documents_expired, mine.documents_expiring) == (1, 1)
    other = rows[untraced.id]
    assert (other.products, other.traced, other.lots, other.coverage) == (1, 0, 0, 0)


def test_last_years_report_leaves_this_years_lots_out(database):
    traced, _untraced = _two_producers()
    report = trace_report(date.today().year - 1, date.today())
    mine = next(row for row in report.rows if row.producer_id == traced.id)
    assert (mine.lots, mine.events, mine.recalls) == (0, 0, 0)
    assert mine.traced == 1  # coverage is about the products as they stand


def test_the_report_runs_the_same_queries_for_one_producer_or_many(database):
    statements = []

    def count(*_args):
        statements.append(1)

    _two_producers()
    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        trace_report(date.today().year, date.today())
        few = len(statements)
        for _ in range(5):
            _two_producers()
        statements.clear()
        trace_report(date.today().year, date.today())
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == few


def test_the_office_reads_the_report_and_downloads_it(office, database):
    _two_producers()
    page = office.get("/admin/traceability?lang=vi")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Báo cáo truy xuất nguồn gốc" in text
    assert "HTX Sen Hồng" in text
    download = office.get(f"/admin/traceability?format=csv&year={date.today().year}&lang=en")
    assert download.status_code == 200
    assert download.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(download.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:3] == ["Commune or ward", "Producer", "Published products"]
    mine = next(row for row in rows if row[1] == "HTX Sen Hồng")
    assert mine[2:5] == ["2", "1", "50"]


def test_a_nonsense_year_shows_this_year(office, database):
    page = office.get("/admin/traceability?year=99999&lang=en")
    assert page.status_code == 200
    assert f"Traceability report {date.today().year}" in page.get_data(as_text=True)


def test_only_the_office_reads_the_report(client, database):
    login(client, factories.user())
    assert client.get("/admin/traceability").status_code in (403, 404)
