"""Settlements reconcile exactly to the orders of a month of mixed orders, and the office's
rules hold: commission in whole đồng, a paid period never overlapped, a statement paid once."""

from datetime import date

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.extensions import db
from storefront.orders import settling
from storefront.orders.models import OrderStatus, PaymentStatus, Refund
from storefront.orders.settlement_models import (
    LineKind,
    Settlement,
    SettlementLine,
    SettlementStatus,
)
from storefront.orders.settlements import Period, commission_of, drafts
from storefront.payments.line_refunds import LineRefundError, refund_lines
from storefront.state_machine import IllegalTransition
from tests import factories
from tests.orders import settlement_world as world


@pytest.fixture
def request_context(app, database):
    with app.test_request_context("/"):
        yield


@pytest.fixture
def month(request_context):
    return world.build()


@pytest.fixture
def office(request_context):
    return factories.user(is_admin=True)


def _statements(month, office, rate_bp=0):
    settling.set_commission(rate_bp, office)
    made, _kept = settling.make_statements(world.START, world.END, office)
    return made


def test_statements_reconcile_exactly_to_the_orders_and_refunds(month, office):
    """For the month's statements (all producers, both days of the period included):

        sum(goods) + sum(shipping) - sum(credit) == sum(order.total) of the orders wholly
            delivered in the month (what buyers paid in money for what was delivered)
        sum(goods) + sum(shipping) == sum(subtotal + shipping_total) of those orders
        sum(credit) == sum(order.credit_used) of those orders
        sum(refunds) == sum of the refunds made in the month (by the refund's time)
        sum(net owed) == sum(goods + shipping - refunds - commission)
        money in - refunds - sum(net owed) == sum(commission) - sum(credit)
            (what the platform keeps: its commission, less the store credit it funded)

    The cancelled order, the deliveries just outside the month and October's delivery
    count nowhere; its refund made in November does."""
    made = _statements(month, office)
    counted = [month.orders[key] for key in month.counted]
    goods = sum(s.goods_total for s in made)
    shipping = sum(s.shipping_total for s in made)
    credit = sum(s.credit_total for s in made)
    refunds = sum(s.refunds_total for s in made)
    net = sum(s.net_owed for s in made)

    assert goods + shipping - credit == sum(o.total for o in counted)
    assert goods + shipping == sum(o.subtotal + o.shipping_total for o in counted)
    assert goods == sum(o.subtotal for o in counted)
    assert credit == sum(o.credit_used for o in counted) == 100_000
    first, after = Period(world.START, world.END).bounds()
    month_refunds = db.session.scalars(
        sa.select(Refund).where(Refund.created_at >= first, Refund.created_at < after)
    ).all()
    assert refunds == sum(r.amount for r in month_refunds) == 45_000 + 45_000
    assert net == goods + shipping - refunds
    money_in = sum(o.total for o in counted)
    assert money_in - refunds - net == sum(s.commission for s in made) - credit

    assert {s.producer_id for s in made} == {p.id for p in month.producers.values()}
    assert month.orders["o6"].status == OrderStatus.CANCELLED
    numbers = {line.order_number for s in made for line in s.lines}
    assert month.orders["o6"].number not in numbers
    assert month.orders["o9"].number not in numbers  # delivered 1 December, 00:00
    october = month.orders["o10"].number  # delivered 31 October 23:59:59, refunded in November
    assert {line.kind for s in made for line in s.lines if line.order_number == october} == {
        LineKind.REFUND
    }
    assert month.orders["o7"].number in numbers and month.orders["o8"].number in numbers


def test_each_figure_is_the_sum_of_its_lines_and_each_line_names_its_order_line(month, office):
    for statement in _statements(month, office, rate_bp=250):
        for kind, total in ((LineKind.GOODS, statement.goods_total),
                            (LineKind.SHIPPING, statement.shipping_total),
                            (LineKind.REFUND, statement.refunds_total),
                            (LineKind.CREDIT, statement.credit_total)):  # fmt: skip
            assert sum(line.amount for line in statement.lines if line.kind == kind) == total
        for line in statement.lines:
            if line.kind in (LineKind.GOODS, LineKind.REFUND):
                assert line.amount == line.quantity * line.unit_price
                assert line.order_item_id is not None
        assert statement.net_owed == (
            statement.goods_total + statement.shipping_total - statement.refunds_total
            - statement.commission
        )  # fmt: skip


