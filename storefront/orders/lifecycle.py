"""What happens to an order after it is placed: payment, cancellation, expiry, shipping.

Every change goes through orders.states.transition (one table per life cycle); the order's
status follows its fulfilments. Functions flush, never commit; e-mails are queued and leave
after the commit.
"""

import sqlalchemy as sa

from storefront import mail
from storefront.extensions import db
from storefront.orders import credit, lot_stock
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderKind,
    OrderStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
)
from storefront.orders.signals import order_closed, order_confirmed, order_locking
from storefront.orders.states import can, record_creation, transition
from storefront.producers.models import MemberRole, ProducerMember
from storefront.state_machine import IllegalTransition

F = FulfilmentStatus


def lock(order: Order, *, skip_locked: bool = False) -> bool:
    """Re-read the order under a row lock (PostgreSQL), so two requests cannot both move it;
    with skip_locked, False (and nothing re-read) if another transaction holds it.

    What ranks above orders in database.py's lock order (a booking's departure) is locked
    first, by the receivers of order_locking. SQLite has no row locks: views that change
    orders start with BEGIN IMMEDIATE instead (database.writes), which serialises them. The
    lock is a plain SELECT ... FOR NO KEY UPDATE (no joins: PostgreSQL refuses FOR UPDATE on
    outer-joined eager loads).
    """
    order_locking.send(order)
    locked = db.session.execute(
        sa.select(Order.id)
        .where(Order.id == order.id)
        .with_for_update(key_share=True, skip_locked=skip_locked)
    ).first()
    if locked is None:
        return False
    db.session.refresh(order)
    return True


def confirm_payment(
    order: Order, *, actor=None, actor_label: str = "", reference: str = ""
) -> bool:
    """The money arrived (webhook, or transfer marked received): producers may now ship.

    Decided under the order's lock: False, and nothing changed, when the order no longer waits
    for it (paid already, or cancelled or expired meanwhile; the caller then records the money
    and gives it back, payments.refunds.paid_after_close)."""
    lock(order)
    payment = order.payment
    if order.status != OrderStatus.AWAITING_PAYMENT or payment is None:
        return False
    if not can(payment, "succeed"):
        return False
    transition(payment, "succeed", actor=actor, actor_label=actor_label, note=reference)
    transition(order, "pay", actor=actor, actor_label=actor_label)
    for fulfilment in order.fulfilments:
        transition(fulfilment, "release", actor=actor, actor_label=actor_label)
    order_confirmed.send(order)
    if order.kind == OrderKind.GOODS:
        notify_producers(order)
    db.session.flush()
    return True


def cancel(order: Order, *, actor=None, actor_label: str = "", note: str = "") -> None:
    """Cancel before anything shipped: stock goes back, the pending payment is cancelled."""
    lock(order)
    if not can_cancel(order):
        raise IllegalTransition(order, "cancel")
    transition(order, "cancel", actor=actor, actor_label=actor_label, note=note)
    _close(order, actor, actor_label)
    if order.email:
        mail.queue(
            order.email, "mail/orders/cancelled_subject.txt", "mail/orders/cancelled_body.txt",
            locale=order.locale, order=order,
        )  # fmt: skip


def can_cancel(order: Order) -> bool:
    """Before anything shipped and before any money arrived (paid orders need a refund,
    which the office handles)."""
    return (
        can(order, "cancel")
        and not any(f.status in (F.SHIPPED, F.DELIVERED) for f in order.fulfilments)
        and not any(p.status == PaymentStatus.PAID for p in order.payments)
    )


def expire(order: Order) -> None:
    """An unpaid transfer or card order ran out of time: cancel it and release its stock."""
    transition(order, "expire", actor_label="system", note="unpaid in time")
    _close(order, None, "system")


def _close(order: Order, actor, actor_label: str) -> None:
    """Cancel the parts and the pending payment, then give back, in database.py's lock order,
    the seats or tree (tours, through order_closed), the store credit and the stock."""
    for fulfilment in order.fulfilments:
        if can(fulfilment, "cancel"):
            transition(fulfilment, "cancel", actor=actor, actor_label=actor_label)
    payment = order.payment
    if payment is not None and can(payment, "cancel"):
        transition(payment, "cancel", actor=actor, actor_label=actor_label)
    order_closed.send(order)
    credit.give_back(order)
    lot_stock.give_back(order.items)  # to the lots each line took, and their variants
    db.session.flush()


