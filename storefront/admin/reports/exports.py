"""Reports as files: CSV (UTF-8 with a BOM, for Excel) and XLSX (openpyxl: typed cells, real
dates, VND as whole numbers with a number format, a header row, column widths)."""

import csv
import io
from collections.abc import Sequence
from datetime import date

from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from storefront.admin.reports.base import COUNT, DAY, MONEY, PERCENT, Result, Scope, Table
from storefront.timeutil import format_day

PROVINCE_HEADING = "UBND TỈNH ĐỒNG THÁP"
OFFICE_NAME = "VĂN PHÒNG ĐIỀU PHỐI CHƯƠNG TRÌNH OCOP TỈNH ĐỒNG THÁP"
FORMATS = {MONEY: '#,##0 "₫"', COUNT: "#,##0", PERCENT: "0.0%", DAY: "dd/mm/yyyy"}
MAX_WIDTH = 60


def period_text(scope: Scope) -> str:
    return _("From %(start)s to %(end)s", start=format_day(scope.start),
             end=format_day(scope.end))  # fmt: skip


def heading_lines(title: str, scope: Scope) -> list[str]:
    return [PROVINCE_HEADING, OFFICE_NAME, title, period_text(scope), _("Area: %(area)s",
            area=scope.area)]  # fmt: skip


def _csv_cell(value, kind: str):
    if kind == DAY and isinstance(value, date):
        return value.isoformat()
    if kind == PERCENT and value is not None:
        return f"{value * 100:.1f}"
    return value


def to_csv(title: str, scope: Scope, results: Sequence[Result]) -> bytes:
    """Every table of the results, each under its title, a blank line between them."""
    out = io.StringIO()
    writer = csv.writer(out)
    for line in heading_lines(title, scope):
        writer.writerow([line])
    for result in results:
        for table in result.tables:
            writer.writerow([])
            writer.writerow([f"{result.title}: {table.title}"])
            writer.writerow([_column_title(c.title, c.kind) for c in table.columns])
            for row in table.rows:
                writer.writerow([_csv_cell(v, c.kind) for v, c in zip(row, table.columns,
                                                                     strict=True)])  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode()


def _column_title(title: str, kind: str) -> str:
    return f"{title} (%)" if kind == PERCENT else f"{title} (VND)" if kind == MONEY else title


def _sheet_name(title: str, taken: set[str]) -> str:
    """A worksheet name: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = "".join(c for c in title if c not in "[]:*?/\\")[:28].strip() or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        name = f"{base[:25]} {number}"
        number += 1
    taken.add(name.lower())
    return name


def to_xlsx(title: str, scope: Scope, results: Sequence[Result]) -> bytes:
    """A cover sheet (the heading, the period, the area, the headline figures), then one sheet
    per table with its header row frozen."""
    book = Workbook()
    cover = book.active
    taken: set[str] = set()
    cover.title = _sheet_name(_("Report"), taken)
    for line in heading_lines(title, scope):
        cover.append([line])
    cover["A1"].font = cover["A3"].font = Font(bold=True)
    cover.append([])
    for result in results:
        for label, value, kind in result.figures:
            cover.append([f"{result.title}: {label}", value])
            cover.cell(cover.max_row, 2).number_format = FORMATS.get(kind, "General")
    cover.column_dimensions["A"].width = 60
    cover.column_dimensions["B"].width = 18
    for result in results:
        for table in result.tables:
            _write_table(book.create_sheet(_sheet_name(table.title, taken)), table)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _write_table(sheet, table: Table) -> None:
    sheet.append([c.title for c in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(row)
    if table.total and table.rows:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for index, column in enumerate(table.columns, start=1):
        letter = get_column_letter(index)
        for cell in sheet[letter][1:]:
            cell.number_format = FORMATS.get(column.kind, "General")
        longest = max([len(column.title)] + [len(_shown(row[index - 1], column.kind))
                                              for row in table.rows])  # fmt: skip
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, longest + 3)
    sheet.freeze_panes = "A2"


def _shown(value, kind: str) -> str:
    if kind == MONEY and isinstance(value, int):
        return f"{value:,} ₫"
    if kind == DAY:
        return "00/00/0000"
    return str(value if value is not None else "")
