"""Public producer pages: the list of producers and each brand's page with its products."""

from flask import abort, render_template

from storefront.catalog import bp, services
from storefront.producers import services as producers


@bp.get("/producers", endpoint="producers")
def producers_page():
    return render_template("catalog/producers.html", producers=services.producers_with_counts())


@bp.get("/producers/<slug>")
def producer(slug: str):
    found = producers.get_public_producer(slug) or abort(404)
    return render_template(
        "catalog/producer.html", producer=found, products=services.producer_products(found)
    )
