"""Races of the reporting calendar: four sendings of one report at once freeze it once (one
snapshot, one set of files, one audit entry), and four reminder runs at once send one
e-mail per due date, on SQLite and PostgreSQL."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.accounts.models import User
from storefront.admin.report_models import ReportDue, ReportFile
from storefront.admin.reports import calendar
from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.mail import outbox
from tests import factories
from tests.conftest import build_app

COPIES = 4


def _setup(app) -> tuple[int, int]:
    with app.test_request_context("/"):
        office = factories.user(is_admin=True, email="vanphong@ocop.vn")
        factories.producer()
        values = calendar.DueValues("producers", date(2026, 1, 1), date(2026, 6, 30), None,
                                    date.today() + timedelta(days=3), "UBND tỉnh")  # fmt: skip
        due = calendar.add_due(values, date.today())
        db.session.commit()
        ids = due.id, office.id
        db.session.remove()
    return ids


def test_four_sendings_at_once_freeze_the_report_once(make_database_url, tmp_path):
    app = build_app(make_database_url("report_send_race"), tmp_path)
    due_id, office_id = _setup(app)
    barrier = threading.Barrier(COPIES, timeout=60)

    def send(_n: int) -> str:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            due = db.session.get(ReportDue, due_id)
            try:
                calendar.send(due, db.session.get(User, office_id))
            except calendar.CalendarError:
                db.session.rollback()
                return "refused"
            db.session.commit()
            return "sent"

    with ThreadPoolExecutor(COPIES) as pool:
        results = list(pool.map(send, range(COPIES)))
    assert sorted(results) == ["refused"] * (COPIES - 1) + ["sent"]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(ReportFile.id))) == 3
        sent = sa.select(sa.func.count(AuditEntry.id)).where(AuditEntry.action == "report.sent")
        assert db.session.scalar(sent) == 1
        db.session.remove()


def test_four_reminder_runs_at_once_send_one_email(make_database_url, tmp_path):
    app = build_app(make_database_url("report_remind_race"), tmp_path)
    _setup(app)
    outbox(app).clear()
    barrier = threading.Barrier(COPIES, timeout=60)

    def remind(_n: int) -> int:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            reminded = calendar.remind(date.today())
            db.session.commit()
            return reminded

    with ThreadPoolExecutor(COPIES) as pool:
        results = list(pool.map(remind, range(COPIES)))
    assert sum(results) == 1
    assert [m["To"] for m in outbox(app)] == ["vanphong@ocop.vn"]
