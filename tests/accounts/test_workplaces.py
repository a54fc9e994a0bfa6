"""After logging in, the office and producers find their way in: they land on their own pages,
and the header links to them from every page."""

from storefront.extensions import db
from storefront.producers.models import MemberRole, ProducerMember
from tests import factories


def _nav_links(html: str) -> str:
    return html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]


def test_the_office_lands_on_its_overview_and_has_a_header_link(auth, client):
    office = auth.new_user(name="Văn phòng OCOP", is_admin=True)
    response = auth.login(office)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    nav = _nav_links(client.get("/products?lang=en").get_data(as_text=True))
    assert 'href="/admin/">OCOP office</a>' in nav
    assert "/portal/" not in nav
    nav_vi = _nav_links(client.get("/products?lang=vi").get_data(as_text=True))
    assert "Văn phòng OCOP</a>" in nav_vi


def test_a_producer_member_lands_on_the_portal_and_has_a_header_link(auth, client):
    user = auth.new_user()
    db.session.add(ProducerMember(producer=factories.producer(), user=user, role=MemberRole.OWNER))
    db.session.flush()
    response = auth.login(user)
    assert response.headers["Location"] == "/portal/"
    nav = _nav_links(client.get("/tours?lang=en").get_data(as_text=True))
    assert 'href="/portal/">My shop</a>' in nav
    assert "/admin/" not in nav


def test_a_shopper_lands_on_the_account_and_sees_no_back_office_links(auth, client):
    response = auth.login(auth.new_user())
    assert response.headers["Location"] == "/account"
    nav = _nav_links(client.get("/?lang=en").get_data(as_text=True))
    assert "/admin/" not in nav and "/portal/" not in nav
    assert client.get("/admin/").status_code == 403


def test_a_page_to_go_back_to_still_wins_over_the_landing_page(auth, client):
    office = auth.new_user(is_admin=True)
    response = auth.login(office, query_string={"next": "/tours"})
    assert response.headers["Location"] == "/tours"
