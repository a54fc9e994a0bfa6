"""The farm-tourism part of `flask seed-demo`: orchards, mango trees, adoption plans, tours and
departures, upserted by their natural keys; pictures are drawn only where missing. The demo's
community-tourism products are linked to the tours they are booked on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa
from flask import current_app

from storefront.catalog.models import Product
from storefront.demo import dataset, orchard_art, tour_art
from storefront.extensions import db
from storefront.farms import photos
from storefront.farms.models import AdoptionPlan, MangoVariety, Orchard, Tree, TreeStatus
from storefront.media.services import store_image
from storefront.producers.models import Producer
from storefront.timeutil import VIETNAM, today_local
from storefront.tours.models import Departure, Tour

if TYPE_CHECKING:
    from PIL import Image

    from storefront.demo.seed import Summary

ORCHARD_FIELDS = (
    "name", "ward_code", "address", "latitude", "longitude", "growing_area_code", "vietgap",
    "story_vi", "story_en",
)  # fmt: skip
TOUR_FIELDS = (
    "title_vi", "title_en", "description_vi", "description_en", "duration_minutes",
    "meeting_point_vi", "meeting_point_en", "includes_vi", "includes_en", "adult_price",
    "child_price", "min_age", "notes_vi", "notes_en", "cancellation_policy",
    "visits_adopted_trees",
)  # fmt: skip
EXTRA_PHOTOS = 2  # of each orchard and tour, after its main picture


def seed_tourism(progress: Callable[[str], None], summary: Summary) -> None:
    """Create or update the demo orchards, trees, plans, tours and their coming departures."""
    today, demo = today_local(), dataset.load()
    slugs = {row.producer for row in (*demo.orchards, *demo.tours)}
    producers = {
        p.slug: p for p in db.session.scalars(sa.select(Producer).where(Producer.slug.in_(slugs)))
    }
    orchards = {}
    for number, row in enumerate(demo.orchards, 1):
        progress(f"[orchard {number}/{len(demo.orchards)}] {row.name}")
        orchard = _upsert_orchard(row, producers[row.producer], number, summary)
        _upsert_plan(orchard, row.plan, demo.plan_terms, today)
        orchards[row.slug] = orchard
    for number, row in enumerate(demo.trees, 1):
        progress(f"[tree {number}/{len(demo.trees)}] {row.code}")
        _upsert_tree(row, orchards, demo.traits[row.trait], number, summary)
    for number, row in enumerate(demo.tours, 1):
        progress(f"[tour {number}/{len(demo.tours)}] {row.title_vi}")
        tour = _upsert_tour(row, producers, orchards, number, summary)
        _upsert_departures(tour, row, demo.departures, today)
    _link_experiences([row.product for row in demo.experiences])
    db.session.flush()


def _link_experiences(slugs: list[str]) -> None:
    """Each community-tourism product of the demo is booked on its tour (of the same slug),
    never shipped."""
    tour_ids = dict(
        db.session.execute(sa.select(Tour.slug, Tour.id).where(Tour.slug.in_(slugs))).all()
    )
    for product in db.session.scalars(sa.select(Product).where(Product.slug.in_(slugs))):
        product.tour_id = tour_ids[product.slug]


def _image_size() -> int:
    return current_app.config["DEMO_IMAGE_SIZE"]


def _upsert_orchard(
    row: dataset.Orchard, producer: Producer, seed: int, summary: Summary
) -> Orchard:
    orchard = db.session.scalar(sa.select(Orchard).where(Orchard.slug == row.slug))
    if orchard is None:
        orchard = Orchard(slug=row.slug)
        db.session.add(orchard)
    for field in ORCHARD_FIELDS:
        setattr(orchard, field, getattr(row, field))
    orchard.producer = producer
    if orchard.cover is None:
        width = _image_size() * 3 // 2
        picture = orchard_art.render_orchard(
            name=row.name, seed=seed, width=width, height=width * 9 // 16, variety=row.variety
        )
        orchard.cover = store_image(picture)
        summary.images += 1
    _add_extra_photos(orchard, EXTRA_PHOTOS, lambda n: _orchard_scene(row, seed, n), summary)
    db.session.flush()
    return orchard


def _orchard_scene(row: dataset.Orchard, seed: int, n: int) -> Image.Image:
    """The orchard's extra photo n: visitors among its trees, then its rows under another sky."""
    size, again = _image_size(), seed + 10 * (n + 1)
    if n == 0:
        return tour_art.render_tour(
            title=row.name, kind="orchard", seed=again, width=size * 4 // 3, height=size
        )
    return orchard_art.render_orchard(
        name=row.name, seed=again, width=size * 4 // 3, height=size, variety=row.variety
    )


