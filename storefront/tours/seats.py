"""A departure's seats, changed only by atomic statements: a booking or a waiting-list offer
takes seats with one conditional UPDATE (never past the capacity, never on a cancelled
departure), and gives them back with one decrement. The database's CHECK
(0 <= seats_taken <= capacity) stands behind both."""

import sqlalchemy as sa

from storefront.database import rows_updated
from storefront.extensions import db
from storefront.tours.models import Departure


def lock(departure_id: int) -> None:
    """Row-lock a departure (PostgreSQL): first in database.py's lock order, before any of its
    bookings' orders or waiting-list entries. FOR NO KEY UPDATE, so new bookings that refer to
    it do not wait for it."""
    db.session.execute(
        sa.select(Departure.id).where(Departure.id == departure_id).with_for_update(key_share=True)
    )


def try_take(departure_id: int, seats: int) -> bool:
    """Take `seats` if they are free; False (nothing changed) if they are not."""
    return (
        rows_updated(
            sa.update(Departure)
            .where(
                Departure.id == departure_id,
                Departure.cancelled.is_(False),
                Departure.seats_taken + seats <= Departure.capacity,
            )
            .values(seats_taken=Departure.seats_taken + seats)
            .execution_options(synchronize_session=False)
        )
        == 1
    )


def give_back(departure_id: int, seats: int) -> None:
    db.session.execute(
        sa.update(Departure)
        .where(Departure.id == departure_id)
        .values(seats_taken=Departure.seats_taken - seats)
        .execution_options(synchronize_session=False)
    )


def left(departure_id: int) -> int:
    """Seats still free, read now (the Departure object may be stale after the UPDATEs)."""
    return db.session.execute(
        sa.select(Departure.capacity - Departure.seats_taken).where(Departure.id == departure_id)
    ).scalar_one()
