"""Producer members: whose shop an account runs, the portal's decorator, and the portal as
a back office of its members (announced to accounts through its signal)."""

from functools import wraps

import sqlalchemy as sa
from flask import abort, g
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from storefront.accounts.access import Workplace, workplaces_asked
from storefront.extensions import db
from storefront.producers.models import Producer, ProducerMember


def membership_of(user) -> ProducerMember | None:
    """The user's producer membership (one producer per account for now)."""
    return db.session.scalar(
        sa.select(ProducerMember)
        .where(ProducerMember.user_id == user.id)
        .order_by(ProducerMember.id)
        .limit(1)
    )


@workplaces_asked.connect
def _portal(user) -> Workplace | None:
    return Workplace("portal.dashboard", _l("My shop"), 1) if membership_of(user) else None


def producer_required(view):
    """Portal pages: a member of a producer, whatever its status; sets g.producer."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        membership = membership_of(current_user)
        if membership is None:
            abort(403)
        g.membership = membership
        g.producer = db.session.get(Producer, membership.producer_id)
        return view(*args, **kwargs)

    return wrapped
