"""Booking seats on a tour departure through the shared checkout; tickets, check-in, and
cancellation by the buyer (policy refund) or by the operator (full refund).

Seats are taken with one conditional UPDATE (`seats_taken + n <= capacity`) inside the order's
transaction, so no number of simultaneous buyers oversells a departure; the database's CHECK
(seats_taken <= capacity) stands behind it.
"""

import math
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import url_for
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts.tokens import TokenError, make_token, read_token
from storefront.domain_errors import FieldError
from storefront.extensions import db
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.orders import lifecycle, payment_flow
from storefront.orders.checkout import CheckoutError, Contact, add_part, finish_order
from storefront.orders.models import Order, OrderItem, OrderKind, PaymentMethod
from storefront.orders.states import IllegalTransition, record_creation, transition
from storefront.payments import refunds
from storefront.producers.models import Producer, ProducerStatus
from storefront.timeutil import to_local
from storefront.tours import seats as departure_seats
from storefront.tours import waitlist
from storefront.tours.booking_models import Booking, BookingStatus
from storefront.tours.holds import open_held_order
from storefront.tours.models import Departure, Tour

MAX_PARTY = 20
TICKET_PURPOSE = "ticket"
TEN_YEARS = 10 * 365 * 24 * 3600
TICKET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class SeatsGoneError(CheckoutError):
    """Fewer seats left than asked: the message says how many remain."""


class BookingError(FieldError):
    """The booking cannot be changed as asked; the message says why."""


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
        ticket_code=_ticket_code(),
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


def _ticket_code() -> str:
    return "".join(secrets.choice(TICKET_ALPHABET) for _ in range(8))


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


def ticket_token(booking: Booking) -> str:
    return make_token(TICKET_PURPOSE, booking.ticket_code)


def ticket_url(booking: Booking, external: bool = False) -> str:
    """The ticket's page; `external`: a full link at SITE_URL (e-mails, the QR code)."""
    return (external_url if external else url_for)("bookings.ticket", token=ticket_token(booking))


def booking_from_token(token: str) -> Booking | None:
    try:
        code = read_token(TICKET_PURPOSE, token, max_age=TEN_YEARS)
    except TokenError:
        return None
    return find_by_code(code) if isinstance(code, str) else None


def find_by_code(code: str, producer_id: int | None = None) -> Booking | None:
    """A booking by the code printed on its ticket (spaces, dashes and case forgiven)."""
    code = "".join(ch for ch in code.upper() if ch.isalnum())[:12]
    if not code:
        return None
    query = sa.select(Booking).where(Booking.ticket_code == code)
    if producer_id is not None:
        query = (
            query.join(Booking.departure)
            .join(Departure.tour)
            .where(Tour.producer_id == producer_id)
        )
    return db.session.scalar(query)


def check_in(booking: Booking, guide) -> bool:
    """Check the ticket in; False if it was already used (booking.checked_in_at says when).

    The order's row lock (PostgreSQL) or the write transaction (SQLite) serialises two
    guides scanning the same ticket: the second one sees it used.
    """
    lifecycle.lock(booking.order)
    db.session.refresh(booking)
    if booking.status == BookingStatus.CHECKED_IN:
        return False
    if booking.status != BookingStatus.CONFIRMED:
        raise BookingError(_l("This ticket is not valid: the booking is not confirmed."))
    transition(booking, "check_in", actor=guide, actor_label="guide")
    booking.checked_in_at, booking.checked_in_by_id = utcnow(), guide.id
    db.session.flush()
    return True


# Cancelling ----------------------------------------------------------------------------


def refund_percent(policy: list[list[int]], starts_at: datetime, now: datetime) -> int:
    """The refund the policy gives when cancelling at `now`: the row with the most days
    that are still ahead (whole days before the departure)."""
    days_before = math.floor((starts_at - now).total_seconds() / 86400)
    best = 0
    for days, percent in sorted(policy, key=lambda row: row[0], reverse=True):
        if days_before >= days:
            best = percent
            break
    return best


def refund_due(booking: Booking, now: datetime | None = None) -> int:
    """What cancelling now gives back, in đồng."""
    now = now or utcnow()
    departure = booking.departure
    if departure.starts_at <= now:
        return 0
    percent = refund_percent(departure.tour.cancellation_policy, departure.starts_at, now)
    return booking.order.total * percent // 100


