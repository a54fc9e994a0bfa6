"""Orchards, trees, plans, tours and departures built directly from the models, flushed only."""

from datetime import date, datetime, timedelta

from storefront.extensions import db
from storefront.farms import photos
from storefront.farms.models import AdoptionPlan, MangoVariety, Orchard, Tree, TreeStatus
from storefront.models_base import utcnow
from storefront.timeutil import today_local
from storefront.tours.models import Departure, Tour
from tests import factories

MY_THO = 30076  # Xã Mỹ Thọ, Đồng Tháp (the Cao Lãnh mango country)


def _save(item):
    db.session.add(item)
    db.session.flush()
    return item


def orchard(producer_=None, **fields) -> Orchard:
    n = factories.next_number()
    values = {
        "slug": f"orchard-{n}",
        "name": f"Vườn xoài {n}",
        "ward_code": MY_THO,
        "address": "Ấp 3",
        "latitude": 10.4921,
        "longitude": 105.6437,
        "story_vi": "Vườn xoài ba đời bên sông Tiền.",
        "story_en": "Three generations of mangoes by the Tiền River.",
        "growing_area_code": f"VN-DTMX-{n:04d}",
        "vietgap": True,
    }
    values.update(fields)
    return _save(Orchard(producer=producer_ or factories.producer(), **values))


def plan(orchard_, *, running: bool = True, **fields) -> AdoptionPlan:
    """A season plan that runs today (or ended last year when `running` is false)."""
    today = today_local()
    starts = today - timedelta(days=30) if running else today - timedelta(days=400)
    values = {
        "season_vi": "Mùa xoài 2026",
        "season_en": "2026 mango season",
        "starts_on": starts,
        "ends_on": starts + timedelta(days=330),
        "price": 5_500_000,
        "harvest_kg": 40,
        "deliveries": 3,
        "delivery_months": [4, 6, 8],
        "includes_vi": "Bảng tên trên cây\nẢnh cây mỗi tháng",
        "includes_en": "A name plate on the tree\nA photo of the tree every month",
    }
    values.update(fields)
    return _save(AdoptionPlan(orchard=orchard_, **values))


def tree(orchard_=None, **fields) -> Tree:
    n = factories.next_number()
    values = {
        "code": f"CC{n:04d}",
        "variety": MangoVariety.CAT_CHU,
        "planted_year": 2012,
        "profile_vi": "Cây sai trái, tán rộng.",
        "profile_en": "A generous tree with a wide crown.",
        "status": TreeStatus.AVAILABLE,
    }
    values.update(fields)
    return _save(Tree(orchard=orchard_ or orchard(), **values))


def offered_tree(**fields) -> Tree:
    """A tree that can be adopted today: approved producer, running plan, available."""
    grove = orchard()
    plan(grove)
    return tree(grove, **fields)


def tour(producer_=None, **fields) -> Tour:
    n = factories.next_number()
    values = {
        "slug": f"tour-{n}",
        "title_vi": f"Một ngày làm nông dân trồng xoài {n}",
        "title_en": f"A day as a mango farmer {n}",
        "description_vi": "Đi thuyền vào vườn, hái xoài và ăn trưa cùng gia đình chủ vườn.",
        "description_en": "Reach the orchard by boat, pick mangoes and have lunch with the family.",
        "duration_minutes": 210,
        "meeting_point_vi": "Bến đò Mỹ Xương",
        "meeting_point_en": "Mỹ Xương ferry landing",
        "includes_vi": "Nước uống\nBữa trưa",
        "includes_en": "Drinks\nLunch",
        "adult_price": 350_000,
        "child_price": 200_000,
        "min_age": 6,
        "notes_en": "Wear a hat and closed shoes.",
        "cancellation_policy": [[7, 100], [2, 50]],
    }
    values.update(fields)
    return _save(Tour(producer=producer_ or factories.producer(), **values))


def departure(tour_, *, starts_at: datetime | None = None, **fields) -> Departure:
    values = {"capacity": 20, "seats_taken": 0}
    values.update(fields)
    when = starts_at or utcnow() + timedelta(days=10)
    return _save(Departure(tour=tour_, starts_at=when, **values))


def days_from_today(days: int) -> date:
    return today_local() + timedelta(days=days)


def extra_photos(owner, count: int) -> list:
    """`count` more photos of an orchard, tree or tour, after the ones it has."""
    added = [photos.append_photo(owner, factories.asset()) for _ in range(count)]
    db.session.flush()
    return added
