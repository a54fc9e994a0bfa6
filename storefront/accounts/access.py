"""Who may open what: the office's decorator, and the back offices ("workplaces") a logged-in
user has: the office's own, and those that packages above announce through a signal (a
producer's portal), so the header, the account page and the landing after log-in know them
without this package reading theirs."""

from dataclasses import dataclass
from functools import wraps

from blinker import Namespace
from flask import abort, g
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

_signals = Namespace()
# Sent with the logged-in user; a receiver answers a Workplace the user may open, or None.
workplaces_asked = _signals.signal("workplaces-asked")


@dataclass(frozen=True)
class Workplace:
    """A back office: where it is (an endpoint), its name, and its rank (lowest first)."""

    endpoint: str
    label: str
    rank: int


def admin_required(view):
    """Only the provincial OCOP office; anonymous visitors are sent to log in."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def workplaces() -> list[Workplace]:
    """The back offices the logged-in user may open, the office's first; once per request."""
    if not current_user.is_authenticated:
        return []
    if "workplaces" not in g:
        found = [place for _receiver, place in workplaces_asked.send(current_user) if place]
        if current_user.is_admin:
            found.append(Workplace("admin.index", _l("OCOP office"), 0))
        g.workplaces = sorted(found, key=lambda place: place.rank)
    return g.workplaces


def home_endpoint() -> str:
    """Where the logged-in user lands with no page to go back to: their first back office,
    or the account page."""
    places = workplaces()
    return places[0].endpoint if places else "accounts.profile"
