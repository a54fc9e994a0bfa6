"""Refunding units of delivered order lines (a broken jar, a short box): the money goes back
through payments.refunds, and the refund's lines say whose goods it was, so the producer's
settlement takes it off what it is owed."""

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.orders.lifecycle import lock
from storefront.orders.models import FulfilmentStatus, Order, OrderKind, Refund
from storefront.orders.settlement_models import RefundLine
from storefront.payments.refunds import paid_payment, refund


class LineRefundError(DomainError):
    code = "line_refund_refused"


def refunded_units(order: Order) -> dict[int, int]:
    """How many units of each of the order's lines were refunded already (item id -> units)."""
    rows = db.session.execute(
        sa.select(RefundLine.order_item_id, sa.func.sum(RefundLine.quantity))
        .join(RefundLine.order_item)
        .where(RefundLine.order_item.has(order_id=order.id))
        .group_by(RefundLine.order_item_id)
    )
    return {item_id: int(units) for item_id, units in rows}


def _checked(order: Order, units: dict[int, int]) -> list[tuple]:
    if order.kind != OrderKind.GOODS:
        raise LineRefundError(_l("Only goods orders are refunded by line."))
    items = {item.id: item for item in order.items}
    done = refunded_units(order)
    chosen = []
    for item_id, quantity in sorted(units.items()):
        item = items.get(item_id)
        if item is None:
            raise LineRefundError(_l("That line is not part of this order."), "lines")
        if item.fulfilment.status != FulfilmentStatus.DELIVERED:
            raise LineRefundError(
                _l("Refund only delivered goods; an order not delivered yet is cancelled."),
                "lines",
            )
        left = item.quantity - done.get(item_id, 0)
        if not isinstance(quantity, int) or not 1 <= quantity <= left:
            raise LineRefundError(
                _l("%(name)s: between 1 and %(left)s units can still be refunded.",
                   name=item.product_name, left=left),
                "lines",
            )  # fmt: skip
        chosen.append((item, quantity))
    if not chosen:
        raise LineRefundError(_l("Choose at least one line to refund."), "lines")
    return chosen


def refund_lines(order: Order, units: dict[int, int], *, reason: str, actor=None) -> Refund:
    """Give back the price of these units (order item id -> units) of delivered lines, in one
    refund; refused when more is asked than is left of the lines or of the payment."""
    lock(order)
    chosen = _checked(order, units)
    amount = sum(item.unit_price * quantity for item, quantity in chosen)
    payment = paid_payment(order)
    if payment is None or payment.amount - payment.refunded < amount:
        raise LineRefundError(_l("The order's payment holds less than this refund."), "lines")
    made = refund(order, amount, reason=reason, actor=actor, actor_label="office")
    if made is None:  # unreachable after the check above; refund() caps what it gives back
        raise LineRefundError(_l("The order's payment holds less than this refund."), "lines")
    for item, quantity in chosen:
        db.session.add(
            RefundLine(refund=made, order_item=item, quantity=quantity,
                       amount=item.unit_price * quantity)
        )  # fmt: skip
    db.session.flush()
    return made
