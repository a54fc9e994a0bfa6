"""Portal pages for the guide: who is booked on a departure, and checking a ticket in by its
code when the QR code cannot be scanned."""

from flask import g, redirect, render_template
from flask_login import current_user

from storefront.forms_common import form_status
from storefront.limits import limit_posts
from storefront.portal.adoption_forms import CheckInForm
from storefront.portal.tourism_views import own_departure
from storefront.portal.views import bp
from storefront.tours import bookings, tickets


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
