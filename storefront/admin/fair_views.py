"""The office's fairs and events: announcing and editing a fair, its booth applications, and
accepting or declining each one (never more acceptances than booths: a late second tab gets
a 409 with the reason)."""

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from storefront.admin import bp
from storefront.catalog.models import Product
from storefront.database import writes
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.forms_common import filled, form_error, form_status, form_values, ward_choices
from storefront.programme import fair_reads, fairs
from storefront.programme.fair_forms import (
    FAIR_FIELDS,
    KIND_LABELS,
    STATUS_LABELS,
    DecisionForm,
    FairForm,
)
from storefront.programme.fair_models import BoothApplication, Fair
from storefront.timeutil import today_local


@bp.get("/fairs")
def fairs_list():
    return render_template(
        "admin/fair_list.html", fairs=fair_reads.all_fairs(), kinds=KIND_LABELS, today=today_local()
    )


@bp.route("/fairs/new", methods=["GET", "POST"])
@writes
def new_fair():
    return _fair_form(None)


@bp.route("/fairs/<int:fair_id>/edit", methods=["GET", "POST"])
@writes
def edit_fair(fair_id: int):
    return _fair_form(db.session.get(Fair, fair_id) or abort(404))


@bp.get("/fairs/<int:fair_id>")
def fair(fair_id: int):
    found = db.session.get(Fair, fair_id) or abort(404)
    return _applications_page(found, DecisionForm(formdata=None), None)


@bp.post("/booths/<int:application_id>")
@writes
def decide_booth(application_id: int):
    application = db.session.get(BoothApplication, application_id) or abort(404)
    form = DecisionForm()
    if not form.validate_on_submit():
        return _applications_page(application.fair, form, application), 400
    try:
        outcome = fairs.decide(application, form.action.data or "", (form.note.data or "").strip())
    except DomainError as error:
        status = form_error(form, error)
        return _applications_page(application.fair, form, application), status
    name = application.producer.name
    if outcome == fairs.S.ACCEPTED:
        flash(_("Accepted: %(name)s has a booth.", name=name), "success")
    else:
        flash(_("Declined: %(name)s was told.", name=name), "info")
    return redirect(url_for("admin.fair", fair_id=application.fair_id))


def _fair_form(found: Fair | None):
    form = FairForm(obj=found)
    form.ward.choices = ward_choices(None)
    if found is not None and not form.is_submitted():
        form.ward.data = str(found.ward_code)
    status = 200
    if form.validate_on_submit():
        values = form_values(form, FAIR_FIELDS) | {"ward_code": int(filled(form.ward))}
        try:
            saved = fairs.save_fair(found, values)
        except fairs.FairError as error:
            status = form_error(form, error)
        else:
            flash(_("Fair saved: %(name)s", name=saved.name_vi), "success")
            return redirect(url_for("admin.fair", fair_id=saved.id))
    page = render_template("admin/fair_form.html", form=form, fair=found)
    return page, max(status, form_status(form))


def _applications_page(found: Fair, form: DecisionForm, failed: BoothApplication | None) -> str:
    applications = fair_reads.applications(found)
    shown = fair_reads.products_shown([a.id for a in applications])
    names = _product_names({i for ids in shown.values() for i in ids})
    return render_template(
        "admin/fair_applications.html",
        fair=found,
        applications=applications,
        shown={a: [names[i] for i in ids if i in names] for a, ids in shown.items()},
        form=form,
        failed=failed,
        kinds=KIND_LABELS,
        statuses=STATUS_LABELS,
        actions=fairs.MACHINE.actions,
    )


def _product_names(ids: set[int]) -> dict[int, str]:
    """The catalogue's names of the products the applications show (programme reads no
    catalogue: the office's page names them)."""
    rows = db.session.execute(sa.select(Product.id, Product.name_vi).where(Product.id.in_(ids)))
    return {product_id: name for product_id, name in rows}
