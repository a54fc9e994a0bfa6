"""The office's response times, computed from known UTC timestamps: whole minutes to the first
office answer (seconds left over drop), the median and 90th percentile exact (linear
interpolation between ranks), the period in Vietnam's days, a commune's own figures, the
requests waiting longest; and the support life cycle's table spelled out by hand."""

from datetime import UTC, date, datetime, timedelta

import pytest

from storefront.extensions import db
from storefront.programme import support
from storefront.programme.support_models import SupportStatus
from storefront.programme.support_reads import percentile, response_times
from storefront.state_machine import IllegalTransition
from tests import factories
from tests.programme import support_factories as make

DAY = date(2026, 11, 10)
# 08:00 in Vietnam (UTC+7) on DAY.
MORNING = datetime(2026, 11, 10, 1, 0, tzinfo=UTC)


def opened(producer, at: datetime, answered_after: timedelta | None, subject="Hỏi"):
    ticket = make.request(producer, subject=subject)
    ticket.created_at = at
    ticket.first_response_at = at + answered_after if answered_after is not None else None
    ticket.waiting_since = None if answered_after is not None else at
    ticket.status = SupportStatus.ANSWERED if answered_after is not None else SupportStatus.OPEN
    db.session.flush()
    return ticket


@pytest.fixture
def producers(database):
    return (
        factories.producer(ward_code=factories.LAI_VUNG),
        factories.producer(ward_code=factories.THAP_MUOI),
    )


def test_median_and_p90_of_whole_minutes_to_the_first_answer(producers):
    here, there = producers
    after = [
        timedelta(minutes=10, seconds=59),  # 10: the seconds left over drop
        timedelta(minutes=20),
        timedelta(minutes=30, seconds=1),
        timedelta(minutes=40),
        timedelta(hours=2, minutes=5, seconds=30),  # 125
    ]
    for n, wait in enumerate(after):
        opened(here if n % 2 else there, MORNING + timedelta(hours=n), wait)
    opened(here, MORNING + timedelta(hours=6), None)  # not answered: opened, not in the figures
    times = response_times(DAY, DAY)
    assert (times.opened, times.answered) == (6, 5)
    assert times.median_minutes == 30.0
    assert times.p90_minutes == 91.0  # rank 3.6 of 0..4: 40 + 0.6 × (125 - 40)
    # One commune's own: Lai Vung answered after 20 and 40 minutes.
    local = response_times(DAY, DAY, factories.LAI_VUNG)
    assert (local.opened, local.answered) == (3, 2)
    assert local.median_minutes == 30.0 and local.p90_minutes == 38.0
    lone = response_times(DAY, DAY, factories.THAP_MUOI)
    assert (lone.opened, lone.answered, lone.median_minutes, lone.p90_minutes) == (
        3,
        3,
        30.0,
        106.0,  # ranks of 10, 30, 125: 1.8 → 30 + 0.8 × 95
    )


def test_no_answer_yet_gives_no_figures_and_an_even_count_takes_the_middle(producers):
    here, _there = producers
    opened(here, MORNING, None)
    empty = response_times(DAY, DAY)
    assert (empty.opened, empty.answered, empty.median_minutes, empty.p90_minutes) == (
        1,
        0,
        None,
        None,
    )
    opened(here, MORNING, timedelta(minutes=10))
    opened(here, MORNING, timedelta(minutes=25))
    times = response_times(DAY, DAY)
    assert times.median_minutes == 17.5 and times.p90_minutes == 23.5


def test_the_period_is_counted_in_vietnams_days(producers):
    here, _there = producers
    # 23:59 in Vietnam on DAY is in; 00:00 the next day is out, 00:00 on DAY is in.
    opened(here, datetime(2026, 11, 10, 16, 59, tzinfo=UTC), timedelta(minutes=1))
    opened(here, datetime(2026, 11, 10, 17, 0, tzinfo=UTC), timedelta(minutes=2))
    opened(here, datetime(2026, 11, 9, 17, 0, tzinfo=UTC), timedelta(minutes=3))
    opened(here, datetime(2026, 11, 9, 16, 59, tzinfo=UTC), timedelta(minutes=4))
    times = response_times(DAY, DAY)
    assert (times.opened, times.median_minutes) == (2, 2.0)
    assert response_times(DAY - timedelta(days=1), DAY + timedelta(days=1)).opened == 4


def test_the_requests_waiting_longest_come_first(producers):
    here, there = producers
    now = datetime.now(UTC)
    newest = opened(here, now - timedelta(minutes=5), None, subject="Mới")
    oldest = opened(there, now - timedelta(days=2, minutes=1), None, subject="Lâu nhất")
    middle = opened(here, now - timedelta(hours=3), None, subject="Giữa")
    opened(here, now - timedelta(days=9), timedelta(minutes=3))  # answered: not waiting
    waiting = response_times(DAY, DAY).waiting
    assert [w.request.id for w in waiting] == [oldest.id, middle.id, newest.id]
    assert waiting[0].minutes in (2 * 1440 + 1, 2 * 1440 + 2)
    assert [w.request.id for w in response_times(DAY, DAY, factories.LAI_VUNG).waiting] == [
        middle.id,
        newest.id,
    ]


def test_a_first_answer_through_the_service_sets_the_response_time_once(producers):
    here, _there = producers
    ticket = opened(here, MORNING, None)
    boss = make.admin()
    first = support.office_answers(ticket, boss, "Đã nhận.", [])
    support.office_answers(ticket, boss, "Bổ sung thêm.", [])
    assert ticket.first_response_at == first.created_at
    assert ticket.waiting_since is None


def test_percentile_by_hand():
    assert percentile([7], 0.5) == 7
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) == pytest.approx(9.1)


S = SupportStatus
# The whole table, by hand: (state, action) -> new state, or None where it is refused.
TABLE = {
    (S.OPEN, "answer"): S.ANSWERED,
    (S.OPEN, "reply"): None,  # a message that leaves it waiting (support.STAYS)
    (S.OPEN, "close"): S.CLOSED,
    (S.OPEN, "reopen"): None,
    (S.ANSWERED, "answer"): None,  # STAYS
    (S.ANSWERED, "reply"): S.OPEN,
    (S.ANSWERED, "close"): S.CLOSED,
    (S.ANSWERED, "reopen"): None,
    (S.CLOSED, "answer"): None,
    (S.CLOSED, "reply"): S.OPEN,
    (S.CLOSED, "close"): None,
    (S.CLOSED, "reopen"): S.OPEN,
}


@pytest.mark.parametrize(("state", "action"), list(TABLE), ids=[f"{s}-{a}" for s, a in TABLE])
def test_the_support_life_cycle_table(producers, state, action):
    ticket = opened(producers[0], MORNING, None)
    ticket.status = state
    expected = TABLE[(state, action)]
    if expected is None:
        with pytest.raises(IllegalTransition):
            support.MACHINE.move(ticket, action)
        assert ticket.status == state
    else:
        assert support.MACHINE.move(ticket, action) == expected
        assert ticket.status == expected
    assert set(support.TRANSITIONS) == {k for k, v in TABLE.items() if v is not None}
    assert {(S.OPEN, "reply"), (S.ANSWERED, "answer")} == support.STAYS
