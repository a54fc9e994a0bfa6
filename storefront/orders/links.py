"""Signed links to an order page: a guest reaches it without an account, nobody by guessing."""

from flask import url_for

from storefront.accounts.tokens import TEN_YEARS, TokenError, make_token, read_token
from storefront.links import external_url

PURPOSE = "order-access"


def order_token(order) -> str:
    """Dated when the order was placed, so every link to one order is the same (a card
    payment's return addresses must not change between copies of one Stripe request)."""
    return make_token(PURPOSE, order.number, signed_at=order.created_at)


def token_matches(order, token: str | None) -> bool:
    if not token:
        return False
    try:
        return read_token(PURPOSE, token, max_age=TEN_YEARS) == order.number
    except TokenError:
        return False


def may_see(order, user, token: str | None) -> bool:
    """The buyer (logged in), the office, or whoever holds the order's signed link."""
    owner = user.is_authenticated and (order.user_id == user.id or user.is_admin)
    return owner or token_matches(order, token)


def order_url(order, external: bool = False, **extra) -> str:
    """The order's signed page; `external`: a full link at SITE_URL (e-mails, payment pages)."""
    build = external_url if external else url_for
    return build("payments.order", number=order.number, t=order_token(order), **extra)