def _upsert_plan(
    orchard: Orchard, row: dataset.Plan, terms: dataset.PlanTerms, today: date
) -> None:
    """This season's plan, on sale now: its dates follow the day the seed runs."""
    starts = today - timedelta(days=terms.started_days_ago)
    ends = starts + timedelta(days=terms.lasts_days)
    season_vi = f"Mùa xoài {ends.year}"
    plan = db.session.scalar(
        sa.select(AdoptionPlan).where(
            AdoptionPlan.orchard_id == orchard.id, AdoptionPlan.season_vi == season_vi
        )
    )
    if plan is None:
        plan = AdoptionPlan(orchard=orchard, season_vi=season_vi)
        db.session.add(plan)
    plan.season_en = f"{ends.year} mango season"
    plan.starts_on, plan.ends_on = starts, ends
    plan.price, plan.harvest_kg = row.price, row.harvest_kg
    plan.deliveries = len(row.delivery_after_days)
    plan.delivery_months = [
        (starts + timedelta(days=days)).month for days in row.delivery_after_days
    ]
    plan.includes_vi, plan.includes_en = terms.includes_vi, terms.includes_en
    plan.renewal_opens_on = ends - timedelta(days=terms.renewal_days)
    plan.renewal_closes_on = ends


def _upsert_tree(
    row: dataset.Tree,
    orchards: dict[str, Orchard],
    trait: dataset.Trait,
    seed: int,
    summary: Summary,
) -> None:
    tree = db.session.scalar(sa.select(Tree).where(Tree.code == row.code))
    if tree is None:
        tree = Tree(code=row.code)
        db.session.add(tree)
    tree.orchard = orchards[row.orchard]
    tree.variety, tree.status = MangoVariety(row.variety), TreeStatus(row.status)
    tree.planted_year = row.planted
    height, kilos = row.height_m, row.kilos
    metres_vi = f"{height:.1f}".replace(".", ",")
    tree.profile_vi = f"Cao khoảng {metres_vi} m, mùa trước cho {kilos} kg trái. {trait.vi}."
    tree.profile_en = f"About {height:.1f} m tall; {kilos} kg of fruit last season. {trait.en}."

    def draw(again: int) -> Image.Image:
        return orchard_art.render_tree(
            code=row.code, variety=row.variety, seed=again, size=_image_size()
        )

    if tree.photo is None:
        tree.photo = store_image(draw(seed))
        summary.images += 1
    _add_extra_photos(tree, row.extra_photos, lambda n: draw(seed + 100 * (n + 1)), summary)


def _upsert_tour(
    row: dataset.Tour, producers: dict, orchards: dict[str, Orchard], seed: int, summary: Summary
) -> Tour:
    tour = db.session.scalar(sa.select(Tour).where(Tour.slug == row.slug))
    if tour is None:
        tour = Tour(slug=row.slug)
        db.session.add(tour)
    for field in TOUR_FIELDS:
        setattr(tour, field, getattr(row, field))
    tour.producer = producers[row.producer]
    tour.orchard = orchards[row.orchard] if row.orchard else None
    tour.published = True
    size = _image_size()

    def draw(again: int) -> Image.Image:
        return tour_art.render_tour(
            title=row.title_vi, kind=row.kind, seed=again, width=size * 4 // 3, height=size
        )

    if tour.cover is None:
        tour.cover = store_image(draw(seed))
        summary.images += 1
    _add_extra_photos(tour, EXTRA_PHOTOS, lambda n: draw(seed + 10 * (n + 1)), summary)
    db.session.flush()
    return tour


def _add_extra_photos(
    owner: photos.PhotoOwner, wanted: int, draw: Callable[[int], Image.Image], summary: Summary
) -> None:
    """Draw only the photos the owner is missing, so a second run adds none."""
    for n in range(len(owner.photos), wanted):
        photos.append_photo(owner, store_image(draw(n)))
        summary.images += 1


def _upsert_departures(
    tour: Tour, row: dataset.Tour, plan: dataset.Departures, today: date
) -> None:
    """Departures on the tour's weekdays in the coming weeks, empty when new (the demo's
    bookings fill them: seed_departures); an existing one keeps the seats its bookings hold."""
    existing = {d.starts_at: d for d in tour.departures}
    days = (today + timedelta(days=n) for n in range(1, plan.days + 1))
    dates = [day for day in days if day.weekday() in row.weekdays]
    for day in dates:
        local = datetime.combine(day, plan.local_time, tzinfo=VIETNAM)
        starts_at = local.astimezone(UTC)
        departure = existing.get(starts_at)
        if departure is None:
            departure = Departure(starts_at=starts_at, seats_taken=0)
            tour.departures.append(departure)
        departure.capacity = max(row.capacity, departure.seats_taken)
