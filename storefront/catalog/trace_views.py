"""One scan: GS1 Digital Link paths on our domain and the public trace page of a lot.

`/01/{GTIN-14}` opens the product; `/01/{GTIN-14}/10/{lot}` and `/trace/{slug}/{lot}` answer a
lot's trace page, its JSON-LD (`Accept: application/ld+json`), its linkset (`?linkType=all`
or `Accept: application/linkset+json`) or a redirect to one link type (`?linkType=gs1:pip`);
`.../epcis` gives its events as EPCIS 2.0. The lot code is read from the raw request path,
so an encoded "/" (%2F) stays inside it. Anything malformed or unknown is a 404 page in the
buyer's language.
"""

import json

from flask import Response, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l

from storefront.catalog import bp, epcis, trace_ld
from storefront.catalog.digital_link import (
    DigitalLinkError,
    LotLink,
    lot_path,
    parse_gtin_path,
    parse_trace_path,
)
from storefront.catalog.trace import Trace, find_product_slug, find_trace, is_public
from storefront.timeutil import today_local

NOT_FOUND = _l("We have no lot with this code. Check the code on the pack.")
MACHINE_TYPES = ("application/ld+json", "application/json", trace_ld.LINKSET_TYPE)


def _raw_path() -> str:
    """The path as the client sent it, still percent-encoded (Werkzeug decodes PATH_INFO)."""
    environ = request.environ
    return environ.get("RAW_URI") or environ.get("REQUEST_URI") or request.full_path


def _wants() -> str:
    best = request.accept_mimetypes.best_match(["text/html", *MACHINE_TYPES], "text/html")
    return "text/html" if request.accept_mimetypes[best] == 0 else best


def _not_found(message=NOT_FOUND):
    if _wants() != "text/html":
        return _json({"error": str(message)}, "application/json", 404)
    return render_template("catalog/trace_not_found.html", message=message), 404


def _json(data, content_type: str, status: int = 200, headers=None) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = Response(body, status, content_type=content_type, headers=headers)
    response.vary.add("Accept")
    return response


@bp.get("/01/<gtin>", endpoint="digital_link_product")
def digital_link_product(gtin: str):
    try:
        found = parse_gtin_path(_raw_path())
    except DigitalLinkError as error:
        return _not_found(error.message)
    slug = find_product_slug(found) if isinstance(found, str) else None
    if slug is None:
        return _not_found()
    return redirect(url_for("catalog.product", slug=slug), 307)


def _answer(link: LotLink):
    trace = find_trace(link)
    if trace is None:
        return _not_found()
    if link.epcis:
        return _epcis(trace)
    if link.link_type in ("all", "linkset") or _wants() == trace_ld.LINKSET_TYPE:
        return _json(trace_ld.linkset(trace), trace_ld.LINKSET_TYPE)
    if link.link_type and (target := trace_ld.redirect_target(trace, link.link_type)):
        return redirect(target, 307)
    if _wants() != "text/html":
        data = trace_ld.lot_json_ld(trace, today_local(), trace_ld.image_urls(trace.product))
        return _json(data, trace_ld.LD_TYPE, headers={"Link": trace_ld.link_header(trace)})
    return _page(trace, link)


def _page(trace: Trace, link: LotLink):
    page = render_template(
        "catalog/trace.html",
        trace=trace,
        lot=trace.lot,
        product=trace.product,
        today=today_local(),
        expiry_mismatch=link.expiry is not None and link.expiry != trace.lot.best_before,
        code_expiry=link.expiry,
        is_public=is_public,
        json_ld=trace_ld.lot_json_ld(trace, today_local(), trace_ld.image_urls(trace.product)),
        epcis_url=trace_ld.epcis_url(trace.lot),
    )
    response = Response(page, headers={"Link": trace_ld.link_header(trace)})
    response.vary.add("Accept")
    return response


def _epcis(trace: Trace):
    name = epcis.download_name(trace.lot)
    return _json(
        epcis.epcis_document(trace),
        trace_ld.LD_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _lot_view(parse):
    try:
        link = parse(_raw_path(), request.query_string.decode("latin-1"))
    except DigitalLinkError as error:
        return _not_found(error.message)
    return _answer(link)


@bp.get("/01/<gtin>/10/<path:lot>", endpoint="trace_lot")
@bp.get("/01/<gtin>/10/<path:lot>/epcis", endpoint="trace_lot_epcis")
def trace_lot(gtin: str, lot: str):
    return _lot_view(parse_gtin_path)


@bp.get("/trace/<slug>/<path:lot>", endpoint="trace_page")
@bp.get("/trace/<slug>/<path:lot>/epcis", endpoint="trace_page_epcis")
def trace_page(slug: str, lot: str):
    return _lot_view(parse_trace_path)


@bp.app_template_global()
def trace_path(lot) -> str:
    """The path of a lot's trace page (its Digital Link), for links between lots."""
    return lot_path(lot)


bp.app_template_global("product_json_ld")(trace_ld.product_json_ld)
