"""Booking seats on a tour departure through the shared checkout; tickets, check-in, and
cancellation by the buyer (policy refund) or by the operator (full refund).

Seats are taken with one conditional UPDATE (`seats_taken + n <= capacity`) inside the order's
transaction, so no number of simultaneous buyers oversells a departure; the database's CHECK
(seats_taken <= capacity) stands behind it.
"""

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.checkout import add_part, finish_order
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.holds import open_held_order
from storefront.orders.models import Order, OrderItem, OrderKind, PaymentMethod
from storefront.orders.states import record_creation, transition
from storefront.payments import flow as payment_flow
from storefront.producers.models import Producer, ProducerStatus
from storefront.timeutil import to_local
from storefront.tours import seats as departure_seats
from storefront.tours import waitlist
from storefront.tours.models import Booking, BookingStatus, Departure, Tour
from storefront.tours.tickets import new_ticket_code, ticket_url

MAX_PARTY = 20


class SeatsGoneError(CheckoutError):
    """Fewer seats left than asked: the message says how many remain."""


def check_party(adults: int, children: int) -> None:
    """At least one adult, no negative numbers, at most MAX_PARTY people in one booking."""
    if adults < 1:
        raise CheckoutError(_l("A booking needs at least one adult ticket."), "adults")
    if children < 0:
        raise CheckoutError(_l("The number of children cannot be negative."), "children")
    if adults + children > MAX_PARTY:
        raise CheckoutError(
            _l("At most %(max)s people per booking; please book a group with us.", max=MAX_PARTY),
            "children",
        )


def party_total(tour: Tour, adults: int, children: int) -> int:
    """What a party pays for a tour: the ticket lines book() puts on the order."""
    return tour.adult_price * adults + tour.child_price * children


def bookable_departure(departure_id: int) -> Departure | None:
    """A departure of a published tour of an approved producer that has not started."""
    return db.session.scalar(
        sa.select(Departure)
        .join(Departure.tour)
        .join(Tour.producer)
        .where(
            Departure.id == departure_id,
            Departure.cancelled.is_(False),
            Departure.starts_at > utcnow(),
            Tour.published.is_(True),
            Producer.status == ProducerStatus.APPROVED,
        )
    )


def take_seats(departure: Departure, seats: int) -> None:
    """Take seats in one atomic statement, or say how many are left."""
    if departure_seats.try_take(departure.id, seats):
        return
    left = departure_seats.left(departure.id)
    if not left:
        raise SeatsGoneError(_l("Sorry, this departure is now full."), "adults")
    raise SeatsGoneError(_l("Only %(num)s seats are left on this departure.", num=left), "children")


def book(
    *,
    departure_id: int,
    adults: int,
    children: int,
    contact: Contact,
    method: PaymentMethod,
    idempotency_key: str,
    user=None,
    locale: str = "vi",
    offer_token: str | None = None,
    total_seen: int | None = None,
):
    """Place the order that books seats (transfer or card; seats held while it is unpaid), if
    it costs the `total_seen` the buyer agreed to (see checkout.finish_order)."""
    check_party(adults, children)
    order, new = open_held_order(
        OrderKind.BOOKING,
        cod_refusal=_l("Tours are paid by bank transfer or card.")
        if payment_flow.card_enabled()
        else _l("Tours are paid by bank transfer."),
        contact=contact,
        method=method,
        idempotency_key=idempotency_key,
        user=user,
        locale=locale,
    )
    if not new:
        return order
    departure_seats.lock(departure_id)  # database.py's lock order: the departure first
    now = utcnow()
    lifecycle.expire_due(now, among=Order.id.in_(_orders_on(departure_id)))
    waitlist.expire_offers(now, departure_id)
    departure = bookable_departure(departure_id)
    if departure is None:
        raise CheckoutError(_l("This departure can no longer be booked."))
    seats = adults + children
    kept = waitlist.claim_offer(offer_token, departure, seats) if offer_token else 0
    if seats > kept:
        take_seats(departure, seats - kept)
    tour = departure.tour
    when = f"{to_local(departure.starts_at):%d/%m/%Y %H:%M}"
    name_vi = f"{tour.title_vi} – {when}"[:160]
    name_en = f"{tour.title_en} – {when}"[:160] if tour.title_en else ""
    tickets = [("A", "Người lớn", "Adult", tour.adult_price, adults),
               ("C", "Trẻ em", "Child", tour.child_price, children)]  # fmt: skip
    items = [
        OrderItem(
            product_name=name_vi,
            product_name_en=name_en,
            variant_label=label_vi,
            variant_label_en=label_en,
            sku=f"T{departure.id}-{kind}",
            unit_price=price,
            quantity=count,
            weight_g=0,
        )
        for kind, label_vi, label_en, price, count in tickets
        if count
    ]
    add_part(order, tour.producer, items)
    db.session.flush()
    booking = Booking(
        order_id=order.id,
        departure_id=departure.id,
        adults=adults,
        children=children,
        status=BookingStatus.HELD,
        ticket_code=new_ticket_code(),
    )
    booking.order = order
    db.session.add(booking)
    record_creation(booking, actor=user, actor_label="buyer" if user else "guest")
    return finish_order(order, user, total_seen)


def _orders_on(departure_id: int) -> sa.Select:
    """The ids of the orders that booked seats on a departure."""
    return sa.select(Booking.order_id).where(Booking.departure_id == departure_id)


def lock_departure_of(order) -> None:
    """Lock the departure a booking order holds seats on, before the order (receivers)."""
    departure_id = db.session.scalar(
        sa.select(Booking.departure_id).where(Booking.order_id == order.id)
    )
    if departure_id is not None:
        departure_seats.lock(departure_id)


def booking_of(order) -> Booking | None:
    return db.session.scalar(sa.select(Booking).where(Booking.order_id == order.id))


def on_confirmed(order) -> None:
    """Paid: the ticket is valid; send it."""
    booking = booking_of(order)
    if booking is None or booking.status != BookingStatus.HELD:
        return
    transition(booking, "pay", actor_label="system")
    if order.email:
        mail.queue(
            order.email,
            "mail/tours/ticket_subject.txt",
            "mail/tours/ticket_body.txt",
            locale=order.locale,
            booking=booking,
            link=ticket_url(booking, external=True),
        )


def on_closed(order) -> None:
    """The order closed (unpaid, failed, cancelled): its seats go back, the waiting list moves."""
    booking = booking_of(order)
    if booking is None:
        return
    if booking.status == BookingStatus.HELD:
        transition(booking, "release", actor_label="system")
    if booking.status in (BookingStatus.RELEASED, BookingStatus.CANCELLED):
        departure_seats.give_back(booking.departure_id, booking.seats)
        db.session.flush()
        db.session.refresh(booking.departure)
        waitlist.offer_freed_seats(booking.departure)


# Tickets -------------------------------------------------------------------------------


# Cancelling ----------------------------------------------------------------------------


def bookings_of_departure(departure: Departure) -> list[Booking]:
    """Who is booked (paid, checked in or holding seats), for the guide's list."""
    return list(
        db.session.scalars(
            sa.select(Booking)
            .where(
                Booking.departure_id == departure.id,
                Booking.status.in_(
                    (BookingStatus.HELD, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)
                ),
            )
            .order_by(Booking.id)
        )
    )
