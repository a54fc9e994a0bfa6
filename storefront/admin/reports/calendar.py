"""The reporting calendar: the office sets what is due when and to whom; sending freezes the
report as that day's snapshot (figures and files), and a reminder goes a week before each
due date, once per due date.

Sending and reminding each mark their row with one conditional UPDATE (`sent_at IS NULL`,
`reminded_for` not yet this due date), so two clicks or two cron runs at once act once.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts.audit import record
from storefront.accounts.models import User
from storefront.admin import reports
from storefront.admin.report_models import ReportDue, ReportFile
from storefront.admin.reports import base, exports, pdf
from storefront.database import rows_updated
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.timeutil import to_local

DASHBOARD = "dashboard"
REMIND_DAYS = 7
MAX_RECIPIENT = 200
FORMATS = {
    "csv": ("text/csv", exports.to_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             exports.to_xlsx),
    "pdf": ("application/pdf", pdf.to_pdf),
}  # fmt: skip


class CalendarError(DomainError):
    """A due date or a sending refused."""


def report_choices() -> list[tuple[str, str]]:
    return [(DASHBOARD, _("The whole programme report"))] + [
        (s.key, s.title()) for s in base.sections()
    ]


def report_title(key: str) -> str:
    found = base.section(key)
    return found.title() if found else _("Programme report")


@dataclass(frozen=True)
class DueValues:
    report: str
    period_start: date
    period_end: date
    ward_code: int | None
    due_on: date
    recipient: str


def add_due(values: DueValues, today: date) -> ReportDue:
    """A new due date; refused for an unknown report, a period out of order, a due date past."""
    if values.report != DASHBOARD and base.section(values.report) is None:
        raise CalendarError(_l("Choose one of the reports offered."), "report")
    if values.period_end < values.period_start:
        raise CalendarError(_l("The period must end on or after its first day."), "period_end")
    if values.due_on < today:
        raise CalendarError(_l("The due date has passed: choose today or a later day."), "due_on")
    recipient = " ".join(values.recipient.split())
    if not recipient or len(recipient) > MAX_RECIPIENT:
        raise CalendarError(_l("Say who receives the report (200 characters at most)."),
                            "recipient")  # fmt: skip
    due = ReportDue(report=values.report, period_start=values.period_start,
                    period_end=values.period_end, ward_code=values.ward_code,
                    due_on=values.due_on, recipient=recipient)  # fmt: skip
    db.session.add(due)
    db.session.flush()
    record("report.scheduled", due, summary=f"{values.report} {values.due_on.isoformat()}",
           after=_audit_values(due))  # fmt: skip
    return due


def _audit_values(due: ReportDue) -> dict:
    return {"report": due.report, "period_start": due.period_start.isoformat(),
            "period_end": due.period_end.isoformat(), "ward_code": due.ward_code,
            "due_on": due.due_on.isoformat(), "recipient": due.recipient}  # fmt: skip


def calendar() -> list[ReportDue]:
    return list(db.session.scalars(sa.select(ReportDue).order_by(ReportDue.due_on, ReportDue.id)))


def scope_of(due: ReportDue, today: date | None = None) -> base.Scope:
    return base.Scope(due.period_start, due.period_end, due.ward_code, today)


def read(due: ReportDue, today: date | None = None) -> tuple[str, list[base.Result]]:
    """The report as it reads now, or as it was frozen once sent: its title and results."""
    if due.figures is not None:
        return due.figures["title"], [base.Result.from_json(r) for r in due.figures["results"]]
    title = f"{report_title(due.report)} – {exports.period_text(scope_of(due))}"
    return title, reports.read_all(scope_of(due, today), _keys(due))


def _keys(due: ReportDue) -> list[str] | None:
    return None if due.report == DASHBOARD else [due.report]


def send(due: ReportDue, actor: User | None, now: datetime | None = None) -> None:
    """Freeze the report as of now, in Vietnamese (its official language), and mark it sent."""
    now = now or utcnow()
    marked = rows_updated(
        sa.update(ReportDue)
        .where(ReportDue.id == due.id, ReportDue.sent_at.is_(None))
        .values(sent_at=now, sent_by_id=actor.id if actor else None)
    )
    if not marked:
        db.session.refresh(due)  # the snapshot the other sending froze
        raise CalendarError(_l("This report was sent already."), code="already_sent")
    db.session.refresh(due)
    with force_locale("vi"):
        title, results = read(due, to_local(now).date())
        scope = scope_of(due)
        due.figures = {"title": title, "scope": scope.to_json(),
                       "results": [r.to_json() for r in results]}  # fmt: skip
        stem = f"bao-cao-{due.report}-{due.period_start:%Y%m%d}-{due.period_end:%Y%m%d}"
        for name, (_mime, write) in FORMATS.items():
            due.files.append(ReportFile(format=name, filename=f"{stem}.{name}",
                                        content=write(title, scope, results)))  # fmt: skip
    db.session.flush()
    record("report.sent", due, summary=title, after={**_audit_values(due), "sent": True})


def stored_file(due: ReportDue, name: str) -> ReportFile | None:
    return next((f for f in due.files if f.format == name), None)


def remind(today: date) -> int:
    """E-mail the office's administrators about each unsent report due within a week, once
    per due date; returns how many reports they were reminded of."""
    soon = sa.select(ReportDue).where(
        ReportDue.sent_at.is_(None),
        ReportDue.due_on >= today,
        ReportDue.due_on <= today + timedelta(days=REMIND_DAYS),
        sa.or_(ReportDue.reminded_for.is_(None), ReportDue.reminded_for != ReportDue.due_on),
    )
    office = list(db.session.scalars(
        sa.select(User).where(User.is_admin.is_(True), User.is_active_account.is_(True))
    ))  # fmt: skip
    reminded = 0
    for due in db.session.scalars(soon.order_by(ReportDue.due_on)).all():
        if not _mark_reminded(due):
            continue
        reminded += 1
        for user in office:
            mail.queue(user.email, "mail/admin/report_due_subject.txt",
                       "mail/admin/report_due_body.txt", locale=user.locale, due=due,
                       title=report_title)  # fmt: skip
    return reminded


def _mark_reminded(due: ReportDue) -> bool:
    return bool(rows_updated(
        sa.update(ReportDue)
        .where(ReportDue.id == due.id, ReportDue.due_on == due.due_on,
               sa.or_(ReportDue.reminded_for.is_(None), ReportDue.reminded_for != due.due_on))
        .values(reminded_for=due.due_on)
    ))  # fmt: skip
