"""The producer's life cycle: one table of the state machine (state_machine.py), each step
recorded as a ProducerEvent with who did it and why."""

import enum

from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts import audit
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.producers.models import MemberRole, Producer, ProducerEvent, ProducerStatus
from storefront.state_machine import Event, IllegalTransition, StateMachine

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


class ReasonRequired(DomainError):
    """Rejecting or suspending a producer without saying why."""

    code = "reason_required"


def _record(producer: Producer, event: Event) -> None:
    db.session.add(ProducerEvent(producer_id=producer.id, **vars(event)))


MACHINE = StateMachine(
    "producer", TRANSITIONS, _record, _l("This producer cannot be changed that way now.")
)


def office_actions(producer: Producer) -> list[ProducerAction]:
    """What the office may do to the producer now (nothing while a rejected one fixes its
    profile)."""
    return [ProducerAction(a) for a in MACHINE.actions(producer) if a in OFFICE_ACTIONS]


def office_decision(
    producer: Producer, action: str, reason: str = "", *, actor=None
) -> ProducerAction:
    """Apply the office's decision named by a button; IllegalTransition for any other value."""
    if action not in OFFICE_ACTIONS:
        raise IllegalTransition(producer, action, MACHINE.refusal)
    chosen = ProducerAction(action)
    before = producer.status.value
    change_status(producer, chosen, reason, actor=actor, actor_label="office")
    audit.record(
        f"producer.{chosen.value}", producer, summary=producer.name, actor=actor,
        before={"status": before}, after={"status": producer.status.value, "reason": reason},
    )  # fmt: skip
    return chosen


def change_status(
    producer: Producer,
    action: ProducerAction,
    reason: str = "",
    *,
    actor=None,
    actor_label: str = "",
) -> None:
    """Move along the table (IllegalTransition when not allowed); rejecting and suspending
    need a reason (ReasonRequired), which the producer sees on the portal and in the e-mail
    to its owners about the office's decision."""
    reason = reason.strip()
    if action in NEEDS_REASON and MACHINE.can(producer, action) and not reason:
        raise ReasonRequired(_l("Please give a reason: the producer will see it."), "reason")
    MACHINE.move(producer, action, actor=actor, actor_label=actor_label, note=reason)
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
