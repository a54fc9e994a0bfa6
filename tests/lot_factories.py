"""Lots, events, documents and serials for tests (traceability, issue 11)."""

from datetime import UTC, date, datetime, timedelta

from storefront.catalog.lot_models import (
    ActorRole,
    DocumentKind,
    EventKind,
    Lot,
    LotEvent,
    LotSerial,
    ProducerDocument,
)
from storefront.extensions import db
from tests import factories


def lot(variant=None, *, code: str | None = None, quantity: int = 20, stock: int | None = None,
        tracked: bool = True, **fields) -> Lot:  # fmt: skip
    """A lot of `variant` (of a new product when None), packed a week ago, best before in 90 days.
    With `tracked` the variant's stock becomes the sum of its lots' stock, as the portal does."""
    variant = variant or factories.product(prices=(60_000,)).variants[0]
    today = date.today()
    values = {
        "produced_on": today - timedelta(days=10),
        "packed_on": today - timedelta(days=7),
        "best_before": today + timedelta(days=90),
        "growing_area_name": "Vườn xoài ông Tư, Mỹ Xương",
        "growing_area_code": "VN-DT-MX-0012",
        "facility_name": "Xưởng đóng gói HTX Mỹ Xương",
    }
    values.update(fields)
    item = Lot(
        product=variant.product,
        variant=variant,
        code=code or f"L{factories.next_number():05d}",
        quantity=quantity,
        stock=quantity if stock is None else stock,
        **values,
    )
    db.session.add(item)
    db.session.flush()
    if tracked:
        variant.lot_tracked = True
        variant.stock = sum(
            row.stock for row in db.session.query(Lot).filter_by(variant_id=variant.id)
        )
        db.session.flush()
    return item


def event(lot_: Lot, kind: str = "harvested", *, days_ago: int = 8, **fields) -> LotEvent:
    values = {
        "actor_name": "Nguyễn Văn Tư",
        "actor_role": ActorRole.FARMER,
        "actor_ward_code": lot_.product.ward_code,
        "place": "Vườn xoài ông Tư",
    }
    values.update(fields)
    item = LotEvent(
        lot=lot_,
        kind=EventKind(kind),
        occurred_at=datetime.now(UTC) - timedelta(days=days_ago),
        **values,
    )
    db.session.add(item)
    db.session.flush()
    return item


def document(producer_, kind: str = "vietgap", *, valid_days: int = 365, **fields):
    values = {"number": f"VG-{factories.next_number()}", "issuer": "Trung tâm chứng nhận"}
    values.update(fields)
    today = date.today()
    item = ProducerDocument(
        producer=producer_,
        kind=DocumentKind(kind),
        valid_from=today - timedelta(days=30),
        valid_until=today + timedelta(days=valid_days),
        **values,
    )
    db.session.add(item)
    db.session.flush()
    return item


def serials(lot_: Lot, count: int = 3) -> list[LotSerial]:
    items = [LotSerial(lot=lot_, serial=f"S{factories.next_number():08d}") for _ in range(count)]
    db.session.add_all(items)
    db.session.flush()
    return items
