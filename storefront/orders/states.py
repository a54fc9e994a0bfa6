"""The three life cycles of buying (and those registered by what orders pay for), each one
table of the state machine (state_machine.py). Every transition writes an OrderEvent (who,
when, from, to, note) in the order's history; an illegal one raises IllegalTransition.
"""

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
from storefront.state_machine import Event, StateMachine

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


def _order_event(thing, event: Event) -> None:
    """Every step of an order's parts joins the order's own history."""
    if thing.id is None:
        db.session.flush()
    order = thing if isinstance(thing, Order) else thing.order
    db.session.add(OrderEvent(order=order, subject_id=thing.id, **vars(event)))


MACHINES: dict[type, StateMachine] = {
    Order: StateMachine("order", ORDER_TRANSITIONS, _order_event),
    Fulfilment: StateMachine("fulfilment", FULFILMENT_TRANSITIONS, _order_event),
    Payment: StateMachine("payment", PAYMENT_TRANSITIONS, _order_event),
}


def register(model: type, subject: str, table: dict) -> None:
    """Add the life cycle of something an order pays for (an adoption, a booking): it moves
    with the same transition() and its events join the order's history."""
    MACHINES[model] = StateMachine(subject, table, _order_event)


def can(thing, action: str) -> bool:
    return MACHINES[type(thing)].can(thing, action)


def transition(thing, action: str, *, actor=None, actor_label: str = "", note: str = ""):
    """Move an order, fulfilment, payment, adoption or booking along its table."""
    return MACHINES[type(thing)].move(
        thing, action, actor=actor, actor_label=actor_label, note=note
    )


def record_creation(thing, *, actor=None, actor_label: str = "", note: str = "") -> None:
    """The first event of a new order, fulfilment or payment (from nothing to its state)."""
    db.session.flush()
    MACHINES[type(thing)].created(thing, actor=actor, actor_label=actor_label, note=note)
