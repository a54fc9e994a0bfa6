"""Serves stored images with long-lived cache headers (their names never change)."""

from flask import Blueprint, send_from_directory

from storefront.media.services import media_root

bp = Blueprint("media", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.get("/media/<path:filename>")
def file(filename: str):
    response = send_from_directory(media_root(), filename, max_age=ONE_YEAR)
    response.cache_control.immutable = True
    response.cache_control.public = True
    return response
