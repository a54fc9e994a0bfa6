"""Bookings of seats on a tour departure, their tickets, and the waiting list."""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.extensions import db
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.orders.models import Order
from storefront.tours.models import Departure


class BookingStatus(enum.StrEnum):
    HELD = "held"  # seats kept while the payment is pending
    CONFIRMED = "confirmed"  # paid: the ticket is valid
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"  # by the buyer or the operator, after payment
    RELEASED = "released"  # unpaid in time, or the payment failed: seats given back


class Booking(db.Model):
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


class WaitlistEntry(db.Model):
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
