"""The producer's life cycle: one table of allowed transitions, one function to move along it."""

import enum

from flask_babel import lazy_gettext as _l

from storefront.models_base import utcnow
from storefront.producers.models import Producer, ProducerStatus

S = ProducerStatus


class ProducerAction(enum.StrEnum):
    SUBMIT = "submit"  # the producer (re)submits its profile for review
    APPROVE = "approve"
    REJECT = "reject"
    SUSPEND = "suspend"
    REINSTATE = "reinstate"


A = ProducerAction

TRANSITIONS: dict[tuple[ProducerStatus, ProducerAction], ProducerStatus] = {
    (S.REJECTED, A.SUBMIT): S.PENDING,
    (S.PENDING, A.APPROVE): S.APPROVED,
    (S.PENDING, A.REJECT): S.REJECTED,
    (S.APPROVED, A.SUSPEND): S.SUSPENDED,
    (S.SUSPENDED, A.REINSTATE): S.APPROVED,
}
NEEDS_REASON = {A.REJECT, A.SUSPEND}


class TransitionError(ValueError):
    """An action that the producer's current status does not allow."""


def allowed_actions(producer: Producer) -> list[ProducerAction]:
    return [action for (state, action) in TRANSITIONS if state == producer.status]


def change_status(producer: Producer, action: ProducerAction, reason: str = "") -> None:
    """Apply an action; rejecting and suspending need a reason, which the producer will see."""
    target = TRANSITIONS.get((producer.status, action))
    if target is None:
        raise TransitionError(_l("This producer cannot be changed that way now."))
    reason = reason.strip()
    if action in NEEDS_REASON and not reason:
        raise TransitionError(_l("Please give a reason: the producer will see it."))
    producer.status = target
    producer.status_reason = reason if action in NEEDS_REASON else ""
    if action == A.APPROVE:
        producer.approved_at = utcnow()
    if action == A.SUBMIT:
        producer.submitted_at = utcnow()
