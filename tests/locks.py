"""Races made to happen every time: hold a row lock from a connection of the test's own, let
the contenders queue up behind it, then let them all go at once.

On PostgreSQL the contenders are seen waiting (pg_stat_activity), so a race that needs them
all inside their transactions at the same moment happens on every run, not one in twenty.
SQLite has no row locks (a writer takes the whole database): there the contenders simply run
at once and the test checks the same outcome.
"""

import time

import sqlalchemy as sa

WAITERS = sa.text(
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
    "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
)

ACTIVITY = sa.text(
    "SELECT state, wait_event_type, wait_event, left(query, 80) FROM pg_stat_activity "
    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


class RowLocks:
    """`with RowLocks(url) as locks: locks.hold("order", id); ...; locks.wait_for(2)`; the
    locks go when the block ends (or at `release()`)."""

    def __init__(self, database_url: str):
        self.engine = sa.create_engine(database_url)
        self.postgresql = self.engine.dialect.name == "postgresql"
        self.connection = None

    def __enter__(self):
        if self.postgresql:
            self.connection = self.engine.connect()
            self.connection.begin()
        return self

    def __exit__(self, *exc):
        self.release()
        self.engine.dispose()

    def hold(self, table: str, row_id: int) -> None:
        """Lock one row (FOR UPDATE: every writer of it, or locker of it, waits)."""
        if self.postgresql:
            self.connection.execute(
                sa.text(f'SELECT id FROM "{table}" WHERE id = :id FOR UPDATE'), {"id": row_id}
            )

    def wait_for(self, waiters: int, timeout: float = 60) -> None:
        """Return once `waiters` other transactions wait for a lock in this database."""
        if not self.postgresql:
            return
        deadline = time.monotonic() + timeout
        # autocommit: pg_stat_activity is read once per transaction
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as watcher:
            while watcher.execute(WAITERS).scalar() < waiters:
                if time.monotonic() > deadline:
                    activity = watcher.execute(ACTIVITY).all()
                    raise AssertionError(f"fewer than {waiters} came to wait: {activity}")
                time.sleep(0.02)  # polling the server's own view of who waits

    def release(self) -> None:
        if self.connection is not None:
            self.connection.rollback()
            self.connection.close()
            self.connection = None
