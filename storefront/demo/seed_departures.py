"""Demo bookings that fill the first departures of each tour (tourism.toml's `seats_taken`):
parties of up to four, placed and paid through the real checkout, so every seat a departure
shows as taken belongs to a booking the operator can see. Idempotent by order key."""

from collections.abc import Callable

import sqlalchemy as sa

from storefront.demo import dataset
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.lifecycle import confirm_payment
from storefront.orders.models import Order, PaymentMethod
from storefront.tours import bookings
from storefront.tours.models import Departure, Tour

PARTY = 4


def parties(seats: int) -> list[tuple[int, int]]:
    """(adults, children) for groups of up to four that add up to `seats`."""
    groups = []
    while seats > 0:
        size = min(PARTY, seats)
        adults = min(2, size)
        groups.append((adults, size - adults))
        seats -= size
    return groups


def fill_departures(progress: Callable[[str], None], commit: Callable[[], None]) -> None:
    """Book each tour's first departures up to the demo's seat counts (once)."""
    demo = dataset.load()
    guests = demo.tour_guests
    for row in demo.farm_tours:
        tour = db.session.scalar(sa.select(Tour).where(Tour.slug == row.slug))
        coming = db.session.scalars(
            sa.select(Departure)
            .where(Departure.tour_id == tour.id, Departure.starts_at > utcnow())
            .order_by(Departure.starts_at)
        ).all()
        for index, (departure, seats) in enumerate(zip(coming, row.seats_taken, strict=False)):
            for number, (adults, children) in enumerate(parties(seats)):
                key = f"demo-seats-{tour.slug}-{index}-{number}"
                if db.session.scalar(sa.select(Order.id).where(Order.idempotency_key == key)):
                    continue
                guest = guests[(index * 3 + number) % len(guests)]
                contact = Contact(guest.name, guest.phone, "", 0, 0, "")
                try:
                    order = bookings.book(
                        departure_id=departure.id, adults=adults, children=children,
                        contact=contact, method=PaymentMethod.BANK_TRANSFER,
                        idempotency_key=key,
                    )  # fmt: skip
                except CheckoutError as error:
                    db.session.rollback()
                    progress(f"  {tour.slug} #{index}: skipped ({error})")
                    continue
                confirm_payment(order, actor_label="office", reference="demo")
                commit()
