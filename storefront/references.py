"""Which rows still point at a row, found from the foreign keys of the metadata: a table added
tomorrow counts without a change here. A package that must not read the tables above it (a
product's order lines, a picture's many owners) asks this instead."""

from functools import cache
from typing import ClassVar, Protocol

import sqlalchemy as sa

from storefront.extensions import db


class Row(Protocol):
    """A row of a model: every table of the site has an integer id."""

    __table__: ClassVar[sa.FromClause]

    @property
    def id(self) -> int: ...


@cache
def referencing_columns(
    model: type[Row], owned: tuple[type[Row], ...] = ()
) -> tuple[sa.Column, ...]:
    """The foreign-key columns of every table that point at `model`'s table, but those of
    the `owned` tables (its own parts, deleted with it)."""
    target = model.__table__
    own = {part.__table__ for part in owned}
    return tuple(
        fk.parent
        for table in db.metadata.sorted_tables
        if table not in own
        for fk in table.foreign_keys
        if fk.column.table is target
    )


def still_referenced(row: Row, owned: tuple[type[Row], ...] = ()) -> bool:
    """Whether any row (flushed in this transaction or committed) points at `row`, leaving
    out its own parts."""
    columns = referencing_columns(type(row), owned)
    if not columns:
        return False
    return bool(
        db.session.scalar(sa.select(sa.or_(*(sa.exists().where(c == row.id) for c in columns))))
    )
