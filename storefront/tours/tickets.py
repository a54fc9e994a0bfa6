"""Tickets: the signed link and 8-character code of a booking, and the guide's check-in (once)."""

import secrets

import sqlalchemy as sa
from flask import url_for
from flask_babel import lazy_gettext as _l

from storefront.accounts.tokens import TEN_YEARS, TokenError, make_token, read_token
from storefront.extensions import db
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.states import transition
from storefront.tours.errors import BookingError
from storefront.tours.models import Booking, BookingStatus, Departure, Tour

TICKET_PURPOSE = "ticket"


TICKET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_ticket_code() -> str:
    return "".join(secrets.choice(TICKET_ALPHABET) for _ in range(8))


def ticket_token(booking: Booking) -> str:
    return make_token(TICKET_PURPOSE, booking.ticket_code)


def ticket_url(booking: Booking, external: bool = False) -> str:
    """The ticket's page; `external`: a full link at SITE_URL (e-mails, the QR code)."""
    return (external_url if external else url_for)("tours.ticket", token=ticket_token(booking))


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
