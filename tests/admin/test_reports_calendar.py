"""The reporting calendar: due dates set by the office (bad ones refused), sending freezes the
report (figures and files never change after, whatever happens to the orders), a second
sending is refused, and the reminder goes out once per due date a week before it."""

import io
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
import time_machine
from openpyxl import load_workbook

from storefront.accounts.audit import AuditEntry
from storefront.admin.report_models import ReportDue
from storefront.admin.reports import calendar
from storefront.extensions import db
from storefront.mail import outbox
from tests import factories, pdf_tools
from tests.admin import report_world
from tests.web import login, post

TODAY = date(2026, 4, 2)


@pytest.fixture
def office(client, database):
    admin = factories.user(is_admin=True, email="vanphong@ocop.vn")
    login(client, admin)
    with client.session_transaction() as session:
        session["lang"] = "en"
    return admin


@pytest.fixture
def mailbox(app):
    messages = outbox(app)
    messages.clear()
    yield messages
    messages.clear()


def _due(report="sales", due_on=date(2026, 4, 15), **fields) -> ReportDue:
    values = calendar.DueValues(report, *report_world.MARCH, None, due_on, "UBND tỉnh Đồng Tháp")
    for name, value in fields.items():
        values = calendar.DueValues(**{**values.__dict__, name: value})
    return calendar.add_due(values, TODAY)


NEXT_MONTH = (date.today() + timedelta(days=30)).isoformat()
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


def test_the_office_adds_a_due_date_from_the_form(client, office):
    form = {"report": "dashboard", "period_start": "2026-01-01", "period_end": "2026-06-30",
            "ward": "", "due_on": NEXT_MONTH, "recipient": " UBND  tỉnh Đồng Tháp "}  # fmt: skip
    reply = post(client, "/admin/reports/calendar", form, token_from="/admin/reports/calendar")
    assert reply.status_code == 302
    due = db.session.scalar(sa.select(ReportDue))
    assert (due.report, due.due_on.isoformat(), due.recipient) == (
        "dashboard", NEXT_MONTH, "UBND tỉnh Đồng Tháp")  # fmt: skip
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.action == "report.scheduled"))
    assert entry.actor_id == office.id and entry.after["due_on"] == NEXT_MONTH
    assert "UBND tỉnh Đồng Tháp" in client.get("/admin/reports/calendar").get_data(as_text=True)


@pytest.mark.parametrize(
    ("change", "field"),
    [({"period_end": "2025-12-31"}, "period_end"), ({"due_on": YESTERDAY}, "due_on"),
     ({"report": "gossip"}, "report"), ({"recipient": "   "}, "recipient"),
     ({"due_on": "31/07/2026"}, "due_on"), ({"ward": "26734"}, "ward")],
)  # fmt: skip
def test_bad_due_dates_are_refused_next_to_their_field(client, office, change, field):
    form = {"report": "sales", "period_start": "2026-01-01", "period_end": "2026-06-30",
            "ward": "", "due_on": NEXT_MONTH, "recipient": "UBND tỉnh", **change}  # fmt: skip
    reply = post(client, "/admin/reports/calendar", form, token_from="/admin/reports/calendar")
    assert reply.status_code == 400
    assert f'id="{field}-error"' in reply.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(ReportDue.id))) == 0


