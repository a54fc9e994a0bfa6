"""The office's traceability report, on the page and as a CSV file for its yearly report."""

from flask import render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from storefront.admin import bp
from storefront.catalog.trace_report import EXPIRING_DAYS, TraceReport, trace_report
from storefront.downloads import csv_response
from storefront.places import ward_name
from storefront.timeutil import today_local

COLUMNS = (
    ("name", _l("Producer")),
    ("products", _l("Published products")),
    ("traced", _l("Products with lots")),
    ("coverage", _l("Coverage (%)")),
    ("with_gtin", _l("Products with a GTIN")),
    ("lots", _l("Lots recorded")),
    ("events", _l("Events recorded")),
    ("documents_expired", _l("Documents expired")),
    ("documents_expiring", _l("Documents running out")),
    ("serialised_lots", _l("Lots with serials")),
    ("recalls", _l("Recalls")),
)


@bp.get("/traceability")
def traceability():
    today = today_local()
    year = request.args.get("year", type=int) or today.year
    if not 2000 <= year <= today.year:
        year = today.year
    report = trace_report(year, today)
    if request.args.get("format") == "csv":
        return _csv(report)
    return render_template(
        "admin/traceability.html", report=report, years=range(today.year, today.year - 5, -1),
        expiring_days=EXPIRING_DAYS, ward_name=ward_name,
    )  # fmt: skip


def _csv(report: TraceReport):
    return csv_response(
        f"truy-xuat-{report.year}.csv",
        [_("Commune or ward"), *(title for _name, title in COLUMNS)],
        ([ward_name(row.ward_code), *(getattr(row, name) for name, _t in COLUMNS)]
         for row in report.rows),
    )  # fmt: skip
