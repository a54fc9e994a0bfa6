"""Portal: the producer recalls one of its own lots (a reason, then a confirm step)."""

from flask import render_template, url_for

from storefront.catalog.lot_models import Lot
from storefront.database import writes
from storefront.orders.recall_forms import RecallForm, recall_steps
from storefront.portal import bp
from storefront.portal.owned import own_lot


@bp.route("/lots/<int:lot_id>/recall", methods=["GET", "POST"])
@writes
def recall_lot(lot_id: int):
    lot = own_lot(lot_id)
    return recall_steps(lot, RecallForm(), _page, url_for("portal.recall_lot", lot_id=lot.id))


def _page(lot: Lot, form: RecallForm, confirming: bool = False) -> str:
    return render_template("portal/lot_recall.html", lot=lot, form=form, confirming=confirming)
