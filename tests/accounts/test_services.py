"""Account rules: who may register with what, and the generic signed tokens."""

import pytest

from storefront.accounts import services
from storefront.accounts.services import AccountError, normalise_phone, register_user
from storefront.accounts.tokens import TokenError, TokenExpiredError, make_token, read_token

PASSWORD = "mật-khẩu-đủ-dài"


@pytest.mark.parametrize(
    ("email", "password", "name", "phone", "field"),
    [
        ("lan", PASSWORD, "Lan", "", "email"),
        ("lan@", PASSWORD, "Lan", "", "email"),
        ("lan@example", PASSWORD, "Lan", "", "email"),
        ("lan @example.vn", PASSWORD, "Lan", "", "email"),
        ("lan@example..vn", PASSWORD, "Lan", "", "email"),
        ("a" * 250 + "@example.vn", PASSWORD, "Lan", "", "email"),
        ("lan@example.vn", "ngắn", "Lan", "", "password"),
        ("lan@example.vn", "123456789", "Lan", "", "password"),
        ("lan@example.vn", PASSWORD, "   ", "", "name"),
        ("lan@example.vn", PASSWORD, "Lan", "12345", "phone"),
    ],
)
def test_register_user_refuses(database, email, password, name, phone, field):
    with pytest.raises(AccountError) as caught:
        register_user(email, password, name, phone, "vi")
    assert caught.value.field == field


def test_register_user_stores_clean_values(database):
    user = register_user(
        " Lan@Example.VN ", PASSWORD, "  Nguyễn   Thị Lan ", "+84 912.345.678", "en"
    )
    assert user.id is not None
    assert (user.email, user.name, user.phone, user.locale) == (
        "lan@example.vn",
        "Nguyễn Thị Lan",
        "0912345678",
        "en",
    )
    assert services.authenticate("LAN@example.vn", PASSWORD) == user
    assert services.authenticate("lan@example.vn", PASSWORD + "x") is None


def test_register_user_unknown_locale_falls_back_to_vietnamese(database):
    assert register_user("lan@example.vn", PASSWORD, "Lan", "", "fr").locale == "vi"


def test_duplicate_email_is_refused_whatever_its_case(database):
    register_user("lan@example.vn", PASSWORD, "Lan", "", "vi")
    with pytest.raises(AccountError) as caught:
        register_user("LAN@Example.vn", PASSWORD, "Lan khác", "", "vi")
    assert caught.value.field == "email"


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("0912345678", "0912345678"),
        (" 0912 345 678 ", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("0277 385 123", "0277385123"),
    ],
)
def test_good_phone_numbers(app, value, stored):
    with app.test_request_context():
        assert normalise_phone(value) == stored


@pytest.mark.parametrize(
    "value",
    [
        "",
        "091234567",  # 9 digits
        "09123456789",  # 11 digits
        "912345678",  # no leading 0
        "84912345678",  # 84 without +
        "+840912345678",  # +84 and the 0
        "+8491234567",
        "+85 912 345 678",
        "0912 345 67a",
        "0912/345/678",
        "٠٩١٢٣٤٥٦٧٨",  # Arabic-Indic digits
    ],
)
def test_bad_phone_numbers(app, value):
    with app.test_request_context(), pytest.raises(AccountError) as caught:
        normalise_phone(value)
    assert caught.value.field == "phone"


def test_tokens_carry_their_payload_for_their_purpose_only(app):
    with app.test_request_context():
        token = make_token("invitation", {"producer": 7, "email": "lan@example.vn"})
        assert read_token("invitation", token, max_age=60) == {
            "producer": 7,
            "email": "lan@example.vn",
        }
        with pytest.raises(TokenError):
            read_token("password-reset", token, max_age=60)
        with pytest.raises(TokenError):
            read_token("invitation", token[:-2] + "xx", max_age=60)
        with pytest.raises(TokenExpiredError):
            read_token("invitation", token, max_age=-1)


def test_tokens_survive_a_secret_key_rotation(app):
    with app.test_request_context():
        token = make_token("invitation", [1])
        old_key = app.config["SECRET_KEY"]
        app.config.update(SECRET_KEY="a-new-key", SECRET_KEY_FALLBACKS=[old_key])
        try:
            assert read_token("invitation", token, max_age=60) == [1]
        finally:
            app.config.update(SECRET_KEY=old_key, SECRET_KEY_FALLBACKS=[])
