"""Side effects that wait for the commit: queued in the session, run after COMMIT, dropped on
rollback. E-mails (mail.py) and stored files (media.storage) go through it.

A queue is a named list in `session.info`. Once the outermost transaction commits, each item
is handed to the queue's `on_commit`; when that transaction rolls back, or ends without a
commit, to its `on_drop` instead. Releasing a savepoint (`begin_nested`) is not the commit:
nothing runs before the outermost one, and what was queued inside a savepoint that rolls back
is dropped with it. A view run again after a deadlock (database.retry_on_deadlock) therefore
finds empty queues: its first attempt's side effects were dropped with its transaction.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app
from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from storefront.extensions import db

log = logging.getLogger(__name__)
SAVEPOINTS = "after_commit_savepoints"  # savepoint -> {queue name: its length at the start}


@dataclass(frozen=True)
class Queue:
    """Items waiting for the commit; lower `order` runs first."""

    name: str
    on_commit: Callable[[Flask, Any], None]
    on_drop: Callable[[Any], None] | None = None
    order: int = 100

    def put(self, item: Any) -> None:
        """Queue `item` in the current session until its transaction ends."""
        session = db.session()
        if not session.in_transaction():
            session.begin()  # the item belongs to a transaction, even before its first query
        session.info.setdefault(self.name, []).append(item)


_queues: dict[str, Queue] = {}


def queue(
    name: str,
    on_commit: Callable[[Flask, Any], None],
    on_drop: Callable[[Any], None] | None = None,
    *,
    order: int = 100,
) -> Queue:
    """Declare a queue (once, at import): `on_commit(app, item)` after the commit,
    `on_drop(item)` when the transaction does not commit. Neither may touch the database."""
    made = Queue(name, on_commit, on_drop, order)
    _queues[name] = made
    return made


def _in_order() -> list[Queue]:
    return sorted(_queues.values(), key=lambda q: q.order)


def _drop(queue: Queue, items: list) -> None:
    if queue.on_drop is None:
        return
    for item in items:
        try:
            queue.on_drop(item)
        except Exception:  # one failure must not keep the others
            log.exception("Could not drop an item of %s", queue.name)


@event.listens_for(Session, "after_commit")
def _run_after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint was released: the outermost transaction may still roll back
    pending = [(queue, session.info.pop(queue.name, [])) for queue in _in_order()]
    if not any(items for _, items in pending):
        return
    # The app itself, not the proxy; Flask types current_app as a Flask, hiding the proxy.
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    for queue, items in pending:
        for item in items:
            try:
                queue.on_commit(app, item)
            except Exception:  # a side effect must never undo what was committed
                log.exception("After the commit, an item of %s failed", queue.name)


@event.listens_for(Session, "after_transaction_create")
def _mark_savepoint(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        lengths = {name: len(session.info.get(name, ())) for name in _queues}
        session.info.setdefault(SAVEPOINTS, {})[transaction] = lengths


@event.listens_for(Session, "after_soft_rollback")
def _drop_savepoint(session: Session, previous: SessionTransaction) -> None:
    if not previous.nested:
        return
    lengths = session.info.get(SAVEPOINTS, {}).pop(previous, {})
    for name, length in lengths.items():
        items = session.info.get(name, [])
        dropped, items[length:] = items[length:], []
        _drop(_queues[name], dropped)


@event.listens_for(Session, "after_transaction_end")
def _drop_uncommitted(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(SAVEPOINTS, None)
        for queue in _in_order():
            _drop(queue, session.info.pop(queue.name, []))
