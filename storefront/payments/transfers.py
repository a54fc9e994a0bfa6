"""Bank transfers seen on the statement: the office (or the only producer of an order) marks
the money received."""

import enum

from storefront.accounts import audit
from storefront.orders import lifecycle
from storefront.orders.models import (
    Fulfilment,
    Order,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
)
from storefront.orders.states import can
from storefront.payments import refunds


class TransferOutcome(enum.StrEnum):
    CONFIRMED = "confirmed"  # the order was waiting: producers may prepare it now
    TO_PAY_BACK = "to_pay_back"  # the order had closed: the money is listed to pay back
    ALREADY_RECORDED = "already_recorded"
    NOT_A_TRANSFER = "not_a_transfer"


def transfer_received(order: Order, *, actor, actor_label: str) -> TransferOutcome:
    """Record a transfer that arrived, deciding under the order's lock (the buyer may be
    cancelling at this very moment): an order still waiting is confirmed; one cancelled or
    expired meanwhile gets the money recorded and listed for the office to pay back by hand,
    never just marked paid."""
    if order.payment_method != PaymentMethod.BANK_TRANSFER:
        return TransferOutcome.NOT_A_TRANSFER
    if lifecycle.confirm_payment(order, actor=actor, actor_label=actor_label):
        audit.record(
            "order.transfer_received", order, summary=order.number, actor=actor,
            after={"amount": order.total, "status": order.status.value},
        )  # fmt: skip
        return TransferOutcome.CONFIRMED
    payment = order.payment
    if payment is None or not can(payment, "succeed"):
        return TransferOutcome.ALREADY_RECORDED
    refunds.paid_after_close(order, payment, actor=actor, actor_label=actor_label)
    return TransferOutcome.TO_PAY_BACK


def awaiting_transfer(order: Order) -> bool:
    """A bank-transfer order whose money has not been marked received yet."""
    return (
        order.payment_method == PaymentMethod.BANK_TRANSFER
        and order.status == OrderStatus.AWAITING_PAYMENT
    )


def part_paid(fulfilment: Fulfilment) -> bool:
    """Whether the money for this part has arrived (COD: collected when it was delivered)."""
    order = fulfilment.order
    if order.payment_method == PaymentMethod.COD:
        reference = f"cod-fulfilment-{fulfilment.id}"
        return any(
            p.status == PaymentStatus.PAID and p.provider_reference == reference
            for p in order.payments
        )
    return order.payment is not None and order.payment.status == PaymentStatus.PAID
