"""The three life cycles of buying on real orders: every (state, action) pair moves the thing
and writes an event in its order's history, or is refused and changes nothing."""

import pytest

from storefront.orders.models import (
    Fulfilment,
    Order,
    Payment,
)
from storefront.orders.states import transition
from storefront.state_machine import IllegalTransition
from tests.orders.builders import make_order
from tests.test_state_tables import every_pair

KINDS = {"order": Order, "fulfilment": Fulfilment, "payment": Payment}
# The expected rows are spelled out by hand in tests/test_state_tables.py, never read from
# the tables under test.
TABLE = [(KINDS[name], *pair) for name in KINDS for pair in every_pair(name)]


@pytest.mark.parametrize(
    ("kind", "state", "action", "expected"),
    TABLE,
    ids=[f"{k.__name__}-{s.value}-{a}" for k, s, a, _e in TABLE],
)
def test_transition_table(database, kind, state, action, expected):
    order = make_order()
    thing = {Order: order, Fulfilment: order.fulfilments[0], Payment: order.payments[0]}[kind]
    thing.status = state
    before = len(order.events)
    if expected is None:
        with pytest.raises(IllegalTransition):
            transition(thing, action, actor_label="test")
        assert thing.status == state
        assert len(order.events) == before
    else:
        transition(thing, action, actor_label="test", note="why")
        assert thing.status == expected
        event = order.events[-1]
        assert (event.from_state, event.to_state, event.actor_label, event.note) == (
            state.value, expected.value, "test", "why",
        )  # fmt: skip
