"""Appending to a lot's timeline: one event (what, when, where, why, who), perhaps with its
test report, perhaps correcting an earlier event of the same lot. Events are never changed
or deleted (lot_models refuses it too)."""

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront import places
from storefront.catalog import documents
from storefront.catalog.errors import LotError, LotNotYours
from storefront.catalog.lot_models import ActorRole, DocumentKind, EventKind, Lot, LotEvent
from storefront.extensions import db
from storefront.producers.models import Producer
from storefront.timeutil import to_local

CLOCK_SKEW = timedelta(minutes=5)  # a phone's clock a little ahead is not "the future"
# Harvests and inputs received come before the production date: by how much at most.
EARLY_KINDS = {EventKind.HARVESTED: 90, EventKind.RECEIVED: 90}
TEXT_FIELDS = ("actor_name", "place", "note")


def record_event(
    producer: Producer,
    lot: Lot,
    values: dict,
    *,
    report: tuple[str, bytes] | None = None,
    recorded_by_id: int | None = None,
) -> LotEvent:
    """Append an event to the lot (flushed). `report`: a test report file, kept as a lab
    report document of the producer and attached to the event."""
    kind = _choice(EventKind, values.get("kind"), "kind")
    role = _choice(ActorRole, values.get("actor_role"), "actor_role")
    occurred_at = _check_moment(lot, kind, values.get("occurred_at"))
    text = {name: (values.get(name) or "").strip() for name in TEXT_FIELDS}
    if not text["actor_name"]:
        raise LotError(_l("Say who did it."), "actor_name")
    ward = values.get("actor_ward_code")
    if ward is not None and not places.is_valid_ward(ward):
        raise LotError(_l("Choose a commune or ward from the list."), "actor_ward_code")
    corrects = _corrected(lot, values.get("corrects_id"))
    document = _document(producer, values.get("document_id"))
    if report is not None:
        document = documents.save_document(
            producer,
            {
                "kind": DocumentKind.LAB_REPORT,
                "number": (values.get("report_number") or "").strip(),
                "issuer": text["actor_name"],
                "valid_from": to_local(occurred_at).date(),
                "valid_until": None,
            },
            report,
            file_field="report_file",
        )
    event = LotEvent(
        lot=lot,
        kind=kind,
        occurred_at=occurred_at,
        actor_role=role,
        actor_ward_code=ward,
        document=document,
        corrects=corrects,
        recorded_by_id=recorded_by_id,
        **text,
    )
    db.session.add(event)
    db.session.flush()
    return event


def _choice(enum, value, field: str):
    try:
        return enum(value)
    except ValueError:
        raise LotError(_l("Choose one of the list."), field) from None


def _check_moment(lot: Lot, kind: EventKind, moment: datetime | None) -> datetime:
    """Not in the future; not before the production date (harvests and receipts may come
    up to EARLY_KINDS days before it)."""
    if moment is None:
        raise LotError(_l("Say when it happened."), "occurred_at")
    moment = moment.astimezone(UTC)
    if moment > datetime.now(UTC) + CLOCK_SKEW:
        raise LotError(_l("An event cannot be in the future."), "occurred_at")
    margin = EARLY_KINDS.get(kind, 0)
    earliest = lot.produced_on - timedelta(days=margin)
    if to_local(moment).date() < earliest:
        message = (
            _l("This is more than %(num)s days before the production date.", num=margin)
            if margin
            else _l("This is before the lot's production date.")
        )
        raise LotError(message, "occurred_at")
    return moment


def _corrected(lot: Lot, event_id: int | None) -> LotEvent | None:
    if not event_id:
        return None
    event = db.session.scalar(
        sa.select(LotEvent).where(LotEvent.id == event_id, LotEvent.lot_id == lot.id)
    )
    if event is None:
        raise LotNotYours(_l("A correction names an earlier event of the same lot."), "corrects_id")
    return event


def _document(producer: Producer, document_id: int | None):
    if not document_id:
        return None
    return documents.own_document(producer, document_id, "document_id")
