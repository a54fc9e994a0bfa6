"""Transactions: engine tuning per backend, writers that start as writers, one lock order, and
views run again when PostgreSQL breaks a deadlock.

SQLite gets WAL, a busy timeout and real transactions; a write transaction takes the single
write lock up front (BEGIN IMMEDIATE), so SQLite cannot deadlock. PostgreSQL locks rows, and
two transactions that lock the same rows in opposite orders deadlock. So every transaction
that locks more than one of these takes them in this order, and never reaches back up:

1. the departure of a booking (tours.seats.lock, and lifecycle.lock through the
   order_locking signal): a departure before its bookings, orders and waiting-list entries;
2. the order (orders.lifecycle.lock), then what only its holder touches: its payments,
   fulfilments, booking or adoption, refunds and events; several orders by ascending id;
3. the buyer's user row (orders.credit.lock_balance, store credit);
4. product variants (stock), by ascending id, each followed by its lots (their stock and
   set-aside) first-expiring-first-out: best-before, lots without one last, then production
   date, then id (orders.lot_stock). A lot's stock changes only while its variant's row is
   held, so the variant's stock stays the sum of its lots' and lots never deadlock.

A transaction that closes several orders (the expiry cron) takes one order per transaction;
waiting for a row (a Stripe call, an e-mail) never happens inside one: payment providers are
called outside any transaction (payments.flow). Locks are FOR NO KEY UPDATE, which rows
inserted with a foreign key to the locked row (FOR KEY SHARE) do not wait for. Whatever still
deadlocks is run again: every write view (@writes, checked for each POST route) and the cron
commands.
"""

import logging
import random
import time
from contextvars import ContextVar
from functools import wraps
from typing import Any, cast

from flask import Flask, g, make_response, request
from sqlalchemy import Update, event
from sqlalchemy.engine import CursorResult, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from storefront.extensions import db

log = logging.getLogger(__name__)
_immediate: ContextVar[bool] = ContextVar("sqlite_begin_immediate", default=False)
_retrying: ContextVar[bool] = ContextVar("retrying_on_deadlock", default=False)
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


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


def rows_updated(statement: Update) -> int:
    """Run a conditional UPDATE (no RETURNING) and say how many rows it changed: 0 when
    another transaction got there first. The session answers such a statement with a
    CursorResult, which the type of Session.execute() cannot promise for every statement."""
    return cast(CursorResult[Any], db.session.execute(statement)).rowcount


# PostgreSQL's "deadlock detected" and "could not serialize": the transaction was rolled back
# as a whole and may simply be run again.
RETRYABLE_SQLSTATES = {"40P01", "40001"}
ATTEMPTS = 3


def retryable(error: OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def retry_on_deadlock(view):
    """Run the view again (up to three times) when PostgreSQL ends its transaction to break a
    deadlock or a serialization failure.

    Two people moving the same things from opposite ends can still lock rows in opposite
    orders; PostgreSQL then aborts one of them. Everything such a view does is undone with the
    transaction (e-mails and stored files wait for the commit and go with a rollback, see
    after_commit.py; Stripe calls carry idempotency keys), so running it again is safe. Nested
    uses leave the retrying to the outermost one."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if _retrying.get():
            return view(*args, **kwargs)
        token = _retrying.set(True)
        try:
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    return view(*args, **kwargs)
                except OperationalError as error:
                    if attempt == ATTEMPTS or not retryable(error):
                        raise
                    db.session.rollback()
                    log.warning("Deadlock in %s, attempt %s: again", view.__name__, attempt)
                    time.sleep(random.uniform(0.01, 0.05) * attempt)
        finally:
            _retrying.reset(token)
        raise AssertionError("unreachable")

    wrapped.retries_deadlocks = True
    return wrapped


def refuse_changes() -> None:
    """Mark this request's transaction to be rolled back when its view returns: a refusal
    that still answers with a redirect (a flashed message) keeps nothing half-done."""
    g.refused = True


def writes(view):
    """The one way a view writes. Its transaction starts as a writer for a POST (a GET that
    also shows the form reads as usual) and belongs to this decorator: it commits when the
    view answers below 400, and rolls back when the view answers 400 or more, raises, or
    called refuse_changes() (form_error does).
    E-mails and stored files follow the commit (after_commit.py). The whole runs again when
    PostgreSQL breaks a deadlock (retry_on_deadlock). Views never commit or roll back."""

    @wraps(view)
    def in_transaction(*args, **kwargs):
        if request.method in WRITE_METHODS:
            begin_write_transaction()
        g.pop("refused", None)
        try:
            response = make_response(view(*args, **kwargs))
        except BaseException:
            db.session.rollback()
            raise
        if response.status_code >= 400 or g.pop("refused", False):
            db.session.rollback()
        else:
            db.session.commit()
        return response

    wrapped = retry_on_deadlock(in_transaction)
    wrapped.writes = True
    return wrapped


def check_write_views(app: Flask) -> None:
    """Refuse to start when a view that takes POST (or another writing method) does not own
    its transaction through @writes: a new write view cannot forget its commit, its rollback
    on refusal or its deadlock retry."""
    missing = sorted(
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if (rule.methods or set()) & WRITE_METHODS
        and not getattr(app.view_functions[rule.endpoint], "writes", False)
    )
    if missing:
        raise RuntimeError(f"write views without @writes: {', '.join(missing)}")


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
