"""The three life cycles of buying, each one table and one transition function.

Every transition writes an OrderEvent (who, when, from, to, note). Illegal transitions raise
IllegalTransition, a domain error the views turn into a message.
"""

from flask_babel import lazy_gettext as _l

from storefront.extensions import db
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderEvent,
    OrderStatus,
    Payment,
    PaymentStatus,
)

OS, F, P = OrderStatus, FulfilmentStatus, PaymentStatus

ORDER_TRANSITIONS: dict[tuple[OrderStatus, str], OrderStatus] = {
    (OS.AWAITING_PAYMENT, "pay"): OS.CONFIRMED,
    (OS.AWAITING_PAYMENT, "cancel"): OS.CANCELLED,
    (OS.AWAITING_PAYMENT, "expire"): OS.EXPIRED,
    (OS.CONFIRMED, "cancel"): OS.CANCELLED,
    (OS.CONFIRMED, "ship_part"): OS.PARTLY_SHIPPED,
    (OS.CONFIRMED, "ship_all"): OS.SHIPPED,
    (OS.PARTLY_SHIPPED, "ship_all"): OS.SHIPPED,
    (OS.SHIPPED, "deliver"): OS.DELIVERED,
}

FULFILMENT_TRANSITIONS: dict[tuple[FulfilmentStatus, str], FulfilmentStatus] = {
    (F.PENDING, "release"): F.NEW,  # payment arrived
    (F.PENDING, "cancel"): F.CANCELLED,
    (F.NEW, "pack"): F.PACKED,
    (F.NEW, "ship"): F.SHIPPED,
    (F.NEW, "cancel"): F.CANCELLED,
    (F.PACKED, "ship"): F.SHIPPED,
    (F.PACKED, "cancel"): F.CANCELLED,
    (F.SHIPPED, "deliver"): F.DELIVERED,
}

PAYMENT_TRANSITIONS: dict[tuple[PaymentStatus, str], PaymentStatus] = {
    (P.PENDING, "succeed"): P.PAID,
    (P.PENDING, "fail"): P.FAILED,
    (P.PENDING, "cancel"): P.CANCELLED,
    (P.FAILED, "succeed"): P.PAID,  # a retried card payment
    (P.CANCELLED, "succeed"): P.PAID,  # a card paid after the order expired: refunded at once
    (P.PAID, "refund"): P.REFUNDED,
}

TABLES: dict[type, tuple[str, dict]] = {
    Order: ("order", ORDER_TRANSITIONS),
    Fulfilment: ("fulfilment", FULFILMENT_TRANSITIONS),
    Payment: ("payment", PAYMENT_TRANSITIONS),
}


def register(model: type, subject: str, table: dict) -> None:
    """Add the life cycle of something an order pays for (an adoption, a booking): it moves
    with the same transition() and its events join the order's history."""
    TABLES[model] = (subject, table)


class IllegalTransition(ValueError):
    """The thing's current state does not allow this action."""

    def __init__(self, thing, action: str):
        super().__init__(_l("This cannot be done any more: the order has moved on."))
        self.thing, self.action = thing, action

    def __str__(self) -> str:
        return str(self.args[0])


def can(thing, action: str) -> bool:
    _subject, table = TABLES[type(thing)]
    return (thing.status, action) in table


def transition(thing, action: str, *, actor=None, actor_label: str = "", note: str = ""):
    """Move an order, fulfilment or payment along its table and record the event."""
    subject, table = TABLES[type(thing)]
    target = table.get((thing.status, action))
    if target is None:
        raise IllegalTransition(thing, action)
    order = thing if isinstance(thing, Order) else thing.order
    if thing.id is None:
        db.session.flush()
    db.session.add(
        OrderEvent(
            order=order,
            subject=subject,
            subject_id=thing.id,
            from_state=thing.status.value,
            to_state=target.value,
            actor_id=getattr(actor, "id", None),
            actor_label=actor_label,
            note=note[:300],
        )
    )
    thing.status = target
    return target


def record_creation(thing, *, actor=None, actor_label: str = "", note: str = "") -> None:
    """The first event of a new order, fulfilment or payment (from nothing to its state)."""
    subject, _table = TABLES[type(thing)]
    order = thing if isinstance(thing, Order) else thing.order
    db.session.flush()
    db.session.add(
        OrderEvent(
            order=order, subject=subject, subject_id=thing.id, to_state=thing.status.value,
            actor_id=getattr(actor, "id", None), actor_label=actor_label, note=note[:300],
        )
    )  # fmt: skip
