"""Serves stored images with long-lived cache headers (their names never change)."""

from flask import abort, send_from_directory

from storefront.media import bp
from storefront.media.storage import media_root

ONE_YEAR = 365 * 24 * 3600


@bp.get("/media/<path:filename>")
def file(filename: str):
    if any(part.startswith(".") for part in filename.split("/")):
        abort(404)  # the staging folder: files waiting for their commit are nobody's yet
    response = send_from_directory(media_root(), filename, max_age=ONE_YEAR)
    response.cache_control.immutable = True
    response.cache_control.public = True
    return response
