"""Portal pages of the producer itself: dashboard, brand page and the quick stock page."""

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from storefront.accounts.access import producer_required
from storefront.accounts.services import AccountError
from storefront.catalog import editing
from storefront.catalog.errors import CatalogError
from storefront.extensions import db
from storefront.forms_common import (
    ActionForm,
    form_status,
    setup_address,
    uploaded_file,
    whole_number,
)
from storefront.portal import queries
from storefront.producers import profiles
from storefront.producers.forms import BrandForm
from storefront.producers.lifecycle import ProducerAction, TransitionError, change_status
from storefront.routing import parse_id
from storefront.security import private

bp = private(Blueprint("portal", __name__, url_prefix="/portal"))


@bp.before_request
@producer_required
def load_producer():
    """Every portal page needs a logged-in producer member (sets g.producer)."""


@bp.get("/")
def dashboard():
    return render_template("portal/dashboard.html", figures=queries.dashboard_figures())


@bp.route("/brand", methods=["GET", "POST"])
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
            db.session.rollback()
            form[error.field if error.field in form else "phone"].errors.append(str(error))
        else:
            db.session.commit()
            flash(_("Your brand page is saved."), "success")
            return redirect(url_for("portal.brand"))
    return render_template("portal/brand.html", form=form, resubmit=ActionForm()), form_status(form)


@bp.post("/brand/resubmit")
def resubmit():
    """A rejected producer fixes its profile and sends it for review again."""
    if ActionForm().validate_on_submit():
        try:
            change_status(g.producer, ProducerAction.SUBMIT)
        except TransitionError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            flash(_("Sent again: the OCOP office will review your profile."), "success")
    return redirect(url_for("portal.dashboard"))


@bp.route("/stock", methods=["GET", "POST"])
def stock():
    """All package sizes on one page; one save for every stock figure. A wrong figure is
    refused next to its package size, and every figure typed is shown again."""
    form = ActionForm()
    products = queries.own_products()
    if not form.validate_on_submit():
        return render_template("portal/stock.html", form=form, products=products, errors={})
    typed = {key: value for key, value in request.form.items() if key.startswith("stock-")}
    wanted = {parse_id(key.removeprefix("stock-")): whole_number(v) for key, v in typed.items()}
    errors = {
        key: _("Stock is a whole number.") for key, v in typed.items() if whole_number(v) is None
    }
    try:
        if None in wanted:
            raise CatalogError(_l("Some of these package sizes are not yours."))
        if not errors:
            count = editing.set_stock(g.producer, wanted)
    except CatalogError as error:
        errors[error.field or ""] = str(error)
    if errors:
        db.session.rollback()
        if "" in errors:
            flash(errors.pop(""), "error")
        return render_template(
            "portal/stock.html", form=form, products=products, errors=errors, typed=typed
        ), 400
    db.session.commit()
    flash(_("Stock saved for %(n)s package sizes.", n=count), "success")
    return redirect(url_for("portal.stock"))


from storefront.portal import (  # noqa: E402, F401  (routes on bp)
    adoption_views,
    booking_views,
    fulfilment_views,
    product_views,
    team_views,
    tourism_photo_views,
    tourism_views,
)
