"""The three life cycles as tables: (state, action) -> new state, or a domain error."""

import pytest

from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderStatus,
    Payment,
    PaymentStatus,
)
from storefront.orders.states import (
    FULFILMENT_TRANSITIONS,
    ORDER_TRANSITIONS,
    PAYMENT_TRANSITIONS,
    transition,
)
from storefront.state_machine import IllegalTransition
from tests.orders.builders import make_order

ORDER_ACTIONS = ("pay", "cancel", "expire", "ship_part", "ship_all", "deliver")
FULFILMENT_ACTIONS = ("release", "pack", "ship", "deliver", "cancel")
PAYMENT_ACTIONS = ("succeed", "fail", "cancel", "refund")
CASES = [
    (Order, OrderStatus, ORDER_TRANSITIONS, ORDER_ACTIONS),
    (Fulfilment, FulfilmentStatus, FULFILMENT_TRANSITIONS, FULFILMENT_ACTIONS),
    (Payment, PaymentStatus, PAYMENT_TRANSITIONS, PAYMENT_ACTIONS),
]
TABLE = [
    (kind, state, action, table.get((state, action)))
    for kind, states, table, actions in CASES
    for state in states
    for action in actions
]


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