def test_a_sent_report_is_frozen_whatever_the_orders_do_later(app, client, office):
    world = report_world.build()
    due = _due()
    reply = post(client, f"/admin/reports/calendar/{due.id}/send",
                 token_from=f"/admin/reports/calendar/{due.id}")  # fmt: skip
    assert reply.status_code == 302
    db.session.refresh(due)
    assert due.sent_at is not None and {f.format for f in due.files} == {"csv", "xlsx", "pdf"}
    sent_pdf = bytes(calendar.stored_file(due, "pdf").content)
    # Later: the COD order is delivered, a new paid order comes in for March.
    world.orders[2].fulfilments[0].status = report_world.F.DELIVERED
    paid = report_world.OrderStatus.CONFIRMED
    report_world.sale([(world.b1, 3)], report_world.PaymentMethod.CARD, paid,
                      datetime(2026, 3, 20, tzinfo=UTC))  # fmt: skip
    db.session.flush()
    page = client.get(f"/admin/reports/calendar/{due.id}").get_data(as_text=True)
    assert "270.000\xa0₫" in page and "720.000\xa0₫" not in page
    assert "Doanh thu" in due.figures["results"][0]["figures"][2][0]  # frozen in Vietnamese
    xlsx = client.get(f"/admin/reports/calendar/{due.id}/file.xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.data)).worksheets[1]
    assert sheet["D2"].value == 150_000  # Lai Vung as it was sent
    pdf = client.get(f"/admin/reports/calendar/{due.id}/file.pdf").data
    assert pdf == sent_pdf and "UBND TỈNH ĐỒNG THÁP" in pdf_tools.text(pdf)
    assert "270.000 ₫" in pdf_tools.text(pdf).replace("\xa0", " ")
    fresh = client.get(
        "/admin/reports/download.csv",
        query_string={"from": "2026-03-01", "to": "2026-03-31", "section": "sales"},
    ).get_data(as_text=True)
    assert "Hộ kinh doanh Rượu Tháp Mười,2,4,480000" in fresh  # today moved on, not the snapshot
    sent = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.action == "report.sent"))
    assert sent.subject_id == due.id and sent.actor_id == office.id


def test_a_report_is_sent_once(client, office):
    due = _due()
    url = f"/admin/reports/calendar/{due.id}/send"
    assert post(client, url, token_from=f"/admin/reports/calendar/{due.id}").status_code == 302
    db.session.expire_all()
    first = db.session.get(ReportDue, due.id).sent_at
    assert first is not None
    again = post(client, url, token_from="/admin/reports/calendar")
    assert again.status_code == 400
    assert "sent already" in again.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(ReportDue, due.id).sent_at == first
    assert len(db.session.get(ReportDue, due.id).files) == 3


def test_unknown_reports_and_files_are_404(client, office):
    due = _due()
    assert client.get("/admin/reports/calendar/999999").status_code == 404
    assert client.get(f"/admin/reports/calendar/{due.id}/file.pdf").status_code == 404  # unsent
    assert client.get(f"/admin/reports/calendar/{due.id}/file.exe").status_code == 404


def test_the_yearly_traceability_report_can_be_sent(client, office):
    due = _due("traceability", period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    post(client, f"/admin/reports/calendar/{due.id}/send",
         token_from=f"/admin/reports/calendar/{due.id}")  # fmt: skip
    db.session.refresh(due)
    assert due.figures["results"][0]["title"] == "Truy xuất nguồn gốc 2025"


def test_the_reminder_goes_a_week_before_once_per_due_date(app, office, mailbox):
    due = _due(due_on=date(2026, 4, 15))
    runner = app.test_cli_runner()
    with time_machine.travel(datetime(2026, 4, 7, 3, tzinfo=UTC)):  # eight days before
        assert "0 report reminders" in runner.invoke(args=["reports-remind"]).output
    for day in (8, 8, 12):
        with time_machine.travel(datetime(2026, 4, day, 3, tzinfo=UTC)):
            runner.invoke(args=["reports-remind"])
    assert [m["To"] for m in mailbox] == ["vanphong@ocop.vn"]
    assert "15" in mailbox[0]["Subject"]
    assert f"/admin/reports/calendar/{due.id}" in mailbox[0].get_content()
    db.session.refresh(due)
    due.due_on = date(2026, 4, 20)  # moved: a new due date gets its own reminder
    db.session.commit()
    with time_machine.travel(datetime(2026, 4, 13, 3, tzinfo=UTC)):
        runner.invoke(args=["reports-remind"])
    assert len(mailbox) == 2


def test_no_reminder_for_a_report_already_sent(app, office, mailbox):
    due = _due(due_on=date(2026, 4, 15))
    calendar.send(due, office)
    db.session.commit()
    with time_machine.travel(datetime(2026, 4, 10, 3, tzinfo=UTC)):
        app.test_cli_runner().invoke(args=["reports-remind"])
    assert mailbox == []
