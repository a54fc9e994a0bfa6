"""Producers keep their orchards, trees, tours and departures: the rules, flushed not committed."""

from datetime import UTC, date, datetime, time

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.database import rows_updated
from storefront.extensions import db
from storefront.farms.editing import TourismError, stored_photo
from storefront.farms.models import Orchard
from storefront.media.services import release
from storefront.models_base import utcnow
from storefront.producers.models import Producer
from storefront.producers.profiles import unique_slug
from storefront.timeutil import VIETNAM
from storefront.tours import waitlist
from storefront.tours.models import Departure, Tour

TOUR_FIELDS = (
    "title_vi",
    "title_en",
    "description_vi",
    "description_en",
    "meeting_point_vi",
    "meeting_point_en",
    "includes_vi",
    "includes_en",
    "notes_vi",
    "notes_en",
    "duration_minutes",
    "adult_price",
    "child_price",
    "min_age",
    "published",
)
MIN_DURATION, MAX_DURATION = 30, 24 * 60
MAX_TOUR_PRICE = 100_000_000
MAX_MIN_AGE = 18
POLICY_ROWS = 4
MAX_CAPACITY = 500


def producer_tours(producer: Producer) -> list[Tour]:
    """The producer's tours, by title."""
    return list(
        db.session.scalars(
            sa.select(Tour).where(Tour.producer_id == producer.id).order_by(Tour.title_vi, Tour.id)
        )
    )


def departures_ahead(tour: Tour) -> list[Departure]:
    """The tour's departures that have not left yet (cancelled ones included), soonest first."""
    return list(
        db.session.scalars(
            sa.select(Departure)
            .where(Departure.tour_id == tour.id, Departure.starts_at >= utcnow())
            .order_by(Departure.starts_at, Departure.id)
        )
    )


def cancellation_policy(rows: list[tuple[int | None, int | None]]) -> list[list[int]]:
    """The refund table from up to four (days, percent) rows as entered; blank rows are skipped.

    Each filled row must give fewer days and a smaller refund than the one above it.
    """
    if len(rows) > POLICY_ROWS:
        raise TourismError(_l("At most %(n)s rows.", n=POLICY_ROWS), "policy-0-days")
    table: list[list[int]] = []
    for index, (days, percent) in enumerate(rows):
        if days is None and percent is None:
            continue
        if days is None or days < 0:
            raise TourismError(_l("Days are 0 or more."), f"policy-{index}-days")
        if percent is None or not 0 <= percent <= 100:
            raise TourismError(
                _l("A refund is between 0 and 100 percent."), f"policy-{index}-percent"
            )
        if table and days >= table[-1][0]:
            raise TourismError(
                _l("Each row needs fewer days than the row above."), f"policy-{index}-days"
            )
        if table and percent >= table[-1][1]:
            raise TourismError(
                _l("Each row needs a smaller refund than the row above."),
                f"policy-{index}-percent",
            )
        table.append([days, percent])
    return table


def save_tour(
    producer: Producer,
    tour: Tour | None,
    values: dict,
    policy_rows: list[tuple[int | None, int | None]],
    orchard: Orchard | None = None,
    cover: tuple[str, bytes] | None = None,
) -> Tour:
    """Create or update one of the producer's tours, optionally held in one of its orchards,
    and its cover photo."""
    if not values.get("title_vi"):
        raise TourismError(_l("This field is required."), "title_vi")
    duration = values.get("duration_minutes")
    if duration is None or not MIN_DURATION <= duration <= MAX_DURATION:
        raise TourismError(_l("Between 30 minutes and 24 hours."), "duration_minutes")
    for name in ("adult_price", "child_price"):
        price = values.get(name)
        if price is None or not 0 <= price <= MAX_TOUR_PRICE:
            raise TourismError(_l("A price is between 0 ₫ and 100.000.000 ₫."), name)
    min_age = values.get("min_age")
    if min_age is not None and not 0 <= min_age <= MAX_MIN_AGE:
        raise TourismError(_l("An age between 0 and 18."), "min_age")
    if orchard is not None and orchard.producer_id != producer.id:
        raise TourismError(_l("Choose one of your orchards."), "orchard_id")
    table = cancellation_policy(policy_rows)
    picture = stored_photo(cover, "cover_file")
    with db.session.no_autoflush:
        if tour is None:
            tour = Tour(producer=producer, slug=unique_slug(values["title_vi"], Tour))
            db.session.add(tour)
        for name in TOUR_FIELDS:
            setattr(tour, name, values[name])
        tour.orchard = orchard
        tour.cancellation_policy = table
        replaced = None
        if picture is not None:
            replaced, tour.cover = tour.cover, picture
    release(replaced)
    return tour


def _check_capacity(capacity: int | None) -> int:
    if capacity is None or not 1 <= capacity <= MAX_CAPACITY:
        raise TourismError(_l("Between 1 and %(n)s seats.", n=MAX_CAPACITY), "capacity")
    return capacity


def add_departure(tour: Tour, day: date, at: time, capacity: int) -> Departure:
    """A new departure of the tour at a Vietnam date and time (stored in UTC), not in the past."""
    starts_at = datetime.combine(day, at, tzinfo=VIETNAM).astimezone(UTC)
    if starts_at <= utcnow():
        raise TourismError(_l("Choose a date and time in the future."), "day")
    departure = Departure(tour=tour, starts_at=starts_at, capacity=_check_capacity(capacity))
    db.session.add(departure)
    db.session.flush()
    return departure


def set_capacity(departure: Departure, capacity: int) -> None:
    """Change the seats of a departure; never below the seats already sold, even by a buyer
    booking at this very moment (one conditional UPDATE), and raised seats go to the waiting
    list first."""
    _check_capacity(capacity)
    if departure.cancelled:
        raise TourismError(_l("This departure is cancelled."), "capacity")
    changed = rows_updated(
        sa.update(Departure)
        .where(
            Departure.id == departure.id,
            Departure.cancelled.is_(False),
            Departure.seats_taken <= capacity,
        )
        .values(capacity=capacity)
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(departure)
    if changed != 1:
        if departure.cancelled:
            raise TourismError(_l("This departure is cancelled."), "capacity")
        taken = departure.seats_taken
        raise TourismError(
            _l("%(n)s seats are already taken: the capacity cannot be lower.", n=taken), "capacity"
        )
    if departure.seats_left > 0:
        waitlist.offer_freed_seats(departure)
        db.session.refresh(departure)
