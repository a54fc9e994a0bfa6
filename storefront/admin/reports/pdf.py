"""Reports printed as A4 PDF (storefront.printing's DejaVu fonts: every Vietnamese letter): the
province's heading and the office's name, the report's title, its period and area, then each
section's headline figures and tables."""

from collections.abc import Sequence
from datetime import date

from flask_babel import gettext as _
from fpdf import FPDF
from fpdf.fonts import FontFace

from storefront import printing
from storefront.admin.reports.base import (
    DAY,
    PRINT_ROWS,
    TEXT,
    Result,
    Scope,
    Table,
)
from storefront.admin.reports.charts import format_value
from storefront.admin.reports.exports import OFFICE_NAME, PROVINCE_HEADING, period_text
from storefront.timeutil import format_day

WIDTH, HEIGHT, MARGIN = 210, 297, 15
HEADINGS = FontFace(emphasis="BOLD", fill_color=(236, 228, 230))


def _text(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == DAY and isinstance(value, date):
        return format_day(value)
    return str(value) if kind == TEXT else format_value(value, kind)


def _heading(pdf: FPDF, title: str, scope: Scope) -> None:
    pdf.set_font(printing.FAMILY, "B", 11)
    pdf.cell(0, 6, PROVINCE_HEADING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(printing.FAMILY, "B", 10)
    pdf.cell(0, 6, OFFICE_NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(printing.FAMILY, "B", 15)
    pdf.multi_cell(0, 8, printing.clean(title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(printing.FAMILY, "", 10)
    pdf.cell(0, 6, period_text(scope), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, _("Area: %(area)s", area=scope.area), align="C", new_x="LMARGIN",
             new_y="NEXT")  # fmt: skip
    pdf.ln(4)


def _table(pdf: FPDF, table: Table) -> None:
    pdf.set_font(printing.FAMILY, "B", 10)
    pdf.multi_cell(0, 6, printing.clean(table.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(printing.FAMILY, "", 8)
    if not table.rows:
        pdf.cell(0, 6, _("Nothing in this period."), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        return
    rows = table.rows[:PRINT_ROWS] if table.detail else table.rows
    text_columns = sum(1 for c in table.columns if c.kind == TEXT)
    widths = [3 if c.kind == TEXT else 2 for c in table.columns] if text_columns else None
    with pdf.table(headings_style=HEADINGS, line_height=5, padding=1, col_widths=widths,
                   text_align=tuple("LEFT" if c.kind == TEXT else "RIGHT"
                                    for c in table.columns)) as grid:  # fmt: skip
        grid.row([printing.clean(c.title) for c in table.columns])
        for row in rows:
            grid.row([printing.clean(_text(v, c.kind))
                      for v, c in zip(row, table.columns, strict=True)])  # fmt: skip
    if len(rows) < len(table.rows):
        pdf.set_font(printing.FAMILY, "", 8)
        pdf.multi_cell(0, 5, _("%(shown)s of %(count)s shown: the CSV and XLSX files list them "
                               "all.", shown=len(rows), count=len(table.rows)),
                       new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(4)


def _figures(pdf: FPDF, result: Result) -> None:
    pdf.set_font(printing.FAMILY, "", 10)
    for label, value, kind in result.figures:
        pdf.cell(0, 6, printing.clean(f"{label}: {_text(value, kind)}"), new_x="LMARGIN",
                 new_y="NEXT")  # fmt: skip
    if result.note:
        pdf.set_font(printing.FAMILY, "", 8)
        pdf.multi_cell(0, 4.5, printing.clean(result.note), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def to_pdf(title: str, scope: Scope, results: Sequence[Result]) -> bytes:
    pdf = printing.document(WIDTH, HEIGHT, title)
    pdf.c_margin = 1
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, MARGIN + 5)
    pdf.add_page()
    _heading(pdf, title, scope)
    for result in results:
        pdf.set_font(printing.FAMILY, "B", 13)
        pdf.multi_cell(0, 7, printing.clean(result.title), new_x="LMARGIN", new_y="NEXT")
        _figures(pdf, result)
        for table in result.tables:
            _table(pdf, table)
    return bytes(pdf.output())
