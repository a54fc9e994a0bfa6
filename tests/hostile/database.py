"""What a request wrote: a count of writing statements, and a fingerprint of every table's
rows read through the test's own connection (which sees the requests' uncommitted work)."""

import hashlib
import re
from contextlib import contextmanager

import sqlalchemy as sa

from storefront.extensions import db

WRITING = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.I)
# Control characters no stored text may hold (tabs and line breaks are allowed in text areas).
FORBIDDEN_STORED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


@contextmanager
def writes_counted():
    """`with writes_counted() as count:` count[0] is the number of INSERT/UPDATE/DELETE run."""
    count = [0]

    def record(conn, cursor, statement, parameters, context, executemany):
        if WRITING.match(statement):
            count[0] += 1

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield count
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)


def fingerprint(connection) -> dict[str, str]:
    """A digest of each table's rows, in primary-key order."""
    digests = {}
    for table in db.metadata.sorted_tables:
        query = sa.select(table).order_by(*table.primary_key.columns)
        rows = connection.execute(query).all()
        digests[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return digests


def stored_control_characters(connection) -> list[str]:
    """table.column=value of every stored text holding a control character."""
    found = []
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, sa.String):
                continue
            for (value,) in connection.execute(sa.select(column).where(column.is_not(None))):
                if isinstance(value, str) and FORBIDDEN_STORED.search(value):
                    found.append(f"{table.name}.{column.name}={value[:40]!r}")
    return found
