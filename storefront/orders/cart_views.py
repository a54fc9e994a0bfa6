"""Cart pages: see the cart, add from a product page, change quantities, take a line out."""

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import user_logged_in
from sqlalchemy.exc import SQLAlchemyError

from storefront.database import refuse_changes, writes
from storefront.orders import bp
from storefront.orders.cart import MAX_QUANTITY, CartError, current_cart, merge_guest_cart
from storefront.orders.forms import AddToCartForm, posted_quantities


@bp.get("/cart")
def cart():
    """The cart, grouped by producer, with today's prices and stock."""
    return _cart_page(current_cart())


@bp.post("/cart/add")
@writes
def add_to_cart():
    """Add a package from its product page, then go back there."""
    form = AddToCartForm()
    basket = current_cart()
    try:
        variant = basket.add(form.variant_id.data, form.quantity.data)
    except CartError as error:
        return _cart_page(basket, error)
    flash(_("Added to cart."), "success")
    return redirect(url_for("catalog.product", slug=variant.product.slug), 303)


@bp.post("/cart/update")
@writes
def update_cart():
    """Save every quantity of the cart form at once (0 takes the line out)."""
    basket = current_cart()
    quantities = posted_quantities(request.form)
    try:
        basket.update(quantities)
    except CartError as error:
        return _cart_page(basket, error, typed=quantities)
    flash(_("Cart updated."), "success")
    return redirect(url_for(".cart"), 303)


@bp.post("/cart/remove/<int:variant_id>")
@writes
def remove_from_cart(variant_id: int):
    """Take one line out of the cart."""
    current_cart().remove(variant_id)
    flash(_("Removed from the cart."), "info")
    return redirect(url_for(".cart"), 303)


def _cart_page(basket, error: CartError | None = None, typed: dict | None = None):
    """The cart page; after a refused update the quantity boxes keep what was typed."""
    if error is not None:
        refuse_changes()
    return render_template(
        "orders/cart.html", groups=basket.groups(), error=error, typed=typed or {}
    ), (error.status if error else 200)


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
    # Every login happens in a write view (@writes), whose commit keeps the merge.
    merge_guest_cart(user)


@bp.record_once
def _set_up(state) -> None:
    state.app.jinja_env.globals["CART_MAX_QUANTITY"] = MAX_QUANTITY
    user_logged_in.connect(_merge_at_login, state.app)
