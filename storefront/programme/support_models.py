"""Support requests: a producer asks the OCOP office for help (packaging or label design, a
trade fair, training, finance, e-commerce onboarding, certification), and both sides write in
one thread of messages with attachments until the request is closed.

The request keeps the times the office's response times are computed from, in UTC: when it
was opened, when the office first answered, and since when it has been waiting for the
office (None while the ball is in the producer's court or the request is closed).
"""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.accounts.models import User
from storefront.extensions import Model
from storefront.media.models import Document
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.producers.models import Producer

SUBJECT_LENGTH = 160
MESSAGE_LENGTH = 5000  # characters of one message of the thread


class SupportKind(enum.StrEnum):
    """What the producer needs help with (the programme's kinds of support)."""

    PACKAGING = "packaging"  # packaging or label design
    TRADE_FAIR = "trade_fair"
    TRAINING = "training"
    FINANCE = "finance"
    ECOMMERCE = "ecommerce"  # onboarding on e-commerce platforms
    CERTIFICATION = "certification"
    OTHER = "other"


class SupportStatus(enum.StrEnum):
    """Whose turn it is: the office's (open), the producer's (answered), nobody's (closed)."""

    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"


class SupportRequest(Model):
    __tablename__ = "support_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("producer.id", ondelete="CASCADE"), index=True
    )
    opened_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    kind: Mapped[SupportKind] = mapped_column(enum_column(SupportKind))
    subject: Mapped[str] = mapped_column(sa.String(SUBJECT_LENGTH))
    status: Mapped[SupportStatus] = mapped_column(
        enum_column(SupportStatus), default=SupportStatus.OPEN, index=True
    )
    # The office account handling it: an administrator or the commune officer of its commune.
    assignee_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    producer: Mapped[Producer] = relationship()
    opened_by: Mapped[User | None] = relationship(foreign_keys=[opened_by_id])
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    messages: Mapped[list["SupportMessage"]] = relationship(
        back_populates="request",
        order_by="SupportMessage.id",
        cascade="all, delete-orphan",
    )

    def __repr__(self) -> str:
        return f"<SupportRequest {self.id} {self.status.value}>"


class SupportMessage(Model):
    """One message of a request's thread, from the producer's side or the office's."""

    __tablename__ = "support_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("support_request.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    from_office: Mapped[bool] = mapped_column(default=False)
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    request: Mapped[SupportRequest] = relationship(back_populates="messages")
    author: Mapped[User | None] = relationship()
    attachments: Mapped[list["SupportAttachment"]] = relationship(
        order_by="SupportAttachment.id", cascade="all, delete-orphan"
    )


class SupportAttachment(Model):
    """A file sent with a message: a photo or a PDF kept by the media pipeline."""

    __tablename__ = "support_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        sa.ForeignKey("support_message.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("document.id"))

    document: Mapped[Document] = relationship()


class SupportEvent(Model):
    """Every step of a request's life cycle: who moved it, from what to what, when."""

    __tablename__ = "support_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("support_request.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(sa.String(20), default="support")
    from_state: Mapped[str] = mapped_column(sa.String(24), default="")
    to_state: Mapped[str] = mapped_column(sa.String(24))
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    actor_label: Mapped[str] = mapped_column(sa.String(60), default="")  # "office", "producer"
    note: Mapped[str] = mapped_column(sa.String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
