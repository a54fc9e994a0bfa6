"""Booking a departure, the waiting list, the ticket (QR), check-in by the guide, and the
buyer's cancellation from the order page."""

import segno
import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.database import refuse_changes, writes
from storefront.extensions import db
from storefront.forms_common import ActionForm, amount_seen, filled, form_error, form_status
from storefront.i18n import current_language, format_vnd
from storefront.limits import limit_posts
from storefront.links import external_url
from storefront.orders import idempotency
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.links import may_see, order_url
from storefront.orders.models import Order, PaymentMethod
from storefront.payments import flow as payment_flow
from storefront.payments.forms import method_choices
from storefront.payments.stripe_gateway import GatewayError
from storefront.producers.access import membership_of
from storefront.routing import parse_id
from storefront.security import private
from storefront.state_machine import IllegalTransition
from storefront.timeutil import format_moment
from storefront.tours import bookings, bp, cancellation, services, tickets, waitlist
from storefront.tours.errors import BookingError
from storefront.tours.forms import PARTY, BookForm, WaitlistForm
from storefront.tours.labels import BOOKING_STATUS_LABELS
from storefront.tours.models import BookingStatus


def _tour_and_departure(slug: str):
    tour = services.get_public_tour(slug)
    departure_id = request.args.get("departure", type=parse_id)
    departure = bookings.bookable_departure(departure_id) if departure_id else None
    if tour is None or departure is None or departure.tour_id != tour.id:
        abort(404)
    return tour, departure


@bp.route("/tours/<slug>/book", methods=["GET", "POST"])
@limit_posts("RATELIMIT_ORDER_PER_ADDRESS", refreshes=True)
@limit_posts("RATELIMIT_ORDER_PER_BUYER", idempotency.buyer_scope, refreshes=True)
@private
@writes
def book(slug: str):
    tour, departure = _tour_and_departure(slug)
    offer_token = request.args.get("offer")
    offer = waitlist.open_offer(offer_token, departure.id)
    form = BookForm()
    form.method.choices = method_choices(payment_flow.card_enabled())
    if request.method == "GET":
        _prefill(form, offer)
    status = None
    if "recalculate" not in request.form and form.validate_on_submit():
        try:
            order = _place(form, departure.id, offer_token)
        except CheckoutError as error:
            refuse_changes()
            status = form_error(form, error)
        else:
            return payment_flow.after_placing(order)
    waitlist_form = WaitlistForm(formdata=None, seats=form.adults.data or 1)
    return _book_page(tour, departure, form, waitlist_form, offer), status or form_status(form)


def _prefill(form: BookForm, offer) -> None:
    form.idempotency_key.data = idempotency.new_form_key()
    if current_user.is_authenticated:
        form.name.data, form.phone.data = current_user.name, current_user.phone
        form.email.data = current_user.email
    if offer is not None:  # a waiting-list offer: its seats, for its e-mail
        form.adults.data, form.children.data, form.email.data = offer.seats, 0, offer.email


def _place(form: BookForm, departure_id: int, offer_token: str | None):
    return bookings.book(
        departure_id=departure_id,
        adults=filled(form.adults),
        children=form.children.data or 0,
        contact=Contact(filled(form.name), filled(form.phone), form.email.data or "", 0, 0, ""),
        method=PaymentMethod(form.method.data),
        idempotency_key=idempotency.scoped_key(form.idempotency_key.data or ""),
        user=current_user if current_user.is_authenticated else None,
        locale=current_language(),
        offer_token=offer_token,
        total_seen=amount_seen(form.total_seen),
    )


@bp.get("/tours/<slug>/book/quote", endpoint="book_quote")
@private
def quote(slug: str):
    """The booking's total for another party, for the form's script (the page shows the same)."""
    tour, _departure = _tour_and_departure(slug)
    adults, children = _party(request.args.get("adults"), request.args.get("children"))
    total = bookings.party_total(tour, adults, children)
    return render_template(
        "tours/_booking_quote.html", tour=tour, adults=adults, children=children, total=total
    )


def _party(adults, children) -> tuple[int, int]:
    """The numbers of people to price: what was typed, or none when it is not a number."""

    def count(value) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            return 0
        return number if number in PARTY else 0

    return count(adults), count(children)


