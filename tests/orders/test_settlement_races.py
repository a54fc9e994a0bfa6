"""Races of settlements, with real commits on SQLite and PostgreSQL: four office tabs making
the same period at once leave one statement per producer, and four tabs paying one statement
at once pay it once (one audit entry)."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.accounts.models import User
from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.orders import settling
from storefront.orders.settlement_models import Settlement, SettlementLine, SettlementStatus
from tests import factories
from tests.conftest import build_app
from tests.orders import settlement_world as world

COPIES = 4


def _setup(app, made: bool):
    with app.test_request_context("/"):
        month = world.build(settle_down=db.session.commit)
        office = factories.user(is_admin=True)
        if made:
            settling.make_statements(world.START, world.END, office)
        db.session.commit()
        ids = office.id, len(month.producers)
        db.session.remove()
    return ids


def test_four_makes_of_one_period_at_once_leave_one_statement_per_producer(
    make_database_url, tmp_path
):
    app = build_app(make_database_url("settle_make_race"), tmp_path)
    office_id, producers = _setup(app, made=False)
    barrier = threading.Barrier(COPIES, timeout=60)

    def make(_n: int) -> int:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            made, _kept = settling.make_statements(
                world.START, world.END, db.session.get(User, office_id)
            )
            db.session.commit()
            return len(made)

    with ThreadPoolExecutor(COPIES) as pool:
        assert list(pool.map(make, range(COPIES))) == [producers] * COPIES
    with app.app_context():
        statements = db.session.scalars(sa.select(Settlement)).all()
        assert len(statements) == producers
        lines = db.session.scalar(sa.select(sa.func.count(SettlementLine.id)))
        assert lines == sum(len(s.lines) for s in statements)
        db.session.remove()


def test_four_payments_of_one_statement_at_once_pay_it_once(make_database_url, tmp_path):
    app = build_app(make_database_url("settle_pay_race"), tmp_path)
    office_id, _producers = _setup(app, made=True)
    with app.app_context():
        statement_id = db.session.scalars(sa.select(Settlement.id).order_by(Settlement.id)).first()
        db.session.remove()
    barrier = threading.Barrier(COPIES, timeout=60)

    def pay(n: int) -> str:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            statement = db.session.get(Settlement, statement_id)
            try:
                settling.mark_paid(statement, bank_reference=f"VCB {n}",
                                   paid_on=date(2026, 12, 2),
                                   actor=db.session.get(User, office_id))  # fmt: skip
            except settling.AlreadyPaid:
                db.session.rollback()
                return "refused"
            db.session.commit()
            return f"VCB {n}"

    with ThreadPoolExecutor(COPIES) as pool:
        results = list(pool.map(pay, range(COPIES)))
    assert results.count("refused") == COPIES - 1
    with app.app_context():
        statement = db.session.get(Settlement, statement_id)
        assert statement.status == SettlementStatus.PAID
        assert statement.bank_reference in results
        entries = db.session.scalars(
            sa.select(AuditEntry).where(AuditEntry.action == "settlement.paid")
        ).all()
        assert len(entries) == 1
        db.session.remove()
