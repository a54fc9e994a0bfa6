"""Flooding and guessing through the other forms: reset e-mails, sign-ups (shoppers and
producers together), order lookups, ticket codes and placing orders. Each form is limited
per client address and per what it aims at; what a limit refuses is not done at all."""

import pytest
import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.extensions import db
from storefront.mail import outbox
from storefront.orders.models import Order
from tests import factories
from tests.orders.builders import make_order
from tests.portal.test_signup_and_review import signup_data
from tests.tours import builders
from tests.web import input_value, login, post

pytestmark = pytest.mark.usefixtures("counters")


def from_address(address: str) -> dict:
    return {"environ_base": {"REMOTE_ADDR": address}}


@pytest.fixture
def mailbox(app):
    messages = outbox(app)
    messages.clear()
    yield messages
    messages.clear()


# Password reset: every request sends an e-mail ----------------------------------------


def test_twenty_reset_requests_send_three_emails(auth, mailbox):
    auth.new_user(email="lan@example.vn")
    statuses = [
        auth.post_form("/account/password/forgot", {"email": "lan@example.vn"}).status_code
        for _ in range(20)
    ]
    assert statuses == [302] * 3 + [429] * 17  # RATELIMIT_RESET_PER_ACCOUNT: 3 an hour
    assert len(mailbox) == 3 and all(m["To"] == "lan@example.vn" for m in mailbox)


def test_reset_requests_for_many_inboxes_from_one_address(auth, mailbox):
    for n in range(10):
        auth.new_user(email=f"khach{n}@example.vn")
    statuses = [
        auth.post_form("/account/password/forgot", {"email": f"khach{n}@example.vn"},
                       **from_address("203.0.113.9")).status_code
        for n in range(10)
    ] + [auth.post_form("/account/password/forgot", {"email": "khach0@example.vn"},
                        **from_address("203.0.113.9")).status_code]  # fmt: skip
    assert statuses == [302] * 10 + [429]  # RATELIMIT_RESET_PER_ADDRESS: 10 an hour
    assert len(mailbox) == 10


# Sign-ups ---------------------------------------------------------------------------------


def _shopper(n: int, email: str | None = None) -> dict:
    return {"name": "Phạm Thị Bảo", "email": email or f"bao{n}@example.vn", "phone": "0912 345 678",
            "password": "một mật khẩu dài", "password_confirm": "một mật khẩu dài"}  # fmt: skip


def test_shopper_and_producer_sign_ups_share_the_limit_per_address(new_client):
    def sign_up(n: int) -> int:
        # each one its own browser: a new account is logged in
        return post(new_client(), "/account/sign-up", _shopper(n), token_from="/account/sign-up",
                    **from_address("203.0.113.30")).status_code  # fmt: skip

    assert [sign_up(n) for n in range(10)] == [302] * 10  # RATELIMIT_SIGNUP_PER_ADDRESS
    client = new_client()
    join = post(client, "/producers/join", signup_data(email="htx@example.vn"),
                token_from="/producers/join", **from_address("203.0.113.30"))  # fmt: skip
    assert join.status_code == 429
    assert db.session.scalar(sa.select(User).where(User.email == "htx@example.vn")) is None
    other = post(client, "/producers/join", signup_data(email="htx@example.vn"),
                 token_from="/producers/join", **from_address("203.0.113.31"))  # fmt: skip
    assert other.status_code == 302


def test_one_address_tried_again_and_again_at_sign_up(new_client):
    """Asking whether an address has an account, from many machines."""
    statuses = [
        post(new_client(), "/account/sign-up", _shopper(n, "lan@example.vn"),
             token_from="/account/sign-up", **from_address(f"203.0.113.{n}")).status_code
        for n in range(1, 8)
    ]  # fmt: skip
    assert statuses[0] == 302 and statuses[1:5] == [400] * 4  # "already registered"
    assert statuses[5:] == [429, 429]  # RATELIMIT_SIGNUP_PER_ACCOUNT: 5 an hour


