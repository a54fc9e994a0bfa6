"""Producer documents through the portal: a PDF or a photo kept by the media pipeline, a wrong
file or a backwards validity refused next to its field with nothing stored (no row, no file,
the staging folder empty), an expired document shown as expired, another's answering 404."""

import io
from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.catalog.lot_models import ProducerDocument
from storefront.extensions import db
from storefront.media.models import Document
from storefront.timeutil import today_local
from tests import factories, lot_factories
from tests.media import corpus
from tests.portal.test_photo_files import media_files
from tests.web import login, post

TODAY = today_local()
NEW = "/portal/documents/new"


@pytest.fixture
def owner(client, database):
    maker = factories.producer(name="HTX Xoài Mỹ Xương")
    login(client, factories.member(maker))
    with client.session_transaction() as session:
        session["lang"] = "en"
    return maker


def document_data(file=None, **changes) -> dict:
    data = {
        "kind": "vietgap",
        "number": "VG-DT-0412",
        "issuer": "Trung tâm Chứng nhận Phù hợp",
        "valid_from": str(TODAY - timedelta(days=100)),
        "valid_until": str(TODAY + timedelta(days=265)),
        "file": file if file is not None else (io.BytesIO(corpus.pdf()), "vietgap.pdf"),
    }
    data.update(changes)
    return data


def _upload(client, url, data):
    return post(client, url, data, token_from=url, content_type="multipart/form-data")


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.mark.parametrize(
    ("name", "content"),
    [("vietgap.pdf", corpus.pdf), ("chup-giay.jpg", corpus.jpeg)],
)
def test_a_pdf_or_a_photo_is_kept_and_served(client, owner, name, content):
    files = media_files()
    response = _upload(client, NEW, document_data(file=(io.BytesIO(content()), name)))
    assert response.status_code == 302
    document = db.session.scalar(sa.select(ProducerDocument))
    assert (document.producer_id, document.number) == (owner.id, "VG-DT-0412")
    assert client.get(f"/media/{document.file.filename}").status_code == 200
    assert not any(n.startswith(".staging/") for n in media_files() - files)
    assert "VG-DT-0412" in client.get("/portal/documents").get_data(as_text=True)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"file": (io.BytesIO(b"MZ\x90\x00\x03 a program"), "chung-nhan.exe")}, "file", None),
        ({"file": (io.BytesIO(b"%PDF-1.4 cut short"), "cut.pdf")}, "file", "damaged"),
        ({"file": (io.BytesIO(b""), "")}, "file", "Choose the file"),
        ({"valid_until": str(TODAY - timedelta(days=200))}, "valid_until", "cannot end before"),
        ({"kind": "diploma"}, "kind", None),
    ],
)
def test_a_bad_document_is_refused_next_to_its_field_and_nothing_is_stored(
    client, owner, changes, field, message
):
    files = media_files()
    response = _upload(client, NEW, document_data(**changes))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'id="{field}-error"' in page
    if message:
        assert message in page
    assert _count(ProducerDocument) == 0 and _count(Document) == 0
    assert media_files() == files  # no file kept, the staging folder released


def test_documents_show_as_valid_expiring_or_expired_in_red(client, owner):
    lot_factories.document(owner, number="OK-1", valid_days=300)
    lot_factories.document(owner, number="SOON-1", valid_days=12)
    lot_factories.document(owner, number="OLD-1", valid_days=-3)
    page = client.get("/portal/documents").get_data(as_text=True)
    assert page.count("status-doc-expired") == 1 and "Expired" in page
    assert page.count("status-doc-expiring") == 1 and page.count("status-doc-valid") == 1
    old = page.index("OLD-1")
    assert page.rfind("doc-card doc-expired", 0, old) > page.rfind("<li", 0, old) - 1


def test_a_renewal_replaces_the_file_and_the_validity(client, owner):
    assert _upload(client, NEW, document_data()).status_code == 302
    document = db.session.scalar(sa.select(ProducerDocument))
    old = f"/media/{document.file.filename}"
    edit = f"/portal/documents/{document.id}/edit"
    renewed = document_data(
        file=(io.BytesIO(corpus.pdf()), "gia-han.pdf"), valid_until=str(TODAY + timedelta(days=900))
    )
    assert _upload(client, edit, renewed).status_code == 302
    db.session.expire_all()
    assert document.valid_until == TODAY + timedelta(days=900)
    assert client.get(old).status_code == 404
    assert client.get(f"/media/{document.file.filename}").status_code == 200


def test_another_producers_document_answers_404(client, owner):
    theirs = lot_factories.document(factories.producer(), number="THEIRS-1")
    edit = f"/portal/documents/{theirs.id}/edit"
    assert client.get(edit).status_code == 404
    response = post(
        client, edit, document_data(), token_from=NEW, content_type="multipart/form-data"
    )
    assert response.status_code == 404
    assert "THEIRS-1" not in client.get("/portal/documents").get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(ProducerDocument, theirs.id).number == "THEIRS-1"
