"""Who may open what: the office's decorator, and the back offices ("workplaces") a logged-in
user has: the office's own, and those that packages above announce through a signal (a
producer's portal), so the header, the account page and the landing after log-in know them
without this package reading theirs."""

from dataclasses import dataclass

from blinker import Namespace
from flask import abort, current_app, g, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from storefront.accounts.models import OfficeRole, User

_signals = Namespace()
# Sent with the logged-in user; a receiver answers a Workplace the user may open, or None.
workplaces_asked = _signals.signal("workplaces-asked")


@dataclass(frozen=True)
class Workplace:
    """A back office: where it is (an endpoint), its name, and its rank (lowest first)."""

    endpoint: str
    label: str
    rank: int


def office_roles(*roles: OfficeRole):
    """Open an office view (under /admin) to these roles as well as to administrators, who
    reach every office page. A view without it is for administrators only; `office_gate`
    reads the mark on the endpoint's function."""

    def mark(view):
        view.office_roles = frozenset(roles)
        return view

    return mark


def may_open(user: User, endpoint: str | None) -> bool:
    """Whether this user may open this office endpoint."""
    if user.is_admin:
        return True
    view = current_app.view_functions.get(endpoint or "")
    return user.office_role is not None and user.office_role in getattr(
        view, "office_roles", frozenset()
    )


@login_required
def office_gate():
    """The office blueprint's before_request: administrators everywhere, council members and
    commune officers only on the views marked with `office_roles` for them; a 403 otherwise."""
    if not may_open(current_user, request.endpoint):
        abort(403)


# Where each office role lands (its workplace), and what the header calls it.
ROLE_HOMES = {
    OfficeRole.COUNCIL: ("admin.council_rounds", _l("OCOP council")),
    OfficeRole.COMMUNE_OFFICER: ("admin.support_requests", _l("Commune OCOP desk")),
}


def workplaces() -> list[Workplace]:
    """The back offices the logged-in user may open, the office's first; once per request."""
    if not current_user.is_authenticated:
        return []
    if "workplaces" not in g:
        found = [place for _receiver, place in workplaces_asked.send(current_user) if place]
        if current_user.is_admin:
            found.append(Workplace("admin.index", _l("OCOP office"), 0))
        elif current_user.office_role in ROLE_HOMES and current_user.is_active:
            endpoint, label = ROLE_HOMES[current_user.office_role]
            if endpoint in current_app.view_functions:
                found.append(Workplace(endpoint, label, 0))
        g.workplaces = sorted(found, key=lambda place: place.rank)
    return g.workplaces


def home_endpoint() -> str:
    """Where the logged-in user lands with no page to go back to: their first back office,
    or the account page."""
    places = workplaces()
    return places[0].endpoint if places else "accounts.profile"
