"""The office's audit log: who did what that matters, when, with the record before and after.

Entries are only ever added (approvals, rating decisions, certificate changes, settlements
paid, recalls, role changes); the mapper refuses to change or delete one, and no page offers
to. `record` adds an entry to the caller's transaction, so it lands with the change it tells
of or not at all.
"""

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask import has_request_context
from flask_login import current_user
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from storefront.accounts.models import User
from storefront.extensions import Model, db
from storefront.models_base import UTCDateTime, utcnow


class AuditEntry(Model):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Who acted (None: a command or the system); the e-mail is kept as it was then.
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id"), index=True)
    actor_email: Mapped[str] = mapped_column(sa.String(254), default="")
    # What was done, as a dotted code ("producer.approved", "rating.decided", ...).
    action: Mapped[str] = mapped_column(sa.String(60), index=True)
    # What it was done to: a table name and row id, and a readable name for the list.
    subject_type: Mapped[str] = mapped_column(sa.String(40), default="")
    subject_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(sa.String(300), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)

    actor: Mapped[User | None] = relationship()

    __table_args__ = (sa.Index("ix_audit_entry_subject", "subject_type", "subject_id"),)


class AuditIsAppendOnly(RuntimeError):
    """An audit entry was about to be changed or deleted."""


@sa.event.listens_for(AuditEntry, "before_update")
def _refuse_update(_mapper, _connection, target: AuditEntry) -> None:
    session = object_session(target)
    if session is None or session.is_modified(target, include_collections=False):
        raise AuditIsAppendOnly(f"audit entry {target.id} cannot be changed")


@sa.event.listens_for(AuditEntry, "before_delete")
def _refuse_delete(_mapper, _connection, target: AuditEntry) -> None:
    raise AuditIsAppendOnly(f"audit entry {target.id} cannot be deleted")


def record(
    action: str,
    subject: Model | None = None,
    *,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    actor: User | None = None,
) -> AuditEntry:
    """Add an entry to the current transaction. The actor is the logged-in user unless given
    (commands pass None and are recorded as the system). Values in before/after must be JSON
    (strings, numbers, booleans, None, lists, dicts): turn dates and enums into strings."""
    if actor is None and has_request_context() and current_user.is_authenticated:
        actor = current_user._get_current_object()
    entry = AuditEntry(
        actor=actor,
        actor_email=actor.email if actor else "",
        action=action,
        subject_type=subject.__tablename__ if subject is not None else "",
        subject_id=getattr(subject, "id", None),
        summary=summary[:300],
        before=before,
        after=after,
    )
    db.session.add(entry)
    return entry
