"""The office's programme reports: the dashboard for a period and area, each section or the
whole as CSV, XLSX or PDF, and the reporting calendar (due dates, sending, the frozen
snapshots). Administrators only: commune officers and council members are refused."""

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.admin import bp, reports
from storefront.admin.report_forms import DueForm, ward_options
from storefront.admin.report_models import ReportDue
from storefront.admin.reports import base, calendar, charts, periods
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import ActionForm, form_error, form_status
from storefront.timeutil import today_local


@bp.get("/reports")
def reports_dashboard():
    choice, scope = periods.choose(request.args, today_local())
    return render_template(
        "admin/report_dashboard.html", choice=choice, scope=scope, presets=periods.PRESETS,
        results=reports.read_all(scope), wards=ward_options(), svg=charts.svg,
        format_value=charts.format_value, page_rows=base.PAGE_ROWS,
    ), 400 if choice.errors else 200  # fmt: skip


@bp.get("/reports/download.<any(csv, xlsx, pdf):fmt>")
def reports_download(fmt: str):
    choice, scope = periods.choose(request.args, today_local())
    key = request.args.get("section", "")
    if choice.errors or (key and base.section(key) is None):
        abort(404)
    results = reports.read_all(scope, [key] if key else None)
    title = calendar.report_title(key or calendar.DASHBOARD)
    mime, write = calendar.FORMATS[fmt]
    name = f"bao-cao-{key or 'ocop'}-{scope.start:%Y%m%d}-{scope.end:%Y%m%d}.{fmt}"
    return _file(write(title, scope, results), mime, name)


def _file(content: bytes, mime: str, name: str) -> Response:
    return Response(content, mimetype=mime,
                    headers={"Content-Disposition": f"attachment; filename={name}"})  # fmt: skip


@bp.route("/reports/calendar", methods=["GET", "POST"])
@writes
def report_calendar():
    form = DueForm()
    if form.validate_on_submit():
        try:
            calendar.add_due(form.values(), today_local())
        except calendar.CalendarError as error:
            form_error(form, error)
        else:
            flash(_("The due date is in the calendar."), "success")
            return redirect(url_for("admin.report_calendar"))
    return render_template(
        "admin/report_calendar.html", form=form, dues=calendar.calendar(), today=today_local(),
        title=calendar.report_title, ward_options=dict(ward_options()),
    ), form_status(form)  # fmt: skip


@bp.get("/reports/calendar/<int:due_id>")
def report_due(due_id: int):
    return _due_page(_due(due_id))


def _due_page(due: ReportDue, error: str = "") -> str:
    title, results = calendar.read(due, today_local())
    return render_template(
        "admin/report_due.html", due=due, title=title, results=results, action=ActionForm(),
        scope=calendar.scope_of(due), svg=charts.svg, format_value=charts.format_value,
        error=error, page_rows=base.PAGE_ROWS,
    )  # fmt: skip


@bp.post("/reports/calendar/<int:due_id>/send")
@writes
def send_report(due_id: int):
    due = _due(due_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        calendar.send(due, current_user)
    except calendar.CalendarError as error:
        return _due_page(due, str(error)), error.status
    flash(_("The report is sent and kept as it reads today."), "success")
    return redirect(url_for("admin.report_due", due_id=due.id))


@bp.get("/reports/calendar/<int:due_id>/file.<any(csv, xlsx, pdf):fmt>")
def report_file(due_id: int, fmt: str):
    stored = calendar.stored_file(_due(due_id), fmt)
    if stored is None:
        abort(404)
    return _file(stored.content, calendar.FORMATS[fmt][0], stored.filename)


def _due(due_id: int) -> ReportDue:
    return db.session.get(ReportDue, due_id) or abort(404)
