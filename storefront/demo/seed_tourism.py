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
from storefront.demo import experience_data, landscapes, tourism_data
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
    today = today_local()
    tours = (*tourism_data.TOURS, *experience_data.TOURS)
    slugs = {row["producer"] for row in (*tourism_data.ORCHARDS, *tours)}
    producers = {
        p.slug: p for p in db.session.scalars(sa.select(Producer).where(Producer.slug.in_(slugs)))
    }
    orchards = {}
    for number, row in enumerate(tourism_data.ORCHARDS, 1):
        progress(f"[orchard {number}/{len(tourism_data.ORCHARDS)}] {row['name']}")
        orchard = _upsert_orchard(row, producers[row["producer"]], number, summary)
        _upsert_plan(orchard, row["plan"], today)
        orchards[row["slug"]] = orchard
    for number, row in enumerate(tourism_data.TREES, 1):
        progress(f"[tree {number}/{len(tourism_data.TREES)}] {row[1]}")
        _upsert_tree(row, orchards, number, summary)
    for number, row in enumerate(tours, 1):
        progress(f"[tour {number}/{len(tours)}] {row['title_vi']}")
        tour = _upsert_tour(row, producers, orchards, number, summary)
        _upsert_departures(tour, row, today)
    _link_experiences()
    db.session.flush()


def _link_experiences() -> None:
    """Each community-tourism product of the demo is booked on its tour, never shipped."""
    tour_ids = dict(
        db.session.execute(
            sa.select(Tour.slug, Tour.id).where(
                Tour.slug.in_(experience_data.PRODUCT_TOURS.values())
            )
        ).all()
    )
    products = db.session.scalars(
        sa.select(Product).where(Product.slug.in_(experience_data.PRODUCT_TOURS))
    )
    for product in products:
        product.tour_id = tour_ids[experience_data.PRODUCT_TOURS[product.slug]]


def _image_size() -> int:
    return current_app.config["DEMO_IMAGE_SIZE"]


def _upsert_orchard(row: dict, producer: Producer, seed: int, summary: Summary) -> Orchard:
    orchard = db.session.scalar(sa.select(Orchard).where(Orchard.slug == row["slug"]))
    if orchard is None:
        orchard = Orchard(slug=row["slug"])
        db.session.add(orchard)
    for field in ORCHARD_FIELDS:
        setattr(orchard, field, row[field])
    orchard.producer = producer
    if orchard.cover is None:
        width = _image_size() * 3 // 2
        picture = landscapes.render_orchard(
            name=row["name"], seed=seed, width=width, height=width * 9 // 16, variety=row["variety"]
        )
        orchard.cover = store_image(picture)
        summary.images += 1
    _add_extra_photos(orchard, EXTRA_PHOTOS, lambda n: _orchard_scene(row, seed, n), summary)
    db.session.flush()
    return orchard


def _orchard_scene(row: dict, seed: int, n: int) -> Image.Image:
    """The orchard's extra photo n: visitors among its trees, then its rows under another sky."""
    size, again = _image_size(), seed + 10 * (n + 1)
    if n == 0:
        return landscapes.render_tour(
            title=row["name"], kind="orchard", seed=again, width=size * 4 // 3, height=size
        )
    return landscapes.render_orchard(
        name=row["name"], seed=again, width=size * 4 // 3, height=size, variety=row["variety"]
    )


def _upsert_plan(orchard: Orchard, row: dict, today: date) -> None:
    """This season's plan, on sale now: its dates follow the day the seed runs."""
    starts = today - timedelta(days=tourism_data.PLAN_STARTED_DAYS_AGO)
    ends = starts + timedelta(days=tourism_data.PLAN_LASTS_DAYS)
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
    plan.price, plan.harvest_kg = row["price"], row["harvest_kg"]
    plan.deliveries = len(row["delivery_after_days"])
    plan.delivery_months = [
        (starts + timedelta(days=days)).month for days in row["delivery_after_days"]
    ]
    plan.includes_vi, plan.includes_en = (
        tourism_data.PLAN_INCLUDES_VI,
        tourism_data.PLAN_INCLUDES_EN,
    )
    plan.renewal_opens_on = ends - timedelta(days=tourism_data.RENEWAL_DAYS)
    plan.renewal_closes_on = ends


