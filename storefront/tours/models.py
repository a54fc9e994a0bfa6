"""Tours and their departures, bookings of their seats and the waiting list."""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.extensions import Model
from storefront.farms.models import ExtraPhoto, Orchard, extra_photos
from storefront.media.models import MediaAsset
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.orders.models import Order
from storefront.producers.models import Producer


class Tour(Model):
    __tablename__ = "tour"
    __table_args__ = (sa.CheckConstraint("adult_price >= 0 AND child_price >= 0", "prices"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"), index=True)
    orchard_id: Mapped[int | None] = mapped_column(sa.ForeignKey("orchard.id"))
    slug: Mapped[str] = mapped_column(sa.String(120), unique=True)
    title_vi: Mapped[str] = mapped_column(sa.String(160))
    title_en: Mapped[str] = mapped_column(sa.String(160), default="")
    description_vi: Mapped[str] = mapped_column(sa.Text, default="")
    description_en: Mapped[str] = mapped_column(sa.Text, default="")
    duration_minutes: Mapped[int]
    meeting_point_vi: Mapped[str] = mapped_column(sa.String(300), default="")
    meeting_point_en: Mapped[str] = mapped_column(sa.String(300), default="")
    includes_vi: Mapped[str] = mapped_column(sa.Text, default="")
    includes_en: Mapped[str] = mapped_column(sa.Text, default="")
    adult_price: Mapped[int]
    child_price: Mapped[int]
    min_age: Mapped[int | None]
    notes_vi: Mapped[str] = mapped_column(sa.Text, default="")
    notes_en: Mapped[str] = mapped_column(sa.Text, default="")
    # [[days before departure, refund percent], ...], most days first.
    cancellation_policy: Mapped[list[list[int]]] = mapped_column(sa.JSON, default=list)
    visits_adopted_trees: Mapped[bool] = mapped_column(default=False)
    cover_id: Mapped[int | None] = mapped_column(sa.ForeignKey("media_asset.id"))
    published: Mapped[bool] = mapped_column(default=True)

    producer: Mapped[Producer] = relationship()
    orchard: Mapped[Orchard | None] = relationship()
    cover: Mapped[MediaAsset | None] = relationship()
    departures: Mapped[list["Departure"]] = relationship(
        back_populates="tour", order_by="Departure.starts_at"
    )
    photos: Mapped[list["TourPhoto"]] = extra_photos("TourPhoto")


class Departure(Model):
    """A tour on a date and time, with a capacity shared by adults and children."""

    __tablename__ = "departure"
    __table_args__ = (
        sa.CheckConstraint("capacity > 0", "capacity_positive"),
        sa.CheckConstraint("seats_taken >= 0 AND seats_taken <= capacity", "seats_within"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(sa.ForeignKey("tour.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    capacity: Mapped[int]
    seats_taken: Mapped[int] = mapped_column(default=0)
    cancelled: Mapped[bool] = mapped_column(default=False)

    tour: Mapped[Tour] = relationship(back_populates="departures")

    @property
    def seats_left(self) -> int:
        return self.capacity - self.seats_taken


class TourPhoto(ExtraPhoto, Model):
    __tablename__ = "tour_photo"

    tour_id: Mapped[int] = mapped_column(sa.ForeignKey("tour.id", ondelete="CASCADE"), index=True)


class BookingStatus(enum.StrEnum):
    HELD = "held"  # seats kept while the payment is pending
    CONFIRMED = "confirmed"  # paid: the ticket is valid
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"  # by the buyer or the operator, after payment
    RELEASED = "released"  # unpaid in time, or the payment failed: seats given back


class Booking(Model):
    """Adults and children on one departure; children take seats too."""

    __tablename__ = "booking"
    __table_args__ = (sa.CheckConstraint("adults >= 1 AND children >= 0", "people"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        sa.ForeignKey("order.id", ondelete="CASCADE"), unique=True
    )
    departure_id: Mapped[int] = mapped_column(sa.ForeignKey("departure.id"), index=True)
    adults: Mapped[int]
    children: Mapped[int] = mapped_column(default=0)
    status: Mapped[BookingStatus] = mapped_column(enum_column(BookingStatus), index=True)
    # Printed under the QR code and typed by the guide when the camera fails.
    ticket_code: Mapped[str] = mapped_column(sa.String(12), unique=True)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    checked_in_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))
    reminder_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[Order] = relationship()
    departure: Mapped[Departure] = relationship()

    @property
    def seats(self) -> int:
        return self.adults + self.children


class WaitlistStatus(enum.StrEnum):
    WAITING = "waiting"
    OFFERED = "offered"  # seats kept for this person until offer_expires_at
    BOOKED = "booked"
    LAPSED = "lapsed"  # the offer ran out, or the departure was cancelled


class WaitlistEntry(Model):
    """Someone waiting for seats on a full departure, served first come first served."""

    __tablename__ = "waitlist_entry"
    __table_args__ = (sa.CheckConstraint("seats >= 1", "seats_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    departure_id: Mapped[int] = mapped_column(sa.ForeignKey("departure.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    email: Mapped[str] = mapped_column(sa.String(254))
    locale: Mapped[str] = mapped_column(sa.String(5), default="vi")
    seats: Mapped[int]
    status: Mapped[WaitlistStatus] = mapped_column(
        enum_column(WaitlistStatus), default=WaitlistStatus.WAITING, index=True
    )
    offer_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    departure: Mapped[Departure] = relationship()
