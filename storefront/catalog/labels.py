"""Print-ready labels of a lot: A4 sheets of die-cut stickers and an A6 single label, as PDF.

Each label carries the product's name, the producer and its commune, the net weight (or the
package size), the lot code, the production (or harvest) and best-before dates, the storage
instructions, the EAN-13 of the variant's GTIN (none without a GTIN), the lot's GS1 Digital
Link QR code and, only while the OCOP certificate runs, the OCOP mark with its stars.

The label is the pack's own text, so it is printed in Vietnamese (as Decree 43/2017 on goods
labelling asks), with English second where the format has room, whatever language the
producer reads the portal in.

Sheets (A4, 210 x 297 mm), labels in rows from the top left, margins centring the grid:
- 70 x 42.3 mm, 3 x 7 = 21 a sheet, gapless (the Avery Zweckform 3652 layout, sold in
  Vietnam under many brands): 0 mm side margins, 0.45 mm top and bottom.
- 50 x 30 mm, 4 x 9 = 36 a sheet, gapless: 5 mm side margins, 13.5 mm top and bottom.
- A6 (105 x 148 mm): one label a page.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from flask_babel import lazy_gettext as _l
from fpdf import FPDF

from storefront import printing
from storefront.catalog.digital_link import absolute, lot_path
from storefront.catalog.errors import CatalogError
from storefront.catalog.lot_models import Lot
from storefront.places import ward_label
from storefront.printing import Block, Box

MAX_LABELS = 500
FRESH_CATEGORIES = frozenset({"fresh-fruit"})  # their lots carry a harvest date
A4 = (210.0, 297.0)
SCAN = "Quét mã để truy xuất nguồn gốc · Scan to trace its origin"


class LabelError(CatalogError):
    """A label print that cannot be made as asked (format, count, a recalled lot)."""


@dataclass(frozen=True)
class LabelContent:
    """What one label of a lot says; every label of a print is the same."""

    name_vi: str
    name_en: str
    producer: str
    commune: str
    net_weight: str  # "500 g", or "" when the product's weight does not name this variant
    package: str  # the variant's own label: "Hộp 6 trái"
    lot_code: str
    harvested: bool  # the date is a harvest's, not a production's
    made_on: date
    best_before: date | None
    storage_vi: str
    storage_en: str
    ean13: str | None
    url: str
    stars: int | None  # None: no valid OCOP certificate, no mark
    certificate_no: str
    certificate_until: date | None


def _grams(grams: int) -> str:
    if grams >= 1000 and grams % 100 == 0:
        return f"{grams / 1000:g} kg".replace(".", ",")
    return f"{grams} g"


def content_of(lot: Lot, today: date) -> LabelContent:
    product, variant = lot.product, lot.variant
    certificate = product.verified_certificate(today)  # verified stars only, never a claim
    # The product's net weight belongs to one package only when it has one variant.
    single = len(product.variants) == 1
    return LabelContent(
        name_vi=product.name_vi,
        name_en=product.name_en,
        producer=product.producer.name,
        commune=ward_label(product.producer.ward_code),
        net_weight=_grams(product.net_weight_g) if single and product.net_weight_g else "",
        package=variant.label_vi,
        lot_code=lot.code,
        harvested=product.category.slug in FRESH_CATEGORIES,
        made_on=lot.produced_on,
        best_before=lot.best_before,
        storage_vi=product.storage_vi,
        storage_en=product.storage_en,
        ean13=printing.ean13_digits(variant.gtin),
        url=absolute(lot_path(lot)),
        stars=certificate.stars if certificate else None,
        certificate_no=certificate.number if certificate else "",
        certificate_until=certificate.expires_on if certificate else None,
    )


# --- what each format draws ------------------------------------------------------------------


def _facts(c: LabelContent, short: bool) -> list[str]:
    """The label's lines of facts in Vietnamese; `short`: the abbreviations small labels use
    (NSX, HSD: Decree 43/2017 allows them)."""
    made = ("Thu hoạch" if short else "Ngày thu hoạch") if c.harvested else None
    made = made or ("NSX" if short else "Ngày sản xuất")
    weight = f"{'KL tịnh' if short else 'Khối lượng tịnh'}: {c.net_weight}" if c.net_weight else ""
    package = f"{c.package}" if short else f"Quy cách: {c.package}"
    lines = [
        f"{'Lô' if short else 'Số lô'}: {c.lot_code}",
        f"{made}: {printing.day(c.made_on)}",
    ]
    if c.best_before:
        lines.append(f"{'HSD' if short else 'Hạn sử dụng'}: {printing.day(c.best_before)}")
    return [" · ".join(x for x in (weight, package) if x), *lines]


def _badge(pdf: FPDF, box: Box, stars: int) -> None:
    """The OCOP mark: a rounded frame, "OCOP" and its stars (★, drawn from the font)."""
    printing.draw_box(pdf, box, line_width=max(0.2, box.h / 40), radius=box.h / 8)
    inner = Box(box.x + box.w * 0.08, box.y + box.h * 0.1, box.w * 0.84, box.h * 0.8)
    blocks = [Block("OCOP", bold=True, max_lines=1, align="C"),
              Block("★" * stars, scale=0.8, max_lines=1, align="C")]  # fmt: skip
    largest = inner.h / printing.PT / printing.LEADING / 1.8
    lines = printing.fit(pdf, blocks, inner, largest, 3)
    offset = max(0.0, (inner.h - printing.height(lines)) / 2)
    printing.draw_lines(pdf, lines, Box(inner.x, inner.y + offset, inner.w, inner.h))


@dataclass(frozen=True)
class Piece:
    """One thing drawn on a label, at a place relative to the label's top left corner."""

    draw: Callable[[FPDF, float, float], object]


