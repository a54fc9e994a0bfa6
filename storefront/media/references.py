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


def is_referenced(model: type[Stored]):
    """An SQL condition: some row points at this `model` row."""
    return sa.or_(*(sa.exists().where(column == model.id) for column in referencing_columns(model)))


def still_referenced(thing: Stored) -> bool:
    """Whether any row (flushed in this transaction or committed) points at `thing`."""
    model = type(thing)
    query = sa.select(model.id).where(model.id == thing.id, is_referenced(model))
    return db.session.scalar(query) is not None
