"""The office's writes on settlements: the commission rate, making a period's statements, and
marking one paid. Each flushes and records itself in the audit log; the view commits.

Making statements and paying one take the settings row's lock first (FOR NO KEY UPDATE on
PostgreSQL; SQLite's writers are serialised already), so two office tabs never make the
same period twice nor pay a statement that is being replaced; the status changes are
conditional UPDATEs and DELETEs besides. The life cycle (open -> paid) is one table of the
state machine; its steps are written to the audit log.
"""

from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.engine import CursorResult

from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.database import rows_updated
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders.settlement_models import (
    LineKind,
    Settlement,
    SettlementSetting,
    SettlementStatus,
)
from storefront.orders.settlements import Draft, Period, drafts
from storefront.producers.models import Producer
from storefront.state_machine import Event, StateMachine
from storefront.timeutil import today_local

MAX_COMMISSION_BP = 3_000  # 30 %: above that a typing mistake is likelier than a policy
MAX_PERIOD_DAYS = 366
MAX_REFERENCE = 60


class SettlementError(DomainError):
    code = "settlement_refused"


class AlreadyPaid(SettlementError):
    code = "already_paid"
    status = 409


def _audit_step(settlement: Settlement, event: Event) -> None:
    actor = db.session.get(User, event.actor_id) if event.actor_id else None
    audit.record(
        f"settlement.{event.to_state}",
        settlement,
        summary=event.note,
        before={"status": event.from_state},
        after={
            "status": event.to_state,
            "bank_reference": settlement.bank_reference,
            "paid_on": settlement.paid_on.isoformat() if settlement.paid_on else None,
            "net_owed": settlement.net_owed,
        },
        actor=actor,
    )


MACHINE: StateMachine[Settlement] = StateMachine(
    "settlement",
    {(SettlementStatus.OPEN, "pay"): SettlementStatus.PAID},
    _audit_step,
    refusal=_l("This statement is already paid."),
)


def setting(*, lock: bool = False) -> SettlementSetting:
    """The office's settings row (made by the migration), locked for the transaction if asked."""
    query = sa.select(SettlementSetting).where(SettlementSetting.id == 1)
    if lock:
        query = query.with_for_update(key_share=True)
    found = db.session.scalar(query.execution_options(populate_existing=True))
    if found is None:
        found = SettlementSetting(id=1, commission_bp=0)
        db.session.add(found)
        db.session.flush()
    return found