def test_the_two_producer_order_splits_goods_and_shipping_by_fulfilment(month, office):
    made = {s.producer_id: s for s in _statements(month, office)}
    order = month.orders["o1"]
    for part in order.fulfilments:
        lines = [line for line in made[part.producer_id].lines if line.order_id == order.id]
        assert sum(line.amount for line in lines if line.kind == LineKind.GOODS) == part.subtotal
        shipping = [line.amount for line in lines if line.kind == LineKind.SHIPPING]
        assert shipping == [part.shipping_fee]


def test_store_credit_is_spread_pro_rata_in_whole_dong_and_adds_up(month):
    order = month.orders["o4"]
    shares = order.credit_shares()
    assert sum(shares.values()) == order.credit_used == 100_000
    weights = {f.id: f.subtotal + f.shipping_fee for f in order.fulfilments}
    whole = sum(weights.values())
    for fid, share in shares.items():
        assert abs(share - order.credit_used * weights[fid] / whole) < 1
    # 138 000, 268 000 and 106 333 of 512 333: 26 935.43, 52 309.96 and 20 754.61 round down
    # to 99 998; the two đồng left go to the largest remainders (.96, then .61).
    assert [shares[f.id] for f in sorted(order.fulfilments, key=lambda f: f.id)] == [
        26_935,
        52_310,
        20_755,
    ]


@pytest.mark.parametrize(
    ("base", "rate", "expected"),
    [(0, 250, 0), (1_000_000, 250, 25_000), (199, 250, 5), (180, 250, 5), (179, 250, 4),
     (-180, 250, -5), (-179, 250, -4), (88_333, 1_000, 8_833), (88_335, 1_000, 8_834),
     (123_457, 0, 0)],
)  # fmt: skip
def test_commission_rounds_half_away_from_zero_in_whole_dong(base, rate, expected):
    assert commission_of(base, rate) == expected


def test_the_commission_rate_is_applied_and_copied_into_each_statement(month, office):
    made = _statements(month, office, rate_bp=250)
    for statement in made:
        base = statement.goods_total - statement.refunds_total
        assert statement.commission_bp == 250
        assert statement.commission == (base * 250 + 5_000) // 10_000
        assert isinstance(statement.commission, int)
    a = next(s for s in made if s.producer_id == month.producers["a"].id)
    # A delivered 240 000 + 135 000 + 120 000 + 90 000 + 120 000 of goods and 90 000 came
    # back: 2.5 % of 615 000 is 15 375.
    assert (a.goods_total, a.refunds_total, a.commission) == (705_000, 90_000, 15_375)
    settling.set_commission(500, office)
    assert a.commission_bp == 250  # a statement keeps the rate it was made with


def test_an_out_of_range_rate_is_refused_and_the_change_is_audited(office):
    for wrong in (-1, 3_001, 10_000):
        with pytest.raises(settling.SettlementError):
            settling.set_commission(wrong, office)
    assert settling.setting().commission_bp == 0
    settling.set_commission(150, office)
    entry = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.action == "settlement.commission_set")
    ).one()
    assert (entry.before, entry.after) == ({"commission_bp": 0}, {"commission_bp": 150})


def test_remaking_an_open_period_replaces_it(month, office):
    first = _statements(month, office)
    again = _statements(month, office, rate_bp=100)
    assert len(again) == len(first)
    assert db.session.scalar(sa.select(sa.func.count(Settlement.id))) == len(again)
    lines = db.session.scalar(sa.select(sa.func.count(SettlementLine.id)))
    assert lines == sum(len(s.lines) for s in again)
    assert {s.commission_bp for s in again} == {100}


def test_a_period_overlapping_a_paid_statement_is_refused_and_nothing_is_saved(month, office):
    made = _statements(month, office)
    paid = next(s for s in made if s.producer_id == month.producers["a"].id)
    settling.mark_paid(paid, bank_reference="VCB 123456", paid_on=date(2026, 12, 3), actor=office)
    before = db.session.scalars(sa.select(Settlement.id).order_by(Settlement.id)).all()

    with pytest.raises(settling.SettlementError) as refused:
        settling.make_statements(date(2026, 11, 15), date(2026, 12, 2), office)
    assert refused.value.code == "overlaps_paid"
    assert month.producers["a"].name in str(refused.value)
    db.session.flush()
    assert db.session.scalars(sa.select(Settlement.id).order_by(Settlement.id)).all() == before

    # The very same period again: the paid one is kept, the others are made again.
    remade, kept = settling.make_statements(world.START, world.END, office)
    assert [s.id for s in kept] == [paid.id]
    assert paid.producer_id not in {s.producer_id for s in remade}
    assert len(remade) == len(made) - 1


