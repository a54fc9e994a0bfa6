"""Which rows still point at a stored picture or document, found from the foreign keys.

Every table of the metadata that has a foreign key to media_asset or document counts (product
photos, logos and covers, tree photos, farmer updates, certificate scans...), so a table added
tomorrow counts without a change here. Products duplicated with their photos share assets.
"""

from functools import cache

import sqlalchemy as sa

from storefront.extensions import db
from storefront.media.models import Document, MediaAsset

Stored = MediaAsset | Document


@cache
def referencing_columns(model: type[Stored]) -> tuple[sa.Column, ...]:
    """The foreign-key columns of every table that point at `model`'s table."""
    target = model.__table__
    return tuple(
        fk.parent
        for table in db.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table is target
    )


def referenced_ids(model: type[Stored]) -> sa.CompoundSelect:
    """The ids of the `model` rows some row points at, as one query that is read once rather
    than once per row (the foreign-key columns carry no index)."""
    return sa.union(
        *(sa.select(column).where(column.is_not(None)) for column in referencing_columns(model))
    )


def still_referenced(thing: Stored) -> bool:
    """Whether any row (flushed in this transaction or committed) points at `thing`."""
    checks = (sa.exists().where(column == thing.id) for column in referencing_columns(type(thing)))
    return bool(db.session.scalar(sa.select(sa.or_(*checks))))
