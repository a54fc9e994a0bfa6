"""Printed matter in exact millimetres (lot labels, tree plates): fpdf2 documents with DejaVu
Sans Condensed embedded as a subset (every Vietnamese letter), text fitted into boxes, QR codes
and EAN-13 barcodes drawn as vector shapes.

Text is fitted, never let overflow: `fit` tries smaller sizes, wraps words (and words too long
for the box), and at the smallest size cuts what still does not fit with an ellipsis, so
nothing is ever drawn outside its box. Vertical metrics are DejaVu's own (ascent 0.928 em,
descent 0.236 em), so a line's box is the one a PDF reader computes.
"""

import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import segno
from barcode import EAN13
from fpdf import FPDF
from fpdf.enums import RenderStyle
from stdnum import ean

# fpdf2 subsets the embedded fonts with fontTools, which logs every table it touches at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONTS = Path(__file__).with_name("fonts")
FAMILY = "DejaVuSansCondensed"
PT = 25.4 / 72  # one typographic point in millimetres
ASCENT, DESCENT = 0.928, 0.236  # DejaVu's hhea metrics, in em
LEADING = 1.2  # line pitch, in em: more than ascent + descent, so lines never touch
ELLIPSIS = "…"
BLACK = (0, 0, 0)


def document(width: float, height: float, title: str) -> FPDF:
    """An empty PDF whose pages are `width` x `height` millimetres, fonts ready."""
    pdf = FPDF(unit="mm", format=(width, height))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.c_margin = 0
    pdf.add_font(FAMILY, "", FONTS / "DejaVuSansCondensed.ttf")
    pdf.add_font(FAMILY, "B", FONTS / "DejaVuSansCondensed-Bold.ttf")
    pdf.set_title(title)
    pdf.set_lang("vi")
    pdf.set_creator("OCOP Đồng Tháp")
    pdf.set_font(FAMILY, "", 8)
    return pdf


def clean(text: str) -> str:
    """One line of composed (NFC) text: letters typed with combining accents are drawn with
    the font's own precomposed glyphs."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@dataclass(frozen=True)
class Block:
    """A paragraph to fit: `scale` times the box's font size, on at most `max_lines` lines."""

    text: str
    scale: float = 1.0
    bold: bool = False
    max_lines: int = 2
    align: str = "L"  # "L" or "C"


@dataclass(frozen=True)
class Line:
    text: str
    size: float  # points
    bold: bool
    x: float  # left edge, mm from the box's left
    baseline: float  # mm from the box's top


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


def _set(pdf: FPDF, bold: bool, size: float) -> None:
    pdf.set_font(FAMILY, "B" if bold else "", size)


