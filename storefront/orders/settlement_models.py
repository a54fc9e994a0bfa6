"""What the platform owes each producer: a statement per producer and period, its lines (the
order lines behind every figure), the commission rate the office sets, and which order lines
a refund gave money back for.

A period runs from `period_start` to `period_end`, both days included, in Vietnam's time
(00:00 of the first day to 24:00 of the last). Money is whole đồng everywhere.
"""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.accounts.models import User
from storefront.extensions import Model
from storefront.models_base import UTCDateTime, enum_column, utcnow
from storefront.orders.models import OrderItem, Refund
from storefront.producers.models import Producer

BASIS_POINTS = 10_000  # a rate of 250 basis points is 2.5 %


class SettlementStatus(enum.StrEnum):
    OPEN = "open"  # made, not paid yet: making the period again replaces it
    PAID = "paid"  # the office transferred the net owed (bank reference and date)


class LineKind(enum.StrEnum):
    GOODS = "goods"  # an order line of a fulfilment delivered in the period (+)
    SHIPPING = "shipping"  # that fulfilment's shipping fee (+)
    REFUND = "refund"  # money given back in the period for one of the producer's lines (-)
    CREDIT = "credit"  # the store credit that paid part of that fulfilment (the platform's)


class SettlementSetting(Model):
    """The office's one settings row (id 1): the platform's commission on goods."""

    __tablename__ = "settlement_setting"
    __table_args__ = (
        sa.CheckConstraint(
            f"commission_bp >= 0 AND commission_bp <= {BASIS_POINTS}", "commission_in_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_bp: Mapped[int] = mapped_column(default=0, server_default="0")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))


class Settlement(Model):
    """One producer's statement for one period, its totals as made and its payment."""

    __tablename__ = "settlement"
    __table_args__ = (
        sa.CheckConstraint("period_start <= period_end", "period_ordered"),
        sa.Index("ix_settlement_producer_period", "producer_id", "period_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"), index=True)
    period_start: Mapped[date] = mapped_column(sa.Date)
    period_end: Mapped[date] = mapped_column(sa.Date)  # included
    status: Mapped[SettlementStatus] = mapped_column(enum_column(SettlementStatus), index=True)
    goods_total: Mapped[int] = mapped_column(sa.BigInteger)
    shipping_total: Mapped[int] = mapped_column(sa.BigInteger)
    refunds_total: Mapped[int] = mapped_column(sa.BigInteger)
    credit_total: Mapped[int] = mapped_column(sa.BigInteger)
    commission_bp: Mapped[int]  # the office's rate when the statement was made
    commission: Mapped[int] = mapped_column(sa.BigInteger)
    net_owed: Mapped[int] = mapped_column(sa.BigInteger)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    made_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))
    bank_reference: Mapped[str] = mapped_column(sa.String(60), default="", server_default="")
    paid_on: Mapped[date | None] = mapped_column(sa.Date)
    paid_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))

    producer: Mapped[Producer] = relationship()
    made_by: Mapped[User | None] = relationship(foreign_keys=[made_by_id])
    paid_by: Mapped[User | None] = relationship(foreign_keys=[paid_by_id])
    lines: Mapped[list["SettlementLine"]] = relationship(
        back_populates="settlement", cascade="all, delete-orphan", order_by="SettlementLine.id"
    )

    @property
    def collected(self) -> int:
        """What buyers paid in money for the goods and shipping (store credit paid the rest)."""
        return self.goods_total + self.shipping_total - self.credit_total


class SettlementLine(Model):
    """One figure of a statement and the order line behind it; `amount` is never negative,
    its kind says which way it counts."""

    __tablename__ = "settlement_line"
    __table_args__ = (sa.CheckConstraint("amount >= 0", "amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(
        sa.ForeignKey("settlement.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LineKind] = mapped_column(enum_column(LineKind))
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("order.id"), index=True)
    order_number: Mapped[str] = mapped_column(sa.String(20))
    payment_method: Mapped[str] = mapped_column(sa.String(20))
    fulfilment_id: Mapped[int] = mapped_column(sa.ForeignKey("fulfilment.id"))
    order_item_id: Mapped[int | None] = mapped_column(sa.ForeignKey("order_item.id"))
    refund_id: Mapped[int | None] = mapped_column(sa.ForeignKey("refund.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)  # delivered, or refunded
    description: Mapped[str] = mapped_column(sa.String(250), default="")
    quantity: Mapped[int] = mapped_column(default=0)
    unit_price: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    amount: Mapped[int] = mapped_column(sa.BigInteger)

    settlement: Mapped[Settlement] = relationship(back_populates="lines")


class RefundLine(Model):
    """The units of one order line a refund gave money back for: how a refund is charged to
    the producer whose line it was."""

    __tablename__ = "refund_line"
    __table_args__ = (
        sa.CheckConstraint("quantity > 0", "quantity_positive"),
        sa.CheckConstraint("amount > 0", "amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(
        sa.ForeignKey("refund.id", ondelete="CASCADE"), index=True
    )
    order_item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("order_item.id", ondelete="CASCADE"), index=True
    )
    quantity: Mapped[int]
    amount: Mapped[int] = mapped_column(sa.BigInteger)

    refund: Mapped[Refund] = relationship()
    order_item: Mapped[OrderItem] = relationship()
