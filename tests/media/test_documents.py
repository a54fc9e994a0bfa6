"""Certificate scans: a PDF is kept as sent, a JPEG or PNG is re-encoded, anything else refused."""

import io

import pytest
from PIL import Image

from storefront.extensions import db
from storefront.media.services import store_document
from storefront.media.storage import media_root
from tests.media import corpus
from tests.media.test_uploads import refused


def test_pdf_is_stored_as_sent(database):
    data = corpus.pdf()
    document = store_document(data, "C:\\fakepath\\Giấy chứng nhận OCOP.pdf")
    db.session.commit()
    assert document.id is not None
    assert (document.content_type, document.size) == ("application/pdf", len(data))
    assert document.original_name == "Giấy chứng nhận OCOP.pdf"
    assert document.filename.endswith(".pdf")
    assert (media_root() / document.filename).read_bytes() == data


@pytest.mark.parametrize(("fmt", "content_type"), [("JPEG", "image/jpeg"), ("PNG", "image/png")])
def test_small_scan_pictures_are_reencoded_without_metadata(database, fmt, content_type):
    data = corpus.encode(corpus.picture((200, 120)), fmt, exif=corpus.gps_exif(orientation=6))
    document = store_document(data, "scan")
    db.session.commit()
    assert document.content_type == content_type
    stored = (media_root() / document.filename).read_bytes()
    assert document.size == len(stored)
    assert b"Exif" not in stored and b"PhoneMaker" not in stored
    image = Image.open(io.BytesIO(stored))
    assert (image.format, image.mode, image.size) == (fmt, "RGB", (120, 200))


REFUSALS = [
    ("html renamed .pdf", lambda: corpus.HTML, "wrong_format"),
    ("webp", lambda: corpus.encode(corpus.picture(), "WEBP"), "wrong_format"),
    ("pdf without its end", lambda: corpus.pdf()[:-20], "damaged"),
    ("truncated jpeg", lambda: corpus.jpeg()[:20_000], "damaged"),
    ("png bomb", lambda: corpus.png_bomb(), "too_many_pixels"),
    ("20 MB pdf", lambda: corpus.pdf() + bytes(20 << 20) + b"%%EOF\n", "too_big"),
]


@pytest.mark.parametrize(
    ("make", "reason"), [case[1:] for case in REFUSALS], ids=[case[0] for case in REFUSALS]
)
def test_refused_documents_store_nothing(database, make, reason):
    assert refused(store_document, make(), "certificate.pdf").reason == reason


def test_document_refusal_message_is_english(app, database):
    with app.test_request_context("/?lang=en"):
        message = str(refused(store_document, corpus.HTML, "certificate.pdf"))
    assert message == "This file is not a PDF, JPEG or PNG file."
