"""Reading the audit log: the office's search (text, action, days) and its pages."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.extensions import db
from storefront.timeutil import day_start_utc

PER_PAGE = 50


@dataclass(frozen=True)
class AuditSearch:
    """What the office looks for: words in the actor's e-mail or the summary, an action (or
    a family of actions: "producer" finds "producer.approve"...), a span of local days."""

    text: str = ""
    action: str = ""
    since: date | None = None
    until: date | None = None

    def query(self) -> sa.Select:
        query = sa.select(AuditEntry)
        if self.text:
            query = query.where(
                sa.or_(
                    AuditEntry.actor_email.contains(self.text, autoescape=True),
                    AuditEntry.summary.contains(self.text, autoescape=True),
                )
            )
        if self.action:
            query = query.where(
                sa.or_(
                    AuditEntry.action == self.action,
                    AuditEntry.action.startswith(f"{self.action}.", autoescape=True),
                )
            )
        if self.since:
            query = query.where(AuditEntry.at >= day_start_utc(self.since))
        if self.until:
            query = query.where(AuditEntry.at < day_start_utc(self.until + timedelta(days=1)))
        return query


def audit_page(search: AuditSearch, page: int):
    """One page of matching entries, newest first (Flask-SQLAlchemy's Pagination)."""
    return db.paginate(
        search.query().order_by(AuditEntry.id.desc()),
        page=page,
        per_page=PER_PAGE,
        error_out=False,
        count=True,
    )


def audit_rows(search: AuditSearch) -> Iterator[AuditEntry]:
    """Every matching entry, oldest first, read in batches (the export)."""
    query = search.query().order_by(AuditEntry.id).execution_options(yield_per=500)
    yield from db.session.scalars(query)


def action_families() -> list[str]:
    """The first word of every action recorded so far, for the search's select."""
    actions = db.session.scalars(sa.select(AuditEntry.action).distinct())
    return sorted({action.split(".", 1)[0] for action in actions})
