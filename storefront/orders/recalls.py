"""Recalls: the producer or the office takes a lot off sale with a reason, and every buyer
whose order line carries the lot is told once, by e-mail in the order's language.

A recall sets the lot's remaining stock aside (the checkout never takes a lot with no stock)
and lowers its variant's stock by the same units. It locks the variant row first, then
writes the lot, as every writer of lot stock does (database.py's lock order), so the units
it sets aside are exactly those no checkout has taken. The lot is marked with a conditional
UPDATE on `recalled_at IS NULL`: of two recalls at once, one wins and the other is refused.

Notices: one per order that carries the lot, except orders cancelled or expired before they
shipped (their units went back to stock and never reached the buyer). Each notice's e-mail is
sent once: a conditional UPDATE on `sent_at IS NULL` marks it in the transaction that queues
the mail, which leaves only after the commit (storefront.mail). The recall sends at once; the
command `flask recalls notify` sends what is left (run twice, or twice at once: once each).
Orders without an e-mail address cannot be told this way; the office sees how many.
"""

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from storefront import mail
from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.catalog.digital_link import absolute, lot_path
from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Product, Variant
from storefront.database import rows_updated
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.i18n import localized
from storefront.models_base import utcnow
from storefront.orders.lot_models import OrderItemLot, RecallNotice
from storefront.orders.models import Order, OrderItem, OrderStatus

MAX_REASON = 2000
# Orders whose units never left: cancelled (only possible before shipping) or expired unpaid.
NEVER_SHIPPED = (OrderStatus.CANCELLED, OrderStatus.EXPIRED)


class RecallError(DomainError):
    """A refused recall."""

    status = 409


@dataclass(frozen=True)
class RecallOutcome:
    set_aside: int  # units taken off sale
    notices: int  # orders to tell
    sent: int  # e-mails queued at once
    without_email: int  # orders with no address to write to


@dataclass(frozen=True)
class OpenRecall:
    lot: Lot
    told: int
    to_tell: int
    without_email: int


def recall_lot(
    lot: Lot, reason: str, actor: User | None, now: datetime | None = None
) -> RecallOutcome:
    """Recall `lot` for `reason`: stock set aside, a notice per order that carries it, and
    the notices sent. `actor` None: by the site itself (the demo). Refused for an empty reason
    or a lot already recalled."""
    now = now or utcnow()
    reason = reason.strip()
    if not reason:
        raise RecallError(_l("Say why the lot is recalled: buyers will read it."), "reason",
                          code="no_reason")  # fmt: skip
    if len(reason) > MAX_REASON:
        raise RecallError(_l("Keep the reason under 2,000 characters."), "reason")
    db.session.execute(  # the variant first: every writer of lot stock locks it first
        sa.select(Variant.id).where(Variant.id == lot.variant_id).with_for_update()
    )
    units = db.session.scalar(sa.select(Lot.stock).where(Lot.id == lot.id)) or 0
    if lot.variant.lot_tracked and units:
        db.session.execute(
            sa.update(Variant)
            .where(Variant.id == lot.variant_id)
            .values(stock=sa.case((Variant.stock >= units, Variant.stock - units), else_=0))
            .execution_options(synchronize_session=False)
        )
    marked = rows_updated(
        sa.update(Lot)
        .where(Lot.id == lot.id, Lot.recalled_at.is_(None))
        .values(
            recalled_at=now,
            recall_reason=reason,
            recalled_by_id=actor.id if actor else None,
            stock=Lot.stock - units,
            set_aside=Lot.set_aside + units,
        )
        .execution_options(synchronize_session=False)
    )
    if not marked:
        raise RecallError(_l("This lot is already recalled."), code="already_recalled")
    audit.record(
        "lot.recalled", lot, summary=f"{lot.variant.product.name_vi} · {lot.code}",
        after={"reason": reason, "units_set_aside": units}, actor=actor,
    )  # fmt: skip
    db.session.refresh(lot)
    db.session.expire(lot.variant)
    orders = _orders_carrying(lot.id)
    db.session.add_all(RecallNotice(lot_id=lot.id, order_id=order_id) for order_id, _e in orders)
    db.session.flush()
    sent = send_notices(now, lot_id=lot.id)
    return RecallOutcome(units, len(orders), sent, sum(1 for _id, email in orders if not email))