def _break_word(pdf: FPDF, word: str, width: float) -> list[str]:
    """A word too wide for one line, in pieces that each fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and pdf.get_string_width(piece + char) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """`text` in lines no wider than `width` at the current font (greedy, by words)."""
    lines: list[str] = []
    line = ""
    for word in clean(text).split(" "):
        candidate = f"{line} {word}" if line else word
        if pdf.get_string_width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        pieces = _break_word(pdf, word, width) if pdf.get_string_width(word) > width else [word]
        lines.extend(pieces[:-1])
        line = pieces[-1] if pieces else ""
    return [*lines, line] if line else lines


def _shorten(pdf: FPDF, text: str, width: float) -> str:
    """`text` cut to fit `width` with an ellipsis at its end."""
    while text and pdf.get_string_width(text + ELLIPSIS) > width:
        text = text[:-1].rstrip()
    return text + ELLIPSIS


def _block_lines(pdf: FPDF, block: Block, size: float, width: float, cut: bool):
    """The lines of one block at `size`, or None when they need more than `max_lines`."""
    _set(pdf, block.bold, size * block.scale)
    lines = wrap(pdf, block.text, width)
    if len(lines) <= block.max_lines:
        return lines
    if not cut:
        return None
    kept = lines[: block.max_lines]
    kept[-1] = _shorten(pdf, kept[-1], width)
    return kept


def _attempt(pdf: FPDF, blocks: Sequence[Block], size: float, box: Box, cut: bool):
    """Lines placed in the box at `size`, or None when they do not fit (with `cut`: the lines
    that fit, the last one ending with an ellipsis when some had to go)."""
    placed: list[tuple[str, Block, float, float]] = []  # text, block, points, baseline
    bottom = 0.0
    for block in blocks:
        texts = _block_lines(pdf, block, size, box.w, cut)
        if texts is None:
            return None
        points = size * block.scale
        pitch = points * PT * LEADING
        for text in texts:
            if bottom + pitch > box.h + 1e-6:
                return _cut_short(pdf, placed, box) if cut else None
            placed.append((text, block, points, bottom + points * PT * ASCENT))
            bottom += pitch
    return [_line(pdf, t, b, p, y, box) for t, b, p, y in placed]


def _cut_short(pdf: FPDF, placed: list[tuple[str, Block, float, float]], box: Box) -> list[Line]:
    """The lines that fit, the last one marked with an ellipsis: more text did not fit."""
    if placed:
        text, block, points, baseline = placed[-1]
        _set(pdf, block.bold, points)
        placed[-1] = (_shorten(pdf, text, box.w), block, points, baseline)
    return [_line(pdf, t, b, p, y, box) for t, b, p, y in placed]


def _line(pdf: FPDF, text: str, block: Block, points: float, baseline: float, box: Box) -> Line:
    _set(pdf, block.bold, points)
    x = max(0.0, (box.w - pdf.get_string_width(text)) / 2) if block.align == "C" else 0.0
    return Line(text, points, block.bold, x, baseline)


def fit(pdf: FPDF, blocks: Sequence[Block], box: Box, largest: float, smallest: float):
    """The blocks laid out in the box at the largest size (in points, 0.25 pt steps) at which
    all of them fit; at `smallest`, what does not fit is cut with an ellipsis."""
    blocks = [b for b in blocks if clean(b.text)]
    size = largest
    while size > smallest + 1e-6:
        placed = _attempt(pdf, blocks, size, box, cut=False)
        if placed is not None:
            return placed
        size -= 0.25
    return _attempt(pdf, blocks, smallest, box, cut=True) or []


def height(lines: Sequence[Line]) -> float:
    """How tall (mm) the fitted lines are, from the box's top to the last line's descent."""
    return lines[-1].baseline + lines[-1].size * PT * DESCENT if lines else 0.0


def draw_lines(pdf: FPDF, lines: Iterable[Line], box: Box) -> None:
    pdf.set_text_color(*BLACK)
    for line in lines:
        _set(pdf, line.bold, line.size)
        pdf.text(box.x + line.x, box.y + line.baseline, line.text)


def draw_text(pdf: FPDF, blocks: Sequence[Block], box: Box, largest: float, smallest: float):
    """Fit the blocks into the box and draw them; the lines drawn."""
    lines = fit(pdf, blocks, box, largest, smallest)
    draw_lines(pdf, lines, box)
    return lines


def _fill(pdf: FPDF, rectangles: Iterable[tuple[float, float, float, float]]) -> None:
    pdf.set_fill_color(*BLACK)
    for x, y, w, h in rectangles:
        pdf.rect(x, y, w, h, style=RenderStyle.F)


@cache
def qr_code(data: str, border: int = 4) -> tuple[int, tuple[tuple[int, int, int, int], ...]]:
    """A QR code (error correction M) of `data`: its width in modules with a quiet zone of
    `border` modules, and its dark modules as rectangles (column, row, width, height), runs
    of a row merged, and runs repeated on the rows below merged into one taller rectangle."""
    qr = segno.make(data, error="m", micro=False)
    open_runs: dict[tuple[int, int], list[int]] = {}  # (column, width) -> [first row, rows]
    shapes = []
    for row, bits in enumerate(qr.matrix):
        runs = set(_runs(bits))
        for key in [k for k in open_runs if k not in runs]:
            first, rows = open_runs.pop(key)
            shapes.append((key[0] + border, first + border, key[1], rows))
        for key in runs:
            open_runs.setdefault(key, [row, 0])[1] += 1
    shapes += [
        (k[0] + border, first + border, k[1], rows) for k, (first, rows) in open_runs.items()
    ]
    return int(qr.symbol_size(border=border)[0]), tuple(sorted(shapes))


def draw_qr(pdf: FPDF, data: str, x: float, y: float, size: float, border: int = 4) -> float:
    """The QR code of `data` (see qr_code) in a `size` mm square, quiet zone included; the
    module size in mm."""
    count, shapes = qr_code(data, border)
    m = size / count
    _fill(pdf, ((x + c * m, y + r * m, w * m, h * m) for c, r, w, h in shapes))
    return m


def _runs(bits: Sequence[int | bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules in one row."""
    runs, start = [], None
    for index, bit in enumerate([*bits, 0]):
        if bit and start is None:
            start = index
        elif not bit and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