def _text(pdf: FPDF, blocks: list[Block], box: Box, largest: float, smallest: float) -> Piece:
    lines = printing.fit(pdf, blocks, box, largest, smallest)
    return Piece(
        lambda p, x, y: printing.draw_lines(p, lines, Box(box.x + x, box.y + y, box.w, box.h))
    )


def _qr(url: str, box: Box) -> Piece:
    return Piece(lambda p, x, y: printing.draw_qr(p, url, box.x + x, box.y + y, box.w))


def _ean(digits: str, x0: float, y0: float, module: float, bars: float) -> Piece:
    return Piece(lambda p, x, y: printing.draw_ean13(p, digits, x0 + x, y0 + y, module, bars))


def _ocop(box: Box, stars: int) -> Piece:
    return Piece(lambda p, x, y: _badge(p, Box(box.x + x, box.y + y, box.w, box.h), stars))


def _small(pdf: FPDF, c: LabelContent) -> list[Piece]:
    """50 x 30 mm: name, facts and storage on the left, the QR right, the EAN-13 at 80 %
    (X = 0.264 mm, bars cut to 5.5 mm) under the facts, the OCOP mark under the QR."""
    module = 0.264
    facts_h = 11.8 if c.ean13 else 20.0
    facts = [Block(f"{c.producer} · {c.commune}", max_lines=2)]
    facts += [Block(t, bold=t.startswith(("HSD", "Lô")), max_lines=2) for t in _facts(c, True)]
    facts.append(Block(f"Bảo quản: {c.storage_vi}" if c.storage_vi else "", max_lines=2))
    pieces = [
        _text(pdf, [Block(c.name_vi, bold=True)], Box(2, 2, 46, 5.8), 6.5, 4),
        _text(pdf, facts, Box(2, 8.1, 33, facts_h), 5, 3.5),
        _qr(c.url, Box(35.5, 7.6, 12.5, 12.5)),
    ]
    if c.ean13:
        height = printing.ean13_size(module, 5.5)[1]
        pieces.append(_ean(c.ean13, 2, 28 - height, module, 5.5))
    if c.stars:
        pieces.append(_ocop(Box(35.8, 21.2, 12, 6.6), c.stars))
    return pieces


def _medium(pdf: FPDF, c: LabelContent) -> list[Piece]:
    """70 x 42.3 mm: name (English under it) across the top; facts on the left; the OCOP
    mark, the QR and the EAN-13 at 80 % (bars cut to 7 mm) on the right."""
    module = 0.264
    width, height = printing.ean13_size(module, 7)
    facts = [Block(f"Cơ sở: {c.producer}", max_lines=2), Block(c.commune, max_lines=2)]
    for line in _facts(c, False):
        facts.append(Block(line, bold=line.startswith(("Hạn", "Số lô")), max_lines=2))
    facts.append(Block(f"Bảo quản: {c.storage_vi}" if c.storage_vi else "", 0.9, max_lines=3))
    title = [Block(c.name_vi, bold=True), Block(c.name_en, scale=0.75, max_lines=1)]
    pieces = [
        _text(pdf, title, Box(2.5, 2.5, 65, 9.6), 8, 5),
        _text(pdf, facts, Box(2.5, 12.6, 34.5, 27.2), 6, 4),
        _qr(c.url, Box(50.5, 12.4, 17, 17)),
    ]
    if c.ean13:
        pieces.append(_ean(c.ean13, 67.5 - width, 39.8 - height, module, 7))
    if c.stars:
        pieces.append(_ocop(Box(38, 14, 11.5, 12.5), c.stars))
    return pieces


