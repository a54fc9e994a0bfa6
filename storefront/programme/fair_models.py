"""Fairs and festivals the OCOP office announces, and producers' applications for a booth."""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from storefront.extensions import Model
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.places import require_ward
from storefront.producers.models import Producer

MAX_NAME = 160
MAX_ADDRESS = 200
MAX_NOTE = 1000
MAX_DESCRIPTION = 5000
MAX_BOOTHS = 1000
MAX_PRODUCTS_SHOWN = 12


class FairKind(enum.StrEnum):
    OCOP_FAIR = "ocop_fair"
    FESTIVAL = "festival"
    TRADE_FAIR = "trade_fair"
    MARKET = "market"


class ApplicationStatus(enum.StrEnum):
    WAITING = "waiting"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class Fair(Model):
    __tablename__ = "fair"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_vi: Mapped[str] = mapped_column(sa.String(MAX_NAME))
    name_en: Mapped[str] = mapped_column(sa.String(MAX_NAME), default="")
    kind: Mapped[FairKind] = mapped_column(enum_column(FairKind))
    starts_on: Mapped[date] = mapped_column(sa.Date, index=True)
    ends_on: Mapped[date] = mapped_column(sa.Date)
    applications_close_on: Mapped[date] = mapped_column(sa.Date)
    address: Mapped[str] = mapped_column(sa.String(MAX_ADDRESS), default="")
    ward_code: Mapped[int]
    booths: Mapped[int]
    # Accepted applications, kept beside the limit so one conditional UPDATE takes a booth.
    booths_taken: Mapped[int] = mapped_column(default=0)
    description_vi: Mapped[str] = mapped_column(sa.Text, default="")
    description_en: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    applications: Mapped[list["BoothApplication"]] = relationship(
        back_populates="fair", order_by="BoothApplication.id"
    )

    __table_args__ = (
        sa.CheckConstraint("booths_taken >= 0 AND booths_taken <= booths", name="booths_within"),
        sa.CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
    )

    @validates("ward_code")
    def _check_ward(self, _key, code: int) -> int:
        return require_ward(code)

    @property
    def booths_left(self) -> int:
        return self.booths - self.booths_taken

    def __repr__(self) -> str:
        return f"<Fair {self.id} {self.name_vi}>"


booth_product = sa.Table(
    "booth_product",
    Model.metadata,
    sa.Column(
        "application_id",
        sa.ForeignKey("booth_application.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    # The catalogue's products (programme stands beside the catalogue and reads it not: the
    # portal checks the products are the producer's own, the pages name them).
    sa.Column("product_id", sa.ForeignKey("product.id", ondelete="CASCADE"), primary_key=True),
)


class BoothApplication(Model):
    __tablename__ = "booth_application"

    id: Mapped[int] = mapped_column(primary_key=True)
    fair_id: Mapped[int] = mapped_column(sa.ForeignKey("fair.id"), index=True)
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"), index=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.WAITING
    )
    note: Mapped[str] = mapped_column(sa.Text, default="")
    # What the office told the producer with its decision (shown on the portal, in the e-mail).
    office_note: Mapped[str] = mapped_column(sa.Text, default="")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    fair: Mapped[Fair] = relationship(back_populates="applications")
    producer: Mapped[Producer] = relationship()

    __table_args__ = (sa.UniqueConstraint("fair_id", "producer_id"),)

    def __repr__(self) -> str:
        return f"<BoothApplication {self.id} {self.status}>"
