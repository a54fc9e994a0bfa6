"""Reading a lot's public trace: the lot named by (product, code) only, with everything its
page, JSON-LD, linkset and EPCIS export show, in a fixed number of queries.

A lot is public when its product is published and its producer approved. The lookup is by
the exact (product, code) pair that the unique constraint indexes: a guessed code finds that
lot or nothing, never a neighbour, and a hidden lot answers like a missing one.
"""

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import aliased, joinedload, selectinload

from storefront.catalog.digital_link import LotLink
from storefront.catalog.lot_models import EventKind, Lot, LotEvent, LotInput, ProducerDocument
from storefront.catalog.models import Product, ProductImage, ProductStatus, Variant
from storefront.catalog.services import visible_products
from storefront.extensions import db
from storefront.producers.models import Producer, ProducerStatus

# "One step forward": where the lot went.
FORWARD_KINDS = (EventKind.SHIPPED, EventKind.RECEIVED_BY_SHOP)


@dataclass
class Trace:
    """A public lot and what its page tells, ready for the template and the exports."""

    lot: Lot
    used_in: list[Lot] = field(default_factory=list)  # our lots that took this one as input

    @property
    def product(self) -> Product:
        return self.lot.product

    @property
    def events(self) -> list[LotEvent]:
        return self.lot.events

    @property
    def corrections(self) -> dict[int, list[LotEvent]]:
        """The events that correct each corrected event, by the corrected event's id."""
        found: dict[int, list[LotEvent]] = {}
        for item in self.lot.events:
            if item.corrects_id is not None:
                found.setdefault(item.corrects_id, []).append(item)
        return found

    @property
    def by_id(self) -> dict[int, LotEvent]:
        """The lot's events by id: what a correction corrects, without another query."""
        return {item.id: item for item in self.lot.events}

    @property
    def forward(self) -> list[LotEvent]:
        return [item for item in self.lot.events if item.kind in FORWARD_KINDS]


def is_public(lot: Lot | None) -> bool:
    """Whether a lot's trace page may be shown: its product published, its producer approved."""
    return bool(
        lot
        and lot.product.status == ProductStatus.PUBLISHED
        and lot.product.producer.status == ProducerStatus.APPROVED
    )


def _lot_options():
    input_lot = joinedload(LotInput.input_lot)
    return (
        joinedload(Lot.product).joinedload(Product.producer).joinedload(Producer.logo),
        joinedload(Lot.variant),
        selectinload(Lot.product, Product.images).joinedload(ProductImage.asset),
        selectinload(Lot.product, Product.certificates),
        selectinload(Lot.documents).joinedload(ProducerDocument.file),
        selectinload(Lot.inputs).options(
            input_lot.joinedload(Lot.product).joinedload(Product.producer),
            input_lot.joinedload(Lot.variant),
        ),
        selectinload(Lot.events).joinedload(LotEvent.document).joinedload(ProducerDocument.file),
    )


def _candidates(gtin_14: str) -> list[str]:
    """The ways a variant's GTIN may be stored for this GTIN-14 (GTIN-8/12/13 or 14)."""
    forms = [gtin_14]
    for length in (13, 12, 8):
        if gtin_14[: 14 - length] == "0" * (14 - length):
            forms.append(gtin_14[14 - length :])
    return forms


def _used_in(lot: Lot) -> list[Lot]:
    """Public lots that list this one among their inputs: one step forward."""
    query = (
        visible_products()
        .with_only_columns(Lot)
        .join(Lot, Lot.product_id == Product.id)
        .join(LotInput, LotInput.lot_id == Lot.id)
        .where(LotInput.input_lot_id == lot.id)
        .options(joinedload(Lot.product), joinedload(Lot.variant))
        .order_by(Lot.produced_on, Lot.id)
    )
    return list(db.session.scalars(query).unique())


def find_trace(link: LotLink) -> Trace | None:
    """The public lot a parsed path names, or None (unknown, unpublished, or not this
    product's / this GTIN's lot). Visibility is part of the one query, so a hidden lot costs
    the same as a missing one: neither its existence nor its timing shows."""
    product, producer = aliased(Product), aliased(Producer)
    query = (
        sa.select(Lot)
        .join(product, Lot.product_id == product.id)
        .join(producer, product.producer_id == producer.id)
        .where(
            Lot.code == link.lot_code,
            product.status == ProductStatus.PUBLISHED,
            producer.status == ProducerStatus.APPROVED,
        )
    )
    if link.gtin is not None:
        variant = aliased(Variant)
        query = query.join(variant, Lot.variant_id == variant.id).where(
            variant.gtin.in_(_candidates(link.gtin))
        )
    else:
        query = query.where(product.slug == link.slug)
    lot = db.session.scalars(query.options(*_lot_options())).unique().one_or_none()
    if lot is None:
        return None
    return Trace(lot, _used_in(lot))


def find_product_slug(gtin_14: str) -> str | None:
    """The public product whose variant carries this GTIN (`/01/{GTIN}` alone)."""
    return db.session.scalar(
        visible_products()
        .with_only_columns(Product.slug)
        .join(Variant, Variant.product_id == Product.id)
        .where(Variant.gtin.in_(_candidates(gtin_14)))
    )
