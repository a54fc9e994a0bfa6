"""Home and the machine endpoints (/healthz, robots, sitemap)."""

import sqlalchemy as sa
from flask import Response, abort, jsonify, render_template

from storefront import places
from storefront.adoptions import offers
from storefront.catalog import services as catalog
from storefront.extensions import db
from storefront.links import external_url
from storefront.main import bp
from storefront.producers import services as producers
from storefront.tours import services as tours


@bp.get("/")
def home():
    return render_template(
        "main/home.html",
        featured=catalog.featured_products(),
        groups=catalog.groups_with_counts(),
        producers=catalog.producers_with_counts(limit=8),
    )


@bp.get("/places/provinces/<int:code>/wards")
def wards(code: int):
    """Wards and communes of a province, for the address selects (cached by browsers)."""
    if code not in {int(p.code) for p in places.provinces()}:
        abort(404)
    response = jsonify([[int(w.code), w.name] for w in places.wards_of(code)])
    response.cache_control.public = True
    response.cache_control.max_age = 7 * 24 * 3600
    return response


@bp.get("/healthz")
def healthz():
    db.session.execute(sa.text("SELECT 1"))
    return {"status": "ok"}


@bp.get("/robots.txt")
def robots():
    lines = ["User-agent: *", "Disallow: /portal/", "Disallow: /admin/", "Disallow: /account/"]
    lines.append(f"Sitemap: {external_url('main.sitemap')}")
    return Response("\n".join(lines) + "\n", mimetype="text/plain")


@bp.get("/sitemap.xml")
def sitemap():
    return Response(
        render_template(
            "main/sitemap.xml",
            products=catalog.sitemap_products(),
            producers=producers.sitemap_producers(),
            trees=offers.sitemap_trees(),
            tours=tours.sitemap_tours(),
        ),
        mimetype="application/xml",
    )
