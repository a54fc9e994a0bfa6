"""Stock kept per lot: the checkout takes a lot-tracked variant's units first-expiring-first-
out, each order line records the lots it took, and every way back gives the units to them.

A lot-tracked variant's `stock` is the sum of its lots' `stock` (the units on sale); a
recalled lot keeps its units off sale in `set_aside`. Both ways run under the variant's row
(database.py's lock order: a variant, then its lots first-expiring-first-out), each lot with
one conditional UPDATE, so a lot is never oversold and never goes below zero. Lots that cannot
cover what their variant allowed (the sum was broken) refuse the order rather than sell units
that are not there; the caller's transaction then rolls back as a whole.
"""

import logging
from collections.abc import Iterable

import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.database import rows_updated
from storefront.extensions import db
from storefront.orders.checkout_errors import OutOfStockError
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.models import OrderItem
from storefront.timeutil import today_local

log = logging.getLogger(__name__)

# First expiring first out: the nearest best-before, lots without one last, then the oldest.
FEFO = (Lot.best_before.asc().nulls_last(), Lot.produced_on, Lot.id)

Taken = list[tuple[int, int]]  # (lot id, units) per lot a line took units from


def take(variant: Variant, quantity: int) -> Taken:
    """Take `quantity` units from the variant's lots on sale, first-expiring-first-out: not
    recalled, not past their best-before date (in Vietnam), with stock left.

    Called once the variant's own conditional UPDATE took them (its row is held). Returns the
    (lot id, units) of each lot used; OutOfStockError with what the lots could give when they
    hold fewer than the variant said (its stock still counts a lot past its date, or the sum
    was broken)."""
    lots = db.session.execute(
        sa.select(Lot.id, Lot.stock)
        .where(
            Lot.variant_id == variant.id,
            Lot.recalled_at.is_(None),
            Lot.stock > 0,
            sa.or_(Lot.best_before.is_(None), Lot.best_before >= today_local()),
        )
        .order_by(*FEFO)
    ).all()
    taken: Taken = []
    wanted = quantity
    for lot_id, stock in lots:
        units = min(stock, wanted)
        if _take_from(lot_id, units):
            taken.append((lot_id, units))
            wanted -= units
        if wanted == 0:
            return taken
    log.warning("variant %s: its lots on sale hold %s fewer than its stock", variant.id, wanted)
    raise OutOfStockError.of(variant, quantity - wanted)


def _take_from(lot_id: int, units: int) -> bool:
    """One conditional UPDATE: False (and nothing taken) when the lot no longer has them."""
    return (
        rows_updated(
            sa.update(Lot)
            .where(Lot.id == lot_id, Lot.recalled_at.is_(None), Lot.stock >= units)
            .values(stock=Lot.stock - units)
            .execution_options(synchronize_session=False)
        )
        == 1
    )


def record(items: Iterable[OrderItem], taken: dict[int, Taken]) -> None:
    """Write which lots each new line took its units from (`taken` by variant id)."""
    for item in items:
        for lot_id, units in taken.get(item.variant_id or 0, ()):
            db.session.add(OrderItemLot(order_item=item, lot_id=lot_id, quantity=units))


def give_back(items: Iterable[OrderItem]) -> None:
    """Put the lines' units back where they came from: the lots each line took (and their
    variant), or the variant alone for lines that took none; by variant id, the order the
    checkout takes them in, so the two never deadlock.

    A lot recalled since keeps the units returned to it in its set-aside, off sale. Units that
    came from no lot cannot go back on sale once the variant keeps its stock by lots (its
    stock must stay the sum of its lots'): they wait to be recorded in a lot."""
    lines = [item for item in items if item.variant_id is not None]
    quantities: dict[int, int] = {}
    for item in lines:
        variant_id = item.variant_id or 0
        quantities[variant_id] = quantities.get(variant_id, 0) + item.quantity
    from_lots = _lots_taken([item.id for item in lines])
    for variant_id in sorted(quantities):
        lots = from_lots.get(variant_id, [])
        untraced = quantities[variant_id] - sum(units for _lot, units in lots)
        on_sale = _to_lots(variant_id, lots) if lots else 0
        if untraced:
            log.info("variant %s: %s units back that came from no lot", variant_id, untraced)
        db.session.execute(
            sa.update(Variant)
            .where(Variant.id == variant_id)
            .values(
                stock=Variant.stock + on_sale + sa.case((Variant.lot_tracked, 0), else_=untraced)
            )
            .execution_options(synchronize_session=False)
        )


def _lots_taken(item_ids: list[int]) -> dict[int, Taken]:
    """(lot id, units) the lines took, by variant id, each variant's lots in FEFO order."""
    if not item_ids:
        return {}
    rows = db.session.execute(
        sa.select(Lot.variant_id, Lot.id, sa.func.sum(OrderItemLot.quantity))
        .join(OrderItemLot, OrderItemLot.lot_id == Lot.id)
        .where(OrderItemLot.order_item_id.in_(item_ids))
        .group_by(Lot.id)
        .order_by(Lot.variant_id, *FEFO)
    ).all()
    taken: dict[int, Taken] = {}
    for variant_id, lot_id, units in rows:
        taken.setdefault(variant_id, []).append((lot_id, int(units)))
    return taken


def _to_lots(variant_id: int, lots: Taken) -> int:
    """Give each lot its units back under the variant's row lock; the units back on sale."""
    db.session.execute(
        sa.select(Variant.id).where(Variant.id == variant_id).with_for_update(key_share=True)
    )
    on_sale = 0
    for lot_id, units in lots:
        if rows_updated(
            sa.update(Lot)
            .where(Lot.id == lot_id, Lot.recalled_at.is_(None))
            .values(stock=Lot.stock + units)
            .execution_options(synchronize_session=False)
        ):
            on_sale += units
        else:  # recalled meanwhile: the units stay off sale with the rest of the lot
            db.session.execute(
                sa.update(Lot)
                .where(Lot.id == lot_id)
                .values(set_aside=Lot.set_aside + units)
                .execution_options(synchronize_session=False)
            )
    return on_sale
