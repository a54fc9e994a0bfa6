"""The order page (its payment: VietQR to scan or save, card to pay again), the buyer's
cancel, and finding an order by its number and phone."""

import io

from flask import abort, flash, redirect, render_template, request, send_file
from flask_babel import gettext as _
from flask_login import current_user

from storefront.accounts.services import AccountError, normalise_phone
from storefront.database import refuse_changes, writes
from storefront.forms_common import ActionForm, form_status
from storefront.limits import form_field, limit_posts
from storefront.orders import lifecycle, services
from storefront.orders.links import order_url
from storefront.orders.models import Order
from storefront.payments import bp, vietqr
from storefront.payments import flow as payment_flow
from storefront.payments.forms import LookupForm
from storefront.state_machine import IllegalTransition


def _viewable_order(number: str) -> Order:
    """The order, if this visitor may see it (owner, signed link, admin); 404 otherwise."""
    return services.viewable_order(number, current_user, request.values.get("t")) or abort(404)


@bp.get("/orders/<number>")
def order(number: str):
    found = _viewable_order(number)
    return render_template(
        "payments/order.html",
        order=found,
        token=request.values.get("t", ""),
        transfer=payment_flow.transfer_details(found),
        card=payment_flow.card_state(found, back_from_stripe="paid" in request.args),
        can_cancel=lifecycle.can_cancel(found),
        lots=services.lots_of_lines(found.items),
        action=ActionForm(),
    )


@bp.post("/orders/<number>/pay")
@writes
def pay(number: str):
    """Pay by card (again): Stripe's page for the order, opened now if it never was."""
    found = _viewable_order(number)
    if not ActionForm().validate_on_submit():
        abort(400)
    return payment_flow.pay_by_card(found)


@bp.post("/orders/<number>/cancel")
@writes
def cancel_order(number: str):
    found = _viewable_order(number)
    if ActionForm().validate_on_submit():
        try:
            lifecycle.cancel(
                found,
                actor=current_user if current_user.is_authenticated else None,
                actor_label="buyer",
                note=_("cancelled by the buyer"),
            )
        except IllegalTransition as error:
            refuse_changes()
            flash(str(error), "error")
        else:
            flash(_("Your order is cancelled."), "success")
    return redirect(order_url(found))


@bp.route("/orders/lookup", methods=["GET", "POST"])
@limit_posts("RATELIMIT_LOOKUP_PER_ADDRESS")
@limit_posts("RATELIMIT_LOOKUP_PER_ORDER", form_field("number", services.order_number))
@writes
def lookup_order():
    """Find an order by its number and the phone used: no account needed."""
    form = LookupForm()
    if form.validate_on_submit():
        try:
            phone = normalise_phone(form.phone.data)
        except AccountError:
            phone = None
        found = services.order_by_phone(form.number.data, phone)
        if found is not None:
            return redirect(order_url(found))
        form.number.errors.append(_("No order with this number and phone."))
    return render_template("payments/lookup.html", form=form), form_status(form)


@bp.get("/orders/<number>/vietqr.png")
def vietqr_png(number: str):
    """The order's VietQR code as a PNG download, for whoever may see the order (signed link
    or owner), while its transfer is awaited; never stored by browsers or proxies."""
    details = payment_flow.transfer_details(_viewable_order(number))
    if details is None:
        abort(404)
    return send_file(
        io.BytesIO(vietqr.qr_png(details["payload"])),
        mimetype="image/png",
        as_attachment=True,
        download_name=f"VietQR-{services.order_number(number)}.png",
    )
