"""Engine tuning per backend: SQLite gets WAL, a busy timeout and real transactions."""

import logging
import random
import time
from contextvars import ContextVar
from functools import wraps

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from storefront.extensions import db

log = logging.getLogger(__name__)
_immediate: ContextVar[bool] = ContextVar("sqlite_begin_immediate", default=False)


def begin_write_transaction() -> None:
    """Start a fresh transaction that will write (stock, seats, trees).

    On SQLite a read transaction that later writes can fail at once with "database is
    locked" when another writer got there first; BEGIN IMMEDIATE takes the write lock up
    front, so concurrent buyers queue on the busy timeout instead. PostgreSQL needs nothing:
    the conditional UPDATEs are atomic there. Call it before any read of the operation;
    nothing may be pending in the session.
    """
    if db.engine.dialect.name != "sqlite":
        return
    if not isinstance(db.session.get_bind(), Engine):
        return  # joined to an outer transaction (the tests'), which cannot be restarted here
    if db.session.new or db.session.dirty or db.session.deleted or db.session.info.get("wrote"):
        raise RuntimeError("begin_write_transaction() would roll back this request's changes")
    db.session.rollback()  # end the read-only transaction opened by earlier queries
    token = _immediate.set(True)
    try:
        db.session.connection()
    finally:
        _immediate.reset(token)


@event.listens_for(Session, "after_flush")
def _remember_writes(session, _context) -> None:
    session.info["wrote"] = True


@event.listens_for(Session, "after_transaction_end")
def _forget_writes(session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop("wrote", None)


# PostgreSQL's "deadlock detected" and "could not serialize": the transaction was rolled back
# as a whole and may simply be run again.
RETRYABLE_SQLSTATES = {"40P01", "40001"}
ATTEMPTS = 3


def retryable(error: OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def retry_on_deadlock(view):
    """Run the view again (up to three times) when PostgreSQL ends its transaction to break a
    deadlock or a serialization failure.

    Two people moving the same things from opposite ends (an operator cancelling a departure
    while an unpaid hold on it expires) can lock rows in opposite orders; PostgreSQL then
    aborts one of them. Everything such a view does is undone with the transaction (e-mails
    leave only after the commit; card refunds carry idempotency keys), so running it again is
    safe."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return view(*args, **kwargs)
            except OperationalError as error:
                if attempt == ATTEMPTS or not retryable(error):
                    raise
                db.session.rollback()
                log.warning("Deadlock in %s, attempt %s: running it again", view.__name__, attempt)
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    return wrapped


def writes(view):
    """A view that changes stock, payments or states: its transaction starts as a writer, and
    runs again if PostgreSQL breaks a deadlock (retry_on_deadlock)."""

    @wraps(view)
    def started_as_writer(*args, **kwargs):
        begin_write_transaction()
        return view(*args, **kwargs)

    return retry_on_deadlock(started_as_writer)


def init_app(app: Flask) -> None:
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)


def _tune_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT and delays BEGIN;
    # take it over, as SQLAlchemy's documentation recommends.
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _immediate.get() else "BEGIN")
