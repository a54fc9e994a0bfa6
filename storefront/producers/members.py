"""A producer's team: the owner invites members by e-mail link and may remove them."""

import sqlalchemy as sa
from flask import url_for
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts.models import User
from storefront.accounts.services import check_email, find_user, register_user
from storefront.accounts.tokens import TokenError, make_token, read_token
from storefront.extensions import db
from storefront.producers.models import MemberRole, Producer, ProducerMember

INVITATION_PURPOSE = "producer-invitation"
INVITATION_DAYS = 7


class MembershipError(ValueError):
    """A team change that is not allowed; the message is for the user."""

    def __str__(self) -> str:
        return str(self.args[0])


def _require_owner(producer: Producer, actor: User) -> None:
    membership = next((m for m in producer.members if m.user_id == actor.id), None)
    if membership is None or membership.role != MemberRole.OWNER:
        raise MembershipError(_l("Only the owner of the shop can change the team."))


def invite(producer: Producer, actor: User, email: str, locale: str) -> None:
    """Send an invitation link, valid for 7 days, to join the producer's team."""
    _require_owner(producer, actor)
    email = check_email(email)
    if any(m.user.email == email for m in producer.members):
        raise MembershipError(_l("This person is already in your team."))
    token = make_token(INVITATION_PURPOSE, {"producer": producer.id, "email": email})
    mail.queue(
        email,
        "mail/producers/invitation_subject.txt",
        "mail/producers/invitation_body.txt",
        locale=locale,
        producer=producer,
        inviter=actor,
        link=url_for("producers.invitation", token=token, _external=True),
        days=INVITATION_DAYS,
    )


def read_invitation(token: str) -> tuple[Producer, str]:
    """The producer and e-mail address an invitation is for; MembershipError when invalid."""
    try:
        payload = read_token(INVITATION_PURPOSE, token, max_age=INVITATION_DAYS * 24 * 3600)
        producer = db.session.get(Producer, int(payload["producer"]))
        email = str(payload["email"])
    except (TokenError, KeyError, TypeError, ValueError) as error:
        raise MembershipError(_l("This invitation link is not valid any more.")) from error
    if producer is None:
        raise MembershipError(_l("This invitation link is not valid any more."))
    return producer, email


def accept(token: str, user: User | None, new_account: dict | None = None) -> User:
    """Join the team as the invited address: with the logged-in account or a new one."""
    producer, email = read_invitation(token)
    if user is None:
        if find_user(email) is not None:
            raise MembershipError(_l("You already have an account: log in first."))
        user = register_user(email, **(new_account or {}))
    elif user.email != email:
        raise MembershipError(_l("This invitation was sent to %(email)s.", email=email))
    exists = db.session.scalar(
        sa.select(ProducerMember.id).where(
            ProducerMember.producer_id == producer.id, ProducerMember.user_id == user.id
        )
    )
    if exists is None:
        db.session.add(ProducerMember(producer=producer, user=user, role=MemberRole.MEMBER))
    db.session.flush()
    return user


def remove(producer: Producer, actor: User, member_id: int) -> None:
    """Remove a member; the last owner stays."""
    _require_owner(producer, actor)
    member = next((m for m in producer.members if m.id == member_id), None)
    if member is None:
        raise MembershipError(_l("This person is not in your team."))
    owners = [m for m in producer.members if m.role == MemberRole.OWNER]
    if member.role == MemberRole.OWNER and len(owners) == 1:
        raise MembershipError(_l("The shop needs at least one owner."))
    producer.members.remove(member)
    db.session.flush()
