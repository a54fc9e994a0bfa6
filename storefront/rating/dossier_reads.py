"""Reading dossiers: the rounds a producer may enter, its dossiers, one dossier with its
checklist, what the producer may link as evidence, and a product's sales for a period.

Every read that takes a producer returns only that producer's things: a dossier's evidence
may link only the brand story, photos, lots, documents and sales of the dossier's producer.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from storefront.catalog.lot_models import Lot, ProducerDocument
from storefront.catalog.models import Category, Product, ProductImage, ProductStatus
from storefront.extensions import db
from storefront.orders.models import Fulfilment, FulfilmentStatus, Order, OrderItem
from storefront.producers.models import Producer
from storefront.rating.evidence import evidence_by_criterion
from storefront.rating.models import (
    Criterion,
    Part,
    RatingRound,
    RoundStatus,
    Scorecard,
)
from storefront.rating.scoring_models import Dossier, DossierEvidence, DossierQuestion
from storefront.timeutil import VIETNAM

SALES_PATH = "/portal/rating/sales"  # a sales link's url: this path with its period


@dataclass(frozen=True)
class Sales:
    """A product's delivered sales in a period: orders, units and revenue (whole VND)."""

    start: date
    end: date
    orders: int
    units: int
    revenue: int


@dataclass(frozen=True)
class ChecklistItem:
    criterion: Criterion
    evidence: list[DossierEvidence]
    questions: list[DossierQuestion]


@dataclass(frozen=True)
class Checklist:
    """A dossier's criteria by part, each with its evidence and questions."""

    parts: list[tuple[Part, list[ChecklistItem]]]

    @property
    def missing(self) -> list[Criterion]:
        return [i.criterion for _p, items in self.parts for i in items if not i.evidence]


def _group_slug_of(product: Product) -> str:
    return product.category.group_slug


def producer_products(producer: Producer) -> list[Product]:
    """The producer's products that could enter a round (not archived), with their group."""
    return list(
        db.session.scalars(
            sa.select(Product)
            .where(Product.producer_id == producer.id, Product.status != ProductStatus.ARCHIVED)
            .options(
                joinedload(Product.category).joinedload(Category.parent),
                selectinload(Product.images),
            )
            .order_by(Product.name_vi, Product.id)
        )
    )


def open_rounds(producer: Producer, today: date) -> list[tuple[RatingRound, list[Product]]]:
    """The rounds taking dossiers today that rate a group of the producer's products, each
    with those products."""
    products = producer_products(producer)
    rounds = db.session.scalars(
        sa.select(RatingRound)
        .where(RatingRound.status == RoundStatus.OPEN, RatingRound.dossier_deadline >= today)
        .options(selectinload(RatingRound.scorecards))
        .order_by(RatingRound.dossier_deadline, RatingRound.id)
    )
    found = []
    for rating_round in rounds:
        groups = set(rating_round.group_slugs)
        fitting = [p for p in products if _group_slug_of(p) in groups]
        if fitting:
            found.append((rating_round, fitting))
    return found


def producer_dossiers(producer: Producer) -> list[Dossier]:
    """The producer's dossiers, newest round first."""
    return list(
        db.session.scalars(
            sa.select(Dossier)
            .where(Dossier.producer_id == producer.id)
            .options(
                joinedload(Dossier.round),
                joinedload(Dossier.product),
                selectinload(Dossier.evidence),
                joinedload(Dossier.scorecard).selectinload(Scorecard.criteria),
            )
            .order_by(Dossier.created_at.desc(), Dossier.id.desc())
        )
    )


def dossier(dossier_id: int) -> Dossier | None:
    """One dossier with its scorecard, evidence and questions loaded."""
    return db.session.scalar(
        sa.select(Dossier)
        .where(Dossier.id == dossier_id)
        .options(
            joinedload(Dossier.round).selectinload(RatingRound.members),
            joinedload(Dossier.product),
            joinedload(Dossier.producer),
            joinedload(Dossier.scorecard).selectinload(Scorecard.criteria),
            selectinload(Dossier.evidence).joinedload(DossierEvidence.document),
            selectinload(Dossier.questions).joinedload(DossierQuestion.asked_by),
        )
    )


