"""Jinja filters and globals: bilingual fields, money, dates, places, images and static assets."""

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from flask import Flask, current_app, request, url_for

from storefront import places, timeutil
from storefront.i18n import current_language, format_kg, format_vnd, localized
from storefront.links import external_url
from storefront.timeutil import today_local


@cache
def _fingerprint(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def asset_url(filename: str) -> str:
    """A static file's URL carrying its content hash, so browsers may cache it for a year."""
    if current_app.static_folder is None:
        raise RuntimeError("The app has no static folder (create_app gives it one).")
    path = Path(current_app.static_folder) / filename
    version = _fingerprint(str(path)) if not current_app.debug else str(path.stat().st_mtime_ns)
    return url_for("static", filename=filename, v=version)


def media_url(asset, width: int, fmt: str = "jpg") -> str:
    return url_for("media.file", filename=asset.filename(width, fmt))


def srcset(asset, fmt: str) -> str:
    return ", ".join(f"{media_url(asset, w, fmt)} {w}w" for w in asset.widths)


def language_url(lang: str) -> str:
    """The current page in another language, with its query string. A query argument that
    would name a part of the address (?slug=, or url_for's own ?endpoint= and ?_external=)
    is left out: passed on, it would raise, or send the link elsewhere."""
    path_args = request.view_args or {}
    values: dict[str, Any] = {
        name: typed
        for name, typed in request.args.lists()
        if name not in path_args and name != "endpoint" and not name.startswith("_")
    }
    values.update(path_args, lang=[lang])
    return url_for(request.endpoint or "main.home", **values)


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        tr=localized,
        vnd=format_vnd,
        kg=format_kg,
        ward_name=places.ward_name,
        ward_label=places.ward_label,
        date=timeutil.format_day,
        weekday=timeutil.format_weekday,
        datetime=timeutil.format_moment,
        time=timeutil.format_clock,
        departure_time=timeutil.format_departure,
        iso_datetime=timeutil.iso_datetime,
    )
    # One set of date filters (timeutil's): Flask-Babel's own take any format and mixed them.
    for name in ("datetimeformat", "dateformat", "timeformat"):
        app.jinja_env.filters.pop(name, None)
    app.jinja_env.globals.update(
        external_url=external_url,
        asset_url=asset_url,
        media_url=media_url,
        srcset=srcset,
        language_url=language_url,
        current_language=current_language,
        today_local=today_local,
    )
