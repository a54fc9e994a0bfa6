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
from storefront.media.services import store_document
from storefront.producers.models import Producer

TEXT_FIELDS = ("number", "issuer")


def save_document(
    producer: Producer,
    values: dict,
    upload: tuple[str, bytes] | None,
    *,
    file_field: str = "file",
) -> ProducerDocument:
    """A new document of the producer with its file (flushed). Nothing is stored when the
    validity is backwards or the file is not a PDF, JPEG or PNG."""
    try:
        kind = DocumentKind(values.get("kind") or "")
    except ValueError:
        raise LotError(_l("Choose one of the list."), "kind") from None
    valid_from: date | None = values.get("valid_from")
    valid_until: date | None = values.get("valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        raise LotError(_l("The validity cannot end before it starts."), "valid_until")
    if upload is None:
        raise LotError(_l("Choose the file: a PDF or a photo."), file_field)
    filename, data = upload
    try:
        stored = store_document(data, filename)
    except UploadError as error:
        raise LotError(error.message, file_field, code=error.code) from error
    document = ProducerDocument(
        producer_id=producer.id,
        kind=kind,
        valid_from=valid_from,
        valid_until=valid_until,
        file=stored,
        **{name: (values.get(name) or "").strip() for name in TEXT_FIELDS},
    )
    db.session.add(document)
    db.session.flush()
    return document


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
