"""Portal pages for "Cây xoài nhà tôi": an orchard's adoption plans, and the adopted trees
(news for the adopter, each harvest box, a short harvest turned into store credit)."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.adoptions import harvest
from storefront.adoptions import plans as plan_editing
from storefront.adoptions import services as adoption_services
from storefront.adoptions.models import Adoption, DeliveryStatus
from storefront.database import refuse_changes, writes
from storefront.farms.editing import TourismError
from storefront.farms.models import AdoptionPlan, Orchard
from storefront.forms_common import form_error, form_status, form_values
from storefront.i18n import format_kg, format_vnd
from storefront.portal import bp
from storefront.portal.adoption_forms import DeliveryForm, PlanForm, ShortfallForm, UpdateForm
from storefront.portal.owned import own_adoption, own_orchard, own_plan


@bp.get("/orchards/<int:orchard_id>/plans")
def plans(orchard_id: int):
    orchard = own_orchard(orchard_id)
    return render_template(
        "portal/plans.html", orchard=orchard, plans=plan_editing.orchard_plans(orchard)
    )


@bp.route("/orchards/<int:orchard_id>/plans/new", methods=["GET", "POST"])
@writes
def new_plan(orchard_id: int):
    return _plan_page(own_orchard(orchard_id), None)


@bp.route("/plans/<int:plan_id>/edit", methods=["GET", "POST"])
@writes
def edit_plan(plan_id: int):
    plan = own_plan(plan_id)
    return _plan_page(plan.orchard, plan)


def _plan_page(orchard: Orchard, plan: AdoptionPlan | None):
    form = PlanForm(obj=plan)
    if form.validate_on_submit():
        try:
            plan_editing.save_plan(orchard, plan, form_values(form, plan_editing.PLAN_FIELDS))
        except TourismError as error:
            form_error(form, error)
        else:
            flash(_("Adoption plan saved."), "success")
            return redirect(url_for("portal.plans", orchard_id=orchard.id))
    locked = plan is not None and plan_editing.has_adoptions(plan)
    page = render_template(
        "portal/plan_form.html", form=form, orchard=orchard, plan=plan, locked=locked
    )
    return page, form_status(form)


@bp.get("/adoptions")
def adoptions():
    return render_template(
        "portal/adoptions.html", adoptions=adoption_services.producer_adoptions(g.producer)
    )


@bp.get("/adoptions/<int:adoption_id>")
def adoption(adoption_id: int):
    return _adoption_page(own_adoption(adoption_id))


def _adoption_page(
    adoption: Adoption,
    update_form: UpdateForm | None = None,
    delivery_form: DeliveryForm | None = None,
    shortfall_form: ShortfallForm | None = None,
    failed: bool = False,
):
    """The adopted tree's page; `failed` when one of its forms was refused (status 400)."""
    delivery_form = delivery_form or DeliveryForm(formdata=None)
    _delivery_choices(adoption, delivery_form)
    page = render_template(
        "portal/adoption.html",
        adoption=adoption,
        updates=harvest.tree_updates(adoption.tree),
        update_form=update_form or UpdateForm(formdata=None),
        delivery_form=delivery_form,
        owed_grams=harvest.shortfall_grams(adoption),
        shortfall_form=shortfall_form or ShortfallForm(formdata=None),
    )
    return page, 400 if failed else 200


def _delivery_choices(adoption: Adoption, form: DeliveryForm) -> None:
    planned = [d for d in adoption.deliveries if d.status == DeliveryStatus.PLANNED]
    form.number.choices = [
        (d.number, _("Delivery %(number)s (%(weight)s planned)", number=d.number,
                      weight=format_kg(d.planned_grams)))
        for d in planned
    ]  # fmt: skip


@bp.post("/adoptions/<int:adoption_id>/updates")
@writes
def post_tree_update(adoption_id: int):
    adoption = own_adoption(adoption_id)
    form = UpdateForm()
    if form.validate_on_submit():
        uploads = [(f.filename, f.read()) for f in form.photos.data or [] if f and f.filename]
        try:
            harvest.post_update(adoption, current_user, form.note.data or "", uploads)
        except TourismError as error:
            form_error(form, error)
        else:
            flash(_("Update posted; the adopter has been told by e-mail."), "success")
            return redirect(url_for("portal.adoption", adoption_id=adoption.id))
    return _adoption_page(adoption, update_form=form, failed=True)


@bp.post("/adoptions/<int:adoption_id>/deliveries")
@writes
def record_delivery(adoption_id: int):
    adoption = own_adoption(adoption_id)
    form = DeliveryForm()
    _delivery_choices(adoption, form)
    if form.validate_on_submit():
        try:
            harvest.record_delivery(
                adoption,
                form.number.data,
                picked_up=form.method.data == "picked_up",
                grams=form.weight.data,
                carrier=form.carrier.data or "",
                tracking_number=form.tracking_number.data or "",
                actor=current_user,
            )
        except TourismError as error:
            form_error(form, error)
        else:
            flash(_("Delivery recorded."), "success")
            return redirect(url_for("portal.adoption", adoption_id=adoption.id))
    return _adoption_page(own_adoption(adoption_id), delivery_form=form, failed=True)


@bp.post("/adoptions/<int:adoption_id>/shortfall")
@writes
def record_shortfall(adoption_id: int):
    adoption = own_adoption(adoption_id)
    form = ShortfallForm()
    if not form.validate_on_submit():
        return _adoption_page(adoption, shortfall_form=form, failed=True)
    try:
        amount = harvest.record_shortfall(adoption, actor=current_user)
    except TourismError as error:
        refuse_changes()
        flash(str(error), "error")
    else:
        flash(_("Short harvest recorded: %(amount)s of store credit for the adopter.",
                amount=format_vnd(amount)), "success")  # fmt: skip
    return redirect(url_for("portal.adoption", adoption_id=adoption.id))
