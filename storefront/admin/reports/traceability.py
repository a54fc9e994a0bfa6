"""The yearly traceability report (storefront.catalog.trace_report) as a section, so the
reporting calendar can send and freeze it: the year of the period's last day, per producer."""

from flask_babel import gettext as _

from storefront.admin.reports.base import (
    COUNT,
    PERCENT,
    TEXT,
    Column,
    Result,
    Scope,
    Section,
    Table,
    percent,
    register,
)
from storefront.catalog.trace_report import trace_report
from storefront.places import ward_name
from storefront.timeutil import today_local

FIGURES = (
    ("products", COUNT, lambda: _("Published products")),
    ("traced", COUNT, lambda: _("Products with lots")),
    ("with_gtin", COUNT, lambda: _("Products with a GTIN")),
    ("lots", COUNT, lambda: _("Lots recorded")),
    ("events", COUNT, lambda: _("Events recorded")),
    ("documents_expired", COUNT, lambda: _("Documents expired")),
    ("documents_expiring", COUNT, lambda: _("Documents running out")),
    ("serialised_lots", COUNT, lambda: _("Lots with serials")),
    ("recalls", COUNT, lambda: _("Recalls")),
)


def read(scope: Scope) -> Result:
    report = trace_report(scope.end.year, scope.today or today_local())
    rows = [r for r in report.rows if not scope.ward_code or r.ward_code == scope.ward_code]
    table = [[r.name, ward_name(r.ward_code), *(getattr(r, name) for name, _k, _t in FIGURES),
              percent(r.traced, r.products)] for r in rows]  # fmt: skip
    totals = [sum(getattr(r, name) for r in rows) for name, _k, _t in FIGURES]
    table.append([_("Total"), "", *totals, percent(totals[1], totals[0])])
    columns = [Column(_("Producer"), TEXT), Column(_("Commune or ward"), TEXT)]
    columns += [Column(title(), kind) for _n, kind, title in FIGURES]
    columns.append(Column(_("Coverage"), PERCENT))
    return Result(
        "traceability", _("Traceability %(year)s", year=report.year),
        figures=[(_("Products traced to a lot"), percent(totals[1], totals[0]), PERCENT),
                 (_("Lots recorded"), totals[3], COUNT), (_("Recalls"), totals[8], COUNT)],
        tables=[Table("by_producer", _("Traceability by producer"), columns, table, total=True)],
    )  # fmt: skip


register(Section("traceability", lambda: _("Traceability (yearly)"), read, 90, on_dashboard=False))
