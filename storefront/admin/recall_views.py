"""The office's recalls: the list of recalled lots with how many buyers were told, finding a
lot by its code, and recalling any lot (a reason, then a confirm step)."""

import sqlalchemy as sa
from flask import abort, render_template, request, url_for
from sqlalchemy.orm import joinedload

from storefront.admin import bp
from storefront.catalog.lot_models import MAX_LOT_CODE, Lot
from storefront.database import writes
from storefront.extensions import db
from storefront.orders import recalls
from storefront.orders.recall_forms import RecallForm, recall_steps
from storefront.text import single_line


@bp.get("/recalls")
def recalls_list():
    code = single_line(request.args.get("code", ""), MAX_LOT_CODE)
    return render_template(
        "admin/recalls.html",
        recalls=recalls.open_recalls(),
        code=code,
        found=recalls.lots_by_code(code) if code else [],
    )


@bp.route("/lots/<int:lot_id>/recall", methods=["GET", "POST"])
@writes
def recall_lot(lot_id: int):
    lot = _lot(lot_id)
    return recall_steps(lot, RecallForm(), _page, url_for("admin.recalls_list"))


def _lot(lot_id: int) -> Lot:
    lot = db.session.scalar(
        sa.select(Lot)
        .where(Lot.id == lot_id)
        .options(joinedload(Lot.product), joinedload(Lot.variant))
    )
    if lot is None:
        abort(404)
    return lot


def _page(lot: Lot, form: RecallForm, confirming: bool = False) -> str:
    return render_template("admin/lot_recall.html", lot=lot, form=form, confirming=confirming)
