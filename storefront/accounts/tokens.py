"""Signed, timed tokens for links sent by e-mail: password resets, member invitations."""

import hashlib
from datetime import datetime

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from storefront.domain_errors import DomainError


class TokenError(DomainError):
    """The token is not ours, was altered, or was made for another purpose."""

    code = "bad_token"


class TokenExpiredError(TokenError):
    """The token is genuine but older than its purpose allows."""


class _DatedSigner(TimestampSigner):
    """Dates its signatures at a given moment instead of now (for signing only)."""

    def __init__(self, *args, signed_at: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.signed_at = signed_at

    def get_timestamp(self) -> int:
        return self.signed_at


def _serializer(purpose: str, signed_at: datetime | None = None) -> URLSafeTimedSerializer:
    config = current_app.config
    # Oldest first, newest last: tokens signed before a key rotation still verify.
    keys = [*(config.get("SECRET_KEY_FALLBACKS") or ()), config["SECRET_KEY"]]
    if signed_at is None:
        return URLSafeTimedSerializer(keys, salt=f"storefront.{purpose}")
    return URLSafeTimedSerializer(
        keys,
        salt=f"storefront.{purpose}",
        signer=_DatedSigner,
        signer_kwargs={"signed_at": int(signed_at.timestamp())},
    )


# Links that must keep working as long as what they show exists (a ticket, a tree's page).
TEN_YEARS = 10 * 365 * 24 * 3600


def make_token(purpose: str, payload, *, signed_at: datetime | None = None) -> str:
    """Sign a JSON-serialisable payload for one purpose; the token carries its creation time
    (now, or `signed_at`: the same token every time it is made)."""
    return _serializer(purpose, signed_at).dumps(payload)


def read_token(purpose: str, token: str, max_age: int):
    """The payload of a token made for this purpose at most max_age seconds ago."""
    try:
        return _serializer(purpose).loads(token, max_age=max_age)
    except SignatureExpired as error:
        raise TokenExpiredError(purpose) from error
    except BadSignature as error:  # also a payload that is not valid JSON
        raise TokenError(purpose) from error


def fingerprint(value: str | None) -> str:
    """A short digest of a value (a password hash): a token carrying it dies when it changes."""
    return hashlib.sha256((value or "").encode()).hexdigest()[:16]
