"""Idempotency keys belong to whoever got the form: a key copied from another buyer's page
never finds that buyer's order (nor its signed link).

Checkout, adoption and booking forms carry a random key. What open_order stores and looks up
is an HMAC of that key and its scope: the account, or for a guest a random id kept in the
session. The same form posted twice from one browser finds its order; the same key posted by
anyone else is a different key and places that person's own order.
"""

import hashlib
import hmac
import secrets

from flask import current_app, session
from flask_login import current_user

SESSION_KEY = "order_scope"
MAX_FORM_KEY = 64


def new_form_key() -> str:
    """A fresh key for an order form; a guest's session gets its scope now, so that two
    copies of the form posted at the same moment share it."""
    buyer_scope()
    return secrets.token_hex(16)


def scoped_key(form_key: str) -> str:
    """The key open_order stores for this visitor's form key; "" (refused there) for a key
    that no form of ours made."""
    if not form_key or len(form_key) > MAX_FORM_KEY:
        return ""
    secret = current_app.config["SECRET_KEY"].encode()
    message = f"{buyer_scope()}\n{form_key}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def buyer_scope() -> str:
    """Who is buying: the account, or for a guest a random id kept in the session (the limit
    on placing orders counts by it too)."""
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    if SESSION_KEY not in session:
        session[SESSION_KEY] = secrets.token_urlsafe(16)
    return f"visitor:{session[SESSION_KEY]}"