def _upsert_tree(row: tuple, orchards: dict[str, Orchard], seed: int, summary: Summary) -> None:
    orchard_slug, code, variety, planted, height, kilos, trait, status = row
    tree = db.session.scalar(sa.select(Tree).where(Tree.code == code))
    if tree is None:
        tree = Tree(code=code)
        db.session.add(tree)
    tree.orchard = orchards[orchard_slug]
    tree.variety, tree.status = MangoVariety(variety), TreeStatus(status)
    tree.planted_year = planted
    trait_vi, trait_en = tourism_data.TRAITS[trait]
    metres_vi = f"{height:.1f}".replace(".", ",")
    tree.profile_vi = f"Cao khoảng {metres_vi} m, mùa trước cho {kilos} kg trái. {trait_vi}."
    tree.profile_en = f"About {height:.1f} m tall; {kilos} kg of fruit last season. {trait_en}."
    if tree.photo is None:
        picture = landscapes.render_tree(code=code, variety=variety, seed=seed, size=_image_size())
        tree.photo = store_image(picture)
        summary.images += 1
    _add_extra_photos(
        tree,
        tourism_data.EXTRA_TREE_PHOTOS.get(code, 0),
        lambda n: landscapes.render_tree(
            code=code, variety=variety, seed=seed + 100 * (n + 1), size=_image_size()
        ),
        summary,
    )


def _upsert_tour(
    row: dict, producers: dict, orchards: dict[str, Orchard], seed: int, summary: Summary
) -> Tour:
    tour = db.session.scalar(sa.select(Tour).where(Tour.slug == row["slug"]))
    if tour is None:
        tour = Tour(slug=row["slug"])
        db.session.add(tour)
    for field in TOUR_FIELDS:
        setattr(tour, field, row[field])
    tour.producer = producers[row["producer"]]
    tour.orchard = orchards[row["orchard"]] if row["orchard"] else None
    tour.published = True
    if tour.cover is None:
        size = _image_size()
        picture = landscapes.render_tour(
            title=row["title_vi"], kind=row["kind"], seed=seed, width=size * 4 // 3, height=size
        )
        tour.cover = store_image(picture)
        summary.images += 1
    size = _image_size()
    _add_extra_photos(
        tour,
        EXTRA_PHOTOS,
        lambda n: landscapes.render_tour(
            title=row["title_vi"],
            kind=row["kind"],
            seed=seed + 10 * (n + 1),
            width=size * 4 // 3,
            height=size,
        ),
        summary,
    )
    db.session.flush()
    return tour


def _add_extra_photos(
    owner: photos.PhotoOwner, wanted: int, draw: Callable[[int], Image.Image], summary: Summary
) -> None:
    """Draw only the photos the owner is missing, so a second run adds none."""
    for n in range(len(owner.photos), wanted):
        photos.append_photo(owner, store_image(draw(n)))
        summary.images += 1


def _upsert_departures(tour: Tour, row: dict, today: date) -> None:
    """Departures on the tour's weekdays in the coming weeks, empty when new (the demo's
    bookings fill them: seed_departures); an existing one keeps the seats its bookings hold."""
    existing = {d.starts_at: d for d in tour.departures}
    days = (today + timedelta(days=n) for n in range(1, tourism_data.DEPARTURE_DAYS + 1))
    dates = [day for day in days if day.weekday() in row["weekdays"]]
    for day in dates:
        local = datetime.combine(day, tourism_data.DEPARTURE_TIME, tzinfo=VIETNAM)
        starts_at = local.astimezone(UTC)
        departure = existing.get(starts_at)
        if departure is None:
            departure = Departure(starts_at=starts_at, seats_taken=0)
            tour.departures.append(departure)
        departure.capacity = max(row["capacity"], departure.seats_taken)
