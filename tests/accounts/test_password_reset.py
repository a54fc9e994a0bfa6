"""Password reset by e-mail: the same answer for everyone, a link that works once, for an hour."""

import re
import time

import pytest
from itsdangerous.timed import TimestampSigner

from storefront.accounts.passwords import verify_password
from storefront.accounts.tokens import make_token
from storefront.extensions import db
from storefront.mail import outbox

NEW_PASSWORD = "hoa-sen-hồng-2026"
LINK = re.compile(r"https://cho.example.vn(/account/password/reset/[^\s?]+)\?lang=(\w+)")


@pytest.fixture
def mailbox(app):
    messages = outbox(app)
    messages.clear()
    yield messages
    messages.clear()


def ask_for_link(auth, email: str, lang: str = "en"):
    return auth.post_form(
        f"/account/password/forgot?lang={lang}", {"email": email}, follow_redirects=True
    )


def reset_link(mailbox) -> str:
    (message,) = mailbox
    return LINK.search(message.get_content()).group(1)


def choose_password(auth, link: str, password: str = NEW_PASSWORD, confirm: str | None = None):
    return auth.post_form(
        link,
        {"password": password, "password_confirm": confirm or password},
        form_url="/account/password/forgot",
    )


def test_same_answer_whether_or_not_the_account_exists(auth, mailbox):
    auth.new_user(email="lan@example.vn")
    known = ask_for_link(auth, "Lan@Example.vn").get_data(as_text=True)
    unknown = ask_for_link(auth, "ai@example.vn").get_data(as_text=True)
    for html, email in ((known, "lan@example.vn"), (unknown, "ai@example.vn")):
        assert f"If an account exists for {email}, we have sent it a link" in html
    assert len(mailbox) == 1 and mailbox[0]["To"] == "lan@example.vn"


def test_reset_end_to_end_and_the_link_works_once(auth, client, mailbox):
    user = auth.new_user(email="lan@example.vn", name="Lan")
    ask_for_link(auth, "lan@example.vn")
    message = mailbox[0]
    assert message["Subject"].startswith("Choose a new password")
    assert "Hello Lan," in message.get_content()
    link = reset_link(mailbox)

    assert "Choose a new password" in client.get(link).get_data(as_text=True)
    response = choose_password(auth, link)
    assert response.status_code == 302 and response.headers["Location"] == "/account"
    assert client.get("/account").status_code == 200  # logged in by the reset
    db.session.refresh(user)
    assert verify_password(user.password_hash, NEW_PASSWORD)

    auth.logout()
    again = client.get(link + "?lang=en")
    assert again.status_code == 400
    assert "not valid any more" in again.get_data(as_text=True)
    assert choose_password(auth, link, "another-long-password").status_code == 400
    db.session.refresh(user)
    assert verify_password(user.password_hash, NEW_PASSWORD)
    assert auth.login(user, NEW_PASSWORD).status_code == 302


def test_link_dies_when_the_password_changes_otherwise(auth, client, mailbox):
    auth.new_user(email="lan@example.vn")
    ask_for_link(auth, "lan@example.vn")
    ask_for_link(auth, "lan@example.vn")
    first, second = (LINK.search(m.get_content()).group(1) for m in mailbox)
    assert choose_password(auth, second).status_code == 302
    assert client.get(first).status_code == 400


def test_expired_link_is_refused(auth, client, mailbox, monkeypatch):
    auth.new_user(email="lan@example.vn")
    an_hour_ago = int(time.time()) - 3601
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: an_hour_ago)
    ask_for_link(auth, "lan@example.vn")
    monkeypatch.undo()
    link = reset_link(mailbox)
    response = client.get(link + "?lang=en")
    assert response.status_code == 400
    assert "This link has expired." in response.get_data(as_text=True)
    assert choose_password(auth, link).status_code == 400


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        "eyJ1c2VyIjoxfQ.aaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbb",
        "%C3%A9x",
        "a" * 2000,
    ],
)
def test_wrong_token_is_a_clear_400_page(client, database, token):
    response = client.get(f"/account/password/reset/{token}?lang=en")
    assert response.status_code == 400
    assert "This link does not work" in response.get_data(as_text=True)


def test_token_for_another_purpose_is_refused(auth, client, app):
    user = auth.new_user()
    with app.test_request_context():
        token = make_token("member-invitation", {"user": user.id, "password": "x"})
    assert client.get(f"/account/password/reset/{token}").status_code == 400


def test_new_password_is_checked(auth, client, mailbox):
    auth.new_user(email="lan@example.vn")
    ask_for_link(auth, "lan@example.vn")
    link = reset_link(mailbox)
    short = choose_password(auth, link + "?lang=en", "ngắn")
    assert short.status_code == 400
    assert "The password needs at least 10 characters." in short.get_data(as_text=True)
    differ = choose_password(auth, link + "?lang=en", NEW_PASSWORD, "something-else-entirely")
    assert "The two passwords are not the same." in differ.get_data(as_text=True)
    assert choose_password(auth, link).status_code == 302  # the link still works


def test_no_mail_for_a_switched_off_account(auth, mailbox):
    auth.new_user(email="lan@example.vn", is_active_account=False)
    html = ask_for_link(auth, "lan@example.vn").get_data(as_text=True)
    assert "If an account exists for lan@example.vn" in html
    assert mailbox == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_mail_is_in_the_language_the_visitor_reads(auth, mailbox, lang):
    auth.new_user(email="lan@example.vn", locale="vi")
    ask_for_link(auth, "lan@example.vn", lang=lang)
    (message,) = mailbox
    assert LINK.search(message.get_content()).group(2) == lang
    if lang == "en":
        assert message["Subject"].startswith("Choose a new password")
