"""Sessions that really end: copied session and remember-me cookies stop working after a
logout, a password reset or change, and when the office switches the account off."""

import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest

from storefront.mail import outbox
from tests import web

SESSION, REMEMBER = "session", "remember_token"


def cookie(client, name: str) -> str | None:
    found = client.get_cookie(name)
    return found.value if found else None


def logged_in_with(app, **cookies) -> bool:
    """Whether a browser holding only these cookies (an attacker's copy) is logged in."""
    other = app.test_client()
    for name, value in cookies.items():
        other.set_cookie(name, value)
    return other.get("/account").status_code == 200


def log_in_remembered(auth, user):
    response = auth.post_form(
        "/account/login", {"email": user.email, "password": auth.PASSWORD, "remember": "y"}
    )
    assert response.status_code == 302
    return cookie(auth.client, SESSION), cookie(auth.client, REMEMBER)


def test_a_copied_session_cookie_dies_with_the_logout(app, auth, client):
    user = auth.new_user()
    auth.login(user)
    copied = cookie(client, SESSION)
    assert logged_in_with(app, session=copied)  # the copy works while the owner is logged in

    auth.logout()
    assert client.get("/account").status_code == 302
    assert not logged_in_with(app, session=copied)


def test_a_remember_cookie_dies_with_the_logout(app, auth, client):
    user = auth.new_user()
    session, remember = log_in_remembered(auth, user)
    assert remember and logged_in_with(app, remember_token=remember)

    auth.logout()
    assert cookie(client, REMEMBER) is None
    assert not logged_in_with(app, remember_token=remember)
    assert not logged_in_with(app, session=session, remember_token=remember)


def test_logging_out_on_one_device_logs_out_the_others(app, auth, client):
    user = auth.new_user()
    auth.login(user)
    laptop = app.test_client()
    web.post(laptop, "/account/login", {"email": user.email, "password": auth.PASSWORD},
             token_from="/account/login")  # fmt: skip
    assert laptop.get("/account").status_code == 200

    auth.logout()
    assert laptop.get("/account").status_code == 302


def test_the_remember_cookie_changes_after_a_logout(app, auth, client):
    user = auth.new_user()
    _session, first = log_in_remembered(auth, user)
    auth.logout()
    _session, second = log_in_remembered(auth, user)
    assert first != second
    assert logged_in_with(app, remember_token=second)
    assert not logged_in_with(app, remember_token=first)


def test_a_password_reset_ends_every_session(app, auth, client):
    user = auth.new_user()
    phone_session, phone_remember = log_in_remembered(auth, user)
    outbox(app).clear()

    thief = app.test_client()  # the owner resets from another browser
    web.post(thief, "/account/password/forgot", {"email": user.email},
             token_from="/account/password/forgot")  # fmt: skip
    (message,) = outbox(app)
    link = re.search(r"https?://[^/\s]+(/account/password/reset/[^\s?]+)", message.get_content())
    response = web.post(
        thief,
        link.group(1),
        {"password": "một-mật-khẩu-mới-dài", "password_confirm": "một-mật-khẩu-mới-dài"},
        token_from=link.group(1),
    )
    assert response.status_code == 302
    assert thief.get("/account").status_code == 200  # the reset logs its browser in

    assert client.get("/account").status_code == 302
    assert not logged_in_with(app, session=phone_session)
    assert not logged_in_with(app, remember_token=phone_remember)


def change_password(client, current: str, new: str, **kwargs):
    return web.post(
        client,
        "/account/password",
        {"current_password": current, "password": new, "password_confirm": new},
        token_from="/account/password",
        **kwargs,
    )


def test_changing_the_password_keeps_this_session_and_ends_the_others(app, auth, client):
    user = auth.new_user()
    other_session, other_remember = log_in_remembered(auth, user)

    here = app.test_client()
    web.post(here, "/account/login",
             {"email": user.email, "password": auth.PASSWORD, "remember": "y"},
             token_from="/account/login")  # fmt: skip
    old_remember_here = cookie(here, REMEMBER)
    response = change_password(here, auth.PASSWORD, "hoa-sen-nở-rộ-2026")
    assert response.status_code == 302 and response.headers["Location"] == "/account"

    assert here.get("/account").status_code == 200
    new_remember_here = cookie(here, REMEMBER)
    assert new_remember_here and new_remember_here != old_remember_here
    assert logged_in_with(app, remember_token=new_remember_here)

    assert client.get("/account").status_code == 302
    for copied in ({"session": other_session}, {"remember_token": other_remember},
                   {"remember_token": old_remember_here}):  # fmt: skip
        assert not logged_in_with(app, **copied)
    assert auth.login(user, "hoa-sen-nở-rộ-2026").status_code == 302