def ean13_digits(gtin: str | None) -> str | None:
    """The 13 digits an EAN-13 barcode carries for this GTIN: a GTIN-13, a GTIN-12 with a 0
    before it, or a GTIN-14 whose first digit is 0 without it. None when the GTIN is missing,
    has a wrong check digit or cannot be an EAN-13 (a GTIN-8, or a GTIN-14 of a case)."""
    if not gtin or not gtin.isdigit() or not ean.is_valid(gtin):
        return None
    if len(gtin) == 14 and gtin.startswith("0"):
        gtin = gtin[1:]
    elif len(gtin) == 12:
        gtin = "0" + gtin
    return gtin if len(gtin) == 13 else None


# EAN-13 in modules (X): 11 of quiet zone on the left, 95 of symbol, 7 on the right; the guard
# bars reach 5 X below the others, and the digits sit under the bars.
EAN_LEFT_QUIET, EAN_SYMBOL, EAN_RIGHT_QUIET = 11, 95, 7
EAN_MODULES = EAN_LEFT_QUIET + EAN_SYMBOL + EAN_RIGHT_QUIET
EAN_GUARDS = frozenset({0, 1, 2, 45, 46, 47, 48, 49, 92, 93, 94})
X_NOMINAL = 0.33  # mm: the 100 % magnification
DIGIT_FIGURE, DIGIT_FOOT = 6.5, 7.5  # digits 6.5 X tall, standing 7.5 X under the bars' foot
FIGURE_HEIGHT = 0.729  # DejaVu's digits, in em


def ean13_size(module: float, bar_height: float) -> tuple[float, float]:
    """Width and height (mm) of an EAN-13 with its quiet zones and digits."""
    em = DIGIT_FIGURE * module / FIGURE_HEIGHT
    return EAN_MODULES * module, bar_height + DIGIT_FOOT * module + DESCENT * em


@cache
def ean13_bars(digits: str) -> tuple[tuple[int, int, bool], ...]:
    """The bars of an EAN-13 (python-barcode's pattern): start and width in modules from the
    left guard, and whether it is a guard bar (drawn 5 X longer)."""
    pattern = EAN13(digits).build()[0]
    return tuple((s, n, s in EAN_GUARDS) for s, n in _runs([c == "1" for c in pattern]))


def draw_ean13(pdf: FPDF, digits: str, x: float, y: float, module: float, bar_height: float):
    """An EAN-13 whose left quiet zone starts at (`x`, `y`): bars `module` mm wide per module
    (0.33 mm is 100 %), `bar_height` mm tall, the 13 digits under them."""
    left = x + EAN_LEFT_QUIET * module
    _fill(
        pdf,
        (
            (left + start * module, y, width * module, bar_height + (5 * module if guard else 0))
            for start, width, guard in ean13_bars(digits)
        ),
    )
    em = DIGIT_FIGURE * module / FIGURE_HEIGHT  # mm
    _set(pdf, False, em / PT)
    baseline = y + bar_height + DIGIT_FOOT * module
    pdf.set_text_color(*BLACK)
    groups = ((digits[0], x + 3 * module), (digits[1:7], left + 3 * module),
              (digits[7:], left + 50 * module))  # fmt: skip
    for text, start in groups:
        for index, digit in enumerate(text):  # each digit centred on its 7 modules
            centre = start + (index + 0.5) * 7 * module
            pdf.text(centre - pdf.get_string_width(digit) / 2, baseline, digit)


def draw_box(pdf: FPDF, box: Box, line_width: float = 0.2, radius: float = 0.0) -> None:
    """A thin outline (for cut marks or a badge)."""
    pdf.set_draw_color(*BLACK)
    pdf.set_line_width(line_width)
    pdf.rect(box.x, box.y, box.w, box.h, style="D", round_corners=radius > 0, corner_radius=radius)


def day(value) -> str:
    """A printed date as Vietnamese labels write it: 08/12/2026."""
    return f"{value:%d/%m/%Y}" if value else ""
