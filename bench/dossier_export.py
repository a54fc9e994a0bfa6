"""Time the export of a large rating dossier: 26 criteria, an uploaded PDF of `--pages` pages
on each, photos, and the facts of the site's links; the PDF and the ZIP.

    .venv/bin/python bench/dossier_export.py [--criteria 26] [--pages 12] [--photos 10]

Prints the time to draw the PDF (fpdf2) with the uploads' pages put in (pypdf), its page
count and size, and the same for the ZIP. A real dossier runs to 300-500 pages.
"""

import argparse
import io
import tempfile
import time
from pathlib import Path

from fpdf import FPDF
from PIL import Image
from pypdf import PdfReader

from storefront import create_app, printing
from storefront.config import TestConfig
from storefront.rating.dossier_export import Book, Chapter, Piece, dossier_pdf, dossier_zip


def _upload(path: Path, pages: int) -> None:
    pdf = FPDF()
    pdf.add_font(printing.FAMILY, "", printing.FONTS / "DejaVuSansCondensed.ttf")
    pdf.set_font(printing.FAMILY, "", 11)
    for page in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Phiếu kết quả thử nghiệm, trang {page + 1}. " * 40)
    path.write_bytes(bytes(pdf.output()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--criteria", type=int, default=26)
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--photos", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    photo = folder / "photo.jpg"
    Image.new("RGB", (1280, 960), (190, 60, 110)).save(photo, quality=82)
    chapters = []
    for n in range(args.criteria):
        upload = folder / f"upload-{n}.pdf"
        _upload(upload, args.pages)
        pieces = (
            Piece(f"C{n}.1", "Tệp tải lên", f"bien-ban-{n}.pdf", note="Bản chụp gốc",
                  file=upload, file_name=f"bien-ban-{n}.pdf", content_type="application/pdf"),
            Piece(f"C{n}.2", "Ảnh bao bì", "Trà sen Tháp Mười", pictures=(photo,) * args.photos,
                  thumbnails=True, facts=(("Trang sản phẩm", "https://ocop.example.vn/p"),)),
        )  # fmt: skip
        part = "ABC"[n * 3 // args.criteria]
        chapters.append(Chapter(part, "Phần", f"{part}{n}", f"Tiêu chí {n}", "Minh chứng", pieces))
    book = Book("HS-1", "Trà sen Tháp Mười", "HTX Sen Hồng", "Tháp Mười, Đồng Tháp",
                "Đợt 1 năm 2026", "Thực phẩm", "Đã gửi", "8/12/2026", tuple(chapters))  # fmt: skip
    app = create_app(TestConfig(folder))
    with app.test_request_context("/"):
        start = time.perf_counter()
        pdf = dossier_pdf(book)
        drawn = time.perf_counter() - start
        start = time.perf_counter()
        archive = dossier_zip(book, pdf)
        zipped = time.perf_counter() - start
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(f"PDF: {pages} pages, {len(pdf) / 1e6:.1f} MB in {drawn:.2f} s")
    print(f"ZIP: {len(archive) / 1e6:.1f} MB in {zipped:.2f} s (the PDF given)")


if __name__ == "__main__":
    main()
