"""A shopper creates an account (needed to adopt a tree) and is logged in at once."""

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.extensions import db
from tests.web import csrf_token

FORM = {"name": "Phạm Thị Bảo", "email": "bao@example.vn", "phone": "0912 345 678",
        "password": "một mật khẩu dài", "password_confirm": "một mật khẩu dài"}  # fmt: skip


def _sign_up(client, url="/account/sign-up?lang=en", **changes):
    return client.post(url, data={**FORM, "csrf_token": csrf_token(client, url), **changes})


def test_sign_up_logs_in_and_goes_back_where_it_was_asked(client, database):
    response = _sign_up(client, "/account/sign-up?next=/mango-trees/CC024/adopt")

    assert response.status_code == 302 and response.location == "/mango-trees/CC024/adopt"
    user = db.session.scalar(sa.select(User).where(User.email == "bao@example.vn"))
    assert user.phone == "0912345678" and user.password_hash != FORM["password"]
    assert "Phạm Thị Bảo" in client.get("/account").get_data(as_text=True)


def test_sign_up_refuses_bad_input_next_to_the_field(client, database):
    for changes, message in (
        ({"email": "bao@"}, "e-mail"),
        ({"phone": "123"}, "phone"),
        ({"password": "ngắn", "password_confirm": "ngắn"}, "characters"),
        ({"password_confirm": "khác"}, "not the same"),
        ({"name": ""}, "name"),
    ):
        response = _sign_up(client, **changes)
        assert response.status_code == 400, changes
        assert message in response.get_data(as_text=True), changes
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_an_address_already_taken_is_refused(client, database, auth):
    auth.new_user("bao@example.vn")
    response = _sign_up(client)
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 1


def test_login_page_links_to_sign_up_keeping_next(client, database):
    html = client.get("/account/login?next=/tours").get_data(as_text=True)
    assert 'href="/account/sign-up?next=/tours"' in html
