"""Traceability: lots (batches) of a variant, their inputs, their append-only event timeline,
the producer's documents (certificates, lab reports, growing-area registrations) and
per-item serials.

A lot's code is unique within its product, so both trace paths name one lot:
`/01/{GTIN}/10/{lot}` (the variant's GTIN) and `/trace/{product slug}/{lot}`.
Events are never edited or deleted: a correction is a new event whose `corrects_id` names
the event it corrects (EPCIS 2.0's "what, when, where, why, who").
"""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from storefront.catalog.models import Product, Variant
from storefront.extensions import Model
from storefront.media.models import Document
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.producers.models import Producer

# GS1 AI (10) batch/lot and AI (21) serial: at most 20 characters of GS1's character set 82.
MAX_LOT_CODE = 20
MAX_SERIAL = 20


class EventKind(enum.StrEnum):
    """What happened to the lot, with the EPCIS 2.0 business step it is exported as."""

    HARVESTED = "harvested"
    RECEIVED = "received"
    PROCESSED = "processed"
    PACKED = "packed"
    INSPECTED = "inspected"
    SHIPPED = "shipped"
    RECEIVED_BY_SHOP = "received_by_shop"

    @property
    def biz_step(self) -> str:
        return BIZ_STEPS[self]


BIZ_STEPS = {
    EventKind.HARVESTED: "harvesting",
    EventKind.RECEIVED: "receiving",
    EventKind.PROCESSED: "commissioning",
    EventKind.PACKED: "packing",
    EventKind.INSPECTED: "inspecting",
    EventKind.SHIPPED: "shipping",
    EventKind.RECEIVED_BY_SHOP: "receiving",
}


class ActorRole(enum.StrEnum):
    """Who in the value chain did it."""

    FARMER = "farmer"  # a member farmer
    COOPERATIVE = "cooperative"
    PROCESSOR = "processor"
    CARRIER = "carrier"
    SHOP = "shop"
    INSPECTOR = "inspector"  # a laboratory or the food-safety authority


class DocumentKind(enum.StrEnum):
    VIETGAP = "vietgap"
    GLOBALGAP = "globalgap"
    ORGANIC = "organic"
    GROWING_AREA = "growing_area"  # registration of a growing-area code (mã số vùng trồng)
    FOOD_SAFETY = "food_safety"  # certificate of food-safety conditions
    LAB_REPORT = "lab_report"  # a test report (phiếu kết quả thử nghiệm)
    OCOP = "ocop"
    OTHER = "other"


lot_document = sa.Table(
    "lot_document",
    Model.metadata,
    sa.Column("lot_id", sa.ForeignKey("lot.id", ondelete="CASCADE"), primary_key=True),
    sa.Column(
        "document_id", sa.ForeignKey("producer_document.id", ondelete="CASCADE"), primary_key=True
    ),
)


class ProducerDocument(Model):
    """A certificate, lab report or registration a producer keeps, with its number and validity;
    the file itself is a media Document (a PDF or a photo)."""

    __tablename__ = "producer_document"
    __table_args__ = (
        sa.CheckConstraint(
            "valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from",
            "validity_in_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("producer.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind))
    number: Mapped[str] = mapped_column(sa.String(60), default="")
    issuer: Mapped[str] = mapped_column(sa.String(160), default="")
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None] = mapped_column(index=True)
    file_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    producer: Mapped[Producer] = relationship()
    file: Mapped[Document | None] = relationship()

    def valid_on(self, today: date) -> bool:
        """Valid on that day: started (or no start given) and not expired."""
        started = self.valid_from is None or self.valid_from <= today
        return started and (self.valid_until is None or self.valid_until >= today)


