"""A producer's documents: certificates (VietGAP, GlobalGAP), lab reports, growing-area
registrations, each a number, an issuer, a validity and a file (PDF or photo) kept by the
media pipeline."""

from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.catalog.errors import LotError, LotNotYours
from storefront.catalog.lot_models import DocumentKind, ProducerDocument
from storefront.extensions import db
from storefront.media.errors import UploadError
from storefront.media.models import Document
from storefront.media.services import release, store_document
from storefront.producers.models import Producer

TEXT_FIELDS = ("number", "issuer")
# What each kind of document is called on pages and in the rating dossier.
DOCUMENT_KINDS = {
    DocumentKind.VIETGAP: _l("VietGAP certificate"),
    DocumentKind.GLOBALGAP: _l("GlobalGAP certificate"),
    DocumentKind.ORGANIC: _l("Organic certificate"),
    DocumentKind.GROWING_AREA: _l("Growing-area code registration"),
    DocumentKind.FOOD_SAFETY: _l("Food-safety certificate"),
    DocumentKind.LAB_REPORT: _l("Test report"),
    DocumentKind.OCOP: _l("OCOP certificate"),
    DocumentKind.OTHER: _l("Other document"),
}


def save_document(
    producer: Producer,
    values: dict,
    upload: tuple[str, bytes] | None,
    *,
    file_field: str = "file",
    document: ProducerDocument | None = None,
) -> ProducerDocument:
    """A new document of the producer with its file, or `document` changed (a renewal: a
    new validity, perhaps a new file); flushed. Nothing is stored when the validity is
    backwards or the file is not a PDF, JPEG or PNG."""
    try:
        kind = DocumentKind(values.get("kind") or "")
    except ValueError:
        raise LotError(_l("Choose one of the list."), "kind") from None
    valid_from: date | None = values.get("valid_from")
    valid_until: date | None = values.get("valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        raise LotError(_l("The validity cannot end before it starts."), "valid_until")
    if upload is None and document is None:
        raise LotError(_l("Choose the file: a PDF or a photo."), file_field)
    if document is not None and document.producer_id != producer.id:
        raise LotNotYours(_l("This document is not yours."))
    stored = _stored(upload, file_field) if upload is not None else None  # flushes
    if document is None:
        document = ProducerDocument(producer_id=producer.id)
        db.session.add(document)
    replaced = None
    if stored is not None:
        replaced, document.file = document.file, stored
    document.kind, document.valid_from, document.valid_until = kind, valid_from, valid_until
    for name in TEXT_FIELDS:
        setattr(document, name, (values.get(name) or "").strip())
    release(replaced)  # the old file goes once nothing points at it (flushes)
    return document


def _stored(upload: tuple[str, bytes], file_field: str) -> Document:
    filename, data = upload
    try:
        return store_document(data, filename)
    except UploadError as error:
        raise LotError(error.message, file_field, code=error.code) from error


def own_document(producer: Producer, document_id: int, field: str | None = None):
    """The producer's document of that id; LotNotYours (404) for another's."""
    document = db.session.scalar(
        sa.select(ProducerDocument).where(
            ProducerDocument.id == document_id, ProducerDocument.producer_id == producer.id
        )
    )
    if document is None:
        raise LotNotYours(_l("This document is not yours."), field)
    return document
