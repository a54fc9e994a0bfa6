"""Reading the public farm-tourism pages: trees offered for adoption, their plans, and tours."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload, selectinload

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.producers.models import Producer, ProducerStatus
from storefront.tours.models import Departure, Tour, TourPhoto

DEPARTURE_HORIZON = timedelta(days=60)


@dataclass(frozen=True)
class RefundRow:
    """One line of a cancellation policy: cancel `days` or more before (or fewer, if `under`)."""

    days: int
    percent: int
    under: bool = False


def refund_rows(policy: list[list[int]]) -> list[RefundRow]:
    """The policy as a table, most days first, ending with the no-refund line it implies."""
    rows = sorted(
        (RefundRow(int(days), int(percent)) for days, percent in policy),
        key=lambda row: row.days,
        reverse=True,
    )
    if len(rows) > 1 and rows[-1].days == 0:
        # "0 days" after "3 days or more" reads better as "less than 3 days".
        rows[-1] = RefundRow(rows[-2].days, rows[-1].percent, under=True)
    elif rows and rows[-1].days > 0 and rows[-1].percent > 0:
        rows.append(RefundRow(rows[-1].days, 0, under=True))
    return rows


def public_tours() -> sa.Select:
    """Published tours of approved producers (their producer loaded)."""
    return (
        sa.select(Tour)
        .join(Tour.producer)
        .where(Tour.published.is_(True), Producer.status == ProducerStatus.APPROVED)
        .options(contains_eager(Tour.producer))
    )


def coming(now: datetime):
    """Departures that can still be joined: not cancelled, starting within the horizon."""
    return sa.and_(
        Departure.cancelled.is_(False),
        Departure.starts_at > now,
        Departure.starts_at <= now + DEPARTURE_HORIZON,
    )


def list_tours() -> list[tuple[Tour, datetime | None]]:
    """Public tours with their next departure time, soonest first, then by title."""
    next_departure = (
        sa.select(sa.func.min(Departure.starts_at))
        .where(Departure.tour_id == Tour.id, coming(utcnow()))
        .correlate(Tour)
        .scalar_subquery()
        .label("next_departure")
    )
    query = (
        public_tours()
        .add_columns(next_departure)
        .options(joinedload(Tour.cover))
        .order_by(next_departure.asc().nulls_last(), Tour.title_vi)
    )
    return [(tour, when) for tour, when in db.session.execute(query)]


def get_public_tour(slug: str) -> Tour | None:
    """A published tour of an approved producer, with its photos and orchard, or None."""
    if not slug.isprintable():
        return None
    return db.session.scalar(
        public_tours()
        .where(Tour.slug == slug)
        .options(
            joinedload(Tour.cover),
            joinedload(Tour.orchard),
            selectinload(Tour.photos).joinedload(TourPhoto.asset),
        )
    )


def coming_departures(tour: Tour) -> list[Departure]:
    """The tour's departures in the next 60 days that are not cancelled, soonest first."""
    return list(
        db.session.scalars(
            sa.select(Departure)
            .where(Departure.tour_id == tour.id, coming(utcnow()))
            .order_by(Departure.starts_at)
        )
    )


def sitemap_tours() -> list[str]:
    """Slugs of the public tours."""
    return list(db.session.scalars(public_tours().with_only_columns(Tour.slug)))