def checklist(found: Dossier) -> Checklist:
    """The dossier's criteria by part A, B, C with their evidence and questions."""
    asked: dict[int | None, list[DossierQuestion]] = {}
    for question in found.questions:
        asked.setdefault(question.criterion_id, []).append(question)
    parts: dict[Part, list[ChecklistItem]] = {part: [] for part in Part}
    for criterion, pieces in evidence_by_criterion(found).items():
        item = ChecklistItem(criterion, pieces, asked.get(criterion.id, []))
        parts[criterion.part].append(item)
    return Checklist([(part, items) for part, items in parts.items() if items])


@dataclass(frozen=True)
class Linkable:
    """What the producer may link as evidence: its own products, lots and documents."""

    products: list[Product]
    lots: list[Lot]
    documents: list[ProducerDocument]
    has_story: bool


def linkable(producer: Producer) -> Linkable:
    lots = db.session.scalars(
        sa.select(Lot)
        .join(Product, Product.id == Lot.product_id)
        .where(Product.producer_id == producer.id)
        .options(joinedload(Lot.product), joinedload(Lot.variant))
        .order_by(Lot.produced_on.desc(), Lot.id.desc())
    )
    documents = db.session.scalars(
        sa.select(ProducerDocument)
        .where(ProducerDocument.producer_id == producer.id)
        .order_by(ProducerDocument.kind, ProducerDocument.id)
    )
    story = bool((producer.story_vi or producer.story_en).strip())
    return Linkable(producer_products(producer), list(lots), list(documents), story)


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time(), VIETNAM).astimezone(UTC)


def product_sales(producer_id: int, product_id: int, start: date, end: date) -> Sales:
    """The product's sales by delivered fulfilment, for orders placed from `start` to `end`
    (days in Vietnam, both included)."""
    row = db.session.execute(
        sa.select(
            sa.func.count(sa.distinct(OrderItem.order_id)),
            sa.func.coalesce(sa.func.sum(OrderItem.quantity), 0),
            sa.func.coalesce(sa.func.sum(OrderItem.quantity * OrderItem.unit_price), 0),
        )
        .join(Fulfilment, Fulfilment.id == OrderItem.fulfilment_id)
        .join(Order, Order.id == OrderItem.order_id)
        .where(
            OrderItem.product_id == product_id,
            OrderItem.producer_id == producer_id,
            Fulfilment.status == FulfilmentStatus.DELIVERED,
            Order.created_at >= _utc_start(start),
            Order.created_at < _utc_start(end + timedelta(days=1)),
        )
    ).one()
    return Sales(start, end, int(row[0]), int(row[1]), int(row[2]))


def sales_url(product_id: int, start: date, end: date) -> str:
    """The url a sales link keeps: the product and its period."""
    return f"{SALES_PATH}?product={product_id}&start={start.isoformat()}&end={end.isoformat()}"


def sales_period(url: str) -> tuple[date, date] | None:
    """The period a sales link's url names, or None when it names none."""
    query = parse_qs(urlsplit(url).query)
    try:
        return date.fromisoformat(query["start"][0]), date.fromisoformat(query["end"][0])
    except (KeyError, IndexError, ValueError):
        return None


def linked_lot(piece: DossierEvidence) -> Lot | None:
    """The lot a lot or trace-page link names, if it is still the dossier producer's."""
    if piece.reference_id is None:
        return None
    return db.session.scalar(
        sa.select(Lot)
        .join(Product, Product.id == Lot.product_id)
        .where(Lot.id == piece.reference_id, Product.producer_id == piece.dossier.producer_id)
        .options(joinedload(Lot.product), joinedload(Lot.variant), selectinload(Lot.events))
    )


def linked_document(piece: DossierEvidence) -> ProducerDocument | None:
    if piece.reference_id is None:
        return None
    return db.session.scalar(
        sa.select(ProducerDocument)
        .where(
            ProducerDocument.id == piece.reference_id,
            ProducerDocument.producer_id == piece.dossier.producer_id,
        )
        .options(joinedload(ProducerDocument.file))
    )


def linked_photo(piece: DossierEvidence) -> ProductImage | None:
    """The packaging photo a link names, with its product's photos, if still the producer's."""
    if piece.reference_id is None:
        return None
    return db.session.scalar(
        sa.select(ProductImage)
        .join(Product, Product.id == ProductImage.product_id)
        .where(
            ProductImage.id == piece.reference_id,
            Product.producer_id == piece.dossier.producer_id,
        )
        .options(joinedload(ProductImage.product).selectinload(Product.images))
    )
