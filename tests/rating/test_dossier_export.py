"""The whole dossier as one PDF and as a ZIP, downloaded from the portal and the office: the
PDF read back by pypdf (its pages, the contents naming every criterion, Vietnamese text, an
uploaded PDF's own pages inside it, the packaging photo embedded), the ZIP's files byte for
byte as uploaded, with a manifest row per piece."""

import csv
import io
import zipfile

import pytest
import sqlalchemy as sa
from fpdf import FPDF
from pypdf import PdfReader

from storefront import printing
from storefront.extensions import db
from storefront.media.services import store_document
from storefront.rating.scoring_models import Dossier
from tests import factories, lot_factories, pdf_tools
from tests.media import corpus
from tests.rating import dossier_factories as make
from tests.rating.test_dossier_portal import _criterion, _enter, _link, _upload
from tests.web import login

APPENDIX_PAGES = 3
STORY = "Hợp tác xã trồng sen hồng trên đồng Tháp Mười từ năm 1998, ướp trà bằng nhụy sen tươi."


def appendix_pdf() -> bytes:
    """A three-page PDF of our own, each page saying which it is."""
    pdf = FPDF()
    pdf.add_font(printing.FAMILY, "", printing.FONTS / "DejaVuSansCondensed.ttf")
    for number in range(1, APPENDIX_PAGES + 1):
        pdf.add_page()
        pdf.set_font(printing.FAMILY, "", 16)
        pdf.cell(text=f"Phiếu kiểm nghiệm trang {number}")
    return bytes(pdf.output())


@pytest.fixture
def filled(client, database):
    """A dossier with an uploaded 3-page PDF, a photo upload, the brand story, packaging photos,
    a lot's trace page and a VietGAP certificate; the owner logged in, in Vietnamese."""
    producer = factories.producer(name="HTX Sen Hồng Tháp Mười", story_vi=STORY)
    owner = factories.member(producer)
    login(client, owner)
    tea = factories.product(producer_=producer, category="tea-coffee", name_vi="Trà sen Tháp Mười",
                            name_en="")  # fmt: skip
    rating_round = make.rating_round(make.scorecard())
    lot = lot_factories.lot(tea.variants[0], code="SEN-2026-07")
    paper = lot_factories.document(producer, number="VG-DT-0412")
    paper.file = store_document(corpus.pdf(), "vietgap.pdf")
    db.session.commit()  # the photos' and the scan's files move into place (the test's savepoint)
    _enter(client, rating_round, tea)
    dossier = db.session.scalar(sa.select(Dossier).where(Dossier.product_id == tea.id))
    uploads = {"A1": ("phieu-kiem-nghiem.pdf", appendix_pdf()),
               "C1": ("anh-xuong.jpg", corpus.jpeg((900, 600)))}  # fmt: skip
    for code, (name, content) in uploads.items():
        assert _upload(client, dossier, code, content, name, "Bản chụp gốc").status_code == 302
    links = [("B2", "brand_story"), ("B1", f"packaging_photos:{tea.images[0].id}"),
             ("A2", f"trace_pages:{lot.id}"), ("C2", f"documents:{paper.id}")]  # fmt: skip
    for code, target in links:
        assert _link(client, dossier, code, target).status_code == 302, target
    db.session.refresh(dossier)
    return dossier, uploads, owner


