"""Response headers that keep browsers strict: CSP without inline scripts, nosniff, framing."""

from flask import Flask, abort, request


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
            "base-uri 'self'",
            # Chrome also checks redirects after a form post: Stripe Checkout must be allowed.
            f"form-action 'self' {form_origins}".strip(),
            "frame-ancestors 'none'",
        )
    )


def init_app(app: Flask) -> None:
    @app.before_request
    def refuse_nul_in_path():
        """A NUL byte in a URL is never a page of ours (and PostgreSQL refuses it in text)."""
        if "\x00" in request.path:
            abort(404)

    @app.after_request
    def set_security_headers(response):
        headers = response.headers
        origin = app.config.get("STRIPE_CHECKOUT_ORIGIN", "")
        headers.setdefault("Content-Security-Policy", content_security_policy(origin))
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        headers.setdefault("Permissions-Policy", "camera=(self), geolocation=(), microphone=()")
        if app.config["SESSION_COOKIE_SECURE"]:
            headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return response
