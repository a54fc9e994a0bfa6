"""Cancelling: a buyer's booking by the tour's refund table, or a whole departure by its
operator (everyone refunded in full)."""

import math
from datetime import datetime

import sqlalchemy as sa

from storefront import mail
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.states import transition
from storefront.payments import refunds
from storefront.state_machine import IllegalTransition
from storefront.tours import seats as departure_seats
from storefront.tours import waitlist
from storefront.tours.models import Booking, BookingStatus, Departure


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
