"""Account rules: registering, logging in, resetting passwords, creating administrators."""

import re

import sqlalchemy as sa
from flask import current_app
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.accounts.passwords import hash_password, needs_rehash, verify_password
from storefront.accounts.sessions import end_sessions
from storefront.accounts.tokens import (
    TokenError,
    TokenExpiredError,
    fingerprint,
    make_token,
    read_token,
)
from storefront.database import begin_write_transaction
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.text import single_line

MIN_PASSWORD_LENGTH = 10
MAX_NAME_LENGTH = 120
PASSWORD_RESET_PURPOSE = "password-reset"
PASSWORD_RESET_MAX_AGE = 3600  # seconds: the link in the e-mail works for one hour

EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
PHONE_SEPARATORS = re.compile(r"[\s.\-]")
# Mobile numbers have 10 digits (0 + 9); landlines 11 (area code 02xx + 7 or 8 digits).
LOCAL_PHONE = re.compile(r"0[1-9][0-9]{8}|02[0-9]{9}")
INTERNATIONAL_PHONE = re.compile(r"\+84([1-9][0-9]{8}|2[0-9]{9})")

INVALID_LINK = _l(
    "This link is not valid any more: it may have been used already. Please ask for a new one."
)


class AccountError(DomainError):
    """A request about accounts that cannot be carried out; the message is for the user."""


def normalise_email(email: str) -> str:
    """E-mail addresses are stored and compared in lower case, without surrounding spaces."""
    return email.strip().lower()


def find_user(email: str) -> User | None:
    """The account with this e-mail address, whatever its case."""
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def check_email(email: str) -> str:
    """The normalised address, or AccountError if it does not look like an e-mail address."""
    email = normalise_email(email)
    if len(email) > 254 or not EMAIL_PATTERN.fullmatch(email):
        raise AccountError(
            _l("Please enter a valid e-mail address, for example lan@example.vn."), "email"
        )
    return email


