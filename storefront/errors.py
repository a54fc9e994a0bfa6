"""Error pages in the visitor's language; JSON for machine endpoints."""

import logging
from datetime import UTC, datetime, timedelta

from flask import Flask, current_app, render_template, request
from flask_babel import format_timedelta
from flask_babel import lazy_gettext as _l
from flask_limiter import RateLimitExceeded
from sqlalchemy.exc import DisconnectionError, OperationalError
from werkzeug.exceptions import HTTPException, SecurityError

from storefront import limits
from storefront.timeutil import format_clock, format_moment, to_local

log = logging.getLogger(__name__)

MESSAGES = {
    400: (_l("Bad request"), _l("Something in that request was not right. Please try again.")),
    403: (_l("Not allowed"), _l("You do not have access to this page.")),
    404: (
        _l("Page not found"),
        _l("We could not find that page. It may have moved, or the product is no longer sold."),
    ),
    405: (_l("Not allowed"), _l("This page cannot be used that way.")),
    413: (_l("File too large"), _l("That upload is too large. Please choose a smaller file.")),
    415: (
        _l("Not a form"),
        _l("This page only takes what its own form sends. Please use the form."),
    ),
    500: (
        _l("Something went wrong"),
        _l("Sorry, we could not finish that. Please try again in a moment."),
    ),
}
# Seconds a browser or a load balancer is asked to wait while the database is away.
RETRY_AFTER_SECONDS = 30


def init_app(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException):
        code = error.code or 500
        title, message = MESSAGES.get(code, (error.name, error.description))
        if isinstance(error, SecurityError):  # a Host outside TRUSTED_HOSTS: no URL to build
            site_url = current_app.config["SITE_URL"]
            return render_template("errors/bad_host.html", title=title, site_url=site_url), 400
        if _for_machines():
            return {"error": str(title)}, code
        return render_template("errors/error.html", code=code, title=title, message=message), code

    @app.errorhandler(RateLimitExceeded)
    def too_many_tries(error: RateLimitExceeded):
        """Over a limit on guessing or flooding: nothing was done; the page says so, and when
        the next try will be let through."""
        seconds = limits.retry_after(error)
        headers = {"Retry-After": str(seconds)}
        if _for_machines():
            return {"error": "too many requests", "retry_after": seconds}, 429, headers
        now = datetime.now(UTC)
        again_at = now + timedelta(seconds=seconds)
        same_day = to_local(again_at).date() == to_local(now).date()
        page = render_template(
            "errors/too_many.html",
            wait=format_timedelta(timedelta(seconds=seconds), threshold=1),
            again_at=format_clock(again_at) if same_day else format_moment(again_at),
            form_url=request.full_path.rstrip("?"),
        )
        return page, 429, headers

    @app.errorhandler(OperationalError)
    @app.errorhandler(DisconnectionError)
    def database_unavailable(error):
        """The database is down, unreachable or too busy: a 503 that says when to come back,
        on a page that reads nothing from the database (nothing was changed)."""
        log.error("Database unavailable for %s %s: %s", request.method, request.path, error)
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
        if _for_machines():
            return {"error": "database unavailable"}, 503, headers
        return render_template("errors/unavailable.html"), 503, headers


def _for_machines() -> bool:
    return request.path.startswith(("/healthz", "/api/", "/payments/"))
