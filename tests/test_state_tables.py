"""Every life cycle's table, spelled out by hand: a wrong, missing or extra row in the code
fails here (the tables in the code are never the expected values of their own tests).

Each table is (state, action) -> new state; every pair not listed must be refused."""

import pytest

import storefront.adoptions.states
import storefront.tours.states  # noqa: F401 - and the booking's
from storefront.adoptions.models import Adoption
from storefront.adoptions.models import AdoptionStatus as A
from storefront.orders.models import Fulfilment, Order, Payment
from storefront.orders.models import FulfilmentStatus as F
from storefront.orders.models import OrderStatus as O
from storefront.orders.models import PaymentStatus as P
from storefront.orders.states import MACHINES
from storefront.producers import lifecycle
from storefront.producers.models import ProducerEvent
from storefront.producers.models import ProducerStatus as S
from storefront.rating.models import RoundStatus as R
from storefront.rating.scoring_models import DossierStatus as D
from storefront.rating.states import DOSSIER_MACHINE, ROUND_MACHINE
from storefront.state_machine import IllegalTransition
from storefront.tours.models import Booking
from storefront.tours.models import BookingStatus as B
from tests import factories

ORDER = {
    (O.AWAITING_PAYMENT, "pay"): O.CONFIRMED,
    (O.AWAITING_PAYMENT, "cancel"): O.CANCELLED,
    (O.AWAITING_PAYMENT, "expire"): O.EXPIRED,
    (O.CONFIRMED, "cancel"): O.CANCELLED,  # before anything ships
    (O.CONFIRMED, "ship_part"): O.PARTLY_SHIPPED,
    (O.CONFIRMED, "ship_all"): O.SHIPPED,
    (O.PARTLY_SHIPPED, "ship_all"): O.SHIPPED,
    (O.SHIPPED, "deliver"): O.DELIVERED,
}
ORDER_ACTIONS = ("pay", "cancel", "expire", "ship_part", "ship_all", "deliver")

FULFILMENT = {
    (F.PENDING, "release"): F.NEW,  # its order is paid: the producer may prepare it
    (F.PENDING, "cancel"): F.CANCELLED,
    (F.NEW, "pack"): F.PACKED,
    (F.NEW, "ship"): F.SHIPPED,
    (F.NEW, "cancel"): F.CANCELLED,
    (F.PACKED, "ship"): F.SHIPPED,
    (F.PACKED, "cancel"): F.CANCELLED,
    (F.SHIPPED, "deliver"): F.DELIVERED,
}
FULFILMENT_ACTIONS = ("release", "pack", "ship", "deliver", "cancel")

PAYMENT = {
    (P.PENDING, "succeed"): P.PAID,
    (P.PENDING, "fail"): P.FAILED,
    (P.PENDING, "cancel"): P.CANCELLED,
    (P.FAILED, "succeed"): P.PAID,  # the buyer tried the card again
    (P.CANCELLED, "succeed"): P.PAID,  # paid after the order expired: refunded at once
    (P.PAID, "refund"): P.REFUNDED,
}
PAYMENT_ACTIONS = ("succeed", "fail", "cancel", "refund")

ADOPTION = {
    (A.HELD, "pay"): A.ACTIVE,
    (A.HELD, "release"): A.RELEASED,  # not paid in time, or the order was cancelled
    (A.ACTIVE, "complete"): A.COMPLETED,  # every box delivered or credited
}
ADOPTION_ACTIONS = ("pay", "release", "complete")

BOOKING = {
    (B.HELD, "pay"): B.CONFIRMED,
    (B.HELD, "release"): B.RELEASED,
    (B.CONFIRMED, "check_in"): B.CHECKED_IN,  # once, by the guide
    (B.CONFIRMED, "cancel"): B.CANCELLED,  # by the buyer or the operator, with a refund
}
BOOKING_ACTIONS = ("pay", "release", "check_in", "cancel")

