"""The waiting list of a full departure: freed seats are kept for the next person in line,
who gets an e-mail offer valid for WAITLIST_OFFER_HOURS; unused offers pass them on.

An offer moves on (claimed by a booking, lapsed by time) only by a conditional UPDATE from
"offered", and only the transaction whose UPDATE changed the row acts on it: any number of
tabs, bookings and cron runs at once use or give back its kept seats exactly once. The
departure is locked first (database.py's lock order).
"""

from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts.services import AccountError, check_email
from storefront.accounts.tokens import TokenError, make_token, read_token
from storefront.database import rows_updated
from storefront.extensions import db
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.orders.checkout_errors import CheckoutError
from storefront.text import single_line
from storefront.tours import seats as departure_seats
from storefront.tours.models import Departure, WaitlistEntry, WaitlistStatus

PURPOSE = "waitlist-offer"
MAX_SEATS = 20


def join(departure: Departure, *, name: str, email: str, seats: int, locale: str) -> WaitlistEntry:
    """Put someone in line for a departure that has fewer seats left than they need."""
    name = single_line(name, 120)
    if not name:
        raise CheckoutError(_l("Please enter your name."), "name")
    try:
        email = check_email(email)
    except AccountError as error:
        raise CheckoutError(error.message, "email") from error
    if not 1 <= seats <= MAX_SEATS:
        raise CheckoutError(_l("Seats go from 1 to %(max)s.", max=MAX_SEATS), "seats")
    db.session.refresh(departure)  # seats change by atomic UPDATEs, not through this object
    if departure.cancelled or departure.starts_at <= utcnow():
        raise CheckoutError(_l("This departure can no longer be booked."))
    if departure.seats_left >= seats:
        raise CheckoutError(_l("There are enough seats left: you can book now."), "seats")
    entry = WaitlistEntry(
        departure_id=departure.id, name=name, email=email, seats=seats, locale=locale
    )
    db.session.add(entry)
    db.session.flush()
    return entry


def offer_freed_seats(departure: Departure) -> list[WaitlistEntry]:
    """Offer the seats now free to the people waiting, first come first served; someone whose
    party does not fit keeps their place for a later chance."""
    if departure.cancelled or departure.starts_at <= utcnow():
        return []
    offered = []
    waiting = db.session.scalars(
        sa.select(WaitlistEntry)
        .where(
            WaitlistEntry.departure_id == departure.id,
            WaitlistEntry.status == WaitlistStatus.WAITING,
        )
        .order_by(WaitlistEntry.id)
    ).all()
    hours = current_app.config["WAITLIST_OFFER_HOURS"]
    for entry in waiting:
        if not departure_seats.try_take(departure.id, entry.seats):
            continue
        if not _move(entry, WaitlistStatus.WAITING, WaitlistStatus.OFFERED):
            departure_seats.give_back(departure.id, entry.seats)  # offered by someone else
            continue
        entry.offer_expires_at = utcnow() + timedelta(hours=hours)
        offered.append(entry)
        mail.queue(
            entry.email,
            "mail/tours/waitlist_offer_subject.txt",
            "mail/tours/waitlist_offer_body.txt",
            locale=entry.locale,
            entry=entry,
            departure=departure,
            link=offer_url(entry),
        )
    db.session.flush()
    db.session.refresh(departure)
    return offered


def offer_url(entry: WaitlistEntry) -> str:
    tour = entry.departure.tour
    return external_url(
        "tours.book",
        slug=tour.slug,
        departure=entry.departure_id,
        offer=make_token(PURPOSE, entry.id),
    )


def open_offer(token: str | None, departure_id: int) -> WaitlistEntry | None:
    """The live offer a link carries for this departure, or None."""
    if not token:
        return None
    try:
        entry_id = read_token(PURPOSE, token, max_age=7 * 24 * 3600)
    except TokenError:
        return None
    entry = db.session.get(WaitlistEntry, entry_id) if isinstance(entry_id, int) else None
    if (
        entry is None
        or entry.departure_id != departure_id
        or entry.status != WaitlistStatus.OFFERED
        or entry.offer_expires_at is None
        or entry.offer_expires_at <= utcnow()
    ):
        return None
    return entry


def claim_offer(token: str, departure: Departure, seats: int) -> int:
    """Use an offer's kept seats for a booking; returns how many of them it covers (the
    rest must be taken as usual, the surplus goes back). 0 if the offer is not live, or was
    just used by another tab."""
    entry = open_offer(token, departure.id)
    if entry is None or not _move(entry, WaitlistStatus.OFFERED, WaitlistStatus.BOOKED):
        return 0
    used = min(seats, entry.seats)
    if entry.seats > used:
        departure_seats.give_back(departure.id, entry.seats - used)
    return used


def expire_offers(now: datetime, departure_id: int | None = None) -> int:
    """Offers past their time (on one departure, or all) give their seats to the next in
    line; returns how many lapsed here. Departures are locked one by one, by ascending id."""
    query = (
        sa.select(WaitlistEntry)
        .where(WaitlistEntry.status == WaitlistStatus.OFFERED, WaitlistEntry.offer_expires_at < now)
        .order_by(WaitlistEntry.departure_id, WaitlistEntry.id)
    )
    if departure_id is not None:
        query = query.where(WaitlistEntry.departure_id == departure_id)
    lapsed: dict[int, int] = {}
    for entry in db.session.scalars(query).all():
        departure_seats.lock(entry.departure_id)
        if _move(entry, WaitlistStatus.OFFERED, WaitlistStatus.LAPSED):
            departure_seats.give_back(entry.departure_id, entry.seats)
            lapsed[entry.departure_id] = lapsed.get(entry.departure_id, 0) + 1
    for lapsed_on in lapsed:
        departure = db.session.get_one(Departure, lapsed_on)
        db.session.refresh(departure)
        offer_freed_seats(departure)
    return sum(lapsed.values())


def _move(entry: WaitlistEntry, current: WaitlistStatus, new: WaitlistStatus) -> bool:
    """Move the entry from `current` to `new` in one conditional UPDATE; False if another
    transaction moved it first (the entry is re-read either way)."""
    moved = rows_updated(
        sa.update(WaitlistEntry)
        .where(WaitlistEntry.id == entry.id, WaitlistEntry.status == current)
        .values(status=new)
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(entry)
    return moved == 1


def lapse_all(departure: Departure) -> None:
    """The departure is cancelled: nobody waits for it any more."""
    db.session.execute(
        sa.update(WaitlistEntry)
        .where(
            WaitlistEntry.departure_id == departure.id,
            WaitlistEntry.status.in_((WaitlistStatus.WAITING, WaitlistStatus.OFFERED)),
        )
        .values(status=WaitlistStatus.LAPSED)
        .execution_options(synchronize_session=False)
    )
