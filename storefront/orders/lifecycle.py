"""What happens to an order after it is placed: payment, cancellation, expiry, shipping.

Every change goes through orders.states.transition (one table per life cycle); the order's
status follows its fulfilments. Functions flush, never commit; e-mails are queued and leave
after the commit.
"""

import sqlalchemy as sa

from storefront import mail
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.orders import credit
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
from storefront.orders.signals import order_closed, order_confirmed
from storefront.orders.states import IllegalTransition, can, record_creation, transition

F = FulfilmentStatus


def lock(order: Order) -> None:
    """Re-read the order under a row lock (PostgreSQL), so two requests cannot both move it.

    SQLite has no row locks: views that change orders start with BEGIN IMMEDIATE instead
    (database.writes), which serialises them. The lock is taken by a plain SELECT ... FOR
    UPDATE (no joins: PostgreSQL refuses FOR UPDATE on outer-joined eager loads).
    """
    db.session.execute(sa.select(Order.id).where(Order.id == order.id).with_for_update())
    db.session.refresh(order)


def confirm_payment(order: Order, *, actor=None, actor_label: str = "", reference: str = ""):
    """The money arrived (webhook, or transfer marked received): producers may now ship."""
    lock(order)
    payment = order.payment
    if payment is None or payment.status == PaymentStatus.PAID:
        return
    transition(payment, "succeed", actor=actor, actor_label=actor_label, note=reference)
    if order.status == OrderStatus.AWAITING_PAYMENT:
        transition(order, "pay", actor=actor, actor_label=actor_label)
        for fulfilment in order.fulfilments:
            transition(fulfilment, "release", actor=actor, actor_label=actor_label)
        order_confirmed.send(order)
        if order.kind == OrderKind.GOODS:
            notify_producers(order)
    db.session.flush()


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
    for fulfilment in order.fulfilments:
        if can(fulfilment, "cancel"):
            transition(fulfilment, "cancel", actor=actor, actor_label=actor_label)
    payment = order.payment
    if payment is not None and can(payment, "cancel"):
        transition(payment, "cancel", actor=actor, actor_label=actor_label)
    release_stock(order)
    credit.give_back(order)
    order_closed.send(order)
    db.session.flush()


def release_stock(order: Order) -> None:
    """Put every line's quantity back (one atomic increment per line)."""
    for item in order.items:
        if item.variant_id is not None:
            db.session.execute(
                sa.update(Variant)
                .where(Variant.id == item.variant_id)
                .values(stock=Variant.stock + item.quantity)
            )


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
    """COD: the carrier collected this part's amount on delivery."""
    order = fulfilment.order
    payment = Payment(
        order=order,
        method=PaymentMethod.COD,
        status=PaymentStatus.PAID,
        amount=fulfilment.subtotal + fulfilment.shipping_fee,
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
    from storefront.producers.models import MemberRole, ProducerMember

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


def expire_overdue(now) -> list[str]:
    """Expire every unpaid order past its pay-by time; returns their numbers (run by cron)."""
    from storefront.database import begin_write_transaction

    begin_write_transaction()
    return expire_due(now)


def expire_due(now) -> list[str]:
    """Expire, inside the current write transaction, the unpaid orders past their time.

    Placing an adoption or a booking calls it first, so a tree or seats whose 15-minute hold
    ran out are free again even if cron has not run yet.
    """
    overdue = db.session.scalars(
        sa.select(Order)
        .where(Order.status == OrderStatus.AWAITING_PAYMENT, Order.pay_by < now)
        .with_for_update(skip_locked=True)
    ).all()
    for order in overdue:
        expire(order)
    return [order.number for order in overdue]


def cancel_paid(order: Order, *, actor=None, actor_label: str = "", note: str = "") -> None:
    """Cancel a paid order that delivers nothing yet (a tour booking); the caller refunds."""
    lock(order)
    transition(order, "cancel", actor=actor, actor_label=actor_label, note=note)
    _close(order, actor, actor_label)
