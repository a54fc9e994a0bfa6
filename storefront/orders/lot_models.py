"""Which lots an order line shipped, and the recall notices its buyer gets.

Written by the checkout (one row per lot a line took units from, first-expiring-first-out)
and read by recalls: every order whose line carries a recalled lot gets one notice.
"""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.catalog.lot_models import Lot
from storefront.extensions import Model
from storefront.models_base import UTCDateTime, utcnow
from storefront.orders.models import Order, OrderItem


class OrderItemLot(Model):
    """Units of one order line taken from one lot."""

    __tablename__ = "order_item_lot"
    __table_args__ = (
        sa.UniqueConstraint("order_item_id", "lot_id"),
        sa.CheckConstraint("quantity > 0", "item_lot_quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("order_item.id", ondelete="CASCADE"), index=True
    )
    lot_id: Mapped[int] = mapped_column(sa.ForeignKey("lot.id"), index=True)
    quantity: Mapped[int]

    order_item: Mapped[OrderItem] = relationship(backref="lots")
    lot: Mapped[Lot] = relationship()


class RecallNotice(Model):
    """One e-mail to one order's buyer about one recalled lot; `sent_at` is set once."""

    __tablename__ = "recall_notice"
    __table_args__ = (sa.UniqueConstraint("lot_id", "order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(sa.ForeignKey("lot.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("order.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    lot: Mapped[Lot] = relationship()
    order: Mapped[Order] = relationship()
