"""Account rules: creating users and administrators."""

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.accounts.passwords import hash_password
from storefront.extensions import db

MIN_PASSWORD_LENGTH = 10


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message is for the user."""


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def create_admin(email: str, password: str, name: str = "") -> User:
    """Make an administrator, or promote an existing account and reset its password."""
    email = normalise_email(email)
    if "@" not in email or len(email) > 254:
        raise AccountError(f"'{email}' is not an e-mail address")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    user = find_user(email) or User(email=email, name=name or email.split("@")[0])
    user.password_hash = hash_password(password)
    user.is_admin = True
    db.session.add(user)
    db.session.flush()
    return user