def can_cancel(booking: Booking, now: datetime | None = None) -> bool:
    return booking.status == BookingStatus.CONFIRMED and booking.departure.starts_at > (
        now or utcnow()
    )


def cancel_by_buyer(booking: Booking, *, actor=None) -> int:
    """The buyer cancels: the policy's refund at this moment; returns the amount refunded."""
    lifecycle.lock(booking.order)  # its departure first (receivers), as cancel_departure does
    db.session.refresh(booking)
    if not can_cancel(booking):
        raise IllegalTransition(booking, "cancel")
    amount = refund_due(booking)
    _cancel(booking, amount, actor=actor, actor_label="buyer", reason="cancelled by the buyer")
    _mail_cancelled(booking, amount, by_operator=False)
    return amount


def _cancel(booking: Booking, amount: int, *, actor, actor_label: str, reason: str) -> None:
    order = booking.order
    transition(booking, "cancel", actor=actor, actor_label=actor_label, note=reason)
    if amount > 0:
        refunds.refund(order, amount, reason=reason, actor=actor, actor_label=actor_label)
    lifecycle.cancel_paid(order, actor=actor, actor_label=actor_label, note=reason)


def _mail_cancelled(booking: Booking, amount: int, *, by_operator: bool) -> None:
    order = booking.order
    if order.email:
        mail.queue(
            order.email,
            "mail/tours/booking_cancelled_subject.txt",
            "mail/tours/booking_cancelled_body.txt",
            locale=order.locale,
            booking=booking,
            refund=amount,
            by_operator=by_operator,
        )


def cancel_departure(departure: Departure, *, actor) -> int:
    """The operator cancels a whole departure (weather): everyone paid is refunded in full and
    told by e-mail, unpaid holds are cancelled, the waiting list lapses. Returns bookings hit."""
    departure_seats.lock(departure.id)
    departure.cancelled = True
    bookings = db.session.scalars(
        sa.select(Booking)
        .where(
            Booking.departure_id == departure.id,
            Booking.status.in_((BookingStatus.HELD, BookingStatus.CONFIRMED)),
        )
        .order_by(Booking.order_id)  # several orders: by ascending id (database.py)
    ).all()
    hit = 0
    for booking in bookings:
        order = booking.order
        lifecycle.lock(order)  # the buyer may be cancelling or paying this very moment
        db.session.refresh(booking)
        if booking.status == BookingStatus.CONFIRMED:
            _cancel(
                booking,
                order.total,
                actor=actor,
                actor_label="producer",
                reason="departure cancelled by the operator",
            )
            _mail_cancelled(booking, order.total, by_operator=True)
        elif booking.status == BookingStatus.HELD and lifecycle.can_cancel(order):
            lifecycle.cancel(
                order,
                actor=actor,
                actor_label="producer",
                note="departure cancelled by the operator",
            )
        else:
            continue
        hit += 1
    waitlist.lapse_all(departure)
    db.session.flush()
    return hit


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


def send_reminders(now: datetime) -> int:
    """E-mail every confirmed booking whose departure is tomorrow (Vietnam time), once.

    The conditional UPDATE on reminder_sent_at makes a second run, even a simultaneous one,
    send nothing.
    """
    tomorrow = to_local(now).date() + timedelta(days=1)
    candidates = db.session.scalars(
        sa.select(Booking)
        .join(Booking.departure)
        .where(
            Booking.status == BookingStatus.CONFIRMED,
            Booking.reminder_sent_at.is_(None),
            Departure.cancelled.is_(False),
            Departure.starts_at > now,
            Departure.starts_at < now + timedelta(days=3),
        )
    ).all()
    sent = 0
    for booking in candidates:
        if to_local(booking.departure.starts_at).date() != tomorrow:
            continue
        claimed = db.session.execute(
            sa.update(Booking)
            .where(Booking.id == booking.id, Booking.reminder_sent_at.is_(None))
            .values(reminder_sent_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        if claimed == 1 and booking.order.email:
            mail.queue(
                booking.order.email,
                "mail/tours/reminder_subject.txt",
                "mail/tours/reminder_body.txt",
                locale=booking.order.locale,
                booking=booking,
                link=ticket_url(booking, external=True),
            )
            sent += 1
    return sent
