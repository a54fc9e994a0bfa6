"""Sessions that really end: a fresh session at each login, every session of an account ended
at once by changing its session token.

Flask keeps the session in a signed cookie on the visitor's side, so a copy of it stays valid
as long as the server accepts what it says. Flask-Login stores `User.get_id()` ("<id>:<token>")
in the session and in the remember-me cookie, and `load_session_user` accepts only the
account's current token: a new token (`end_sessions`) makes every copy worthless.
"""

import hmac
import re

from flask import current_app, request, session
from flask_login import login_user

from storefront.accounts.models import User, new_session_token
from storefront.extensions import db, login_manager

SESSION_ID = re.compile(r"([0-9]{1,18}):([A-Za-z0-9_-]{20,64})")
# What a visitor's session keeps across logging in: the guest cart (merged into the
# account's) and the chosen language. Everything else, the CSRF token included, starts anew.
KEPT_AT_LOGIN = ("cart", "lang")


@login_manager.user_loader
def load_session_user(session_id: str) -> User | None:
    """The account a session or remember-me cookie names, if its token is still current."""
    match = SESSION_ID.fullmatch(session_id)
    if match is None:
        return None
    user = db.session.get(User, int(match.group(1)))
    if user is None or not user.is_active:
        return None
    if not hmac.compare_digest(user.session_token.encode(), match.group(2).encode()):
        return None
    return user


def end_sessions(user: User) -> None:
    """End every session and remember-me cookie of the account, on every device."""
    user.session_token = new_session_token()
    db.session.flush()


def log_in(user: User, remember: bool = False) -> None:
    """Log in on a fresh session: nothing planted in the session before survives but the cart
    and the language (no session fixation)."""
    kept = {key: session[key] for key in KEPT_AT_LOGIN if key in session}
    session.clear()
    session.update(kept)
    login_user(user, remember=remember)


def has_remember_cookie() -> bool:
    """Whether this browser came with a remember-me cookie (kept when the password changes)."""
    return current_app.config["REMEMBER_COOKIE_NAME"] in request.cookies
