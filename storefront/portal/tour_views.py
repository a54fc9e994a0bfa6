"""Portal pages for tours: the tours, their departures and capacity, cancelling a departure,
who is booked, and the guide's check-in by code."""

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from storefront.database import refuse_changes, writes
from storefront.farms import editing as farm_editing
from storefront.forms_common import (
    ActionForm,
    filled,
    form_error,
    form_status,
    form_values,
    uploaded_file,
)
from storefront.limits import limit_posts
from storefront.payments.stripe_gateway import GatewayError
from storefront.portal import bp
from storefront.portal.owned import own_departure, own_tour
from storefront.portal.tourism_forms import (
    CapacityForm,
    CheckInForm,
    DepartureForm,
    TourForm,
    empty_photos_form,
)
from storefront.tours import bookings, cancellation, editing, tickets
from storefront.tours.models import Tour


@bp.get("/tours")
def tours():
    return render_template("portal/tours.html", tours=editing.producer_tours(g.producer))


@bp.route("/tours/new", methods=["GET", "POST"])
@writes
def new_tour():
    return _tour_page(None)


@bp.route("/tours/<int:tour_id>/edit", methods=["GET", "POST"])
@writes
def edit_tour(tour_id: int):
    return _tour_page(own_tour(tour_id))


def _tour_page(tour: Tour | None):
    form = TourForm(obj=tour)
    own_orchards = {o.id: o for o in farm_editing.producer_orchards(g.producer)}
    form.orchard_id.choices = [(0, _l("Not in one of my orchards"))] + [
        (o.id, o.name) for o in own_orchards.values()
    ]
    if request.method == "GET" and tour is not None:
        form.orchard_id.data = tour.orchard_id or 0
        for entry, (days, percent) in zip(
            form.policy.entries, tour.cancellation_policy, strict=False
        ):
            entry.form.days.data, entry.form.percent.data = days, percent
    if form.validate_on_submit():
        rows = [(e.form.days.data, e.form.percent.data) for e in form.policy.entries]
        try:
            editing.save_tour(
                g.producer,
                tour,
                form_values(form, editing.TOUR_FIELDS),
                rows,
                own_orchards.get(form.orchard_id.data),
                uploaded_file(form.cover_file.data),
            )
        except farm_editing.TourismError as error:
            form_error(form, error)
        else:
            flash(_("Tour saved."), "success")
            return redirect(url_for("portal.tours"))
    page = render_template(
        "portal/tour_form.html", form=form, tour=tour, photos_form=empty_photos_form()
    )
    return page, form_status(form)


@bp.route("/tours/<int:tour_id>/departures", methods=["GET", "POST"])
@writes
def departures(tour_id: int):
    tour = own_tour(tour_id)
    form = DepartureForm()
    if form.validate_on_submit():
        try:
            editing.add_departure(tour, filled(form.day), filled(form.time), filled(form.capacity))
        except farm_editing.TourismError as error:
            form_error(form, error)
        else:
            flash(_("Departure added."), "success")
            return redirect(url_for("portal.departures", tour_id=tour.id))
    return _departures_page(tour, form)


def _departures_page(
    tour: Tour, form: DepartureForm, changed: tuple[int, CapacityForm] | None = None
):
    """The departures page; `changed` is (departure id, capacity form) that failed."""
    rows = editing.departures_ahead(tour)
    capacity_forms = {
        d.id: CapacityForm(prefix=f"d{d.id}", formdata=None, capacity=d.capacity) for d in rows
    }
    if changed is not None:
        capacity_forms[changed[0]] = changed[1]
    status = 400 if changed is not None else form_status(form)
    return render_template(
        "portal/departures.html",
        tour=tour,
        rows=rows,
        form=form,
        capacity_forms=capacity_forms,
        action=ActionForm(),
    ), status


@bp.post("/departures/<int:departure_id>/capacity")
@writes
def departure_capacity(departure_id: int):
    departure = own_departure(departure_id)
    form = CapacityForm(prefix=f"d{departure.id}")
    if form.validate_on_submit():
        try:
            editing.set_capacity(departure, filled(form.capacity))
        except farm_editing.TourismError as error:
            form_error(form, error)
        else:
            flash(_("Capacity changed."), "success")
            return redirect(url_for("portal.departures", tour_id=departure.tour_id))
    return _departures_page(departure.tour, DepartureForm(formdata=None), (departure.id, form))


@bp.post("/departures/<int:departure_id>/cancel")
@writes
def cancel_departure(departure_id: int):
    departure = own_departure(departure_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        count = cancellation.cancel_departure(departure, actor=current_user)
    except GatewayError:
        refuse_changes()  # nothing is cancelled; refunds already made are idempotent
        flash(_("A card refund could not be made just now, so nothing was cancelled. "
                "Please try again in a moment."), "error")  # fmt: skip
        return redirect(url_for("portal.departures", tour_id=departure.tour_id))
    flash(
        ngettext(
            "Departure cancelled; %(num)d booking was cancelled and refunded in full.",
            "Departure cancelled; %(num)d bookings were cancelled and refunded in full.",
            count,
        ),
        "success",
    )
    return redirect(url_for("portal.departures", tour_id=departure.tour_id))


@bp.get("/departures/<int:departure_id>/bookings")
def departure_bookings(departure_id: int):
    departure = own_departure(departure_id)
    return render_template(
        "portal/bookings.html",
        departure=departure,
        bookings=bookings.bookings_of_departure(departure),
    )


@bp.route("/check-in", methods=["GET", "POST"])
@limit_posts("RATELIMIT_CHECKIN_PER_ADDRESS")
@limit_posts("RATELIMIT_CHECKIN_PER_ACCOUNT", lambda: f"user:{current_user.id}")
@writes
def check_in():
    """Type the code printed under the QR code; the ticket's page does the check-in."""
    form = CheckInForm()
    if form.validate_on_submit():
        booking = tickets.find_by_code(form.code.data, g.producer.id)
        if booking is not None:
            return redirect(tickets.ticket_url(booking))
        page = render_template("portal/check_in.html", form=form, unknown=True)
        return page, 404
    return render_template("portal/check_in.html", form=form, unknown=False), form_status(form)
