"""Portal: item serials for one of the producer's lots, made in bulk and downloaded as CSV."""

from flask import Response, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from storefront.catalog import serials
from storefront.catalog.serial_forms import SerialCountForm
from storefront.database import writes
from storefront.forms_common import filled, form_error, form_status
from storefront.portal import bp
from storefront.portal.owned import own_lot


@bp.route("/lots/<int:lot_id>/serials", methods=["GET", "POST"])
@writes
def lot_serials(lot_id: int):
    lot = own_lot(lot_id)
    form = SerialCountForm()
    if form.validate_on_submit():
        try:
            made = serials.make_serials(lot, filled(form.count))
        except serials.SerialError as error:
            form_error(form, error)
        else:
            flash(_("%(num)s codes made. Download them for your label printer.", num=made))
            return redirect(url_for("portal.lot_serials", lot_id=lot.id))
    page = render_template(
        "portal/lot_serials.html", lot=lot, form=form, made=serials.serial_count(lot)
    )
    return page, form_status(form)


@bp.get("/lots/<int:lot_id>/serials.csv")
def lot_serials_csv(lot_id: int):
    lot = own_lot(lot_id)
    lines = "".join(f"{url}\r\n" for url in serials.serial_urls(lot))  # read inside the request
    filename = f"serials-{lot.product.slug}-{lot.id}.csv"
    return Response(
        lines,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
