"""The recalled lots a product page warns about: those buyers may still hold."""

from datetime import date

import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.extensions import db


def recalled_lots(product_id: int, today: date) -> list[Lot]:
    """The product's recalled lots, newest recall first, in one query; a lot past its
    best-before date is left out (nobody should still be eating it)."""
    return list(
        db.session.scalars(
            sa.select(Lot)
            .where(
                Lot.product_id == product_id,
                Lot.recalled_at.is_not(None),
                sa.or_(Lot.best_before.is_(None), Lot.best_before >= today),
            )
            .order_by(Lot.recalled_at.desc(), Lot.id.desc())
        )
    )
