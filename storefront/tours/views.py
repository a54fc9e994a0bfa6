"""Public farm-tourism pages: "Cây xoài nhà tôi" (trees to adopt) and the orchard tours."""

from babel.dates import get_month_names
from babel.lists import format_list
from flask import Blueprint, abort, g, render_template, request
from flask_babel import get_locale

from storefront.adoptions import offers
from storefront.farms.labels import variety_label
from storefront.farms.models import MangoVariety
from storefront.tours import experiences, services

bp = Blueprint("tours", __name__)

# Steps offered in the "up to" price select (whole đồng).
PRICE_STEPS = (3_000_000, 5_000_000, 7_000_000, 10_000_000, 15_000_000)


bp.add_app_template_global(variety_label, "variety_label")
bp.add_app_template_global(experiences.experience_of, "experience_of")


@bp.app_template_global()
def experience_glance(product) -> experiences.Glance | None:
    """What a card shows of the tour a community-tourism product is booked on; the glances
    of all tours are read once per page, however many cards ask."""
    if product.tour_id is None:
        return None
    if "tour_glances" not in g:
        g.tour_glances = experiences.glances()
    glance = g.tour_glances.get(product.tour_id)
    return glance if glance is not None and glance.producer_id == product.producer_id else None


@bp.app_template_filter("month_list")
def month_list(months: list[int]) -> str:
    """Month numbers in the page's language and list style: "June, July and August"."""
    locale = get_locale()
    names = get_month_names("wide", context="format", locale=locale)
    return format_list([names[m] for m in months if m in names], locale=locale)


@bp.get("/mango-trees")
def trees():
    orchards = offers.tree_orchards()
    filters = offers.TreeFilters.from_args(request.args, {o.slug for o in orchards})
    steps = sorted({*PRICE_STEPS, filters.max_price} - {None})
    return render_template(
        "tours/trees.html",
        filters=filters,
        offers=offers.search_trees(filters),
        orchards=orchards,
        varieties=list(MangoVariety),
        price_steps=steps,
    )


@bp.get("/mango-trees/<code>")
def tree(code: str):
    offer = offers.get_public_tree(code)
    if offer is None:
        abort(404)
    return render_template("tours/tree.html", offer=offer, tree=offer.tree, plan=offer.plan)


@bp.get("/tours")
def index():
    return render_template("tours/index.html", tours=services.list_tours())


@bp.get("/tours/<slug>")
def tour(slug: str):
    found = services.get_public_tour(slug)
    if found is None:
        abort(404)
    return render_template(
        "tours/tour.html",
        tour=found,
        departures=services.coming_departures(found),
        refunds=services.refund_rows(found.cancellation_policy),
    )