def advance_fulfilment(
    fulfilment: Fulfilment, action: str, *, actor=None, carrier: str = "", tracking: str = ""
) -> None:
    """A producer packs, ships (carrier and tracking number) or delivers its part."""
    order = fulfilment.order
    lock(order)
    db.session.refresh(fulfilment)
    transition(fulfilment, action, actor=actor, actor_label="producer")
    if action == "ship":
        fulfilment.carrier, fulfilment.tracking_number = carrier.strip(), tracking.strip()
        if order.email:
            mail.queue(
                order.email, "mail/orders/shipped_subject.txt", "mail/orders/shipped_body.txt",
                locale=order.locale, order=order, fulfilment=fulfilment,
            )  # fmt: skip
    if action == "deliver" and order.payment_method == PaymentMethod.COD:
        _record_cash(fulfilment, actor)
    _follow_fulfilments(order, actor)
    db.session.flush()


def _record_cash(fulfilment: Fulfilment, actor) -> None:
    """COD: the carrier collected this part's amount on delivery (less its share of the
    store credit the buyer used)."""
    order = fulfilment.order
    payment = Payment(
        order=order,
        method=PaymentMethod.COD,
        status=PaymentStatus.PAID,
        amount=fulfilment.amount_due,
        provider_reference=f"cod-fulfilment-{fulfilment.id}",
    )
    db.session.add(payment)
    record_creation(payment, actor=actor, actor_label="producer", note="cash on delivery")


def _follow_fulfilments(order: Order, actor) -> None:
    """The order's status follows its fulfilments (cancelled parts do not count)."""
    live = [f for f in order.fulfilments if f.status != F.CANCELLED]
    shipped = [f for f in live if f.status in (F.SHIPPED, F.DELIVERED)]
    if live and all(f.status == F.DELIVERED for f in live):
        if order.status == OrderStatus.CONFIRMED or order.status == OrderStatus.PARTLY_SHIPPED:
            transition(order, "ship_all", actor=actor, actor_label="producer")
        if can(order, "deliver"):
            transition(order, "deliver", actor=actor, actor_label="producer")
    elif live and len(shipped) == len(live):
        if can(order, "ship_all"):
            transition(order, "ship_all", actor=actor, actor_label="producer")
    elif shipped and can(order, "ship_part"):
        transition(order, "ship_part", actor=actor, actor_label="producer")


def notify_producers(order: Order) -> None:
    """Tell each producer of its new part (in the language of its owner's account)."""
    for fulfilment in order.fulfilments:
        owners = db.session.scalars(
            sa.select(ProducerMember).where(
                ProducerMember.producer_id == fulfilment.producer_id,
                ProducerMember.role == MemberRole.OWNER,
            )
        ).all()
        for owner in owners:
            mail.queue(
                owner.user.email, "mail/orders/new_order_subject.txt",
                "mail/orders/new_order_body.txt", locale=owner.user.locale,
                order=order, fulfilment=fulfilment,
            )  # fmt: skip


def overdue(now, among=None) -> list[int]:
    """Ids of the unpaid orders past their pay-by time (only those matching `among`, a
    condition on Order, if given), oldest first."""
    query = (
        sa.select(Order.id)
        .where(Order.status == OrderStatus.AWAITING_PAYMENT, Order.pay_by < now)
        .order_by(Order.id)
    )
    if among is not None:
        query = query.where(among)
    return list(db.session.scalars(query))


def expire_due(now, among=None) -> list[str]:
    """Expire, inside the current write transaction, the unpaid orders past their time (of
    `among`); returns their numbers.

    An order another transaction holds (being paid or cancelled this very moment) is skipped:
    the next run sees what became of it. The expiry cron runs this for one order per
    transaction (database.py: stock of several orders is not released by ascending id)."""
    numbers = []
    for order_id in overdue(now, among):
        order = db.session.get(Order, order_id)
        if order is None or not lock(order, skip_locked=True):
            continue
        if order.status == OrderStatus.AWAITING_PAYMENT and order.pay_by < now:
            expire(order)
            numbers.append(order.number)
    return numbers


def cancel_paid(order: Order, *, actor=None, actor_label: str = "", note: str = "") -> None:
    """Cancel a paid order that delivers nothing yet (a tour booking); the caller refunds."""
    lock(order)
    transition(order, "cancel", actor=actor, actor_label=actor_label, note=note)
    _close(order, actor, actor_label)
