"""Portal pages of the producer itself: dashboard, brand page and the quick stock page."""

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.accounts.services import AccountError
from storefront.catalog import editing
from storefront.database import refuse_changes, writes
from storefront.forms_common import (
    ActionForm,
    form_error,
    form_status,
    setup_address,
    uploaded_file,
)
from storefront.portal import bp, queries
from storefront.producers import profiles
from storefront.producers.forms import BrandForm
from storefront.producers.lifecycle import ProducerAction, change_status
from storefront.state_machine import IllegalTransition


@bp.get("/")
def dashboard():
    return render_template("portal/dashboard.html", figures=queries.dashboard_figures())


@bp.route("/brand", methods=["GET", "POST"])
@writes
def brand():
    producer = g.producer
    form = BrandForm(obj=producer)
    if request.method == "GET":
        form.kind.data = producer.kind.value
        form.ward.data = str(producer.ward_code)
    setup_address(form, producer.ward_code)
    if "reload_wards" not in request.form and form.validate_on_submit():
        values = {name: field.data for name, field in form._fields.items()}
        values["ward_code"] = int(form.ward.data)
        try:
            profiles.update_brand(
                producer, values, uploaded_file(form.logo.data), uploaded_file(form.cover.data)
            )
        except (AccountError, profiles.ProfileError) as error:
            error.field = error.field if error.field in form else "phone"
            form_error(form, error)
        else:
            flash(_("Your brand page is saved."), "success")
            return redirect(url_for("portal.brand"))
    return render_template("portal/brand.html", form=form, resubmit=ActionForm()), form_status(form)


@bp.post("/brand/resubmit")
@writes
def resubmit():
    """A rejected producer fixes its profile and sends it for review again."""
    if ActionForm().validate_on_submit():
        try:
            change_status(
                g.producer, ProducerAction.SUBMIT, actor=current_user, actor_label="producer"
            )
        except IllegalTransition as error:
            refuse_changes()
            flash(str(error), "error")
        else:
            flash(_("Sent again: the OCOP office will review your profile."), "success")
    return redirect(url_for("portal.dashboard"))


@bp.route("/stock", methods=["GET", "POST"])
@writes
def stock():
    """All package sizes on one page; one save for every stock figure. A wrong figure is
    refused next to its package size, and every figure typed is shown again."""
    form = ActionForm()
    products = queries.own_products()
    if not form.validate_on_submit():
        return render_template("portal/stock.html", form=form, products=products, errors={})
    typed = {key: value for key, value in request.form.items() if key.startswith("stock-")}
    try:
        count = editing.set_stock_figures(g.producer, typed)
    except editing.StockRefused as error:
        if "" in error.errors:
            flash(error.errors.pop(""), "error")
        return render_template(
            "portal/stock.html", form=form, products=products, errors=error.errors, typed=typed
        ), 400
    flash(_("Stock saved for %(n)s package sizes.", n=count), "success")
    return redirect(url_for("portal.stock"))
