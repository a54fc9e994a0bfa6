"""Limits on guessing and flooding: the POSTs that guess a secret (a password, an order's phone,
a ticket code) or send mail are counted per client address and per account they aim at, in a
store every worker shares (RATELIMIT_STORAGE_URI); over a limit the visitor gets a 429 page in
their language that says when to try again (storefront.errors).

Only POSTs count: reading the form is free, and a POST that only redraws it (FORM_REFRESHES)
is not counted where the view does nothing else on it.
"""

import hashlib
import hmac
import ipaddress
import math
import time
from collections.abc import Callable

from flask import Flask, current_app, request
from flask_limiter import RateLimitExceeded
from limits import parse_many

from storefront.config import RATE_LIMITS
from storefront.extensions import limiter

# The no-JavaScript buttons that only redraw a form: the communes of a province, a tour's total.
FORM_REFRESHES = ("reload_wards", "recalculate")


def init_app(app: Flask) -> None:
    """Bind the limiter to the app; a limit that does not parse stops the start (Flask-Limiter
    would otherwise skip it, and the form would be open to guessing)."""
    for name in RATE_LIMITS:
        try:
            parse_many(app.config[name])
        except ValueError as error:
            raise ValueError(f"{name}={app.config[name]!r} is not a limit: {error}") from None
    limiter.init_app(app)


@limiter.request_filter
def _switched_off() -> bool:
    """RATELIMIT_ENABLED per app: the test suite runs apps with and without limits side by side
    in one process, and the limiter is one object."""
    return not current_app.config["RATELIMIT_ENABLED"]


def limit_posts(setting: str, key: Callable[[], str] | None = None, refreshes: bool = False):
    """Count the view's POSTs against the limits in the setting `setting`, one count per
    `key()` (default: the client address). Views sharing a setting share the counts.
    `refreshes`: the view ignores a POST that presses one of FORM_REFRESHES, so it is free."""
    return limiter.shared_limit(
        lambda: current_app.config[setting],
        scope=setting,
        key_func=key or client_address,
        methods=["POST"],
        exempt_when=_refreshing_form if refreshes else None,
    )


def limit_misses(setting: str):
    """Count the view's answers of 404 (a code that does not exist) per client address against
    the limits in `setting`; once over them, the client gets 429 for every code it tries."""
    return limiter.shared_limit(
        lambda: current_app.config[setting],
        scope=setting,
        key_func=client_address,
        deduct_when=lambda response: response.status_code == 404,
    )


def client_address() -> str:
    """The visitor's address as the app sees it (behind PROXY_COUNT proxies, the one the first
    proxy saw). An IPv6 address counts by its /64: one home or phone gets a whole /64."""
    address = request.remote_addr or ""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped is not None:  # ::ffff:1.2.3.4 is the IPv4 address 1.2.3.4
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def form_field(name: str, normalise: Callable[[str], str]) -> Callable[[], str]:
    """A key: the posted field `name` as the view will read it (`normalise`), keyed-hashed, so
    the store holds no e-mail addresses and no key longer than a digest. Empty: not counted."""

    def key() -> str:
        value = normalise(request.form.get(name, ""))
        if not value:
            return ""
        secret = current_app.config["SECRET_KEY"].encode()
        return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()[:32]

    return key


def retry_after(error: RateLimitExceeded) -> int:
    """Seconds until the limit that refused this request lets one more through (rounded up:
    a client that waits exactly this long is let in)."""
    request_limit = limiter.current_limit
    if request_limit is None:
        return error.limit.limit.get_expiry()
    return max(1, math.ceil(request_limit.reset_at - time.time()))


def _refreshing_form() -> bool:
    return any(name in request.form for name in FORM_REFRESHES)
