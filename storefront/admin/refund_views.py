"""The office refunds units of a delivered order's lines (a broken jar, a short box): the
money goes back (card through Stripe, otherwise listed to pay by hand) and the producer whose
line it was has it taken off its next statement."""

import re

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import StringField
from wtforms.validators import InputRequired, Length

from storefront.admin import bp
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import REQUIRED, SiteForm, filled, form_error, form_status
from storefront.i18n import format_vnd
from storefront.orders.models import Order, OrderKind
from storefront.payments import line_refunds
from storefront.payments.stripe_gateway import GatewayError

UNITS = re.compile(r"[0-9]{1,4}")
UNITS_MESSAGE = _l("Type a whole number of units for each line (0 for none).")


class LineRefundForm(SiteForm):
    reason = StringField(
        _l("Reason (the buyer's complaint)"), [InputRequired(REQUIRED), Length(max=200)]
    )


@bp.route("/orders/<int:order_id>/refund-lines", methods=["GET", "POST"])
@writes
def refund_order_lines(order_id: int):
    order = _goods_order(order_id)
    form = LineRefundForm()
    if form.validate_on_submit():
        try:
            units = _units(order)
            made = line_refunds.refund_lines(order, units, reason=filled(form.reason),
                                             actor=current_user)  # fmt: skip
        except (line_refunds.LineRefundError, GatewayError) as error:
            return _page(order, form, form_error(form, _said(error)))
        flash(_("%(amount)s given back on order %(number)s.", amount=format_vnd(made.amount),
                number=order.number), "success")  # fmt: skip
        return redirect(url_for("admin.refund_order_lines", order_id=order.id))
    return _page(order, form, form_status(form))


def _goods_order(order_id: int) -> Order:
    order = db.session.get(Order, order_id)
    if order is None or order.kind != OrderKind.GOODS:
        abort(404)
    return order


def _units(order: Order) -> dict[int, int]:
    """The units typed for each of the order's lines (only lines with some)."""
    units = {}
    for item in order.items:
        typed = request.form.get(f"units-{item.id}", "").strip() or "0"
        if not UNITS.fullmatch(typed):
            raise line_refunds.LineRefundError(UNITS_MESSAGE, "lines")
        if int(typed):
            units[item.id] = int(typed)
    return units


def _said(error):
    """A card provider's refusal in the office's words (its own message is for the logs)."""
    if isinstance(error, GatewayError):
        return line_refunds.LineRefundError(
            _l("The card provider did not answer: nothing was refunded. Try again shortly.")
        )
    return error


def _page(order: Order, form: LineRefundForm, status: int):
    page = render_template(
        "admin/settlement_refund.html", order=order, form=form,
        refunded=line_refunds.refunded_units(order),
    )  # fmt: skip
    return page, status
