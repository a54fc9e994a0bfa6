"""A lot's timeline as an EPCIS 2.0 JSON-LD document, for the national traceability portal.

Each event names the lot at class level (`quantityList` with the lot's Digital Link as
`epcClass`), its time in Vietnam (`eventTimeZoneOffset` +07:00), a CBV business step and
disposition, and our own URIs for places (`readPoint`, `bizLocation`). Harvesting and packing
bring the lot into being (ObjectEvent ADD, with the lot's dates as ILMD); processing with input
lots is a TransformationEvent; the rest are observations. An event that a later one corrects
is exported with an `errorDeclaration` naming the corrective events, as EPCIS 2.0 asks (the
corrections themselves follow as ordinary events).
"""

import uuid
from datetime import UTC, datetime
from typing import Any

from storefront import places
from storefront.catalog.lot_models import EventKind, Lot, LotEvent
from storefront.catalog.trace import Trace
from storefront.catalog.trace_ld import lot_uri
from storefront.links import site_url
from storefront.timeutil import VIETNAM

EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"
OFFSET = "+07:00"  # Vietnam keeps no summer time
# CBV 2.0 business steps and dispositions (harvest has no CBV step of its own: the lot's
# class-level identifier comes into being, which CBV calls commissioning).
STEPS = {
    EventKind.HARVESTED: ("commissioning", "active"),
    EventKind.RECEIVED: ("receiving", "in_progress"),
    EventKind.PROCESSED: ("commissioning", "active"),
    EventKind.PACKED: ("packing", "active"),
    EventKind.INSPECTED: ("inspecting", None),
    EventKind.SHIPPED: ("shipping", "in_transit"),
    EventKind.RECEIVED_BY_SHOP: ("receiving", "sellable_accessible"),
}
CREATING = {EventKind.HARVESTED, EventKind.PACKED}


def event_id(item: LotEvent) -> str:
    """A stable URI for an event that does not reveal how many events the site holds."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, site_url(f"/lot-events/{item.id}")))


def _time(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM).isoformat(timespec="seconds")


def _place(ward_code: int | None) -> str:
    """Our own URI for a place: the ward (commune) it is in; the spot's name rides along."""
    path = f"/places/{ward_code}" if ward_code else "/places/unknown"
    return site_url(path)


def _class(lot: Lot) -> list[dict[str, Any]]:
    return [{"epcClass": lot_uri(lot), "quantity": lot.quantity}]


def _ilmd(lot: Lot) -> dict[str, Any]:
    ilmd = {"cbvmda:lotNumber": lot.code, "cbvmda:bestBeforeDate": None}
    if lot.best_before:
        ilmd["cbvmda:bestBeforeDate"] = lot.best_before.isoformat()
    return {key: value for key, value in ilmd.items() if value}


def _what(item: LotEvent, lot: Lot) -> dict[str, Any]:
    """The event's type and its "what": the lot, and its inputs for a transformation."""
    inputs = [row.input_lot for row in lot.inputs if row.input_lot is not None]
    if item.kind == EventKind.PROCESSED and inputs:
        return {
            "type": "TransformationEvent",
            "inputQuantityList": [{"epcClass": lot_uri(source)} for source in inputs],
            "outputQuantityList": _class(lot),
            "ilmd": _ilmd(lot),
        }
    what: dict[str, Any] = {"type": "ObjectEvent", "quantityList": _class(lot)}
    if item.kind in CREATING or item.kind == EventKind.PROCESSED:
        what.update(action="ADD", ilmd=_ilmd(lot))
    else:
        what["action"] = "OBSERVE"
    return what


def _event(item: LotEvent, lot: Lot, corrections: list[LotEvent]) -> dict[str, Any]:
    step, disposition = STEPS[item.kind]
    where = _place(item.actor_ward_code)
    data: dict[str, Any] = {
        **_what(item, lot),
        "eventID": event_id(item),
        "eventTime": _time(item.occurred_at),
        "eventTimeZoneOffset": OFFSET,
        "recordTime": _time(item.recorded_at),
        "bizStep": step,
        "readPoint": {"id": where},
        "bizLocation": {"id": where},
        "ocop:kind": item.kind.value,
        "ocop:actor": item.actor_name,
        "ocop:actorRole": item.actor_role.value,
        "ocop:commune": places.ward_name(item.actor_ward_code),
        "ocop:place": item.place,
    }
    if disposition:
        data["disposition"] = disposition
    if item.note:
        data["ocop:note"] = item.note
    if item.document is not None and item.document.file is not None:
        data["certificationInfo"] = site_url(f"/media/{item.document.file.filename}")
    if item.corrects_id is not None:
        data["ocop:corrects"] = next(
            (event_id(other) for other in lot.events if other.id == item.corrects_id), None
        )
    if corrections:
        data["errorDeclaration"] = {
            "declarationTime": _time(min(c.recorded_at for c in corrections)),
            "reason": "incorrect_data",
            "correctiveEventIDs": [event_id(c) for c in corrections],
        }
    return {key: value for key, value in data.items() if value not in (None, "")}


def epcis_document(trace: Trace, now: datetime | None = None) -> dict[str, Any]:
    """The lot's events, in time order, as one EPCISDocument."""
    lot = trace.lot
    corrections = trace.corrections
    return {
        "@context": [EPCIS_CONTEXT, {"ocop": site_url("/ns/epcis/")}],
        "type": "EPCISDocument",
        "schemaVersion": "2.0",
        "creationDate": _time(now or datetime.now(UTC)),
        "id": lot_uri(lot) + "/epcis",
        "sender": site_url("/"),
        "epcisBody": {
            "eventList": [_event(item, lot, corrections.get(item.id, [])) for item in trace.events]
        },
    }


def download_name(lot: Lot) -> str:
    """A file name for the export: the product slug and the lot code, safe for any disk."""
    code = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in lot.code)
    return f"epcis-{lot.product.slug}-{code}.jsonld"