def test_marking_paid_twice_is_refused_and_the_payment_is_audited(month, office):
    statement = _statements(month, office)[0]
    settling.mark_paid(statement, bank_reference="  VCB   998877 ", paid_on=date(2026, 12, 2),
                       actor=office)  # fmt: skip
    assert statement.status == SettlementStatus.PAID
    assert (statement.bank_reference, statement.paid_on) == ("VCB 998877", date(2026, 12, 2))
    with pytest.raises(settling.SettlementError) as again:
        settling.mark_paid(statement, bank_reference="OTHER", paid_on=date(2026, 12, 3),
                           actor=office)  # fmt: skip
    assert again.value.code == "already_paid"
    assert statement.bank_reference == "VCB 998877"
    entries = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.action == "settlement.paid")
    ).all()
    assert len(entries) == 1 and entries[0].subject_id == statement.id
    assert entries[0].after["bank_reference"] == "VCB 998877"
    assert entries[0].actor_id == office.id


@pytest.mark.parametrize(
    ("reference", "paid_on", "field"),
    [("", date(2026, 12, 2), "bank_reference"), ("x" * 61, date(2026, 12, 2), "bank_reference"),
     ("VCB 1", date(2026, 11, 29), "paid_on"), ("VCB 1", date(2999, 1, 1), "paid_on")],
)  # fmt: skip
def test_a_payment_without_reference_or_with_an_impossible_date_is_refused(
    month, office, reference, paid_on, field
):
    statement = _statements(month, office)[0]
    with pytest.raises(settling.SettlementError) as refused:
        settling.mark_paid(statement, bank_reference=reference, paid_on=paid_on, actor=office)
    assert refused.value.field == field
    assert statement.status == SettlementStatus.OPEN


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [(date(2026, 11, 30), date(2026, 11, 1), "end"), (date(2025, 1, 1), date(2026, 11, 30),
     "start"), (date(2026, 11, 1), date(2999, 1, 1), "end")],
)  # fmt: skip
def test_a_backwards_too_long_or_unfinished_period_is_refused(office, start, end, field):
    with pytest.raises(settling.SettlementError) as refused:
        settling.make_statements(start, end, office)
    assert refused.value.field == field


@pytest.mark.parametrize(
    ("state", "action", "allowed"),
    [(SettlementStatus.OPEN, "pay", True), (SettlementStatus.PAID, "pay", False)],
)
def test_the_settlement_state_table(state, action, allowed):
    statement = Settlement(status=state)
    assert settling.MACHINE.can(statement, action) is allowed
    if not allowed:
        with pytest.raises(IllegalTransition):
            settling.MACHINE.move(statement, action)


def test_refunds_by_line_refuse_more_than_was_bought_or_what_was_not_delivered(month):
    delivered = month.orders["o5"]
    item = delivered.items[0]
    with pytest.raises(LineRefundError):  # one of its two units was refunded already
        refund_lines(delivered, {item.id: 2}, reason="again")
    with pytest.raises(LineRefundError):
        refund_lines(delivered, {month.orders["o1"].items[0].id: 1}, reason="not this order's")
    with pytest.raises(LineRefundError):
        refund_lines(delivered, {item.id: 0}, reason="nothing")
    cancelled = month.orders["o6"]
    with pytest.raises(LineRefundError):
        refund_lines(cancelled, {cancelled.items[0].id: 1}, reason="not delivered")
    refund_lines(delivered, {item.id: 1}, reason="the second box")
    assert delivered.payment.status == PaymentStatus.PAID  # the shipping fee was not refunded


def test_a_producer_without_activity_gets_no_statement(month):
    factories.producer(name="HTX Không bán")
    found = drafts(Period(world.START, world.END))
    assert set(found) == {p.id for p in month.producers.values()}


def test_an_open_statement_is_replaced_only_by_a_period_that_covers_it(month, office):
    made = _statements(month, office)
    with pytest.raises(settling.SettlementError) as refused:  # would drop 1-14 November
        settling.make_statements(date(2026, 11, 15), date(2026, 12, 2), office)
    assert refused.value.code == "cuts_open"
    assert db.session.scalar(sa.select(sa.func.count(Settlement.id))) == len(made)
    wider, _kept = settling.make_statements(date(2026, 10, 1), date(2026, 12, 2), office)
    assert db.session.scalar(sa.select(sa.func.count(Settlement.id))) == len(wider)
    numbers = {line.order_number for s in wider for line in s.lines}
    assert month.orders["o9"].number in numbers and month.orders["o10"].number in numbers


def test_one_producers_statement_alone(month, office):
    producer = month.producers["c"]
    made, _kept = settling.make_statements(world.START, world.END, office, producer)
    assert [s.producer_id for s in made] == [producer.id]
    assert {line.order_number for line in made[0].lines} == {
        month.orders[key].number for key in ("o2", "o3", "o4")
    }
