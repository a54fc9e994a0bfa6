"""The demo's data files (storefront/demo/data/*.toml) read into typed records.

producers.toml lists the producers in the order they are loaded; products/<slug>.toml holds each
one's products; tourism.toml the orchards, their trees and plans, and the farm tours;
experiences.toml the tours of the community-tourism products; adopters.toml the demo buyers,
their adoptions and bookings. The seed modules read only what `load()` returns.

The files are TOML, read by the standard library's tomllib: long Vietnamese texts wrap without a
quote on every line, comments explain the rows next to them, and loading runs no code. A table
with a key its record lacks, or without one it needs, fails here (TypeError) rather than deep in
the seed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import time
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")

record = dataclass(frozen=True, kw_only=True, slots=True)


@record
class Producer:
    """An OCOP producer of producers.toml."""

    slug: str
    name: str
    kind: str  # a ProducerKind value
    ward_code: int
    address: str
    phone: str
    email: str
    website: str
    founded_year: int
    tagline_vi: str
    tagline_en: str
    story_vi: str
    story_en: str


@record
class Variant:
    """A package size or ticket type of a product, sold by its SKU."""

    label_vi: str
    label_en: str
    sku: str
    price: int
    stock: int
    weight_g: int
    gtin: str = ""


@record
class Product:
    """A product of products/<producer slug>.toml."""

    slug: str
    producer: str  # the slug of the producer whose file lists it
    category: str  # a sub-category slug of storefront.catalog.groups
    name_vi: str
    name_en: str
    short_vi: str
    short_en: str
    description_vi: str
    description_en: str
    stars: int
    certificate_no: str
    certified_days_ago: int
    certifications: list[str]
    ingredients_vi: str
    ingredients_en: str
    shelf_life_vi: str
    shelf_life_en: str
    storage_vi: str
    storage_en: str
    featured: bool
    growing_area_code: str
    variants: list[Variant]


@record
class PlanTerms:
    """What every orchard's adoption plan shares: its dates and what it includes."""

    started_days_ago: int
    lasts_days: int
    renewal_days: int
    includes_vi: str
    includes_en: str


@record
class Plan:
    """An orchard's adoption plan: its price, its harvest and when its boxes go out."""

    price: int
    harvest_kg: int
    delivery_after_days: list[int]


@record
class Tree:
    """A mango tree to adopt, from its orchard's `trees` rows."""

    orchard: str
    code: str
    variety: str  # a MangoVariety value
    planted: int
    height_m: float
    kilos: int  # of fruit last season
    trait: str  # a key of Demo.traits
    status: str  # a TreeStatus value
    extra_photos: int = 0


@record
class Orchard:
    """A mango orchard of tourism.toml."""

    slug: str
    producer: str
    name: str
    ward_code: int
    address: str
    latitude: float
    longitude: float
    growing_area_code: str
    vietgap: bool
    variety: str
    story_vi: str
    story_en: str
    plan: Plan


@record
class Trait:
    """What sets a tree apart, in Vietnamese and English."""

    vi: str
    en: str


@record
class Tour:
    """A tour with its departures: a farm tour of tourism.toml, or an experience's."""

    slug: str
    producer: str
    orchard: str | None = None
    kind: str  # the scene of its pictures (storefront.demo.tour_art)
    title_vi: str
    title_en: str
    description_vi: str
    description_en: str
    duration_minutes: int
    meeting_point_vi: str
    meeting_point_en: str
    includes_vi: str
    includes_en: str
    adult_price: int
    child_price: int
    min_age: int | None = None
    notes_vi: str = ""
    notes_en: str = ""
    cancellation_policy: list[list[int]]
    visits_adopted_trees: bool = False
    weekdays: list[int]
    capacity: int
    seats_taken: list[int] = field(default_factory=list)


@record
class Experience:
    """A community-tourism product's tour: what a tour needs and the product has not."""

    product: str
    kind: str
    duration_minutes: int
    meeting_point_vi: str
    meeting_point_en: str
    adult_price: int
    child_price: int
    cancellation_policy: list[list[int]]
    weekdays: list[int]
    capacity: int


@record
class Departures:
    """When every tour leaves and how far ahead its departures are planned."""

    local_time: time  # in Vietnam, of every departure
    days: int  # how far ahead of the seed departures are planned


@record
class Buyer:
    """A demo account and its harvest address."""

    email: str
    name: str
    phone: str
    province: int
    ward: int
    street: str


@record
class Person:
    """A guest who books without an account."""

    name: str
    phone: str
    email: str = ""


@record
class Gift:
    """The recipient of an adopted tree given as a gift."""

    recipient_name: str
    recipient_email: str
    message: str = ""


@record
class Shipment:
    """A harvest box already handed to the carrier."""

    grams: int
    carrier: str
    tracking: str
    days_ago: int


@record
class Update:
    """A farmer's news of an adopted tree, with photos."""

    days_ago: int
    stage: str  # one of storefront.demo.updates_art.STAGES
    photos: int
    note: str


@record
class Adoption:
    """A demo buyer's paid adoption of a tree."""

    tree: str
    buyer: str
    plate: str
    gift: Gift | None = None
    contact: dict[str, Any] | None = None  # Buyer fields where the harvest goes elsewhere
    shipped: Shipment | None = None
    updates: list[Update]


