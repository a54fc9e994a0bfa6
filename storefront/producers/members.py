"""A producer's team: the owner invites members by e-mail link and may remove them.

An invitation is a row holding a hash of the link's secret: the link works once, until its
expiry, and dies when the owner revokes it or removes the person it was for.
"""

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts.models import User
from storefront.accounts.services import check_email, find_user, register_user
from storefront.database import begin_write_transaction, rows_updated
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.producers.models import Invitation, MemberRole, Producer, ProducerMember

INVITATION_DAYS = 7
DEAD_LINK = _l("This invitation link is not valid any more.")


class MembershipError(DomainError):
    """A team change that is not allowed; the message is for the user."""

    code = "membership"


def _require_owner(producer: Producer, actor: User) -> None:
    membership = next((m for m in producer.members if m.user_id == actor.id), None)
    if membership is None or membership.role != MemberRole.OWNER:
        raise MembershipError(_l("Only the owner of the shop can change the team."))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _live(query):
    """Only invitations that can still be accepted."""
    return query.where(
        Invitation.used_at.is_(None),
        Invitation.revoked_at.is_(None),
        Invitation.expires_at > utcnow(),
    )


def _revoke_pending(producer: Producer, email: str) -> None:
    db.session.execute(
        _live(sa.update(Invitation))
        .where(Invitation.producer_id == producer.id, Invitation.email == email)
        .values(revoked_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def invite(producer: Producer, actor: User, email: str, locale: str) -> Invitation:
    """Send a single-use link, valid for 7 days, to join the producer's team; an earlier link
    to the same address stops working."""
    _require_owner(producer, actor)
    email = check_email(email)
    if any(m.user.email == email for m in producer.members):
        raise MembershipError(_l("This person is already in your team."))
    _revoke_pending(producer, email)
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        producer=producer,
        email=email,
        token_hash=_token_hash(token),
        invited_by_id=actor.id,
        expires_at=utcnow() + timedelta(days=INVITATION_DAYS),
    )
    db.session.add(invitation)
    db.session.flush()
    mail.queue(
        email,
        "mail/producers/invitation_subject.txt",
        "mail/producers/invitation_body.txt",
        locale=locale,
        producer=producer,
        inviter=actor,
        link=external_url("producers.invitation", token=token),
        days=INVITATION_DAYS,
    )
    return invitation


def read_invitation(token: str) -> Invitation:
    """The live invitation a link carries; MembershipError when it is unknown, used, revoked
    or expired."""
    invitation = db.session.scalar(
        _live(sa.select(Invitation)).where(Invitation.token_hash == _token_hash(token))
    )
    if invitation is None:
        raise MembershipError(DEAD_LINK)
    return invitation


def pending_invitations(producer: Producer) -> list[Invitation]:
    """Invitations of this producer that can still be accepted, newest first."""
    return list(
        db.session.scalars(
            _live(sa.select(Invitation))
            .where(Invitation.producer_id == producer.id)
            .order_by(Invitation.id.desc())
        )
    )


def find_invitation(producer: Producer, invitation_id: int) -> Invitation | None:
    """This producer's invitation with that id (never another producer's)."""
    return db.session.scalar(
        sa.select(Invitation).where(
            Invitation.id == invitation_id, Invitation.producer_id == producer.id
        )
    )


def revoke(producer: Producer, actor: User, invitation: Invitation) -> None:
    """The owner takes an invitation back: its link stops working."""
    _require_owner(producer, actor)
    if invitation.producer_id != producer.id:
        raise MembershipError(DEAD_LINK)
    if invitation.used_at is not None:
        raise MembershipError(_l("This invitation was accepted already."))
    if invitation.revoked_at is None:
        invitation.revoked_at = utcnow()
    db.session.flush()


def accept(token: str, user: User | None, new_account: dict | None = None) -> User:
    """Join the team as the invited address: with the logged-in account or a new one. The
    link is used up at once, even by two tabs posting it together."""
    begin_write_transaction()
    invitation = read_invitation(token)
    producer, email = invitation.producer, invitation.email
    if user is None:
        if find_user(email) is not None:
            raise MembershipError(_l("You already have an account: log in first."))
        user = register_user(email, **(new_account or {}))
    elif user.email != email:
        raise MembershipError(_l("This invitation was sent to %(email)s.", email=email))
    used = rows_updated(
        _live(sa.update(Invitation))
        .where(Invitation.id == invitation.id)
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if used != 1:
        raise MembershipError(DEAD_LINK)
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
    """Remove a member, and the invitations still open for them; the last owner stays."""
    _require_owner(producer, actor)
    member = next((m for m in producer.members if m.id == member_id), None)
    if member is None:
        raise MembershipError(_l("This person is not in your team."))
    owners = [m for m in producer.members if m.role == MemberRole.OWNER]
    if member.role == MemberRole.OWNER and len(owners) == 1:
        raise MembershipError(_l("The shop needs at least one owner."))
    _revoke_pending(producer, member.user.email)  # no way back in through an old link
    producer.members.remove(member)
    db.session.flush()
