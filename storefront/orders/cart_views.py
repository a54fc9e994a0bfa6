"""Cart pages: see the cart, add from a product page, change quantities, take a line out."""

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import user_logged_in
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.routing import BuildError

from storefront.database import writes
from storefront.extensions import db
from storefront.orders.cart import MAX_QUANTITY, CartError, current_cart, merge_guest_cart
from storefront.orders.forms import AddToCartForm, posted_quantities
from storefront.security import private

bp = private(Blueprint("cart", __name__))


@bp.get("/cart")
def view():
    """The cart, grouped by producer, with today's prices and stock."""
    return _cart_page(current_cart())


@bp.post("/cart/add")
@writes
def add():
    """Add a package from its product page, then go back there."""
    form = AddToCartForm()
    cart = current_cart()
    try:
        variant = cart.add(form.variant_id.data, form.quantity.data)
    except CartError as error:
        return _cart_page(cart, error)
    db.session.commit()
    flash(_("Added to cart."), "success")
    return redirect(url_for("catalog.product", slug=variant.product.slug), 303)


@bp.post("/cart/update")
@writes
def update():
    """Save every quantity of the cart form at once (0 takes the line out)."""
    cart = current_cart()
    quantities = posted_quantities(request.form)
    try:
        cart.update(quantities)
    except CartError as error:
        return _cart_page(cart, error, typed=quantities)
    db.session.commit()
    flash(_("Cart updated."), "success")
    return redirect(url_for(".view"), 303)


@bp.post("/cart/remove/<int:variant_id>")
@writes
def remove(variant_id: int):
    """Take one line out of the cart."""
    current_cart().remove(variant_id)
    db.session.commit()
    flash(_("Removed from the cart."), "info")
    return redirect(url_for(".view"), 303)


def _cart_page(cart, error: CartError | None = None, typed: dict | None = None):
    """The cart page; after a refused update the quantity boxes keep what was typed."""
    return render_template(
        "orders/cart.html",
        groups=cart.groups(),
        error=error,
        typed=typed or {},
        checkout_url=_checkout_url(),
    ), (400 if error else 200)


def _checkout_url() -> str | None:
    """The checkout's address once that blueprint exists, else None (no button)."""
    try:
        return url_for("checkout.start")
    except BuildError:
        return None


@bp.app_template_global()
def cart_count() -> int:
    """Units in the visitor's cart for the header: asked by the template, once per request."""
    if "cart_count" not in g:
        try:
            g.cart_count = current_cart().count()
        except SQLAlchemyError:
            # An error page rendered after a failed transaction still needs its header.
            g.cart_count = 0
    return g.cart_count


def _merge_at_login(_app, user, **_extra) -> None:
    # Every login view commits before calling login_user, so this commit holds only the merge.
    if merge_guest_cart(user):
        db.session.commit()


@bp.record_once
def _set_up(state) -> None:
    state.app.jinja_env.globals["CART_MAX_QUANTITY"] = MAX_QUANTITY
    user_logged_in.connect(_merge_at_login, state.app)
