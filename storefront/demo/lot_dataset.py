"""The demo's traceability data (storefront/demo/data/lots.toml) read into typed records:
the producers' documents and the lots with their inputs, events, serials and recalls."""

from __future__ import annotations

from dataclasses import field
from functools import cache
from pathlib import Path

from storefront.demo.dataset import DATA, read_toml, record


@record
class TraceDocument:
    key: str
    producer: str  # a producer slug of producers.toml
    kind: str  # a catalog.lot_models.DocumentKind value
    number: str
    issuer: str
    issued_days_ago: int
    valid_days: int
    picture: str  # "certificate" or "lab_report": what the demo draws as the scan


@record
class LotInput:
    description: str
    source_name: str = ""
    source_code: str = ""
    quantity: str = ""
    lot: str = ""  # the code of another lot of lots.toml, when the input is ours


@record
class LotEvent:
    kind: str  # an EventKind value
    days_ago: int
    hour: int  # local time of day
    actor: str
    role: str  # an ActorRole value
    ward: int
    place: str
    note: str
    document: str = ""  # a document key
    corrects: int | None = None  # the index of the lot's event this one corrects


@record
class Lot:
    sku: str
    code: str
    quantity: int
    sold: int
    produced_days_ago: int
    packed_days_ago: int
    best_before_days: int  # from the packing day
    growing_area_name: str
    growing_area_code: str
    facility_name: str
    facility_ward: int
    documents: list[str] = field(default_factory=list)
    inputs: list[LotInput] = field(default_factory=list)
    events: list[LotEvent] = field(default_factory=list)
    serials: int = 0
    scans: list[int] = field(default_factory=list)  # times the first serials were checked
    recall: str = ""


@record
class Traceability:
    documents: list[TraceDocument]
    lots: list[Lot]


@cache
def load(folder: Path = DATA) -> Traceability:
    data = read_toml(folder / "lots.toml")
    return Traceability(
        documents=[TraceDocument(**row) for row in data["documents"]],
        lots=[_lot(row) for row in data["lots"]],
    )


def _lot(row: dict) -> Lot:
    inputs = [LotInput(**item) for item in row.pop("inputs", [])]
    events = [LotEvent(**item) for item in row.pop("events", [])]
    return Lot(**row, inputs=inputs, events=events)
