"""Store images and find their files; callers never touch Pillow or the disk directly."""

from pathlib import Path

from flask import current_app

from storefront.extensions import db
from storefront.media import pipeline
from storefront.media.models import MediaAsset


def media_root() -> Path:
    return Path(current_app.config["MEDIA_ROOT"])


def store_image(image) -> MediaAsset:
    """Encode a decoded picture into its stored widths and record it (flushed, not committed)."""
    encoded = pipeline.encode_and_store(image, media_root(), current_app.config["MEDIA_WIDTHS"])
    asset = MediaAsset(
        key=encoded.key,
        width=encoded.width,
        height=encoded.height,
        widths_csv=",".join(str(w) for w in encoded.widths),
    )
    db.session.add(asset)
    db.session.flush()
    return asset