def _book_page(tour, departure, form, waitlist_form, offer):
    """The booking form with its total for the party typed; the form carries that total."""
    adults, children = _party(form.adults.data, form.children.data)
    total = bookings.party_total(tour, adults, children)
    form.total_seen.data = str(total)
    return render_template(
        "tours/book.html",
        tour=tour,
        departure=departure,
        form=form,
        offer=offer,
        waitlist_form=waitlist_form,
        adults=adults,
        children=children,
        total=total,
        refunds=services.refund_rows(tour.cancellation_policy),
    )


@bp.post("/tours/<slug>/waitlist")
@writes
@private
def join_waitlist(slug: str):
    tour, departure = _tour_and_departure(slug)
    form = WaitlistForm()
    if form.validate_on_submit():
        try:
            waitlist.join(
                departure,
                name=filled(form.name),
                email=filled(form.email),
                seats=filled(form.seats),
                locale=current_language(),
            )
        except CheckoutError as error:
            refuse_changes()
            field = error.field if error.field in form else None
            (form[field].errors if field else form.form_errors).append(str(error))
        else:
            flash(_("You are on the waiting list. We will e-mail you if seats free up."), "success")
            return redirect(url_for("tours.tour", slug=tour.slug))
    booking_form = BookForm(formdata=None)
    booking_form.method.choices = method_choices(payment_flow.card_enabled())
    return _book_page(tour, departure, booking_form, form, None), form_status(form)


def _guide_of(booking) -> bool:
    """Whether the visitor is in the team of the producer running this tour."""
    if not current_user.is_authenticated:
        return False
    membership = membership_of(current_user)
    return membership is not None and membership.producer_id == booking.departure.tour.producer_id


def _ticket(token: str):
    booking = tickets.booking_from_token(token)
    if booking is None:
        abort(404)
    return booking


@bp.get("/tickets/<token>")
@private
def ticket(token: str):
    booking = _ticket(token)
    url = external_url("tours.ticket", token=token)
    qr = segno.make(url, error="m").svg_data_uri(scale=5, dark="#1d3b2a")
    return render_template(
        "tours/ticket.html",
        booking=booking,
        token=token,
        qr=qr,
        guide=_guide_of(booking),
        action=ActionForm(),
        statuses=BookingStatus,
    )


@bp.post("/tickets/<token>/check-in")
@writes
@private
def check_in(token: str):
    booking = _ticket(token)
    if not _guide_of(booking):
        abort(403)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        first = tickets.check_in(booking, current_user)
    except BookingError as error:
        refuse_changes()
        flash(str(error), "error")
        return redirect(url_for("tours.ticket", token=token)), 303
    if first:
        flash(
            _(
                "Checked in: %(adults)s adults, %(children)s children.",
                adults=booking.adults,
                children=booking.children,
            ),
            "success",
        )
    else:
        flash(
            _(
                "This ticket was already used at %(time)s.",
                time=format_moment(booking.checked_in_at),
            ),
            "error",
        )
    return redirect(url_for("tours.ticket", token=token), code=303)


@bp.post("/orders/<number>/cancel-booking")
@writes
@private
def cancel_booking(number: str):
    order = db.session.scalar(sa.select(Order).where(Order.number == number.upper()[:20]))
    if order is None or not may_see(order, current_user, request.form.get("t")):
        abort(404)
    booking = bookings.booking_of(order)
    if booking is None or not ActionForm().validate_on_submit():
        abort(400)
    try:
        amount = cancellation.cancel_by_buyer(
            booking, actor=current_user if current_user.is_authenticated else None
        )
    except IllegalTransition as error:
        refuse_changes()
        flash(str(error), "error")
    except GatewayError:
        refuse_changes()
        flash(
            _("The card refund could not be made just now. Please try again in a moment."), "error"
        )
    else:
        flash(
            _("Your booking is cancelled. Refund: %(amount)s.", amount=format_vnd(amount)),
            "success",
        )
    return redirect(order_url(order))


bp.add_app_template_global(bookings.booking_of, "booking_of")
bp.add_app_template_global(tickets.ticket_url, "ticket_url")
bp.add_app_template_global(cancellation.can_cancel, "can_cancel_booking")
bp.add_app_template_global(cancellation.refund_due, "booking_refund")
bp.add_app_template_global(lambda status: str(BOOKING_STATUS_LABELS[status]), "booking_label")