def check_password(password: str) -> str:
    """The password itself, or AccountError if it is too short."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(
            _l("The password needs at least %(num)d characters.", num=MIN_PASSWORD_LENGTH),
            "password",
        )
    return password


def normalise_phone(value: str) -> str:
    """A Vietnamese number as 0xxxxxxxxx (mobile) or 02xxxxxxxxx (landline); accepts +84,
    spaces, dots and dashes."""
    compact = PHONE_SEPARATORS.sub("", value or "")
    if match := INTERNATIONAL_PHONE.fullmatch(compact):
        return "0" + match.group(1)
    if LOCAL_PHONE.fullmatch(compact):
        return compact
    raise AccountError(
        _l("Please enter a Vietnamese phone number, for example 0912 345 678 or 0277 3812 345."),
        "phone",
    )


def register_user(
    email: str, password: str, name: str, phone: str = "", locale: str = "vi"
) -> User:
    """Create an account; phone may be empty. Raises AccountError naming the faulty field."""
    email = check_email(email)
    name = single_line(name or "", MAX_NAME_LENGTH)
    if not name:
        raise AccountError(_l("Please enter your name."), "name")
    check_password(password)
    phone = normalise_phone(phone) if phone and phone.strip() else ""
    if locale not in current_app.config["LANGUAGES"]:
        locale = current_app.config["BABEL_DEFAULT_LOCALE"]
    if find_user(email) is not None:
        raise _email_taken()
    user = User(
        email=email, password_hash=hash_password(password), name=name, phone=phone, locale=locale
    )
    try:
        with db.session.begin_nested():  # two sign-ups racing for one address
            db.session.add(user)
    except sa.exc.IntegrityError as error:
        raise _email_taken() from error
    return user


def _email_taken() -> AccountError:
    return AccountError(
        _l("An account with this e-mail address already exists. Log in, or reset the password."),
        "email",
    )


def authenticate(email: str, password: str) -> User | None:
    """The account if the password is right, else None; AccountError if it is switched off."""
    user = find_user(email)
    if user is None:
        hash_password(password)  # as slow as a real check, so timing does not reveal accounts
        return None
    if user.password_hash is None or not verify_password(user.password_hash, password):
        return None
    if not user.is_active:
        raise AccountError(
            _l("This account is switched off. If you think that is a mistake, please contact us.")
        )
    if needs_rehash(user.password_hash):
        stronger, user_id = hash_password(password), user.id
        # This read transaction now writes: on SQLite it must start over as a writer, or a
        # crowd logging in at once gets "database is locked" (found by the tours rush test).
        begin_write_transaction()
        user = db.session.get_one(User, user_id)
        user.password_hash = stronger
        db.session.flush()
    return user


def request_password_reset(email: str, locale: str | None = None) -> None:
    """E-mail a one-hour link to choose a new password, in `locale` (the language the visitor
    is reading, else the account's). Silent when there is no such active account."""
    user = find_user(email)
    if user is None or not user.is_active:
        return
    token = make_token(
        PASSWORD_RESET_PURPOSE, {"user": user.id, "password": fingerprint(user.password_hash)}
    )
    if locale is None or locale not in current_app.config["LANGUAGES"]:
        locale = user.locale
    mail.queue(
        user.email,
        "mail/accounts/password_reset_subject.txt",
        "mail/accounts/password_reset_body.txt",
        locale=locale,
        user=user,
        token=token,
    )


def check_password_reset(token: str) -> User:
    """The account a password-reset link was made for; AccountError(field="token") if the
    link is forged, older than an hour, or already used (the password changed since)."""
    try:
        payload = read_token(PASSWORD_RESET_PURPOSE, token, PASSWORD_RESET_MAX_AGE)
    except TokenExpiredError as error:
        raise AccountError(
            _l("This link has expired. Please ask for a new one."), "token"
        ) from error
    except TokenError as error:
        raise AccountError(INVALID_LINK, "token") from error
    user = db.session.get(User, payload["user"])
    if user is None or not user.is_active or payload["password"] != fingerprint(user.password_hash):
        raise AccountError(INVALID_LINK, "token")
    return user


def reset_password(token: str, new_password: str) -> User:
    """Set a new password through a reset link, which then stops working; every session of
    the account ends (whoever knew the old password is logged out)."""
    check_password_reset(token)
    new_hash = hash_password(check_password(new_password))
    begin_write_transaction()  # after the slow hashing, so other writers wait only briefly
    user = check_password_reset(token)  # again: the link may have been used meanwhile
    user.password_hash = new_hash
    end_sessions(user)
    return user


def change_password(user: User, current_password: str, new_password: str) -> User:
    """A logged-in user's new password, given the current one; every session ends."""
    if not verify_password(user.password_hash, current_password):
        raise AccountError(_l("That is not your current password."), "current_password")
    new_hash, user_id = hash_password(check_password(new_password)), user.id
    begin_write_transaction()  # after the slow hashing, so other writers wait only briefly
    user = db.session.get_one(User, user_id)
    user.password_hash = new_hash
    end_sessions(user)
    return user


def search_accounts(email: str, limit: int = 50) -> list[User]:
    """Accounts whose e-mail address contains `email`, newest first (all when it is empty)."""
    query = sa.select(User).order_by(User.id.desc()).limit(limit)
    if email.strip():
        query = query.where(User.email.contains(normalise_email(email), autoescape=True))
    return list(db.session.scalars(query))


def switch_account(user: User, active: bool, actor: User) -> None:
    """The office switches an account off (its sessions end at once) or back on."""
    if user.id == actor.id:
        raise AccountError(_l("You cannot switch off your own account."))
    before = user.is_active_account
    user.is_active_account = active
    end_sessions(user)
    audit.record(
        "account.switched_on" if active else "account.switched_off", user, summary=user.email,
        before={"active": before}, after={"active": active}, actor=actor,
    )  # fmt: skip


def create_admin(email: str, password: str, name: str = "") -> User:
    """Make an administrator, or promote an existing account and reset its password (which
    logs it out everywhere)."""
    email = normalise_email(email)
    if "@" not in email or len(email) > 254:
        raise AccountError(f"'{email}' is not an e-mail address")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    user = find_user(email) or User(email=email, name=name or email.split("@")[0])
    user.password_hash = hash_password(password)
    was_admin = bool(user.is_admin)
    user.is_admin = True
    db.session.add(user)
    end_sessions(user)
    db.session.flush()
    audit.record(
        "account.admin_created", user, summary=user.email, before={"admin": was_admin},
        after={"admin": True},
    )  # fmt: skip
    return user
