"""Community-tourism products are experiences, booked on a date of a tour of their producer and
never shipped: what a product page and a product card show of that tour."""

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.producers.models import Producer, ProducerStatus
from storefront.tours import services
from storefront.tours.models import Departure, Tour

SHOWN = 4  # coming dates on a product page; the tour's own page lists them all


@dataclass(frozen=True)
class Experience:
    """The tour a product is booked on, with its next dates."""

    tour: Tour
    departures: list[Departure]


@dataclass(frozen=True)
class Glance:
    """What a product card shows of its tour: the lowest ticket price and the next date."""

    producer_id: int
    price_from: int
    next_departure: datetime | None


def experience_of(product) -> Experience | None:
    """The public tour of the product's own producer that it is booked on, or None (then
    the product is shown but booked only by contacting the producer)."""
    if product.tour_id is None:
        return None
    tour = db.session.scalar(
        services.public_tours().where(
            Tour.id == product.tour_id, Tour.producer_id == product.producer_id
        )
    )
    if tour is None:
        return None
    return Experience(tour, services.coming_departures(tour)[:SHOWN])


def glances() -> dict[int, Glance]:
    """Every public tour's glance by tour id, in one query: a page of cards asks it once."""
    next_departure = (
        sa.select(sa.func.min(Departure.starts_at))
        .where(
            Departure.tour_id == Tour.id,
            services.coming(utcnow()),
            Departure.seats_taken < Departure.capacity,
        )
        .correlate(Tour)
        .scalar_subquery()
    )
    rows = db.session.execute(
        sa.select(Tour.id, Tour.producer_id, Tour.adult_price, Tour.child_price, next_departure)
        .join(Tour.producer)
        .where(Tour.published.is_(True), Producer.status == ProducerStatus.APPROVED)
    )
    return {
        tour_id: Glance(producer_id, min(adult, child), when)
        for tour_id, producer_id, adult, child, when in rows
    }