@record
class Booking:
    """Paid seats on a tour's first departure with room for them."""

    tour: str
    buyer: str | None = None  # a buyer's e-mail, or None for a guest's booking with `contact`
    adults: int
    children: int
    contact: Person | None = None


@record
class Demo:
    """Everything `flask seed-demo` loads."""

    producers: list[Producer]
    products: list[Product]
    plan_terms: PlanTerms
    orchards: list[Orchard]
    trees: list[Tree]
    traits: dict[str, Trait]
    farm_tours: list[Tour]
    experiences: list[Experience]
    tours: list[Tour]  # the farm tours, then the community-tourism products' tours
    departures: Departures
    password: str
    book_from_days: int
    buyers: list[Buyer]
    adoptions: list[Adoption]
    bookings: list[Booking]
    tour_guests: list[Person]

    def buyer(self, email: str) -> Buyer:
        """The demo buyer with this e-mail address."""
        return next(b for b in self.buyers if b.email == email)


@cache
def load(folder: Path = DATA) -> Demo:
    """The whole demo, read once per process."""
    producers = [Producer(**row) for row in read_toml(folder / "producers.toml")["producers"]]
    products = _products(folder / "products", producers)
    tourism, adopters = read_toml(folder / "tourism.toml"), read_toml(folder / "adopters.toml")
    farm_tours = [Tour(**row) for row in tourism["tours"]]
    experiences = [
        Experience(**row) for row in read_toml(folder / "experiences.toml")["experiences"]
    ]
    by_slug = {p.slug: p for p in products}
    return Demo(
        producers=producers,
        products=products,
        plan_terms=PlanTerms(**tourism["plan"]),
        orchards=[_orchard(row) for row in tourism["orchards"]],
        trees=_trees(tourism),
        traits={key: Trait(**row) for key, row in tourism["traits"].items()},
        farm_tours=farm_tours,
        experiences=experiences,
        tours=[*farm_tours, *(_experience_tour(e, by_slug[e.product]) for e in experiences)],
        departures=Departures(**tourism["departures"]),
        password=adopters["password"],
        book_from_days=adopters["book_from_days"],
        buyers=[Buyer(**row) for row in adopters["buyers"]],
        adoptions=[_adoption(row) for row in adopters["adoptions"]],
        bookings=[_booking(row) for row in adopters["bookings"]],
        tour_guests=[Person(**row) for row in adopters["tour_guests"]],
    )


def read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def _products(folder: Path, producers: list[Producer]) -> list[Product]:
    """Each producer's products (products/<slug>.toml), in the producers' order."""
    slugs = [p.slug for p in producers]
    strays = {path.stem for path in folder.glob("*.toml")} - set(slugs)
    if strays:
        raise ValueError(f"products/ files of no producer in producers.toml: {sorted(strays)}")
    products = []
    for slug in slugs:
        path = folder / f"{slug}.toml"
        rows = read_toml(path)["products"] if path.exists() else []
        for row in rows:
            variants = [Variant(**v) for v in row.pop("variants")]
            products.append(Product(**row, producer=slug, variants=variants))
    return products


def _orchard(row: dict) -> Orchard:
    row = {key: value for key, value in row.items() if key != "trees"}
    return Orchard(**row | {"plan": Plan(**row["plan"])})


def _trees(tourism: dict) -> list[Tree]:
    """The trees of every orchard, in order; each row is positional (see tourism.toml)."""
    names = ("code", "variety", "planted", "height_m", "kilos", "trait", "status")
    extra = tourism["extra_tree_photos"]
    return [
        Tree(
            orchard=orchard["slug"],
            **dict(zip(names, row, strict=True)),
            extra_photos=extra.get(row[0], 0),
        )
        for orchard in tourism["orchards"]
        for row in orchard["trees"]
    ]


def _adoption(row: dict) -> Adoption:
    return Adoption(
        **row
        | {
            "gift": Gift(**row["gift"]) if "gift" in row else None,
            "shipped": Shipment(**row["shipped"]) if "shipped" in row else None,
            "updates": [Update(**update) for update in row["updates"]],
        }
    )


def _booking(row: dict) -> Booking:
    return Booking(**row | {"contact": Person(**row["contact"]) if "contact" in row else None})


def _experience_tour(experience: Experience, product: Product) -> Tour:
    """The tour of a community-tourism product, named and told as the product."""
    return Tour(
        slug=product.slug,
        producer=product.producer,
        kind=experience.kind,
        title_vi=product.name_vi,
        title_en=product.name_en,
        description_vi=product.description_vi,
        description_en=product.description_en,
        duration_minutes=experience.duration_minutes,
        meeting_point_vi=experience.meeting_point_vi,
        meeting_point_en=experience.meeting_point_en,
        includes_vi=product.short_vi,
        includes_en=product.short_en,
        adult_price=experience.adult_price,
        child_price=experience.child_price,
        cancellation_policy=experience.cancellation_policy,
        weekdays=experience.weekdays,
        capacity=experience.capacity,
    )
