"""Reading lots and producer documents: a producer's lots with filters, one lot with its
story, the documents and whether each is valid on a day."""

import enum
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from storefront.catalog.lot_models import Lot, LotEvent, LotInput, ProducerDocument
from storefront.catalog.models import Product, ProductStatus, Variant
from storefront.extensions import db
from storefront.producers.models import Producer

EXPIRING_DAYS = 30  # "expiring soon": renew it within a month


class LotFilter(enum.StrEnum):
    IN_STOCK = "in_stock"
    SOLD_OUT = "sold_out"
    RECALLED = "recalled"


class DocumentState(enum.StrEnum):
    NOT_YET = "not_yet"
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"


def producer_lots(
    producer: Producer, *, product_id: int | None = None, state: str | None = None
) -> list[Lot]:
    """The producer's lots, newest production first, with their product and variant."""
    query = (
        sa.select(Lot)
        .join(Product, Product.id == Lot.product_id)
        .where(Product.producer_id == producer.id)
        .options(joinedload(Lot.product), joinedload(Lot.variant))
        .order_by(Lot.produced_on.desc(), Lot.id.desc())
    )
    if product_id:
        query = query.where(Lot.product_id == product_id)
    if state == LotFilter.RECALLED:
        query = query.where(Lot.recalled_at.is_not(None))
    elif state == LotFilter.IN_STOCK:
        query = query.where(Lot.recalled_at.is_(None), Lot.stock > 0)
    elif state == LotFilter.SOLD_OUT:
        query = query.where(Lot.recalled_at.is_(None), Lot.stock == 0)
    return list(db.session.scalars(query))


def lot_story(lot_id: int) -> Lot | None:
    """One lot with its events (their documents and what they correct), inputs and
    documents loaded, in a fixed number of queries."""
    return db.session.scalar(
        sa.select(Lot)
        .where(Lot.id == lot_id)
        .options(
            joinedload(Lot.product),
            joinedload(Lot.variant),
            selectinload(Lot.events).joinedload(LotEvent.document),
            selectinload(Lot.inputs).joinedload(LotInput.input_lot).joinedload(Lot.product),
            selectinload(Lot.documents),
        )
    )


def corrected_ids(lot: Lot) -> set[int]:
    """The events of the lot a later event corrects."""
    return {event.corrects_id for event in lot.events if event.corrects_id}


def producer_variants(producer: Producer) -> list[Variant]:
    """The package sizes a producer can record lots of (products not archived)."""
    return list(
        db.session.scalars(
            sa.select(Variant)
            .join(Variant.product)
            .where(Product.producer_id == producer.id, Product.status != ProductStatus.ARCHIVED)
            .options(joinedload(Variant.product))
            .order_by(Product.name_vi, Variant.position)
        )
    )


def producer_documents(producer: Producer) -> list[ProducerDocument]:
    """The producer's documents, those ending soonest first, undated ones last."""
    return list(
        db.session.scalars(
            sa.select(ProducerDocument)
            .where(ProducerDocument.producer_id == producer.id)
            .options(joinedload(ProducerDocument.file))
            .order_by(
                ProducerDocument.valid_until.is_(None),
                ProducerDocument.valid_until,
                ProducerDocument.id.desc(),
            )
        )
    )


def document_state(document: ProducerDocument, today: date) -> DocumentState:
    """Valid, expiring within EXPIRING_DAYS, expired, or not valid yet on `today`."""
    if document.valid_from is not None and document.valid_from > today:
        return DocumentState.NOT_YET
    if document.valid_until is None:
        return DocumentState.VALID
    if document.valid_until < today:
        return DocumentState.EXPIRED
    if document.valid_until <= today + timedelta(days=EXPIRING_DAYS):
        return DocumentState.EXPIRING
    return DocumentState.VALID