def test_the_pdf_holds_the_contents_every_piece_and_the_uploaded_pages(client, filled):
    dossier, _uploads, _owner = filled
    response = client.get(f"/portal/rating/dossiers/{dossier.id}/dossier.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    data = response.get_data()
    reader = PdfReader(io.BytesIO(data))
    texts = [page.extract_text() for page in reader.pages]
    cover, contents = texts[0], texts[1]
    assert "Trà sen Tháp Mười" in cover and "HTX Sen Hồng Tháp Mười" in cover
    assert dossier.round.name in cover
    for criterion in dossier.scorecard.criteria:
        assert f"{criterion.code}. {criterion.title_vi}" in contents
    appendix = [n for n, text in enumerate(texts) if "Phiếu kiểm nghiệm trang" in text]
    assert len(appendix) == APPENDIX_PAGES
    assert appendix == list(range(appendix[0], appendix[0] + APPENDIX_PAGES))  # in one run
    whole = pdf_tools.text(data)
    assert "ướp trà bằng nhụy sen tươi" in " ".join(whole.split())  # the story, Vietnamese
    assert "SEN-2026-07" in whole and f"/trace/{dossier.product.slug}/SEN-2026-07" in whole
    assert "VG-DT-0412" in whole
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures >= 3  # the cover photo, the packaging photo, the uploaded photo
    # The contents give each criterion the page it starts on, counting the inserted pages.
    a2 = _criterion(dossier, "A2")
    line = next(x for x in contents.splitlines() if x.startswith(f"A2. {a2.title_vi}"))
    page = int(line.rsplit(" ", 1)[-1])
    assert f"A2. {a2.title_vi}" in texts[page - 1]
    assert page - 1 > appendix[-1]


def test_the_zip_keeps_the_uploads_as_they_were_with_a_manifest(client, filled):
    dossier, uploads, _owner = filled
    response = client.get(f"/portal/rating/dossiers/{dossier.id}/dossier.zip")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.get_data()))
    names = archive.namelist()
    assert "manifest.csv" in names and f"HS-{dossier.id}.pdf" in names
    assert "files/A1.1-phieu-kiem-nghiem.pdf" in names
    assert archive.read("files/A1.1-phieu-kiem-nghiem.pdf") == uploads["A1"][1]
    assert "files/C1.1-anh-xuong.jpg" in names  # a photo is kept as the pipeline cleaned it
    assert archive.read("files/C2.1-vietgap.pdf") == corpus.pdf()  # the certificate's scan
    rows = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
    assert len(rows) == len(dossier.evidence) == 6
    by_item = {row["item"]: row for row in rows}
    assert by_item["A1.1"]["file"] == "files/A1.1-phieu-kiem-nghiem.pdf"
    assert by_item["A1.1"]["note"] == "Bản chụp gốc"
    assert by_item["B2.1"]["title"] == "HTX Sen Hồng Tháp Mười"
    assert PdfReader(io.BytesIO(archive.read(f"HS-{dossier.id}.pdf"))).pages


def test_the_office_downloads_the_same_exports(client, filled):
    dossier, _uploads, _owner = filled
    dossier.status = "sent"
    db.session.flush()
    login(client, factories.user(is_admin=True))
    pdf = client.get(f"/admin/rating/dossiers/{dossier.id}/dossier.pdf")
    assert pdf.status_code == 200 and pdf.get_data().startswith(b"%PDF-")
    archive = client.get(f"/admin/rating/dossiers/{dossier.id}/dossier.zip")
    assert "manifest.csv" in zipfile.ZipFile(io.BytesIO(archive.get_data())).namelist()


def test_a_damaged_upload_is_told_and_kept_in_the_zip(client, database):
    """A PDF that passes the upload check but that pypdf cannot read does not break the
    export: its page says so, and the ZIP keeps it as sent."""
    producer = factories.producer()
    login(client, factories.member(producer))
    tea = factories.product(producer_=producer, category="tea-coffee")
    rating_round = make.rating_round(make.scorecard())
    _enter(client, rating_round, tea)
    dossier = db.session.scalar(sa.select(Dossier).where(Dossier.product_id == tea.id))
    broken = b"%PDF-1.4\n1 0 obj garbage\n%%EOF\n"
    assert _upload(client, dossier, "A1", broken, "hong.pdf").status_code == 302
    pdf = client.get(f"/portal/rating/dossiers/{dossier.id}/dossier.pdf").get_data()
    assert "ZIP" in pdf_tools.text(pdf)
    archive = zipfile.ZipFile(
        io.BytesIO(client.get(f"/portal/rating/dossiers/{dossier.id}/dossier.zip").get_data())
    )
    assert archive.read("files/A1.1-hong.pdf") == broken


def test_the_dossier_page_reads_a_bounded_number_of_queries(client, filled, count_queries):
    """Each piece costs at most one read of what it links; the forms' choices are read once."""
    dossier, _uploads, _owner = filled
    with count_queries() as queries:
        assert client.get(f"/portal/rating/dossiers/{dossier.id}").status_code == 200
    assert len(queries) <= 30, len(queries)
