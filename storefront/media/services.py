"""Store uploaded pictures and documents and find their files; callers never touch Pillow or disk.

Uploads are checked and encoded inside the request for now, but only behind `store_upload` and
`store_document`: they take plain bytes and return flushed rows, so the work can move to a
background worker later without changing their callers. Their files are in place once the
transaction commits, and never if it rolls back (media.storage); `release` deletes a picture
or document whose last reference went, its files after the commit.
"""

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from flask import current_app
from flask_babel import lazy_gettext as _l

from storefront.extensions import db
from storefront.media import pipeline, references, storage
from storefront.media.errors import UploadError
from storefront.media.models import Document, MediaAsset

# PDF readers look for the end-of-file marker within the last kilobyte.
PDF_TAIL = 1024
ORIGINAL_NAME_LENGTH = 200


def store_image(image) -> MediaAsset:
    """Encode a decoded picture into its stored widths and record it (flushed, not committed)."""
    encoded = pipeline.encode_and_store(
        image, storage.staging_folder(), current_app.config["MEDIA_WIDTHS"]
    )
    return _record(encoded)


def store_upload(data: bytes, filename: str = "") -> MediaAsset:
    """Check an uploaded picture by its content, store clean copies and record it (flushed).

    Raises UploadError, having stored nothing, for anything but a still JPEG, PNG, WebP or HEIC
    picture within the size limits.
    """
    config = current_app.config
    with _refusal_logged(filename):
        _check_size(data)
        encoded = pipeline.encode_upload(
            data,
            storage.staging_folder(),
            config["MEDIA_WIDTHS"],
            max_pixels=config["MEDIA_MAX_PIXELS"],
            min_side=config["MEDIA_MIN_SIDE"],
        )
    return _record(encoded)


def store_uploads(uploads: list[tuple[str, bytes]]) -> list[MediaAsset]:
    """Store several (file name, bytes) pictures; the first refusal stops the batch and its
    message starts with the file's name, so the caller can roll back and say which one."""
    stored = []
    for filename, data in uploads:
        try:
            stored.append(store_upload(data, filename))
        except UploadError as error:
            message = _l("%(file)s: %(problem)s", file=filename, problem=str(error))
            raise UploadError(message, error.reason) from error
    return stored


def store_document(data: bytes, filename: str = "") -> Document:
    """Check a certificate scan (PDF, JPEG or PNG), store it and record it (flushed).

    PDFs are kept as sent; pictures are re-encoded without metadata. Raises UploadError, having
    stored nothing, for anything else.
    """
    with _refusal_logged(filename):
        _check_size(data)
        if data.startswith(b"%PDF-"):
            if b"%%EOF" not in data[-PDF_TAIL:]:
                raise UploadError(
                    _l("This PDF could not be read: the file may be damaged or incomplete."),
                    "damaged",
                )
            content_type, payload = "application/pdf", data
        else:
            content_type, payload = pipeline.reencode_document_picture(
                data, max_pixels=current_app.config["MEDIA_MAX_PIXELS"]
            )
    document = Document(
        key=secrets.token_hex(16),
        content_type=content_type,
        size=len(payload),
        original_name=_display_name(filename),
    )
    staged = storage.staging_folder() / f"{document.key}.{document.extension}"
    storage.publish_after_commit([(staged, document.filename)])  # or deleted, even half-written
    staged.write_bytes(payload)
    db.session.add(document)
    db.session.flush()
    return document


def release(*things: MediaAsset | Document | None) -> None:
    """Delete each picture or document no row points at any more (a photo deleted, a logo
    replaced), and its files once the transaction commits; shared ones stay (flushed)."""
    db.session.flush()  # the reference just taken away must be gone from the database
    for thing in dict.fromkeys(things):  # the same picture given twice is released once
        if thing is None or references.still_referenced(thing):
            continue
        storage.delete_after_commit(thing.filenames)
        db.session.delete(thing)
    db.session.flush()


@contextmanager
def _refusal_logged(filename: str) -> Iterator[None]:
    try:
        yield
    except UploadError as error:
        current_app.logger.info("Upload %r refused: %s", filename, error.reason)
        raise


def _check_size(data: bytes) -> None:
    limit = current_app.config["MEDIA_MAX_UPLOAD_BYTES"]
    if len(data) > limit:
        raise UploadError(
            _l("This file is too big: the limit is %(max)s MB.", max=limit // (1024 * 1024)),
            "too_big",
        )


def _display_name(filename: str) -> str:
    """The file's own name as the uploader knew it, without folders or control characters."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(c for c in name if c.isprintable())[:ORIGINAL_NAME_LENGTH]


def _record(encoded: pipeline.EncodedImage) -> MediaAsset:
    asset = MediaAsset(
        key=encoded.key,
        width=encoded.width,
        height=encoded.height,
        widths_csv=",".join(str(w) for w in encoded.widths),
    )
    storage.publish_after_commit(
        (path, asset.filename(width, fmt)) for (width, fmt), path in encoded.files.items()
    )
    db.session.add(asset)
    db.session.flush()
    return asset
