"""Portal: the producer recalls one of its own lots (a reason, then a confirm step)."""

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from storefront.catalog.lot_models import Lot
from storefront.database import writes
from storefront.forms_common import form_error, form_status
from storefront.orders import recalls
from storefront.orders.recall_forms import RecallForm, outcome_message
from storefront.portal import bp
from storefront.portal.owned import own_lot


@bp.route("/lots/<int:lot_id>/recall", methods=["GET", "POST"])
@writes
def recall_lot(lot_id: int):
    lot = own_lot(lot_id)
    form = RecallForm()
    if form.validate_on_submit():
        if form.confirmed.data != "1" and not lot.recalled:
            return _page(lot, form, confirming=True)
        try:
            outcome = recalls.recall_lot(lot, form.reason.data or "", current_user)
        except recalls.RecallError as error:
            status = form_error(form, error)
            return _page(lot, form), status
        flash(outcome_message(outcome), "success")
        return redirect(url_for("portal.recall_lot", lot_id=lot.id))
    return _page(lot, form), form_status(form)


def _page(lot: Lot, form: RecallForm, confirming: bool = False) -> str:
    return render_template("portal/lot_recall.html", lot=lot, form=form, confirming=confirming)
