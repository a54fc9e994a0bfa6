"""Error pages in the visitor's language; JSON for machine endpoints."""

import logging

from flask import Flask, current_app, render_template, request
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import DisconnectionError, OperationalError
from werkzeug.exceptions import HTTPException, SecurityError

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