def _large(pdf: FPDF, c: LabelContent) -> list[Piece]:
    """A6, 105 x 148 mm: everything in both languages, the EAN-13 at 100 % (X = 0.33 mm,
    full 22.85 mm bars), a 40 mm QR with what it is for under it."""
    facts = [Block(f"Cơ sở sản xuất · Producer: {c.producer}", max_lines=3),
             Block(c.commune, max_lines=2)]  # fmt: skip
    for line in _facts(c, False):
        facts.append(Block(line, bold=line.startswith(("Hạn", "Số lô")), max_lines=2))
    facts.append(Block(f"Bảo quản: {c.storage_vi}" if c.storage_vi else "", max_lines=4))
    facts.append(Block(f"Storage: {c.storage_en}" if c.storage_en else "", 0.9, max_lines=3))
    if c.stars:
        until = printing.day(c.certificate_until)
        facts.append(Block(f"OCOP {c.stars} sao · số {c.certificate_no} · đến {until}", 0.9))
    title = [Block(c.name_vi, bold=True, max_lines=3), Block(c.name_en, 0.7, max_lines=2)]
    title_box = Box(6, 6, 68 if c.stars else 93, 26)
    top = 6 + printing.height(printing.fit(pdf, title, title_box, 17, 9)) + 4
    top = max(top, 27.0) if c.stars else top  # under the OCOP mark
    pieces = [
        _text(pdf, title, title_box, 17, 9),
        _text(pdf, facts, Box(6, top, 93, 92 - top), 11, 6.5),
        _qr(c.url, Box(6, 94, 40, 40)),
        _text(pdf, [Block(SCAN, max_lines=2)], Box(6, 135, 48, 7), 7, 5),
    ]
    if c.ean13:
        width, height = printing.ean13_size(printing.X_NOMINAL, 22.85)
        pieces.append(_ean(c.ean13, 99 - width, 142 - height, printing.X_NOMINAL, 22.85))
    if c.stars:
        pieces.append(_ocop(Box(77, 6, 22, 17), c.stars))
    return pieces


@dataclass(frozen=True)
class LabelFormat:
    key: str
    name: str  # for the producer's choice
    hint: str  # what to buy or print on
    page: tuple[float, float]  # mm
    label: tuple[float, float]  # mm
    columns: int
    rows: int
    layout: Callable[[FPDF, LabelContent], list[Piece]]

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Top left corner of the label at `index` on its page (rows from the top left)."""
        left = (self.page[0] - self.columns * self.label[0]) / 2
        top = (self.page[1] - self.rows * self.label[1]) / 2
        row, column = divmod(index, self.columns)
        return left + column * self.label[0], top + row * self.label[1]


FORMATS = {
    f.key: f
    for f in (
        LabelFormat(
            "a4-70x42",
            _l("Stickers 70 × 42.3 mm"),
            _l("A4 sheets of 21 (3 × 7), the Avery Zweckform 3652 layout"),
            A4,
            (70.0, 42.3),
            3,
            7,
            _medium,
        ),
        LabelFormat(
            "a4-50x30",
            _l("Stickers 50 × 30 mm"),
            _l("A4 sheets of 36 (4 × 9)"),
            A4,
            (50.0, 30.0),
            4,
            9,
            _small,
        ),
        LabelFormat(
            "a6",
            _l("A6 label, 105 × 148 mm"),
            _l("One a page, for a box or a crate"),
            (105.0, 148.0),
            (105.0, 148.0),
            1,
            1,
            _large,
        ),
    )
}


def checked(format_key: str, count: int | None, lot: Lot) -> LabelFormat:
    """The format asked for, once the request is one that can be printed."""
    label_format = FORMATS.get(format_key)
    if label_format is None:
        raise LabelError(_l("Choose one of the label formats."), "format")
    if count is None or not 1 <= count <= MAX_LABELS:
        raise LabelError(
            _l("Print between 1 and %(most)s labels at a time.", most=MAX_LABELS), "count"
        )
    if lot.recalled:
        raise LabelError(_l("This lot is recalled: its labels cannot be printed."))
    return label_format


def render(lot: Lot, format_key: str, count: int | None, today: date) -> bytes:
    """`count` labels of the lot in the format, as a PDF (pages filled from the top left)."""
    label_format = checked(format_key, count, lot)
    assert count is not None
    content = content_of(lot, today)
    pdf = printing.document(*label_format.page, f"{content.name_vi} – lô {lot.code}")
    pieces = label_format.layout(pdf, content)
    for index in range(count):
        slot = index % label_format.per_page
        if slot == 0:
            pdf.add_page()
        x, y = label_format.origin(slot)
        for piece in pieces:
            piece.draw(pdf, x, y)
    return bytes(pdf.output())


def file_name(lot: Lot, format_key: str) -> str:
    """The download's name: the lot code in it, only characters every system accepts."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in lot.code)
    return f"nhan-lo-{safe}-{format_key}.pdf"
