"""Each role reaches only its own pages. Every GET page of the office (/admin) and of the
producers' portal, found from the URL map, is opened by each role on a world where its
arguments name real rows: the administrator opens every office page, a council member only
the council's pages, a commune officer only the support desk, a producer's owner only the
portal, a buyer none of them, and a visitor is sent to log in. What each office role may
open is written here, not read from the marks on the views, so a view opened to a role by
mistake (or a council page left to everyone) fails this test."""

import pytest
from flask import url_for
from werkzeug.routing.converters import AnyConverter

from tests.hostile.world import World
from tests.web import bare_app

COUNCIL_PAGES = {
    "admin.council_rounds", "admin.council_round", "admin.council_score",
    "admin.dossier", "admin.dossier_pdf", "admin.dossier_zip",
}  # fmt: skip
COMMUNE_OFFICER_PAGES = {"admin.support_requests", "admin.support_request"}
ROLES = ("anonymous", "buyer", "owner", "council", "commune_officer", "admin")
NOT_PAGES = {"media.file"}


def _pages(blueprint: str) -> list[str]:
    rules = bare_app().url_map.iter_rules()
    return sorted(
        {r.endpoint for r in rules if "GET" in r.methods and r.endpoint.startswith(blueprint)}
    )


OFFICE = _pages("admin.")
PORTAL = _pages("portal.")


def _url(app, world: World, endpoint: str) -> str:
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    choice = {
        name: sorted(converter.items)[0]
        for name, converter in rule._converters.items()
        if isinstance(converter, AnyConverter)
    }
    if endpoint == "admin.producer":  # the review page of a producer in some status
        choice["status"] = "pending"
    world.prepare(endpoint, choice)
    values = world.url_values(rule, choice)
    with app.test_request_context():
        return url_for(endpoint, **values, **world.query(endpoint))


def _expected(role: str, endpoint: str) -> str:
    """'open', 'refused' (403/404) or 'login' (a redirect to the log-in page)."""
    if role == "anonymous":
        return "login"
    if endpoint.startswith("portal."):
        return "open" if role == "owner" else "refused"
    mine = {"admin": set(OFFICE), "council": COUNCIL_PAGES,
            "commune_officer": COMMUNE_OFFICER_PAGES}.get(role, set())  # fmt: skip
    return "open" if endpoint in mine else "refused"


def _outcome(response) -> str:
    if response.status_code in (401, 403, 404):
        return "refused"
    if response.status_code in (301, 302, 303) and "/account/login" in response.location:
        return "login"
    return "open" if response.status_code < 400 else f"status {response.status_code}"


def test_the_roles_pages_are_still_there():
    """The lists above name real pages (a renamed page would make this test vacuous)."""
    assert set(OFFICE) >= COUNCIL_PAGES | COMMUNE_OFFICER_PAGES
    assert len(OFFICE) > 30 and len(PORTAL) > 30


@pytest.mark.parametrize("endpoint", OFFICE + PORTAL)
def test_each_role_reaches_only_its_own_pages(app, client, database, endpoint):
    world = World(app, client, subject=endpoint)
    url = _url(app, world, endpoint)
    for role in ROLES:
        world.log_in(role)  # the world's accounts are made before anyone logs in
    seen = {}
    for role in ROLES:
        with client.session_transaction() as session:
            session.clear()
        world.log_in(role)
        seen[role] = _outcome(client.get(url))
    assert seen == {role: _expected(role, endpoint) for role in ROLES}, url
