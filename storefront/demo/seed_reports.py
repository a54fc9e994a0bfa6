"""The demo's reporting calendar (data/report_calendar.toml): the half-year reports due in
mid-July, the yearly traceability reports, and last year's traceability report sent (frozen
as a snapshot with its files). A due date is known by its report, period and due day, so
`flask seed-demo` can run again."""

from collections.abc import Callable
from datetime import date

import sqlalchemy as sa

from storefront.admin.report_models import ReportDue
from storefront.admin.reports import calendar
from storefront.demo.dataset import DATA, read_toml
from storefront.extensions import db
from storefront.timeutil import today_local


def _period(name: str, year: int) -> tuple[date, date]:
    if name == "first_half":
        return date(year, 1, 1), date(year, 6, 30)
    if name == "last_year":
        return date(year - 1, 1, 1), date(year - 1, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


def seed_reports(progress: Callable[[str], None]) -> None:
    year = today_local().year
    for number, row in enumerate(read_toml(DATA / "report_calendar.toml")["due"], 1):
        progress(f"[report {number}] {row['report']} {row['period']}")
        start, end = _period(row["period"], year)
        due_on = date(year + row["due_year"], *row["due"])
        due = db.session.scalar(
            sa.select(ReportDue).where(
                ReportDue.report == row["report"],
                ReportDue.period_start == start,
                ReportDue.due_on == due_on,
            )
        )
        if due is None:
            due = ReportDue(report=row["report"], period_start=start, period_end=end,
                            due_on=due_on, recipient=row["recipient"])  # fmt: skip
            db.session.add(due)
            db.session.flush()
        if row.get("sent") and due.sent_at is None:
            calendar.send(due, None)
    db.session.flush()
