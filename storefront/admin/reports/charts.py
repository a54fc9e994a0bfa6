"""Bar charts drawn on the server as SVG with pygal, readable on a 390 px phone: horizontal
bars (long commune names read across), at most MAX_BARS of them (the rest summed as "others"),
large type, the value printed on each bar, and no script. The SVG scales to its container
(a viewBox), carries a <title> and role="img" with an aria-label; the table beside it holds
the same numbers for screen readers and for copying.

Pages show it as an <img> of a data: URI: pygal styles its drawing with an inline <style>,
which the site's Content-Security-Policy (style-src 'self') refuses in the page itself but
not inside an image, which is its own document and runs nothing.
"""

import base64
from dataclasses import dataclass
from xml.etree import ElementTree

import pygal
from babel import Locale, numbers
from flask import g
from flask_babel import get_locale
from flask_babel import gettext as _
from pygal.style import Style

from storefront.admin.reports.base import MAX_BARS, MONEY, PERCENT, Chart, Result
from storefront.i18n import format_vnd

SVG = "{http://www.w3.org/2000/svg}"
WIDTH, BAR, TOP = 360, 46, 24  # the drawing's units: its width, each bar's height, margins
STYLE = Style(
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    background="transparent",
    plot_background="transparent",
    foreground="#2b2323",
    foreground_strong="#2b2323",
    foreground_subtle="#d8cfcf",
    colors=("#b8336a",),  # lotus pink, with dark text on the light background (WCAG AA)
    label_font_size=15,
    major_label_font_size=15,
    value_font_size=15,
    tooltip_font_size=15,
)


def _locale() -> Locale:
    """The reader's locale, asked once per request: a report formats thousands of figures."""
    if "report_locale" not in g:
        g.report_locale = get_locale() or Locale.parse("vi")
    return g.report_locale


def format_value(value, kind: str) -> str:
    """A figure as the page shows it: "–" when there is none (no answer yet to time)."""
    if value is None:
        return "–"
    if kind == MONEY:
        return format_vnd(value)
    if kind == PERCENT:
        return numbers.format_percent(value, "#,##0.#%", locale=_locale())
    return numbers.format_decimal(value, locale=_locale())


def bars(chart: Chart, result: Result) -> list[tuple[str, float]]:
    """(label, value) of the chart's bars: the largest first, the rest summed as others."""
    table = result.table(chart.table)
    rows = table.rows[:-1] if table.total else table.rows
    kind = table.columns[chart.value_column].kind
    pairs = [(str(row[0]), row[chart.value_column] or 0) for row in rows]
    if kind != PERCENT:
        pairs.sort(key=lambda pair: -pair[1])
    if len(pairs) > MAX_BARS and kind != PERCENT:
        rest = sum(value for _label, value in pairs[MAX_BARS - 1 :])
        pairs = [*pairs[: MAX_BARS - 1], (_("Others"), rest)]
    return pairs[:MAX_BARS]


@dataclass(frozen=True)
class Drawing:
    svg: str
    title: str
    width: int
    height: int

    @property
    def data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode()).decode()


def svg(chart: Chart, result: Result) -> Drawing | None:
    """The chart drawn, or None when there is nothing to draw."""
    table = result.table(chart.table)
    kind = table.columns[chart.value_column].kind
    pairs = bars(chart, result)
    if not pairs or not any(value for _label, value in pairs):
        return None
    height = TOP * 2 + BAR * len(pairs)
    drawing = pygal.HorizontalBar(
        style=STYLE, width=WIDTH, height=height, explicit_size=False,
        disable_xml_declaration=True, js=[], show_legend=False, print_values=True,
        print_values_position="top", show_x_labels=False, show_y_guides=False,
        truncate_label=18, margin=4, spacing=8, range=(0, 1) if kind == PERCENT else None,
        value_formatter=lambda value: format_value(value, kind),
    )  # fmt: skip
    drawn = pairs[::-1]  # pygal draws the first bar at the bottom: the largest goes on top
    drawing.x_labels = [label for label, _value in drawn]
    drawing.add(table.columns[chart.value_column].title, [value for _label, value in drawn])
    source = _accessible(drawing.render(is_unicode=True), chart.title)
    return Drawing(source, chart.title, WIDTH, height)


def _accessible(source: str, title: str) -> str:
    """The SVG with a <title> and role="img" named by it (the table beside it has the rest)."""
    ElementTree.register_namespace("", SVG[1:-1])
    ElementTree.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ElementTree.fromstring(source)
    for parent in list(root.iter()):  # pygal's tooltip settings: nothing runs in an image
        for script in parent.findall(f"{SVG}script"):
            parent.remove(script)
    element = ElementTree.Element(f"{SVG}title")
    element.text = title
    root.insert(0, element)
    root.set("role", "img")
    root.set("aria-label", _("%(title)s: the figures are in the table beside the chart.",
                             title=title))  # fmt: skip
    root.set("class", "report-chart")
    return ElementTree.tostring(root, encoding="unicode")