def test_choosing_a_province_on_the_producer_form_is_free(new_client):
    def join(n: int, **changes) -> int:
        data = signup_data(email=f"htx{n}@example.vn", **changes)
        return post(new_client(), "/producers/join", data, token_from="/producers/join",
                    **from_address(f"203.0.113.{n}")).status_code  # fmt: skip

    assert [join(n, province="79", reload_wards="1") for n in range(12)] == [200] * 12
    # The same addresses' sign-ups are still counted: 5 for one e-mail address, then no more.
    assert [join(1, name=f"HTX {n}") for n in range(6)] == [302] + [400] * 4 + [429]


# Order lookup by number and phone -----------------------------------------------------------


def _lookup(client, number: str, phone: str, address: str = "127.0.0.1") -> int:
    return post(client, "/orders/lookup", {"number": number, "phone": phone},
                token_from="/orders/lookup", **from_address(address)).status_code  # fmt: skip


def test_guessing_the_phone_of_an_order(client, database):
    order = make_order()  # phone 0912345678
    guesses = [
        _lookup(client, order.number.lower(), f"09123456{n:02d}", f"203.0.113.{n}")
        for n in range(10)
    ]
    assert guesses == [400] * 10  # RATELIMIT_LOOKUP_PER_ORDER: 10 an hour
    assert _lookup(client, f" {order.number} ", "0912345678", "198.51.100.1") == 429


def test_guessing_order_numbers_from_one_address(client, database):
    order = make_order()
    guesses = [_lookup(client, f"DT-GUESS-{n}", "0912345678") for n in range(10)]
    assert guesses == [400] * 10  # RATELIMIT_LOOKUP_PER_ADDRESS: 10 a minute
    assert _lookup(client, order.number, "0912345678") == 429
    assert _lookup(client, order.number, "0912345678", "198.51.100.2") == 302


# Ticket check-in by code ------------------------------------------------------------------


def test_typing_ticket_codes_is_limited_per_guide(client, database):
    login(client, factories.member(factories.producer()))
    codes = [
        post(client, "/portal/check-in", {"code": f"ZZ{n:06d}"}, token_from="/portal/check-in",
             **from_address(f"203.0.113.{n}")).status_code
        for n in range(31)
    ]  # fmt: skip
    assert codes == [404] * 30 + [429]  # RATELIMIT_CHECKIN_PER_ACCOUNT: 30 a minute


# Placing orders ---------------------------------------------------------------------------


@pytest.fixture
def cart(client, database):
    product = factories.product(name_vi="Xoài cát chu", prices=(120_000,), stock=50)
    post(client, "/cart/add", {"variant_id": product.variants[0].id, "quantity": 1},
         token_from=f"/products/{product.slug}")  # fmt: skip
    return product


def _place(client, **changes) -> int:
    page = client.get("/checkout").get_data(as_text=True)
    data = {name: input_value(page, name) for name in ("csrf_token", "idempotency_key",
                                                        "total_seen")}  # fmt: skip
    data |= {"phone": "0912345678", "name": "Khách", "province": "82", "ward": "29905",
             "address": "Ấp 1", "method": "cod", **changes}  # fmt: skip
    return client.post("/checkout", data=data).status_code


def test_placing_orders_is_limited_per_buyer(client, cart):
    tries = [_place(client, phone="12") for _ in range(10)]  # refused: not a phone number
    assert tries == [400] * 10  # RATELIMIT_ORDER_PER_BUYER: 10 in 10 minutes
    assert _place(client) == 429
    assert db.session.scalar(sa.select(sa.func.count(Order.id))) == 0
    assert client.get("/checkout").status_code == 200  # the cart is still there


def test_booking_a_tour_shares_the_limit_of_the_checkout(client, cart):
    for _ in range(10):
        _place(client, phone="12")
    departure = builders.departure(builders.tour())
    url = f"/tours/{departure.tour.slug}/book?departure={departure.id}"
    response = post(client, url, {"adults": 2, "method": "cod"}, token_from=url)
    assert response.status_code == 429


def test_updating_the_checkout_page_is_free(client, cart):
    for _ in range(12):
        assert _place(client, province="79", reload_wards="1") == 200
    assert [_place(client, phone="12") for _ in range(10)] == [400] * 10
    assert _place(client) == 429  # what is placed is still counted