def set_commission(rate_bp: int, actor) -> SettlementSetting:
    """The platform's commission on goods, in basis points (250 = 2.5 %); applies to the
    statements made from now on."""
    if not isinstance(rate_bp, int) or not 0 <= rate_bp <= MAX_COMMISSION_BP:
        raise SettlementError(
            _l("The commission goes from 0 %% to %(most)s %%.", most=MAX_COMMISSION_BP // 100),
            "rate",
        )
    row = setting(lock=True)
    before = row.commission_bp
    if before != rate_bp:
        row.commission_bp, row.updated_at, row.updated_by_id = rate_bp, utcnow(), actor.id
        audit.record(
            "settlement.commission_set", row, summary=f"{before} -> {rate_bp} bp",
            before={"commission_bp": before}, after={"commission_bp": rate_bp}, actor=actor,
        )  # fmt: skip
    db.session.flush()
    return row


def check_period(start: date, end: date) -> Period:
    """A period the office may settle: in order, ended before today, at most a year long."""
    if end < start:
        raise SettlementError(_l("The period ends before it starts."), "end")
    if end >= today_local():
        raise SettlementError(
            _l("Settle only a period that has ended: its last day must be before today."), "end"
        )
    if (end - start).days >= MAX_PERIOD_DAYS:
        raise SettlementError(_l("A period is at most one year long."), "start")
    return Period(start, end)


def _overlapping(period: Period, producer_ids: list[int]) -> list[Settlement]:
    return list(
        db.session.scalars(
            sa.select(Settlement)
            .where(
                Settlement.producer_id.in_(producer_ids),
                Settlement.period_start <= period.end,
                Settlement.period_end >= period.start,
            )
            .order_by(Settlement.id)
        )
    )


def _refuse_paid_overlaps(period: Period, paid: list[Settlement]) -> None:
    clashing = [s for s in paid if (s.period_start, s.period_end) != (period.start, period.end)]
    if clashing:
        names = ", ".join(sorted({s.producer.name for s in clashing}))
        raise SettlementError(
            _l(
                "This period overlaps statements already paid (%(names)s): choose a period "
                "that starts after their last day. Nothing was made.",
                names=names,
            ),
            "start",
            code="overlaps_paid",
        )


def _refuse_open_outside(period: Period, open_ones: list[Settlement]) -> None:
    """An open statement that reaches outside the new period would lose its other days'
    lines if replaced: refused (make that period again, or one that covers it)."""
    outside = [s for s in open_ones if s.period_start < period.start or s.period_end > period.end]
    if outside:
        first = outside[0]
        raise SettlementError(
            _l(
                "This period cuts across an open statement of %(name)s (%(start)s to %(end)s): "
                "make that period again, or a period that covers all of it. Nothing was made.",
                name=first.producer.name, start=first.period_start.isoformat(),
                end=first.period_end.isoformat(),
            ),
            "start",
            code="cuts_open",
        )  # fmt: skip


def _replace_open(settlements: list[Settlement]) -> None:
    """Delete the open statements being made again; one paid meanwhile stops everything."""
    for settlement in settlements:
        statement = (
            sa.delete(Settlement)
            .where(Settlement.id == settlement.id, Settlement.status == SettlementStatus.OPEN)
            .execution_options(synchronize_session=False)
        )
        gone = cast(CursorResult[Any], db.session.execute(statement)).rowcount
        if gone != 1:
            raise SettlementError(_l("A statement was paid meanwhile: please try again."))
        db.session.expunge(settlement)


def _store(draft: Draft, period: Period, rate_bp: int, actor) -> Settlement:
    settlement = Settlement(
        producer_id=draft.producer_id, period_start=period.start, period_end=period.end,
        status=SettlementStatus.OPEN, goods_total=draft.total(LineKind.GOODS),
        shipping_total=draft.total(LineKind.SHIPPING), refunds_total=draft.total(LineKind.REFUND),
        credit_total=draft.total(LineKind.CREDIT), commission_bp=rate_bp,
        commission=draft.commission(rate_bp), net_owed=draft.net(rate_bp),
        made_by_id=getattr(actor, "id", None), lines=draft.lines,
    )  # fmt: skip
    db.session.add(settlement)
    return settlement


def make_statements(
    start: date, end: date, actor, producer: Producer | None = None
) -> tuple[list[Settlement], list[Settlement]]:
    """Make the period's statements for every producer with activity (or only `producer`):
    (the statements made, the ones of this very period already paid and kept as they are).

    A period overlapping a paid statement of one of those producers, on other dates, or an
    open one that reaches outside it, is refused (SettlementError) and nothing is made; open
    statements inside the period are replaced.
    """
    period = check_period(start, end)
    rate = setting(lock=True).commission_bp
    found = drafts(period, producer.id if producer else None)
    existing = _overlapping(period, list(found))
    paid = [s for s in existing if s.status == SettlementStatus.PAID]
    _refuse_paid_overlaps(period, paid)
    kept_paid = {s.producer_id for s in paid}
    open_ones = [s for s in existing if s.status == SettlementStatus.OPEN]
    _refuse_open_outside(period, open_ones)
    _replace_open(open_ones)
    made = [_store(d, period, rate, actor) for pid, d in found.items() if pid not in kept_paid]
    db.session.flush()
    if made:
        audit.record(
            "settlement.made", None,
            summary=f"{start.isoformat()}..{end.isoformat()}: {len(made)}",
            after={"start": start.isoformat(), "end": end.isoformat(), "commission_bp": rate,
                   "statements": [s.id for s in made]}, actor=actor,
        )  # fmt: skip
    return made, paid


def mark_paid(settlement: Settlement, *, bank_reference: str, paid_on: date, actor) -> None:
    """The office transferred the net owed: its bank reference and the transfer's date.
    Paying twice, or a statement replaced meanwhile, is refused."""
    reference = " ".join(bank_reference.split())
    if not reference or len(reference) > MAX_REFERENCE:
        raise SettlementError(
            _l("Give the bank's reference of the transfer (at most %(most)s characters).",
               most=MAX_REFERENCE),
            "bank_reference",
        )  # fmt: skip
    if paid_on > today_local() or paid_on < settlement.period_end:
        raise SettlementError(
            _l("The transfer's date is between the period's last day and today."), "paid_on"
        )
    setting(lock=True)
    db.session.refresh(settlement)
    if not MACHINE.can(settlement, "pay"):
        raise AlreadyPaid(_l("This statement is already paid."))
    done = rows_updated(
        sa.update(Settlement)
        .where(Settlement.id == settlement.id, Settlement.status == SettlementStatus.OPEN)
        .values(bank_reference=reference, paid_on=paid_on, paid_by_id=getattr(actor, "id", None))
        .execution_options(synchronize_session=False)
    )
    if done != 1:
        raise AlreadyPaid(_l("This statement is already paid."))
    settlement.bank_reference, settlement.paid_on = reference, paid_on
    settlement.paid_by_id = getattr(actor, "id", None)
    MACHINE.move(settlement, "pay", actor=actor, note=reference)
    db.session.flush()
