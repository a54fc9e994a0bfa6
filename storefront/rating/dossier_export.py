"""A rating dossier as one PDF (a cover, a table of contents by criterion, then every piece of
evidence) and as a ZIP (the uploaded files as they were, a manifest and the PDF).

The PDF is drawn by fpdf2 with the DejaVu fonts of storefront.printing (every Vietnamese
letter); an uploaded PDF's own pages are put in after the page that introduces them, by
pypdf. The table of contents is drawn last, on pages kept for it at the front, so it knows
where each criterion landed once those pages are counted in.
"""

import csv
import io
import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flask_babel import gettext as _
from fpdf import FPDF
from fpdf.outline import OutlineSection
from pypdf import PdfReader, PdfWriter

from storefront import printing

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 15.0
WIDTH = PAGE_W - 2 * MARGIN
IMAGE_BOX = (WIDTH, 150.0)  # the largest an evidence picture is drawn, mm
THUMB, THUMB_GAP = 56.0, 6.0  # photo thumbnails, three to a row
TOC_LINES = 40  # table-of-contents lines on one page
LINE = 6.0  # mm between body lines
FACT_LABEL_W = 55.0


@dataclass(frozen=True)
class Piece:
    """One piece of evidence as the export shows it: a heading, the producer's note, facts
    (label, value) read from the site, a long text, pictures, and at most one file (a PDF
    whose pages follow, or a picture) with the name it had when uploaded."""

    number: str  # "A1.2": the criterion's code and the item's place under it
    kind: str  # what it is, in words ("Uploaded file", "Lot and trace page", ...)
    title: str
    note: str = ""
    facts: tuple[tuple[str, str], ...] = ()
    text: str = ""
    pictures: tuple[Path, ...] = ()
    thumbnails: bool = False  # pictures drawn small, three to a row (packaging photos)
    file: Path | None = None
    file_name: str = ""
    content_type: str = ""
    added: str = ""  # when it was added, as text

    @property
    def is_pdf(self) -> bool:
        return self.file is not None and self.content_type == "application/pdf"

    @property
    def zip_name(self) -> str:
        """Its file's name inside the ZIP: the criterion and item first, so they sort."""
        stem = self.file_name or (self.file.name if self.file else "")
        return f"files/{self.number}-{stem}"


@dataclass(frozen=True)
class Chapter:
    """A criterion with what it asks for and the evidence given for it."""

    part: str  # "A"
    part_title: str
    code: str  # "A1"
    title: str
    asks: str
    pieces: tuple[Piece, ...] = ()


@dataclass(frozen=True)
class Exchange:
    """A council question with its answer (or none yet)."""

    about: str  # the criterion's code and title, or ""
    question: str
    asked: str
    answer: str = ""
    answered: str = ""


@dataclass(frozen=True)
class Book:
    """Everything the export prints about one dossier."""

    reference: str  # "HS-12"
    product: str
    producer: str
    producer_address: str
    round_name: str
    group: str
    status: str
    sent: str
    chapters: tuple[Chapter, ...]
    questions: tuple[Exchange, ...] = ()
    cover_picture: Path | None = None
    facts: tuple[tuple[str, str], ...] = field(default=())


class _Pdf(FPDF):
    """A4 pages with the dossier's reference in a running head."""

    running_head = ""

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(printing.FAMILY, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(MARGIN, 7)
        self.cell(WIDTH, 4, printing.clean(self.running_head), align="R")
        self.set_text_color(*printing.BLACK)
        self.set_xy(MARGIN, MARGIN)


def _new_pdf(title: str, running_head: str) -> _Pdf:
    pdf = _Pdf(unit="mm", format="A4")
    pdf.add_font(printing.FAMILY, "", printing.FONTS / "DejaVuSansCondensed.ttf")
    pdf.add_font(printing.FAMILY, "B", printing.FONTS / "DejaVuSansCondensed-Bold.ttf")
    pdf.set_title(printing.clean(title))
    pdf.set_lang("vi")
    pdf.set_creator("OCOP Đồng Tháp")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, MARGIN)
    pdf.running_head = running_head
    return pdf


def _text(pdf: FPDF, text: str, size: float = 10, bold: bool = False, gap: float = 1.5) -> None:
    """A paragraph across the page (line breaks kept), then a small gap."""
    pdf.set_font(printing.FAMILY, "B" if bold else "", size)
    lines = [printing.clean(line) for line in (text or "").splitlines()]
    pdf.set_x(MARGIN)
    pdf.multi_cell(WIDTH, size * printing.PT * 1.35, "\n".join(lines))
    pdf.ln(gap)


