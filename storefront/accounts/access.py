"""Who may open what: decorators for administrators and producer members."""

from functools import wraps

import sqlalchemy as sa
from flask import abort, g
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from storefront.extensions import db
from storefront.producers.models import Producer, ProducerMember


def admin_required(view):
    """Only the provincial OCOP office; anonymous visitors are sent to log in."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def membership_of(user) -> ProducerMember | None:
    """The user's producer membership (one producer per account for now)."""
    return db.session.scalar(
        sa.select(ProducerMember)
        .where(ProducerMember.user_id == user.id)
        .order_by(ProducerMember.id)
        .limit(1)
    )


def home_endpoint(user) -> str:
    """Where a user lands after logging in with no page to go back to: the office's overview,
    a producer's portal, or the account page."""
    if user.is_admin:
        return "admin.index"
    if membership_of(user) is not None:
        return "portal.dashboard"
    return "accounts.profile"


def workplaces() -> list[tuple[str, str]]:
    """(endpoint, label) of the back offices the logged-in user may open, for the header;
    looked up once per request."""
    if not current_user.is_authenticated:
        return []
    if "workplaces" not in g:
        g.workplaces = [
            *([("admin.index", _l("OCOP office"))] if current_user.is_admin else []),
            *(
                [("portal.dashboard", _l("My shop"))]
                if membership_of(current_user) is not None
                else []
            ),
        ]
    return g.workplaces


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
