"""Public producer pages: the list of producers and each brand's page."""

from flask import Blueprint, abort, render_template

from storefront.producers import services

bp = Blueprint("producers", __name__)


@bp.get("/producers")
def index():
    return render_template("producers/index.html", producers=services.producers_with_counts())


@bp.get("/producers/<slug>")
def detail(slug: str):
    producer = services.get_public_producer(slug)
    if producer is None:
        abort(404)
    return render_template(
        "producers/detail.html", producer=producer, products=services.producer_products(producer)
    )
