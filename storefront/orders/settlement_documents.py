"""A statement as files: CSV (one row per line, then the commission and the net owed; the
"effect" column adds up to the net owed) and an A4 PDF with the province's heading, in the
reader's language (the heading stays Vietnamese, as official papers are)."""

import csv
import io

from flask import Response
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from fpdf import FPDF
from fpdf.fonts import FontFace

from storefront.i18n import format_vnd
from storefront.orders.settlement_models import LineKind, Settlement, SettlementLine
from storefront.printing import FAMILY, clean, day, document
from storefront.timeutil import to_local, today_local

KIND_LABELS = {
    LineKind.GOODS: _l("Goods delivered"),
    LineKind.SHIPPING: _l("Shipping"),
    LineKind.REFUND: _l("Refund"),
    LineKind.CREDIT: _l("Paid by store credit (the platform's)"),
}
# How a line counts in the net owed: store credit is the platform's money, shown only.
EFFECT = {LineKind.GOODS: 1, LineKind.SHIPPING: 1, LineKind.REFUND: -1, LineKind.CREDIT: 0}
HEADING_LEFT = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "VĂN PHÒNG ĐIỀU PHỐI CHƯƠNG TRÌNH OCOP")
HEADING_RIGHT = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def file_name(settlement: Settlement, extension: str) -> str:
    return f"doi-soat-{settlement.period_start:%Y%m%d}-{settlement.period_end:%Y%m%d}.{extension}"


def effect(line: SettlementLine) -> int:
    """The line's signed part in the net owed."""
    return EFFECT[line.kind] * line.amount


def rate_text(rate_bp: int) -> str:
    return f"{rate_bp // 100},{rate_bp % 100:02d} %" if rate_bp % 100 else f"{rate_bp // 100} %"


def csv_text(settlement: Settlement) -> str:
    """The statement as CSV text (with a BOM, so Excel reads Vietnamese as UTF-8)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Statement"), _("Producer"), _("Period start"), _("Period end"),
                     _("Kind"), _("Order"), _("Payment"), _("Date"), _("Item"), _("Quantity"),
                     _("Unit price"), _("Amount"), _("Effect on net owed")])  # fmt: skip
    head = [settlement.id, settlement.producer.name, settlement.period_start.isoformat(),
            settlement.period_end.isoformat()]  # fmt: skip
    for line in settlement.lines:
        writer.writerow([
            *head, line.kind.value, line.order_number, line.payment_method,
            f"{to_local(line.occurred_at):%Y-%m-%d %H:%M}", line.description,
            line.quantity or "", line.unit_price or "", line.amount, effect(line),
        ])  # fmt: skip
    blanks = ["", "", "", "", ""]  # order, payment, date, item, quantity
    writer.writerow([*head, "commission", *blanks, rate_text(settlement.commission_bp),
                     settlement.commission, -settlement.commission])  # fmt: skip
    writer.writerow([*head, "net_owed", *blanks, "", settlement.net_owed, ""])
    return "\ufeff" + out.getvalue()


def _heading(pdf: FPDF) -> None:
    for index, (left, right) in enumerate(zip(HEADING_LEFT, HEADING_RIGHT, strict=True)):
        pdf.set_font(FAMILY, "B", 10 if index else 9.5)
        pdf.cell(90, 5.5, left, align="C")
        pdf.cell(0, 5.5, right, align="C", new_x="LMARGIN", new_y="NEXT")
    today = today_local()
    pdf.set_font(FAMILY, "", 9)
    pdf.cell(90, 7, "")
    pdf.cell(0, 7, f"Đồng Tháp, ngày {today:%d} tháng {today:%m} năm {today:%Y}", align="C",
             new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(3)


def _summary(pdf: FPDF, settlement: Settlement) -> None:
    rows = [
        (_("Goods delivered"), settlement.goods_total),
        (_("Shipping"), settlement.shipping_total),
        (_("Refunds"), -settlement.refunds_total),
        (_("Commission (%(rate)s of goods less refunds)",
           rate=rate_text(settlement.commission_bp)), -settlement.commission),
        (_("Net owed"), settlement.net_owed),
    ]  # fmt: skip
    for label, amount in rows:
        pdf.set_font(FAMILY, "B" if label == _("Net owed") else "", 10)
        pdf.cell(120, 6.5, label)
        pdf.cell(0, 6.5, format_vnd(amount), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 8.5)
    pdf.multi_cell(0, 4.5, clean(_(
        "Paid by store credit (the platform's money, not taken off): %(credit)s. Buyers paid "
        "%(collected)s in money for these goods and their shipping.",
        credit=format_vnd(settlement.credit_total), collected=format_vnd(settlement.collected),
    )), new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(2)


def _lines(pdf: FPDF, settlement: Settlement) -> None:
    pdf.set_font(FAMILY, "", 8)
    widths = (22, 30, 34, 58, 10, 26)
    bold = FontFace(emphasis="BOLD")
    with pdf.table(col_widths=widths, text_align=("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT",
                   "RIGHT"), headings_style=bold, line_height=4.5) as table:  # fmt: skip
        table.row([_("Date"), _("Order"), _("Kind"), _("Item"), _("Qty"), _("Amount")])
        for line in settlement.lines:
            table.row([
                day(to_local(line.occurred_at)), line.order_number, str(KIND_LABELS[line.kind]),
                clean(line.description), str(line.quantity or ""), format_vnd(effect(line)),
            ])  # fmt: skip


def render_pdf(settlement: Settlement) -> bytes:
    """The statement on A4 pages: heading, producer and period, totals, every line."""
    title = _("Settlement statement")
    pdf = document(210, 297, title)
    pdf.set_margins(15, 15, 15)
    pdf.c_margin = 1
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    _heading(pdf)
    pdf.set_font(FAMILY, "B", 13)
    pdf.cell(0, 8, title.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 10)
    period = f"{day(settlement.period_start)} - {day(settlement.period_end)}"
    for label, value in ((_("Producer"), settlement.producer.name), (_("Period"), period),
                         (_("Statement number"), str(settlement.id))):  # fmt: skip
        pdf.cell(40, 6, label)
        pdf.cell(0, 6, clean(value), new_x="LMARGIN", new_y="NEXT")
    if settlement.paid_on:
        pdf.cell(40, 6, _("Paid"))
        pdf.cell(0, 6, f"{day(settlement.paid_on)} · {settlement.bank_reference}",
                 new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(2)
    _summary(pdf, settlement)
    _lines(pdf, settlement)
    return bytes(pdf.output())


def download(settlement: Settlement, extension: str) -> Response:
    """The statement as a file to save: "csv" or "pdf"."""
    if extension == "csv":
        body, mimetype = csv_text(settlement).encode(), "text/csv; charset=utf-8"
    else:
        body, mimetype = render_pdf(settlement), "application/pdf"
    name = file_name(settlement, extension)
    return Response(
        body, mimetype=mimetype, headers={"Content-Disposition": f"attachment; filename={name}"}
    )
