"""A buyer's order history on the account page, and buying the same things again."""

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required
from sqlalchemy.orm import selectinload

from storefront.accounts.views import bp
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import ActionForm
from storefront.orders import cart
from storefront.orders.models import Order, OrderKind


@bp.get("/orders")
@login_required
def orders():
    """The logged-in buyer's orders, newest first."""
    rows = db.session.scalars(
        sa.select(Order)
        .where(Order.user_id == current_user.id)
        .options(selectinload(Order.items))
        .order_by(Order.created_at.desc(), Order.id.desc())
    ).all()
    return render_template(
        "accounts/orders.html",
        orders=rows,
        action=ActionForm(),
    )


@bp.post("/orders/<number>/reorder")
@login_required
@writes
def reorder(number: str):
    """Put an earlier order's lines back in the cart; lines no longer on sale are skipped.

    Only goods can be bought again: a tree or a tour is adopted or booked from its own page.
    """
    order = _own_order(number)
    if order.kind != OrderKind.GOODS:
        return render_template(
            "errors/error.html",
            code=409,
            title=_("This order cannot be bought again"),
            message=_(
                "Only products go back in the cart. Adopt a tree or book a tour again from "
                "its own page."
            ),
        ), 409
    if ActionForm().validate_on_submit():
        added, skipped = add_to_cart_again(order)
        db.session.commit()
        if added:
            flash(
                ngettext(
                    "%(num)d product is back in your cart.",
                    "%(num)d products are back in your cart.",
                    added,
                ),
                "success",
            )
        if skipped:
            flash(
                ngettext(
                    "%(num)d product is no longer available and was left out.",
                    "%(num)d products are no longer available and were left out.",
                    skipped,
                ),
                "info" if added else "error",
            )
    return redirect(url_for("cart.view"))


def add_to_cart_again(order: Order) -> tuple[int, int]:
    """Add each line of `order` to the current cart; (lines added, lines skipped)."""
    basket = cart.current_cart()
    added = skipped = 0
    for item in order.items:
        if item.variant_id is None:
            skipped += 1
            continue
        try:
            basket.add(item.variant_id, item.quantity)
        except cart.CartError:
            skipped += 1
        else:
            added += 1
    return added, skipped


def _own_order(number: str) -> Order:
    """The logged-in buyer's order with this number, or 404 (never someone else's)."""
    order = db.session.scalar(
        sa.select(Order)
        .where(Order.number == number, Order.user_id == current_user.id)
        .options(selectinload(Order.items))
    )
    if order is None:
        abort(404)
    return order