def _facts(pdf: FPDF, facts: Sequence[tuple[str, str]]) -> None:
    """Label and value rows, the value wrapped in its column."""
    pdf.set_font(printing.FAMILY, "", 9.5)
    height = 9.5 * printing.PT * 1.35
    for label, value in facts:
        if pdf.will_page_break(2 * height):
            pdf.add_page()
        top = pdf.get_y()
        pdf.set_xy(MARGIN, top)
        pdf.set_font(printing.FAMILY, "B", 9.5)
        pdf.multi_cell(FACT_LABEL_W - 2, height, printing.clean(label))
        bottom = pdf.get_y()
        pdf.set_xy(MARGIN + FACT_LABEL_W, top)
        pdf.set_font(printing.FAMILY, "", 9.5)
        pdf.multi_cell(WIDTH - FACT_LABEL_W, height, printing.clean(value))
        pdf.set_y(max(bottom, pdf.get_y()) + 0.8)
    pdf.ln(1.5)


def _fitted_picture(pdf: FPDF, path: Path) -> None:
    """A picture as large as the page allows, kept in proportion."""
    if not path.is_file():
        _text(pdf, _("(The picture's file is missing.)"), 9)
        return
    width, height = IMAGE_BOX
    if pdf.will_page_break(height):
        pdf.add_page()
    top = pdf.get_y()
    info = pdf.image(path, x=MARGIN, y=top, w=width, h=height, keep_aspect_ratio=True)
    pdf.set_y(top + min(height, float(info.rendered_height)) + 3)


def _thumbnails(pdf: FPDF, paths: Sequence[Path]) -> None:
    """Small pictures, three to a row."""
    for start in range(0, len(paths), 3):
        if pdf.will_page_break(THUMB):
            pdf.add_page()
        top = pdf.get_y()
        for column, path in enumerate(paths[start : start + 3]):
            if path.is_file():
                x = MARGIN + column * (THUMB + THUMB_GAP)
                pdf.image(path, x=x, y=top, w=THUMB, h=THUMB, keep_aspect_ratio=True)
        pdf.set_y(top + THUMB + THUMB_GAP)


def _fresh_page(pdf: FPDF) -> None:
    """Go on at the top of a page: a new one unless nothing is on this one yet."""
    if pdf.get_y() > MARGIN + 0.5:
        pdf.add_page()


