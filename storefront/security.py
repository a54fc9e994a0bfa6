"""Response headers that keep browsers strict: CSP without inline scripts, nosniff, framing,
and private pages that are never stored and never tell another site their address."""

from flask import Flask, abort, current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix

# Private pages show personal data or carry a secret in their address (?t= order links,
# ticket, adoption, invitation and reset tokens in the path).
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    # "same-origin", not "no-referrer": Flask-WTF refuses an HTTPS form post without a Referer.
    "Referrer-Policy": "same-origin",
}


def content_security_policy(form_origins: str = "") -> str:
    """The site's CSP; `form_origins` may add a payment page a form submission redirects to."""
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            # Chrome also checks redirects after a form post: Stripe Checkout must be allowed.
            f"form-action 'self' {form_origins}".strip(),
            "frame-ancestors 'none'",
        )
    )


def private(target):
    """Mark a blueprint (all its pages) or one view function as private."""
    target.private_pages = True
    return target


def is_private_page() -> bool:
    """Whether the current request is for a page of a private blueprint or a private view."""
    blueprint = current_app.blueprints.get(request.blueprint or "")
    view = current_app.view_functions.get(request.endpoint or "")
    return getattr(blueprint, "private_pages", False) or getattr(view, "private_pages", False)


# What a browser's form sends; a page that posts anything else is not ours.
FORM_BODIES = {"application/x-www-form-urlencoded", "multipart/form-data"}
# Endpoints for machines, which read and verify their own bodies (Stripe's signed JSON).
MACHINE_PATHS = ("/api/", "/payments/")


def init_app(app: Flask) -> None:
    trust_proxies(app)

    @app.before_request
    def refuse_bodies_that_are_not_forms():
        """Every page of the site posts an HTML form. Flask-WTF would also read a JSON body
        into a form, handing its fields dicts, lists and numbers that no browser sends:
        anything but a form's encoding is refused (415) before a view sees it."""
        if request.method not in ("POST", "PUT", "PATCH", "DELETE") or not request.mimetype:
            return
        if request.mimetype not in FORM_BODIES and not request.path.startswith(MACHINE_PATHS):
            abort(415)

    @app.before_request
    def refuse_nul_in_path():
        """A NUL byte in a URL is never a page of ours (and PostgreSQL refuses it in text)."""
        if "\x00" in request.path:
            abort(404)

    @app.after_request
    def set_security_headers(response):
        headers = response.headers
        if is_private_page():
            headers.update(PRIVATE_HEADERS)
        origin = app.config.get("STRIPE_CHECKOUT_ORIGIN", "")
        headers.setdefault("Content-Security-Policy", content_security_policy(origin))
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        headers.setdefault("Permissions-Policy", "camera=(self), geolocation=(), microphone=()")
        if app.config["SESSION_COOKIE_SECURE"]:
            headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        return response


def trust_proxies(app: Flask) -> None:
    """Behind PROXY_COUNT reverse proxies, the visitor's address is the one the outermost of
    them wrote into X-Forwarded-For (the limits count by it). With none, the header is not
    read at all: anyone can write it, and a guesser would write a new address for each try."""
    if app.config["PROXY_COUNT"] > 0:
        # Flask's documented way to add WSGI middleware; its types call wsgi_app a method.
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=app.config["PROXY_COUNT"]
        )
