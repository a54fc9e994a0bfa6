"""Logging in and out: CSRF, the generic error, switched-off accounts, safe `next` redirects."""

import pytest
from argon2 import PasswordHasher

from storefront.accounts.passwords import verify_password
from storefront.extensions import db


def test_log_in_and_out(auth, client):
    user = auth.new_user(name="Trần Văn Nam")
    response = auth.login(user)
    assert response.status_code == 302 and response.headers["Location"] == "/account"

    page = client.get("/account").get_data(as_text=True)
    assert "Trần Văn Nam" in page and user.email in page
    assert 'action="/account/logout"' in page

    response = auth.logout()
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.get("/account").status_code == 302


def test_email_is_not_case_sensitive(auth, client):
    auth.new_user(email="lan@example.vn")
    assert auth.login(" LAN@Example.VN ").status_code == 302


def test_log_in_and_out_need_the_csrf_token(auth, client):
    user = auth.new_user()
    response = client.post("/account/login", data={"email": user.email, "password": auth.PASSWORD})
    assert response.status_code == 400
    auth.login(user)
    assert client.post("/account/logout").status_code == 400
    assert client.get("/account").status_code == 200  # still logged in


@pytest.mark.parametrize("email", ["user@example.vn", "nobody@example.vn"])
def test_wrong_password_or_unknown_email_get_the_same_answer(auth, client, email):
    auth.new_user(email="user@example.vn")
    response = auth.login(email, "not-the-password", query_string={"lang": "en"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Wrong e-mail or password." in html
    assert 'value="' + email + '"' in html  # the address stays typed
    assert client.get("/account").status_code == 302


def test_messages_follow_the_page_language(auth, client):
    auth.new_user(email="user@example.vn")
    en = auth.login("user@example.vn", "wrong-password", query_string={"lang": "en"})
    assert '<html lang="en">' in en.get_data(as_text=True)
    assert "Wrong e-mail or password." in en.get_data(as_text=True)
    vi = auth.login("user@example.vn", "wrong-password", query_string={"lang": "vi"})
    assert '<html lang="vi">' in vi.get_data(as_text=True)


def test_switched_off_account_is_refused(auth, client):
    user = auth.new_user(is_active_account=False)
    response = auth.login(user, query_string={"lang": "en"})
    assert response.status_code == 400
    assert "This account is switched off" in response.get_data(as_text=True)
    assert client.get("/account").status_code == 302


def test_switched_off_account_loses_its_session(auth, client):
    user = auth.new_user()
    auth.login(user)
    user.is_active_account = False
    db.session.flush()
    assert client.get("/account").status_code == 302


def test_pages_behind_login_send_there_with_a_message(client, database):
    response = client.get("/account?lang=en")
    assert response.status_code == 302
    assert response.headers["Location"] == "/account/login?next=%2Faccount%3Flang%3Den"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Please log in to see this page." in page


def test_next_page_after_login(auth, client):
    user = auth.new_user()
    response = auth.login(
        user, form_url="/account/login", query_string={"next": "/products?q=xoai"}
    )
    assert response.headers["Location"] == "/products?q=xoai"


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example",
        "//evil.example",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "evil.example",
        "",
    ],
)
def test_next_never_leaves_the_site(auth, client, target):
    user = auth.new_user()
    response = auth.login(user, query_string={"next": target})
    assert response.status_code == 302 and response.headers["Location"] == "/account"


def test_logged_in_visitor_skips_the_login_page(auth, client):
    auth.login()
    response = client.get("/account/login", query_string={"next": "//evil.example"})
    assert response.headers["Location"] == "/account"


def test_old_password_hash_is_upgraded_on_login(auth, client, app):
    user = auth.new_user()
    weak = PasswordHasher(time_cost=1, memory_cost=512, parallelism=1)
    user.password_hash = weak.hash(auth.PASSWORD)
    db.session.flush()
    old_hash = user.password_hash
    assert auth.login(user).status_code == 302
    db.session.refresh(user)
    assert user.password_hash != old_hash
    assert verify_password(user.password_hash, auth.PASSWORD)


def test_header_shows_log_in_then_the_account(auth, client):
    html = client.get("/products?lang=en").get_data(as_text=True)
    assert 'href="/account/login?next=/products" title="Log in"' in html
    auth.login(auth.new_user(name="Lê Thị Hồng"))
    html = client.get("/products?lang=en").get_data(as_text=True)
    assert 'href="/account" title="Lê Thị Hồng"' in html
    assert "Your account (Lê Thị Hồng)" in html


def test_profile_shows_the_portal_link_only_to_producer_members(auth, client, app):
    from storefront.producers.models import MemberRole, ProducerMember
    from tests import factories

    user = auth.new_user()
    auth.login(user)
    assert "/portal" not in client.get("/account").get_data(as_text=True)
    db.session.add(ProducerMember(producer=factories.producer(), user=user, role=MemberRole.OWNER))
    db.session.flush()
    assert 'href="/portal' in client.get("/account").get_data(as_text=True)
