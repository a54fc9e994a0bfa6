"""Public farm-tourism pages: "Cây xoài nhà tôi" (trees to adopt) and the orchard tours."""

from flask import abort, g, render_template

from storefront.tours import bp, experiences, services

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