def test_changing_the_password_needs_the_current_one(auth, client):
    user = auth.new_user()
    auth.login(user)
    wrong = change_password(
        client, "not-my-password", "hoa-sen-nở-rộ-2026", query_string={"lang": "en"}
    )
    assert wrong.status_code == 400
    assert "That is not your current password." in wrong.get_data(as_text=True)
    short = change_password(client, auth.PASSWORD, "ngắn", query_string={"lang": "en"})
    assert "at least 10 characters" in short.get_data(as_text=True)
    assert client.get("/account").status_code == 200  # nothing ended
    assert auth.logout().status_code == 302
    assert auth.login(user).status_code == 302  # the old password still works


def test_the_change_password_page_needs_a_login(client, database):
    response = client.get("/account/password")
    assert response.status_code == 302 and "/account/login" in response.headers["Location"]


def test_switching_an_account_off_ends_its_sessions(app, auth, client):
    user = auth.new_user(email="lan@example.vn")
    session, remember = log_in_remembered(auth, user)
    office = app.test_client()
    web.login(office, auth.new_user(is_admin=True))

    page = office.get("/admin/accounts?email=LAN@example").get_data(as_text=True)
    assert "lan@example.vn" in page and f"/admin/accounts/{user.id}/off" in page
    response = web.post(office, f"/admin/accounts/{user.id}/off", token_from="/admin/accounts")
    assert response.status_code == 302
    assert client.get("/account").status_code == 302
    assert not logged_in_with(app, session=session)
    assert not logged_in_with(app, remember_token=remember)
    assert "This account is switched off" in auth.login(user, query_string={"lang": "en"}).get_data(
        as_text=True
    )

    web.post(office, f"/admin/accounts/{user.id}/on", token_from="/admin/accounts")
    assert not logged_in_with(app, remember_token=remember)  # old cookies stay dead
    assert auth.login(user).status_code == 302


def test_the_office_cannot_switch_itself_off(auth, client):
    admin = auth.new_user(is_admin=True)
    web.login(client, admin)
    response = web.post(client, f"/admin/accounts/{admin.id}/off", token_from="/account",
                        follow_redirects=True, query_string={"lang": "en"})  # fmt: skip
    assert "You cannot switch off your own account." in response.get_data(as_text=True)
    assert client.get("/admin/accounts").status_code == 200


@pytest.mark.parametrize("url", ["/admin/accounts", "/admin/accounts/1/off"])
def test_accounts_are_for_the_office_only(auth, client, url):
    auth.login()
    method = client.post if url.endswith("off") else client.get
    assert method(url).status_code in (400, 403)


def test_logging_in_starts_a_fresh_session(auth, client):
    user = auth.new_user()
    with client.session_transaction() as planted:
        planted["csrf_token"] = "planted-by-someone-else"
        planted["cart"] = {"1": [2, 50000]}
    auth.login(user)
    with client.session_transaction() as session:
        assert session.get("csrf_token") != "planted-by-someone-else"
        assert session["_user_id"] == user.get_id()


def test_remember_cookie_lasts_a_month_and_is_httponly(auth, client):
    user = auth.new_user()
    response = auth.post_form(
        "/account/login", {"email": user.email, "password": auth.PASSWORD, "remember": "y"}
    )
    header = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith(REMEMBER))
    assert "HttpOnly" in header and "SameSite=Lax" in header and "Path=/" in header
    expires = parsedate_to_datetime(re.search(r"Expires=([^;]+)", header).group(1))
    assert abs(expires - datetime.now(UTC) - timedelta(days=30)) < timedelta(minutes=5)


@pytest.mark.parametrize("search", ["a\x00b", "%", "_", "x" * 5000, "' OR 1=1 --"])
def test_the_account_search_takes_any_text(auth, client, search):
    auth.new_user(email="100%_real@example.vn")
    web.login(client, auth.new_user(is_admin=True))
    response = client.get("/admin/accounts", query_string={"email": search})
    assert response.status_code == 200
    listed = "100%_real@example.vn" in response.get_data(as_text=True)
    assert listed == (search in ("%", "_"))


def test_create_admin_on_an_existing_account_ends_its_sessions(app, auth, client, monkeypatch):
    user = auth.new_user()
    _session, remember = log_in_remembered(auth, user)
    monkeypatch.setenv("ADMIN_PASSWORD", "mật-khẩu-văn-phòng-mới")
    result = app.test_cli_runner().invoke(args=["create-admin", user.email])
    assert result.exit_code == 0, result.output
    assert client.get("/account").status_code == 302
    assert not logged_in_with(app, remember_token=remember)
