"""Orders keep a snapshot of what was bought; each producer fulfils its own part."""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.extensions import Model
from storefront.i18n import current_language
from storefront.models_base import UTCDateTime, enum_column, utcnow


class OrderStatus(enum.StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"  # bank transfer or card not yet confirmed
    CONFIRMED = "confirmed"  # COD, or paid: producers may prepare it
    PARTLY_SHIPPED = "partly_shipped"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # unpaid in time; stock released


class FulfilmentStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for payment
    NEW = "new"  # the producer may prepare it
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class PaymentStatus(enum.StrEnum):
    PENDING = "pending"
    PAID = "paid"
    FAILED = "failed"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class OrderKind(enum.StrEnum):
    GOODS = "goods"  # products shipped by their producers
    ADOPTION = "adoption"  # a mango tree for a season (storefront.tours)
    BOOKING = "booking"  # seats on a tour departure (storefront.tours)


class PaymentMethod(enum.StrEnum):
    COD = "cod"
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"


class Order(Model):
    __tablename__ = "order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(sa.String(20), unique=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"), index=True)
    idempotency_key: Mapped[str] = mapped_column(sa.String(64), unique=True)
    kind: Mapped[OrderKind] = mapped_column(
        enum_column(OrderKind), default=OrderKind.GOODS, server_default="goods", index=True
    )
    locale: Mapped[str] = mapped_column(sa.String(5), default="vi")
    contact_name: Mapped[str] = mapped_column(sa.String(120))
    phone: Mapped[str] = mapped_column(sa.String(20))
    email: Mapped[str] = mapped_column(sa.String(254), default="")
    # A tour booking ships nothing: no address.
    province_code: Mapped[int | None]
    ward_code: Mapped[int | None]
    street: Mapped[str] = mapped_column(sa.String(200), default="")
    note: Mapped[str] = mapped_column(sa.String(500), default="")
    payment_method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod))
    status: Mapped[OrderStatus] = mapped_column(enum_column(OrderStatus, 24), index=True)
    # Money totals in đồng can pass 2^31 (a few big orders of gift boxes): 64-bit columns.
    subtotal: Mapped[int] = mapped_column(sa.BigInteger)
    shipping_total: Mapped[int] = mapped_column(sa.BigInteger)
    # Store credit (from a short mango harvest) taken off subtotal + shipping.
    credit_used: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    total: Mapped[int] = mapped_column(sa.BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # An unpaid bank-transfer or card order is cancelled and its stock released after this.
    pay_by: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)

    items: Mapped[list["OrderItem"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderItem.id"
    )
    fulfilments: Mapped[list["Fulfilment"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Fulfilment.id"
    )
    payments: Mapped[list["Payment"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Payment.id"
    )
    events: Mapped[list["OrderEvent"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderEvent.id"
    )

    # Set by checkout.place_order: True for a new order, False when an earlier copy of the
    # same form already placed it (not stored).
    placed_now = False

    @property
    def payment(self) -> "Payment | None":
        return self.payments[-1] if self.payments else None

    def credit_shares(self) -> dict[int, int]:
        """The store credit used spread over the fulfilments (id -> đồng), in proportion to
        goods + shipping; the đồng left by rounding down go to the largest remainders, ties
        to the lower id, so the shares always add up to `credit_used`."""
        parts = sorted(self.fulfilments, key=lambda f: f.id)
        weights = {f.id: f.subtotal + f.shipping_fee for f in parts}
        whole = sum(weights.values())
        if self.credit_used <= 0 or whole <= 0:
            return {f.id: 0 for f in parts}
        shares = {fid: self.credit_used * w // whole for fid, w in weights.items()}
        left = self.credit_used - sum(shares.values())
        by_remainder = sorted(
            weights, key=lambda fid: (-(self.credit_used * weights[fid] % whole), fid)
        )
        for fid in by_remainder[:left]:
            shares[fid] += 1
        return shares


class Fulfilment(Model):
    """One producer's part of an order: its lines, shipping fee, status and tracking."""

    __tablename__ = "fulfilment"
    __table_args__ = (sa.UniqueConstraint("order_id", "producer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("order.id", ondelete="CASCADE"))
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"), index=True)
    producer_name: Mapped[str] = mapped_column(sa.String(160))
    status: Mapped[FulfilmentStatus] = mapped_column(enum_column(FulfilmentStatus), index=True)
    subtotal: Mapped[int] = mapped_column(sa.BigInteger)
    shipping_fee: Mapped[int]
    weight_g: Mapped[int] = mapped_column(sa.BigInteger)
    carrier: Mapped[str] = mapped_column(sa.String(60), default="")
    tracking_number: Mapped[str] = mapped_column(sa.String(60), default="")
    seen_by_producer: Mapped[bool] = mapped_column(default=False)

    order: Mapped[Order] = relationship(back_populates="fulfilments")
    items: Mapped[list["OrderItem"]] = relationship(
        back_populates="fulfilment", order_by="OrderItem.id"
    )

    @property
    def amount_due(self) -> int:
        """What the buyer pays for this part: its goods and shipping less its share of the
        store credit the order used (cash on delivery: what the carrier collects)."""
        return self.subtotal + self.shipping_fee - self.order.credit_shares()[self.id]


class OrderItem(Model):
    """A line as it was bought: names, price and producer copied at that moment."""

    __tablename__ = "order_item"
    __table_args__ = (
        sa.CheckConstraint("quantity > 0", "quantity_positive"),
        sa.CheckConstraint("unit_price >= 0", "price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("order.id", ondelete="CASCADE"), index=True)
    fulfilment_id: Mapped[int] = mapped_column(sa.ForeignKey("fulfilment.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("product.id", ondelete="SET NULL"), index=True
    )
    variant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("variant.id", ondelete="SET NULL"))
    producer_id: Mapped[int] = mapped_column(sa.ForeignKey("producer.id"))
    product_name: Mapped[str] = mapped_column(sa.String(160))  # Vietnamese, always given
    variant_label: Mapped[str] = mapped_column(sa.String(80))
    # English as it read when bought ("" when the producer gave none).
    product_name_en: Mapped[str] = mapped_column(sa.String(160), default="", server_default="")
    variant_label_en: Mapped[str] = mapped_column(sa.String(80), default="", server_default="")
    sku: Mapped[str] = mapped_column(sa.String(40))
    unit_price: Mapped[int]
    quantity: Mapped[int]
    weight_g: Mapped[int]

    order: Mapped[Order] = relationship(back_populates="items")
    fulfilment: Mapped[Fulfilment] = relationship(back_populates="items")

    @property
    def line_total(self) -> int:
        return self.unit_price * self.quantity

    @property
    def name(self) -> str:
        """The name as bought, in the reader's language when there is one."""
        return self._in_language(self.product_name, self.product_name_en)

    @property
    def label(self) -> str:
        return self._in_language(self.variant_label, self.variant_label_en)

    @staticmethod
    def _in_language(vietnamese: str, english: str) -> str:
        return english if english and current_language() == "en" else vietnamese


class Payment(Model):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("order.id", ondelete="CASCADE"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod))
    status: Mapped[PaymentStatus] = mapped_column(enum_column(PaymentStatus))
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3), default="VND")
    provider_reference: Mapped[str] = mapped_column(sa.String(120), default="", index=True)
    # What a refund is made against: Stripe's PaymentIntent id for a card payment.
    charge_reference: Mapped[str] = mapped_column(sa.String(120), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[Order] = relationship(back_populates="payments")
    refunds: Mapped[list["Refund"]] = relationship(
        back_populates="payment", order_by="Refund.id", cascade="all, delete-orphan"
    )

    @property
    def refunded(self) -> int:
        return sum(r.amount for r in self.refunds)


class RefundStatus(enum.StrEnum):
    DONE = "done"  # the card provider accepted it
    TO_PAY = "to_pay"  # a transfer the office must make by hand
    PAID_BY_HAND = "paid_by_hand"


class Refund(Model):
    """Money given back on a payment: by the card provider, or by the office by hand."""

    __tablename__ = "refund"
    __table_args__ = (sa.CheckConstraint("amount > 0", "amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("payment.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    status: Mapped[RefundStatus] = mapped_column(enum_column(RefundStatus), index=True)
    provider_reference: Mapped[str] = mapped_column(sa.String(120), default="")
    reason: Mapped[str] = mapped_column(sa.String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    payment: Mapped[Payment] = relationship(back_populates="refunds")


class StoreCreditEntry(Model):
    """One movement of a buyer's store credit: granted (+) for an undelivered harvest,
    spent (-) on an order, given back (+) when that order is cancelled. The balance is the sum."""

    __tablename__ = "store_credit_entry"
    __table_args__ = (sa.CheckConstraint("amount <> 0", "amount_not_zero"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user.id", ondelete="CASCADE"), index=True)
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    reason: Mapped[str] = mapped_column(sa.String(200), default="")
    order_id: Mapped[int | None] = mapped_column(sa.ForeignKey("order.id", ondelete="SET NULL"))
    adoption_id: Mapped[int | None] = mapped_column(sa.Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OrderEvent(Model):
    """Who changed what, when: every transition of an order, fulfilment or payment."""

    __tablename__ = "order_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("order.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(sa.String(20))  # order, fulfilment, payment
    subject_id: Mapped[int]
    from_state: Mapped[str] = mapped_column(sa.String(24), default="")
    to_state: Mapped[str] = mapped_column(sa.String(24))
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"))
    actor_label: Mapped[str] = mapped_column(sa.String(60), default="")  # "buyer", "stripe", ...
    note: Mapped[str] = mapped_column(sa.String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[Order] = relationship(back_populates="events")


class ProcessedWebhook(Model):
    """A provider event applied once: the unique key stops a second delivery."""

    __tablename__ = "processed_webhook"
    __table_args__ = (sa.UniqueConstraint("provider", "event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(sa.String(20))
    event_id: Mapped[str] = mapped_column(sa.String(120))
    event_type: Mapped[str] = mapped_column(sa.String(80))
    outcome: Mapped[str] = mapped_column(sa.String(200), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CartItem(Model):
    """A logged-in buyer's cart line (guests keep theirs in the session)."""

    __tablename__ = "cart_item"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "variant_id"),
        sa.CheckConstraint("quantity > 0", "quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user.id", ondelete="CASCADE"), index=True)
    variant_id: Mapped[int] = mapped_column(sa.ForeignKey("variant.id", ondelete="CASCADE"))
    quantity: Mapped[int]
    price_when_added: Mapped[int]
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SavedAddress(Model):
    __tablename__ = "saved_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user.id", ondelete="CASCADE"), index=True)
    contact_name: Mapped[str] = mapped_column(sa.String(120))
    phone: Mapped[str] = mapped_column(sa.String(20))
    province_code: Mapped[int]
    ward_code: Mapped[int]
    street: Mapped[str] = mapped_column(sa.String(200))
