"""Guessing passwords: a few tries per account and per address, then a 429 page in the
visitor's language that says when to try again; forged X-Forwarded-For headers change nothing."""

import re

import pytest

from tests.conftest import build_app
from tests.web import post

pytestmark = pytest.mark.usefixtures("counters")

WRONG = "not-the-password-at-all"
REFUSED = 400  # a wrong password: the form again, with its message
PER_ACCOUNT, PER_ADDRESS = 5, 10  # a minute's worth: RATELIMIT_LOGIN_PER_ACCOUNT / _PER_ADDRESS


def from_address(address: str) -> dict:
    return {"environ_base": {"REMOTE_ADDR": address}}


def test_120_wrong_passwords_then_the_right_one_does_not_log_in(auth, client):
    user = auth.new_user(email="lan@example.vn")
    statuses = [auth.login(user, WRONG).status_code for _ in range(120)]
    assert statuses == [REFUSED] * PER_ACCOUNT + [429] * (120 - PER_ACCOUNT)

    assert auth.login(user).status_code == 429
    assert client.get("/account").status_code == 302  # not logged in


def test_the_refusal_says_in_vietnamese_when_to_try_again(auth, client):
    user = auth.new_user()
    for _ in range(PER_ACCOUNT):
        auth.login(user, WRONG)
    response = auth.login(user, query_string={"lang": "vi"})

    assert response.status_code == 429
    assert 50 <= int(response.headers["Retry-After"]) <= 61  # the first try frees up in a minute
    assert response.headers["Cache-Control"] == "no-store"
    page = response.get_data(as_text=True)
    assert '<html lang="vi">' in page and "Vui lòng đợi một chút" in page
    assert "Yêu cầu bạn vừa gửi chưa được xử lý" in page
    assert re.search(r"Bạn có thể thử lại sau (1 phút|\d+ giây), từ \d\d:\d\d\.", page), page
    assert 'href="/account/login?lang=vi"' in page  # back to the form


def test_the_refusal_in_english(auth):
    user = auth.new_user()
    for _ in range(PER_ACCOUNT):
        auth.login(user, WRONG)
    page = auth.login(user, query_string={"lang": "en"}).get_data(as_text=True)
    assert "Please wait a moment" in page
    assert "What you just sent was not used: nothing was saved and no e-mail was sent." in page
    assert re.search(r"You can try again in (1 minute|\d+ seconds), from \d+:\d\d\s?[AP]M\.", page)


def test_one_account_from_many_addresses(auth):
    user = auth.new_user(email="lan@example.vn")
    spellings = ["lan@example.vn", " LAN@example.vn", "Lan@Example.VN "]
    statuses = [
        auth.login(spellings[n % 3], WRONG, **from_address(f"203.0.113.{n}")).status_code
        for n in range(1, 9)
    ]
    assert statuses == [REFUSED] * PER_ACCOUNT + [429] * 3
    assert auth.login(user, **from_address("198.51.100.7")).status_code == 429


def test_many_accounts_from_one_address(auth):
    statuses = [
        auth.login(f"khach{n}@example.vn", WRONG, **from_address("203.0.113.5")).status_code
        for n in range(PER_ADDRESS + 2)
    ]
    assert statuses == [REFUSED] * PER_ADDRESS + [429] * 2
    elsewhere = auth.login("khach99@example.vn", WRONG, **from_address("203.0.113.6"))
    assert elsewhere.status_code == REFUSED


def test_a_forged_forwarded_for_header_is_ignored(auth):
    """An attacker writing a new X-Forwarded-For on each try is still one address."""
    statuses = [
        auth.login(
            f"khach{n}@example.vn", WRONG, headers={"X-Forwarded-For": f"198.51.100.{n}"}
        ).status_code
        for n in range(PER_ADDRESS + 1)
    ]
    assert statuses == [REFUSED] * PER_ADDRESS + [429]


def test_ipv6_addresses_count_by_their_64_bit_prefix(auth):
    """One home or phone gets a whole /64: it cannot hop from address to address in it."""
    statuses = [
        auth.login(
            f"khach{n}@example.vn", WRONG, **from_address(f"2001:db8:1:2::{n:x}")
        ).status_code
        for n in range(1, PER_ADDRESS + 2)
    ]
    assert statuses == [REFUSED] * PER_ADDRESS + [429]
    other = auth.login("khach@example.vn", WRONG, **from_address("2001:db8:1:3::1"))
    assert other.status_code == REFUSED


def test_reading_the_form_is_never_limited(auth, client):
    user = auth.new_user()
    statuses = [auth.login(user, WRONG).status_code for _ in range(PER_ACCOUNT + 1)]
    assert statuses[-1] == 429
    assert client.get("/account/login").status_code == 200


def test_behind_a_trusted_proxy_the_forwarded_address_counts(app, make_database_url, tmp_path):
    """With PROXY_COUNT=1 the address nginx saw is the one counted: two visitors behind the
    same proxy do not share a count, and a forged header to its left is ignored."""
    storage = app.config["RATELIMIT_STORAGE_URI"]
    name = "proxied_" + storage.split(":")[0].replace("+", "_")
    proxied = build_app(
        make_database_url(name), tmp_path, RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI=storage, PROXY_COUNT=1,
    )  # fmt: skip
    client = proxied.test_client()

    def attempt(n: int, forwarded: str) -> int:
        data = {"email": f"khach{n}@example.vn", "password": WRONG}
        headers = {"X-Forwarded-For": forwarded}
        return post(client, "/account/login", data, token_from="/account/login",
                    headers=headers).status_code  # fmt: skip

    first = [attempt(n, f"198.51.100.{n}, 203.0.113.20") for n in range(PER_ADDRESS + 1)]
    assert first == [REFUSED] * PER_ADDRESS + [429]
    assert attempt(99, "203.0.113.21") == REFUSED  # another visitor behind the same proxy