PRODUCER = {
    (S.PENDING, "approve"): S.APPROVED,
    (S.PENDING, "reject"): S.REJECTED,
    (S.REJECTED, "submit"): S.PENDING,  # the producer fixed its profile and sends it again
    (S.APPROVED, "suspend"): S.SUSPENDED,
    (S.SUSPENDED, "reinstate"): S.APPROVED,
}
PRODUCER_ACTIONS = ("submit", "approve", "reject", "suspend", "reinstate")

ROUND = {
    (R.OPEN, "start_scoring"): R.SCORING,  # the intake closes: the council scores
    (R.OPEN, "close"): R.CLOSED,
    (R.SCORING, "close"): R.CLOSED,
}
ROUND_ACTIONS = ("start_scoring", "close")

DOSSIER = {
    (D.DRAFT, "send"): D.SENT,  # the producer sends it to the council
    (D.SENT, "decide"): D.DECIDED,  # the office records the decision
}
DOSSIER_ACTIONS = ("send", "decide")

CASES = {
    "order": (MACHINES[Order], ORDER, O, ORDER_ACTIONS),
    "fulfilment": (MACHINES[Fulfilment], FULFILMENT, F, FULFILMENT_ACTIONS),
    "payment": (MACHINES[Payment], PAYMENT, P, PAYMENT_ACTIONS),
    "adoption": (MACHINES[Adoption], ADOPTION, A, ADOPTION_ACTIONS),
    "booking": (MACHINES[Booking], BOOKING, B, BOOKING_ACTIONS),
    "producer": (lifecycle.MACHINE, PRODUCER, S, PRODUCER_ACTIONS),
    "rating round": (ROUND_MACHINE, ROUND, R, ROUND_ACTIONS),
    "dossier": (DOSSIER_MACHINE, DOSSIER, D, DOSSIER_ACTIONS),
}


def every_pair(name: str):
    """(state, action, expected new state or None) for every state and action of a cycle."""
    _machine, table, states, actions = CASES[name]
    return [(state, action, table.get((state, action))) for state in states for action in actions]


@pytest.mark.parametrize("name", CASES)
def test_the_code_has_exactly_the_rows_spelled_here(name):
    machine, table, _states, actions = CASES[name]
    assert dict(machine.table) == table
    assert {action for (_state, action) in machine.table} <= set(actions)


class _Thing:
    def __init__(self, status):
        self.status = status


@pytest.mark.parametrize("name", CASES)
def test_every_pair_moves_or_is_refused_as_spelled(name):
    machine = CASES[name][0]
    for state, action, expected in every_pair(name):
        thing = _Thing(state)
        assert machine.can(thing, action) is (expected is not None), (state, action)
        assert (action in machine.actions(thing)) is (expected is not None), (state, action)


@pytest.mark.parametrize(
    ("state", "action", "expected"),
    every_pair("producer"),
    ids=[f"{s.value}-{a}" for s, a, _e in every_pair("producer")],
)
def test_a_producer_moves_with_an_event_or_is_refused_unchanged(database, state, action, expected):
    producer = factories.producer(status=state)
    office = factories.user(is_admin=True)

    def events():
        return database.session.query(ProducerEvent).filter_by(producer_id=producer.id).all()

    if expected is None:
        with pytest.raises(IllegalTransition):
            lifecycle.change_status(producer, action, "lý do", actor=office, actor_label="office")
        assert producer.status == state and events() == []
        return
    lifecycle.change_status(producer, action, "lý do", actor=office, actor_label="office")
    database.session.flush()
    assert producer.status == expected
    [event] = events()
    assert (event.from_state, event.to_state, event.actor_id, event.actor_label) == (
        state.value, expected.value, office.id, "office",
    )  # fmt: skip
    assert event.note == "lý do"  # the reason given, kept with the step
    assert producer.status_reason == ("lý do" if action in ("reject", "suspend") else "")
