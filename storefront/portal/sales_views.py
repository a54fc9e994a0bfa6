"""A producer's own sales: orders, units and revenue by day (the last 30 days), week (the last
12 weeks) or month (the last 12 months), its best-selling products, and the same as CSV.
Read through storefront.orders.sales, the office's definition of a sale."""

import csv
import io
from datetime import date, timedelta

from flask import Response, g, render_template, request
from flask_babel import gettext as _

from storefront.orders import sales
from storefront.portal import bp
from storefront.timeutil import today_local

SPANS = {"day": 30, "week": 12, "month": 12}  # how many periods the page shows
TOP = 10


def sales_range(period: str, today: date) -> tuple[date, date]:
    """The first and last day the page covers for this kind of period."""
    if period == "month":
        first = today.replace(day=1)
        for _step in range(SPANS["month"] - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        return first, today
    if period == "week":
        return sales.period_start(today, "week") - timedelta(weeks=SPANS["week"] - 1), today
    return today - timedelta(days=SPANS["day"] - 1), today


@bp.get("/sales")
def sales_page():
    period = request.args.get("by", "day")
    period = period if period in sales.PERIODS else "day"
    start, end = sales_range(period, today_local())
    lines = sales.sale_lines(start, end, producer_id=g.producer.id)
    rows = sales.by_period(lines, start, end, period)
    top = list(sales.grouped(lines, lambda line: line.name).items())[:TOP]
    if request.args.get("format") == "csv":
        return _csv(rows, top, start, end)
    return render_template(
        "portal/sales.html", period=period, start=start, end=end, rows=rows[::-1], top=top,
        whole=sales.totals(lines), periods=sales.PERIODS,
    )  # fmt: skip


def _csv(rows, top, start: date, end: date) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Period from"), _("Orders"), _("Units"), _("Revenue (VND)")])
    for first, totals in rows:
        writer.writerow([first.isoformat(), totals.orders, totals.units, totals.revenue])
    writer.writerow([])
    writer.writerow([_("Product"), _("Orders"), _("Units"), _("Revenue (VND)")])
    for name, totals in top:
        writer.writerow([name, totals.orders, totals.units, totals.revenue])
    name = f"doanh-so-{g.producer.slug}-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    return Response("\ufeff" + out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={name}"})  # fmt: skip
