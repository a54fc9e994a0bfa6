"""Error pages in the visitor's language; JSON for machine endpoints."""

from flask import Flask, current_app, render_template, request
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException, SecurityError

MESSAGES = {
    400: (_l("Bad request"), _l("Something in that request was not right. Please try again.")),
    403: (_l("Not allowed"), _l("You do not have access to this page.")),
    404: (
        _l("Page not found"),
        _l("We could not find that page. It may have moved, or the product is no longer sold."),
    ),
    405: (_l("Not allowed"), _l("This page cannot be used that way.")),
    413: (_l("File too large"), _l("That upload is too large. Please choose a smaller file.")),
    500: (
        _l("Something went wrong"),
        _l("Sorry, we could not finish that. Please try again in a moment."),
    ),
}


def init_app(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException):
        code = error.code or 500
        title, message = MESSAGES.get(code, (error.name, error.description))
        if isinstance(error, SecurityError):  # a Host outside TRUSTED_HOSTS: no URL to build
            site_url = current_app.config["SITE_URL"]
            return render_template("errors/bad_host.html", title=title, site_url=site_url), 400
        if request.path.startswith(("/healthz", "/api/")):
            return {"error": str(title)}, code
        return render_template("errors/error.html", code=code, title=title, message=message), code
