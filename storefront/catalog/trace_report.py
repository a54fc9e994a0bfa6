"""The OCOP office's traceability report: how far each producer's products can be traced.

One grouped query per figure family, whatever the number of producers: published products,
those with at least one lot, with a GTIN, lots and events recorded in the year, documents
expired or running out, lots with serials, lots recalled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from storefront.catalog.lot_models import Lot, LotEvent, LotSerial, ProducerDocument
from storefront.catalog.models import Product, ProductStatus, Variant
from storefront.extensions import db
from storefront.producers.models import Producer, ProducerStatus
from storefront.timeutil import VIETNAM

EXPIRING_DAYS = 60  # a document running out within this many days is flagged


@dataclass
class ProducerRow:
    producer_id: int
    name: str
    ward_code: int
    products: int = 0  # published
    traced: int = 0  # published products with at least one lot
    with_gtin: int = 0  # published products with a GTIN on some package
    lots: int = 0  # recorded in the year
    events: int = 0  # recorded in the year
    documents_expired: int = 0
    documents_expiring: int = 0
    serialised_lots: int = 0
    recalls: int = 0  # lots recalled in the year

    @property
    def coverage(self) -> int:
        """Per cent of published products with a lot (0 without products)."""
        return round(100 * self.traced / self.products) if self.products else 0


@dataclass
class TraceReport:
    year: int
    today: date
    rows: list[ProducerRow] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(row, name) for row in self.rows)

    @property
    def coverage(self) -> int:
        products = self.total("products")
        return round(100 * self.total("traced") / products) if products else 0


def _year_bounds(year: int) -> tuple[datetime, datetime]:
    start = datetime.combine(date(year, 1, 1), time(), VIETNAM)
    return start, datetime.combine(date(year + 1, 1, 1), time(), VIETNAM)


def trace_report(year: int, today: date) -> TraceReport:
    """Every approved producer with its figures, by name."""
    producers = db.session.execute(
        sa.select(Producer.id, Producer.name, Producer.ward_code)
        .where(Producer.status == ProducerStatus.APPROVED)
        .order_by(Producer.name)
    )
    rows = {pid: ProducerRow(pid, name, ward) for pid, name, ward in producers}
    start, end = _year_bounds(year)
    for name, query in _figures(start, end, today).items():
        for producer_id, count in db.session.execute(query):
            if producer_id in rows:
                setattr(rows[producer_id], name, count)
    return TraceReport(year, today, list(rows.values()))


def _figures(start: datetime, end: datetime, today: date) -> dict[str, sa.Select]:
    published = Product.status == ProductStatus.PUBLISHED
    count_products = sa.func.count(sa.distinct(Product.id))
    by_lot = sa.select(Product.producer_id, sa.func.count(sa.distinct(Lot.id))).join(
        Lot, Lot.product_id == Product.id
    )
    documents = sa.select(ProducerDocument.producer_id, sa.func.count(ProducerDocument.id))
    return {
        "products": sa.select(Product.producer_id, count_products)
        .where(published)
        .group_by(Product.producer_id),
        "traced": sa.select(Product.producer_id, count_products)
        .join(Lot, Lot.product_id == Product.id)
        .where(published)
        .group_by(Product.producer_id),
        "with_gtin": sa.select(Product.producer_id, count_products)
        .join(Variant, Variant.product_id == Product.id)
        .where(published, Variant.gtin.is_not(None))
        .group_by(Product.producer_id),
        "lots": by_lot.where(Lot.created_at >= start, Lot.created_at < end).group_by(
            Product.producer_id
        ),
        "events": sa.select(Product.producer_id, sa.func.count(LotEvent.id))
        .join(Lot, Lot.product_id == Product.id)
        .join(LotEvent, LotEvent.lot_id == Lot.id)
        .where(LotEvent.recorded_at >= start, LotEvent.recorded_at < end)
        .group_by(Product.producer_id),
        "documents_expired": documents.where(ProducerDocument.valid_until < today).group_by(
            ProducerDocument.producer_id
        ),
        "documents_expiring": documents.where(
            ProducerDocument.valid_until >= today,
            ProducerDocument.valid_until <= today + timedelta(days=EXPIRING_DAYS),
        ).group_by(ProducerDocument.producer_id),
        "serialised_lots": by_lot.join(LotSerial, LotSerial.lot_id == Lot.id).group_by(
            Product.producer_id
        ),
        "recalls": by_lot.where(Lot.recalled_at >= start, Lot.recalled_at < end).group_by(
            Product.producer_id
        ),
    }