def _orders_carrying(lot_id: int) -> list[tuple[int, str]]:
    """(id, e-mail) of each order a line of which took units of the lot, but for orders that
    never shipped."""
    rows = db.session.execute(
        sa.select(Order.id, Order.email)
        .join(OrderItem, OrderItem.order_id == Order.id)
        .join(OrderItemLot, OrderItemLot.order_item_id == OrderItem.id)
        .where(OrderItemLot.lot_id == lot_id, Order.status.not_in(NEVER_SHIPPED))
        .distinct()
        .order_by(Order.id)
    )
    return [(order_id, email or "") for order_id, email in rows]


def send_notices(now: datetime, lot_id: int | None = None) -> int:
    """Queue the e-mail of each unsent notice (of one lot, or all) whose order has an address,
    marking it sent first; a notice another run marked meanwhile is skipped. Returns how many
    were queued: they leave when the caller commits."""
    query = (
        sa.select(RecallNotice.id)
        .join(Order, Order.id == RecallNotice.order_id)
        .where(RecallNotice.sent_at.is_(None), Order.email != "")
        .order_by(RecallNotice.id)
    )
    if lot_id is not None:
        query = query.where(RecallNotice.lot_id == lot_id)
    sent = 0
    for notice_id in db.session.scalars(query).all():
        marked = rows_updated(
            sa.update(RecallNotice)
            .where(RecallNotice.id == notice_id, RecallNotice.sent_at.is_(None))
            .values(sent_at=now)
            .execution_options(synchronize_session=False)
        )
        if marked:
            _mail(notice_id)
            sent += 1
    return sent


def _mail(notice_id: int) -> None:
    notice = db.session.scalars(
        sa.select(RecallNotice)
        .where(RecallNotice.id == notice_id)
        .options(
            joinedload(RecallNotice.order),
            joinedload(RecallNotice.lot).joinedload(Lot.product).joinedload(Product.producer),
            joinedload(RecallNotice.lot).joinedload(Lot.variant),
        )
    ).one()
    order, lot = notice.order, notice.lot
    with force_locale(order.locale):
        product_name = localized(lot.product, "name")
    mail.queue(
        order.email,
        "mail/orders/recall_subject.txt",
        "mail/orders/recall_body.txt",
        locale=order.locale,
        order=order,
        lot=lot,
        product_name=product_name,
        trace_link=absolute(lot_path(lot)),
    )


def open_recalls() -> list[OpenRecall]:
    """Every recalled lot, newest first, with how many of its buyers were told, are still to
    be told, and cannot be told by e-mail (one query)."""
    no_email = Order.email == ""
    counts = (
        sa.select(
            RecallNotice.lot_id.label("lot_id"),
            sa.func.count().filter(RecallNotice.sent_at.is_not(None)).label("told"),
            sa.func.count().filter(RecallNotice.sent_at.is_(None), ~no_email).label("to_tell"),
            sa.func.count().filter(no_email).label("without_email"),
        )
        .join(Order, Order.id == RecallNotice.order_id)
        .group_by(RecallNotice.lot_id)
        .subquery()
    )
    rows = db.session.execute(
        sa.select(Lot, counts.c.told, counts.c.to_tell, counts.c.without_email)
        .outerjoin(counts, counts.c.lot_id == Lot.id)
        .where(Lot.recalled_at.is_not(None))
        .order_by(Lot.recalled_at.desc(), Lot.id.desc())
        .options(joinedload(Lot.product).joinedload(Product.producer), joinedload(Lot.variant))
    )
    return [
        OpenRecall(lot, told or 0, to_tell or 0, none or 0) for lot, told, to_tell, none in rows
    ]


def lots_by_code(code: str) -> list[Lot]:
    """Lots whose code is `code` (any product, any producer; case as typed or upper), for the
    office to find the one to recall."""
    return list(
        db.session.scalars(
            sa.select(Lot)
            .where(Lot.code.in_({code, code.upper()}))
            .order_by(Lot.id.desc())
            .limit(50)
            .options(joinedload(Lot.product).joinedload(Product.producer), joinedload(Lot.variant))
        )
    )
