"""The demo's traceability: producer documents with drawn scans, lots of some packages with
their inputs and timelines, printed serials with a few scans, and one recalled lot.

Only what is missing is created (a lot is known by its product and code, a document by its
producer and number), so `flask seed-demo` can run again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

import sqlalchemy as sa

from storefront.catalog.lot_models import (
    ActorRole,
    DocumentKind,
    EventKind,
    Lot,
    LotEvent,
    LotInput,
    LotSerial,
    ProducerDocument,
)
from storefront.catalog.models import Variant
from storefront.catalog.serials import make_serials
from storefront.demo import lot_dataset
from storefront.demo.document_art import document_png
from storefront.extensions import db
from storefront.media.services import store_document
from storefront.orders.recalls import recall_lot
from storefront.producers.models import Producer
from storefront.timeutil import VIETNAM, today_local


def seed_lots(progress: Callable[[str], None]) -> None:
    data = lot_dataset.load()
    documents = {}
    for row in data.documents:
        documents[row.key] = _document(row)
    lots: dict[str, Lot] = {}
    for number, row in enumerate(data.lots, 1):
        progress(f"[lot {number}/{len(data.lots)}] {row.code}")
        lots[row.code] = _lot(row, documents, lots)
    db.session.flush()


def _document(row: lot_dataset.TraceDocument) -> ProducerDocument:
    producer = db.session.scalar(sa.select(Producer).where(Producer.slug == row.producer))
    existing = db.session.scalar(
        sa.select(ProducerDocument).where(
            ProducerDocument.producer_id == producer.id, ProducerDocument.number == row.number
        )
    )
    if existing is not None:
        return existing
    issued = today_local() - timedelta(days=row.issued_days_ago)
    until = issued + timedelta(days=row.valid_days)
    scan = document_png(row.picture, row.kind, row.number, row.issuer, producer.name, issued, until)
    document = ProducerDocument(
        producer=producer,
        kind=DocumentKind(row.kind),
        number=row.number,
        issuer=row.issuer,
        valid_from=issued,
        valid_until=until,
        file=store_document(scan, f"{row.number}.png"),
    )
    db.session.add(document)
    return document


def _lot(row: lot_dataset.Lot, documents: dict, lots: dict[str, Lot]) -> Lot:
    variant = db.session.scalar(sa.select(Variant).where(Variant.sku == row.sku))
    existing = db.session.scalar(
        sa.select(Lot).where(Lot.product_id == variant.product_id, Lot.code == row.code)
    )
    if existing is not None:
        return existing
    today = today_local()
    packed = today - timedelta(days=row.packed_days_ago)
    lot = Lot(
        product=variant.product,
        variant=variant,
        code=row.code,
        quantity=row.quantity,
        stock=row.quantity - row.sold,
        produced_on=today - timedelta(days=row.produced_days_ago),
        packed_on=packed,
        best_before=packed + timedelta(days=row.best_before_days),
        growing_area_name=row.growing_area_name,
        growing_area_code=row.growing_area_code,
        facility_name=row.facility_name,
        facility_ward_code=row.facility_ward,
        documents=[documents[key] for key in row.documents],
        inputs=[_input(item, lots) for item in row.inputs],
    )
    db.session.add(lot)
    _events(lot, row.events, documents)
    _count_stock_from_lots(variant, lot)
    _serials(lot, row.serials, row.scans)
    if row.recall:
        _recall(lot, row.recall)
    return lot


def _input(item: lot_dataset.LotInput, lots: dict[str, Lot]) -> LotInput:
    return LotInput(
        description=item.description,
        source_name=item.source_name,
        source_code=item.source_code,
        quantity=item.quantity,
        input_lot=lots.get(item.lot) if item.lot else None,
    )


def _events(lot: Lot, rows: list[lot_dataset.LotEvent], documents: dict) -> None:
    written: list[LotEvent] = []
    for row in rows:
        day = today_local() - timedelta(days=row.days_ago)
        event = LotEvent(
            lot=lot,
            kind=EventKind(row.kind),
            occurred_at=datetime.combine(day, time(row.hour), VIETNAM),
            actor_name=row.actor,
            actor_role=ActorRole(row.role),
            actor_ward_code=row.ward,
            place=row.place,
            note=row.note,
            document=documents[row.document] if row.document else None,
            corrects=written[row.corrects] if row.corrects is not None else None,
        )
        db.session.add(event)
        written.append(event)
    db.session.flush()


def _count_stock_from_lots(variant: Variant, lot: Lot) -> None:
    """The package's stock is its lots' from now on (the first demo lot replaces the units the
    catalogue file gave it)."""
    if not variant.lot_tracked:
        variant.lot_tracked, variant.stock = True, 0
    variant.stock += lot.stock


def _serials(lot: Lot, count: int, scans: list[int]) -> None:
    """`count` printed codes; the first ones checked `scans` times, the first time days ago."""
    if not count:
        return
    make_serials(lot, count)
    printed = db.session.scalars(
        sa.select(LotSerial).where(LotSerial.lot_id == lot.id).order_by(LotSerial.id)
    )
    now = datetime.now(VIETNAM)
    for serial, times in zip(printed, scans, strict=False):
        serial.scan_count = times
        serial.first_scanned_at = now - timedelta(days=2 * times)
        serial.last_scanned_at = now - timedelta(hours=times)


def _recall(lot: Lot, reason: str) -> None:
    db.session.flush()
    recall_lot(lot, reason, None)