class Lot(Model):
    """A batch of one variant: what was made, when, from where, and what is left of it."""

    __tablename__ = "lot"
    __table_args__ = (
        sa.UniqueConstraint("product_id", "code", name="lot_code_per_product"),
        sa.CheckConstraint("quantity > 0", "lot_quantity_positive"),
        sa.CheckConstraint("stock >= 0", "lot_stock_not_negative"),
        sa.CheckConstraint("set_aside >= 0", "lot_set_aside_not_negative"),
        sa.CheckConstraint(
            "best_before IS NULL OR packed_on IS NULL OR best_before >= packed_on",
            "best_before_after_packing",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        sa.ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    variant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("variant.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(sa.String(MAX_LOT_CODE))
    quantity: Mapped[int]  # units made
    stock: Mapped[int] = mapped_column(default=0)  # units still for sale
    set_aside: Mapped[int] = mapped_column(default=0)  # units taken off sale by a recall
    produced_on: Mapped[date]  # production or harvest date
    packed_on: Mapped[date | None]
    best_before: Mapped[date | None] = mapped_column(index=True)
    growing_area_name: Mapped[str] = mapped_column(sa.String(160), default="")
    growing_area_code: Mapped[str] = mapped_column(sa.String(40), default="")
    facility_name: Mapped[str] = mapped_column(sa.String(160), default="")
    facility_ward_code: Mapped[int | None]
    recalled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    recall_reason: Mapped[str] = mapped_column(sa.Text, default="")
    recalled_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    product: Mapped[Product] = relationship()
    variant: Mapped[Variant] = relationship()
    inputs: Mapped[list["LotInput"]] = relationship(
        back_populates="lot",
        foreign_keys="LotInput.lot_id",
        cascade="all, delete-orphan",
        order_by="LotInput.id",
    )
    events: Mapped[list["LotEvent"]] = relationship(
        back_populates="lot", order_by="(LotEvent.occurred_at, LotEvent.id)"
    )
    documents: Mapped[list[ProducerDocument]] = relationship(secondary=lot_document)

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None


class LotInput(Model):
    """One input a lot used: another lot of ours, or a described source (a pond, an orchard)."""

    __tablename__ = "lot_input"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(sa.ForeignKey("lot.id", ondelete="CASCADE"), index=True)
    input_lot_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("lot.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(sa.String(200))  # "Hoa sen hồng, ao số 3"
    source_name: Mapped[str] = mapped_column(sa.String(160), default="")
    source_code: Mapped[str] = mapped_column(sa.String(40), default="")  # a growing-area code
    quantity: Mapped[str] = mapped_column(sa.String(40), default="")  # "120 kg"

    lot: Mapped[Lot] = relationship(back_populates="inputs", foreign_keys=[lot_id])
    input_lot: Mapped[Lot | None] = relationship(foreign_keys=[input_lot_id])


class LotEvent(Model):
    """One step in a lot's story. Append-only: rows are never updated or deleted."""

    __tablename__ = "lot_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(sa.ForeignKey("lot.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_name: Mapped[str] = mapped_column(sa.String(160))
    actor_role: Mapped[ActorRole] = mapped_column(enum_column(ActorRole))
    actor_ward_code: Mapped[int | None]
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    note: Mapped[str] = mapped_column(sa.Text, default="")
    document_id: Mapped[int | None] = mapped_column(sa.ForeignKey("producer_document.id"))
    corrects_id: Mapped[int | None] = mapped_column(sa.ForeignKey("lot_event.id"))
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))

    lot: Mapped[Lot] = relationship(back_populates="events")
    document: Mapped[ProducerDocument | None] = relationship()
    corrects: Mapped["LotEvent | None"] = relationship(remote_side=[id])


class EventsAreAppendOnly(RuntimeError):
    """A lot event was about to be changed or deleted: a correction is a new event instead."""


@sa.event.listens_for(LotEvent, "before_update")
def _refuse_event_update(_mapper, _connection, target: LotEvent) -> None:
    session = object_session(target)
    if session is None or session.is_modified(target, include_collections=False):
        raise EventsAreAppendOnly(f"lot event {target.id} cannot be changed")


@sa.event.listens_for(LotEvent, "before_delete")
def _refuse_event_delete(_mapper, _connection, target: LotEvent) -> None:
    raise EventsAreAppendOnly(f"lot event {target.id} cannot be deleted")


class LotSerial(Model):
    """One printed item code of a lot (`/01/{GTIN}/21/{serial}`), random, with its scans."""

    __tablename__ = "lot_serial"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(sa.ForeignKey("lot.id", ondelete="CASCADE"), index=True)
    serial: Mapped[str] = mapped_column(sa.String(MAX_SERIAL), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    scan_count: Mapped[int] = mapped_column(default=0)
    first_scanned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_scanned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    lot: Mapped[Lot] = relationship()


class SerialReport(Model):
    """A shopper's report that a label may be copied, for the producer and the office."""

    __tablename__ = "serial_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial_id: Mapped[int] = mapped_column(
        sa.ForeignKey("lot_serial.id", ondelete="CASCADE"), index=True
    )
    message: Mapped[str] = mapped_column(sa.Text, default="")
    contact: Mapped[str] = mapped_column(sa.String(200), default="")  # phone or e-mail, optional
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    serial: Mapped[LotSerial] = relationship()
