"""Reading printed PDFs back as a person and a scanner would: poppler renders the pages
(pdftoppm) and extracts the text with its boxes (pdftotext), zbar decodes the codes (pyzbar),
pypdf reads the page sizes and the fonts."""

import io
import re
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from pyzbar import pyzbar

MM = 72 / 25.4  # points in a millimetre


def pages(pdf: bytes, dpi: int = 300, first: int = 1, last: int = 1) -> list[Image.Image]:
    """The pages as images, rendered by poppler's pdftoppm."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(first), "-l", str(last),
             str(source), str(Path(folder) / "page")],
            check=True, capture_output=True,
        )  # fmt: skip
        files = sorted(Path(folder).glob("page*.png"))
        return [Image.open(io.BytesIO(f.read_bytes())) for f in files]


def codes(image: Image.Image) -> set[tuple[str, str]]:
    """(type, data) of every QR code and barcode zbar finds on the image."""
    return {(found.type, found.data.decode()) for found in pyzbar.decode(image)}


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [
        (float(page.mediabox.width) / MM, float(page.mediabox.height) / MM) for page in reader.pages
    ]


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(name, embedded) of every font the pages use: embedded when its descriptor carries
    the font program (FontFile2 for TrueType)."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())


def text(pdf: bytes, page: int | None = None) -> str:
    """The text of the PDF (or of one page), as pdftotext reads it."""
    pages_args = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-raw", *pages_args, "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x0: float  # millimetres from the page's top left
    y0: float
    x1: float
    y1: float


WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(pdf: bytes) -> list[Word]:
    """Every word with its box, as `pdftotext -bbox` gives them (its boxes use the font's
    ascent and descent, so a word inside its box is drawn inside it)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    found = []
    for number, chunk in enumerate(out.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, word in WORD.findall(chunk):
            found.append(Word(unescape(word), number, *(float(v) / MM for v in (x0, y0, x1, y1))))
    return found
