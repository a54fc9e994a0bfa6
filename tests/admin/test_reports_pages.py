"""The reports dashboard and its files: who may open it, bad input, the SVG charts with their
tables, and the CSV, XLSX and PDF files read back (openpyxl, poppler)."""

import csv
import io
from datetime import date
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from storefront.accounts.models import OfficeRole
from storefront.admin.reports import base, charts
from storefront.extensions import db
from tests import factories, pdf_tools
from tests.admin import report_world
from tests.web import login

MARCH = {"from": "2026-03-01", "to": "2026-03-31"}
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def office(client, database):
    login(client, factories.user(is_admin=True))
    with client.session_transaction() as session:
        session["lang"] = "en"
    return client


@pytest.fixture
def world(office):
    return report_world.build()


@pytest.mark.parametrize(
    "path", ["/admin/reports", "/admin/reports/download.csv", "/admin/reports/calendar"]
)
@pytest.mark.parametrize("role", [OfficeRole.COMMUNE_OFFICER, OfficeRole.COUNCIL, None])
def test_only_administrators_open_the_reports(client, database, path, role):
    login(client, factories.user(office_role=role, commune_code=factories.LAI_VUNG))
    assert client.get(path).status_code == 403


def test_a_visitor_is_sent_to_log_in(client, database):
    assert client.get("/admin/reports").status_code in (302, 401)


def test_the_dashboard_shows_every_section_with_charts_and_tables(office, world):
    page = office.get("/admin/reports", query_string=MARCH)
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    for title in ("Producers", "Products", "Coverage", "Certificates expiring", "Sales",
                  "Adoptions and tours", "Support requests", "Recalls"):  # fmt: skip
        assert f">{title}</h2>" in html
    assert "270.000\xa0₫" in html
    assert 'src="data:image/svg+xml;base64,' in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_one_commune_on_the_dashboard(office, world):
    html = office.get("/admin/reports", query_string={**MARCH, "ward": factories.THAP_MUOI})
    text = html.get_data(as_text=True)
    assert "120.000\xa0₫" in text and "150.000\xa0₫" not in text


@pytest.mark.parametrize(
    "args", [{"from": "2026-02-30"}, {"from": "2026-03-02", "to": "2026-03-01"}, {"ward": "9"}]
)
def test_bad_input_is_a_400_with_the_message_by_its_field(office, database, args):
    page = office.get("/admin/reports", query_string=args)
    assert page.status_code == 400
    assert 'class="field-error"' in page.get_data(as_text=True)


@pytest.mark.parametrize(
    "query", [{"section": "nope"}, {"from": "x"}], ids=["unknown section", "bad date"]
)
def test_a_download_of_nothing_is_404(office, database, query):
    assert office.get("/admin/reports/download.csv", query_string=query).status_code == 404
    assert office.get("/admin/reports/download.doc").status_code == 404


def test_the_chart_is_svg_that_carries_its_numbers_and_a_name(app, world):
    with app.test_request_context("/?lang=en"):
        result = base.section("sales").read(base.Scope(*report_world.MARCH, None))
        drawing = charts.svg(result.charts[0], result)
    root = ElementTree.fromstring(drawing.svg)
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Revenue by commune or ward"
    assert "width" not in root.attrib and root.get("viewBox").startswith("0 0 360 ")
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "150.000\xa0₫" in texts and "120.000\xa0₫" in texts
    assert "Xã Lai Vung" in texts
    assert not list(root.iter(f"{SVG}script"))


def test_a_chart_keeps_few_bars(app, database):
    rows = [[f"Xã {n}", n] for n in range(1, 13)]
    table = base.Table("t", "T", [base.Column("Name"), base.Column("N", base.COUNT)], rows)
    result = base.Result("k", "K", tables=[table], charts=[base.Chart("T", "t")])
    with app.test_request_context("/?lang=en"):
        pairs = charts.bars(result.charts[0], result)
    assert len(pairs) == base.MAX_BARS
    assert pairs[0] == ("Xã 12", 12) and pairs[-1] == ("Others", sum(range(1, 6)))


def test_the_whole_report_as_csv(office, world):
    reply = office.get("/admin/reports/download.csv", query_string=MARCH)
    assert reply.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(reply.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["UBND TỈNH ĐỒNG THÁP"]
    assert ["Xã Lai Vung", "2", "3", "150000"] in rows
    assert ["Total", "4", "2", "50.0"] in rows  # coverage: 4 certified, 2 covered, 50 %


def test_one_section_as_xlsx_has_typed_cells(office, world):
    reply = office.get("/admin/reports/download.xlsx", query_string={**MARCH, "section": "sales"})
    book = load_workbook(io.BytesIO(reply.data))
    cover = book.worksheets[0]
    assert cover["A1"].value == "UBND TỈNH ĐỒNG THÁP"
    sheet = book["Sales by commune or ward"]
    assert [c.value for c in sheet[1]] == ["Commune or ward", "Orders", "Units", "Revenue"]
    revenue = sheet["D2"]
    assert revenue.value == 150_000 and type(revenue.value) is int
    assert revenue.number_format == '#,##0 "₫"'
    assert sheet.column_dimensions["A"].width > 10 and sheet.freeze_panes == "A2"


def test_dates_in_the_xlsx_are_dates(office, world):
    for certificate in world.a2.certificates:
        certificate.expires_on = date(2026, 6, 20)
    db.session.flush()
    reply = office.get("/admin/reports/download.xlsx",
                       query_string={**MARCH, "section": "certificates"})  # fmt: skip
    sheet = load_workbook(io.BytesIO(reply.data))["Certificates expiring"]
    cell = sheet["A2"]
    assert cell.is_date and cell.value.date() == date(2026, 6, 20)
    assert cell.number_format == "dd/mm/yyyy"


def test_the_pdf_prints_the_heading_period_area_and_vietnamese_tables(office, world):
    query = {**MARCH, "ward": factories.LAI_VUNG, "section": "sales"}
    reply = office.get("/admin/reports/download.pdf", query_string=query)
    assert reply.mimetype == "application/pdf"
    text = pdf_tools.text(reply.data).replace("\xa0", " ")
    for expected in ("UBND TỈNH ĐỒNG THÁP", "From March 1, 2026 to March 31, 2026",
                     "Area: Xã Lai Vung", "HTX Xoài Lai Vung", "150.000 ₫"):  # fmt: skip
        assert expected in text
    assert "Tháp Mười" not in text
    assert all(embedded for _name, embedded in pdf_tools.fonts(reply.data))


def test_the_whole_report_as_pdf_runs_over_pages(office, world):
    reply = office.get("/admin/reports/download.pdf", query_string=MARCH)
    assert pdf_tools.text(reply.data).count("UBND TỈNH ĐỒNG THÁP") == 1
    assert "Coverage" in pdf_tools.text(reply.data)
