"""A buyer's order history on the account page, and buying the same things again."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from storefront.database import writes
from storefront.forms_common import ActionForm
from storefront.orders import bp, cart, services
from storefront.orders.models import OrderKind


@bp.get("/account/orders")
@login_required
def history():
    """The logged-in buyer's orders, newest first."""
    return render_template(
        "orders/history.html", orders=services.history(current_user.id), action=ActionForm()
    )


@bp.post("/account/orders/<number>/reorder")
@login_required
@writes
def reorder(number: str):
    """Put an earlier order's lines back in the cart; lines no longer on sale are skipped.
    Only goods can be bought again: a tree or a tour is adopted or booked from its own page."""
    order = services.own_order(number, current_user.id) or abort(404)
    if order.kind != OrderKind.GOODS:
        return render_template(
            "errors/error.html", code=409, title=_("This order cannot be bought again"),
            message=_("Only products go back in the cart. Adopt a tree or book a tour again "
                      "from its own page."),
        ), 409  # fmt: skip
    if ActionForm().validate_on_submit():
        _tell(*cart.current_cart().add_order_again(order))
    return redirect(url_for(".cart"))


def _tell(added: int, skipped: int) -> None:
    if added:
        flash(ngettext("%(num)d product is back in your cart.",
                       "%(num)d products are back in your cart.", added), "success")  # fmt: skip
    if skipped:
        flash(ngettext("%(num)d product is no longer available and was left out.",
                       "%(num)d products are no longer available and were left out.", skipped),
              "info" if added else "error")  # fmt: skip
