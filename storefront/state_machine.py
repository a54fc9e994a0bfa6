"""The one idiom for a life cycle: a table of (state, action) -> new state, and one move()
that checks it and leaves an event row (who, when, from, to, note). Orders, fulfilments,
payments, adoptions, bookings and producers each have one; their tests spell the table out."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from flask_babel import lazy_gettext as _l

from storefront.domain_errors import DomainError


class IllegalTransition(DomainError):
    """The thing's current state does not allow this action."""

    code = "illegal_transition"
    status = 409

    def __init__(self, thing, action: str, message=None):
        super().__init__(
            message
            if message is not None
            else _l("This cannot be done any more: the order has moved on.")
        )
        self.thing, self.action = thing, action


@dataclass(frozen=True)
class Event:
    """One step of a life cycle, handed to the machine's recorder to store as a row."""

    subject: str
    from_state: str
    to_state: str
    actor_id: int | None
    actor_label: str
    note: str


Thing = TypeVar("Thing")  # what moves: an order, a payment, a producer...


@dataclass(frozen=True)
class StateMachine(Generic[Thing]):
    """A life cycle: its subject's name, its table, and how an event row is written."""

    subject: str
    table: dict
    record: Callable[[Thing, Event], None]
    refusal: object = None  # the message of an IllegalTransition, if not the orders' one

    def can(self, thing, action: str) -> bool:
        return (thing.status, action) in self.table

    def actions(self, thing) -> list[str]:
        """The actions the thing's current state allows, in the table's order."""
        return [action for (state, action) in self.table if state == thing.status]

    def move(self, thing, action: str, *, actor=None, actor_label: str = "", note: str = ""):
        """Move along the table and record the event; IllegalTransition if not allowed."""
        target = self.table.get((thing.status, action))
        if target is None:
            raise IllegalTransition(thing, action, self.refusal)
        self.record(thing, self._event(thing.status.value, target.value, actor, actor_label, note))
        thing.status = target
        return target

    def created(self, thing, *, actor=None, actor_label: str = "", note: str = "") -> None:
        """The first event of a new thing (from nothing to its state)."""
        self.record(thing, self._event("", thing.status.value, actor, actor_label, note))

    def _event(self, from_state, to_state, actor, actor_label, note) -> Event:
        actor_id = getattr(actor, "id", None)
        return Event(self.subject, from_state, to_state, actor_id, actor_label, note[:300])
