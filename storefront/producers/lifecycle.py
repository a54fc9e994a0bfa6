"""The producer's life cycle: one table of allowed transitions, one function to move along it."""

import enum

from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.producers.models import MemberRole, Producer, ProducerStatus

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
# The office's decisions, which the producer hears of by e-mail; submitting (again) is the
# producer's own action, which the office is neither offered nor allowed.
OFFICE_ACTIONS = (A.APPROVE, A.REJECT, A.SUSPEND, A.REINSTATE)
TOLD_TO_PRODUCER = set(OFFICE_ACTIONS)


class TransitionError(ValueError):
    """An action that the producer's current status does not allow."""


def allowed_actions(producer: Producer) -> list[ProducerAction]:
    return [action for (state, action) in TRANSITIONS if state == producer.status]


def office_actions(producer: Producer) -> list[ProducerAction]:
    """What the office may do to the producer now (nothing while a rejected one fixes its
    profile)."""
    return [action for action in allowed_actions(producer) if action in OFFICE_ACTIONS]


def office_decision(producer: Producer, action: str, reason: str = "") -> ProducerAction:
    """Apply the office's decision named by a button; TransitionError for any other value."""
    chosen = next((a for a in office_actions(producer) if a.value == action), None)
    if chosen is None:
        raise TransitionError(_l("This producer cannot be changed that way now."))
    change_status(producer, chosen, reason)
    return chosen


def change_status(producer: Producer, action: ProducerAction, reason: str = "") -> None:
    """Apply an action; rejecting and suspending need a reason, which the producer will see
    on the portal and in the e-mail sent to its owners about the office's decision."""
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
    if action in TOLD_TO_PRODUCER:
        _tell_owners(producer, action)


def _tell_owners(producer: Producer, action: ProducerAction) -> None:
    for member in producer.members:
        if member.role == MemberRole.OWNER:
            mail.queue(
                member.user.email,
                "mail/producers/status_subject.txt",
                "mail/producers/status_body.txt",
                locale=member.user.locale,
                action=action.value,
                producer=producer,
                owner=member.user,
                reason=producer.status_reason,
                link=external_url("portal.dashboard"),
            )