def _page_count(path: Path) -> int:
    """How many pages an uploaded PDF has, 0 when pypdf cannot read it (damaged, locked)."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            return 0
        return len(reader.pages)
    except Exception:  # a producer's file may be broken in any way: it stays in the ZIP
        return 0


class _Layout:
    """Draws the dossier and remembers where uploaded PDFs' pages go."""

    def __init__(self, book: Book):
        self.book = book
        self.inserts: list[tuple[int, Path, int]] = []  # after fpdf page, file, its pages
        self.pdf = _new_pdf(
            f"{book.reference} · {book.product}", f"{book.reference} · {book.product}"
        )

    def final_page(self, page: int) -> int:
        """The page number an fpdf page ends up at, once the uploaded pages are in."""
        return page + sum(count for after, _path, count in self.inserts if after < page)

    def draw(self) -> bytes:
        pdf = self.pdf
        pdf.add_page()
        self._cover()
        entries = len(self.book.chapters) + len({c.part for c in self.book.chapters}) + 2
        pdf.add_page()
        pdf.insert_toc_placeholder(self._toc, pages=max(1, math.ceil(entries / TOC_LINES)))
        part = None
        for chapter in self.book.chapters:
            if chapter.part != part:
                part = chapter.part
                _fresh_page(pdf)
                pdf.start_section(f"{chapter.part}. {chapter.part_title}", level=0)
                _text(
                    pdf,
                    f"{_('Part %(part)s', part=chapter.part)}: {chapter.part_title}",
                    16,
                    bold=True,
                )
            self._chapter(chapter)
        if self.book.questions:
            self._questions()
        return self._merged(bytes(pdf.output()))

    def _cover(self) -> None:
        pdf, book = self.pdf, self.book
        pdf.set_y(35)
        _text(pdf, _("OCOP rating dossier"), 12, bold=True)
        _text(pdf, book.product, 22, bold=True, gap=4)
        _facts(
            pdf,
            [
                (_("Producer"), book.producer),
                (_("Address"), book.producer_address),
                (_("Rating round"), book.round_name),
                (_("Product group"), book.group),
                (_("Dossier"), book.reference),
                (_("Status"), book.status),
                (_("Sent"), book.sent or "-"),
                *book.facts,
            ],
        )
        if book.cover_picture is not None:
            _fitted_picture(pdf, book.cover_picture)

    def _toc(self, pdf: FPDF, outline: list[OutlineSection]) -> None:
        pdf.set_y(MARGIN)
        _text(pdf, _("Contents"), 16, bold=True, gap=3)
        for section in outline:
            indent = 0.0 if section.level == 0 else 8.0
            pdf.set_font(printing.FAMILY, "B" if section.level == 0 else "", 10)
            page = str(self.final_page(section.page_number))
            link = pdf.add_link(page=section.page_number)
            name_w = WIDTH - indent - 15
            pdf.set_x(MARGIN + indent)
            name = printing.clean(section.name)
            while name and pdf.get_string_width(name) > name_w:
                name = name[:-1]
            if name != printing.clean(section.name):
                name = name[:-1] + printing.ELLIPSIS
            pdf.cell(name_w, LINE, name, link=link)
            pdf.cell(15, LINE, page, align="R", link=link, new_x="LMARGIN", new_y="NEXT")

    def _chapter(self, chapter: Chapter) -> None:
        pdf = self.pdf
        if pdf.will_page_break(40):
            pdf.add_page()
        pdf.ln(3)
        pdf.start_section(f"{chapter.code}. {chapter.title}", level=1)
        _text(pdf, f"{chapter.code}. {chapter.title}", 13, bold=True)
        if chapter.asks:
            _text(pdf, f"{_('Evidence asked for')}: {chapter.asks}", 9)
        if not chapter.pieces:
            _text(pdf, _("No evidence was given for this criterion."), 10)
        for piece in chapter.pieces:
            self._piece(piece)

    def _piece(self, piece: Piece) -> None:
        pdf = self.pdf
        if pdf.will_page_break(25):
            pdf.add_page()
        pdf.ln(2)
        _text(pdf, f"{piece.number} · {piece.kind}: {piece.title}", 11, bold=True, gap=1)
        if piece.added:
            _text(pdf, piece.added, 8, gap=1)
        if piece.note:
            _text(pdf, f"{_('Note')}: {piece.note}", 10)
        if piece.facts:
            _facts(pdf, piece.facts)
        if piece.text:
            _text(pdf, piece.text, 10, gap=3)
        if piece.thumbnails:
            _thumbnails(pdf, piece.pictures)
        else:
            for picture in piece.pictures:
                _fitted_picture(pdf, picture)
        if piece.file is not None:
            self._file(piece)

    def _file(self, piece: Piece) -> None:
        pdf = self.pdf
        assert piece.file is not None
        if not piece.is_pdf:
            _fitted_picture(pdf, piece.file)
            return
        count = _page_count(piece.file) if piece.file.is_file() else 0
        if count == 0:
            _text(pdf, _("This PDF could not be read here; it is in the ZIP as it was sent."), 10)
            return
        message = _("The %(count)d pages of %(name)s follow.", count=count, name=piece.file_name)
        _text(pdf, message, 10)
        self.inserts.append((pdf.page, piece.file, count))
        pdf.add_page()  # what comes next starts after the inserted pages

    def _questions(self) -> None:
        pdf = self.pdf
        _fresh_page(pdf)
        pdf.start_section(_("Questions of the council"), level=0)
        _text(pdf, _("Questions of the council"), 16, bold=True, gap=3)
        for exchange in self.book.questions:
            if exchange.about:
                _text(pdf, exchange.about, 9, bold=True, gap=0.5)
            _text(pdf, f"{_('Question')} ({exchange.asked}): {exchange.question}", 10)
            answer = exchange.answer or _("Not answered yet.")
            when = f" ({exchange.answered})" if exchange.answered else ""
            _text(pdf, f"{_('Answer')}{when}: {answer}", 10, gap=4)

    def _merged(self, drawn: bytes) -> bytes:
        if not self.inserts:
            return drawn
        writer = PdfWriter(clone_from=io.BytesIO(drawn))
        for after, path, _count in sorted(self.inserts, key=lambda i: i[0], reverse=True):
            writer.merge(after, str(path), import_outline=False)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def dossier_pdf(book: Book) -> bytes:
    """The whole dossier as one PDF."""
    return _Layout(book).draw()


MANIFEST_COLUMNS = ("item", "part", "criterion", "kind", "title", "file", "note", "added")


def manifest(book: Book) -> str:
    """One CSV row per piece of evidence (what the ZIP's manifest.csv holds)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(MANIFEST_COLUMNS)
    for chapter in book.chapters:
        for piece in chapter.pieces:
            file = piece.zip_name if piece.file is not None else ""
            row = (piece.number, chapter.part, f"{chapter.code}. {chapter.title}", piece.kind,
                   piece.title, file, piece.note, piece.added)  # fmt: skip
            writer.writerow(row)
    return out.getvalue()


def dossier_zip(book: Book, pdf: bytes | None = None) -> bytes:
    """The uploaded files as they were kept, manifest.csv and the dossier's PDF, zipped."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for chapter in book.chapters:
            for piece in chapter.pieces:
                if piece.file is not None and piece.file.is_file():
                    archive.write(piece.file, piece.zip_name)
        archive.writestr("manifest.csv", "\ufeff" + manifest(book))  # Excel reads the BOM
        archive.writestr(f"{book.reference}.pdf", pdf if pdf is not None else dossier_pdf(book))
    return out.getvalue()
