"""Portal pages for farm tourism: orchards and their trees, tours and their departures."""

import sqlalchemy as sa
from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from storefront.database import writes
from storefront.extensions import db
from storefront.farms import editing as farm_editing
from storefront.farms.models import Orchard, Tree
from storefront.forms_common import ActionForm, form_status, setup_address, uploaded_file
from storefront.payments.stripe_gateway import GatewayError
from storefront.portal.tourism_forms import (
    CapacityForm,
    DepartureForm,
    ExtraPhotosForm,
    OrchardForm,
    TourForm,
    TreeForm,
)
from storefront.portal.views import bp
from storefront.tours import cancellation, editing
from storefront.tours.models import Departure, Tour


def own_orchard(orchard_id: int) -> Orchard:
    """The current producer's orchard, or 404 (never another producer's)."""
    orchard = db.session.scalar(
        sa.select(Orchard).where(Orchard.id == orchard_id, Orchard.producer_id == g.producer.id)
    )
    if orchard is None:
        abort(404)
    return orchard


def own_tree(tree_id: int) -> Tree:
    """A tree in one of the current producer's orchards, or 404."""
    tree = db.session.scalar(
        sa.select(Tree)
        .join(Tree.orchard)
        .where(Tree.id == tree_id, Orchard.producer_id == g.producer.id)
    )
    if tree is None:
        abort(404)
    return tree


def own_tour(tour_id: int) -> Tour:
    """The current producer's tour, or 404."""
    tour = db.session.scalar(
        sa.select(Tour).where(Tour.id == tour_id, Tour.producer_id == g.producer.id)
    )
    if tour is None:
        abort(404)
    return tour


def own_departure(departure_id: int) -> Departure:
    """A departure of one of the current producer's tours, or 404."""
    departure = db.session.scalar(
        sa.select(Departure)
        .join(Departure.tour)
        .where(Departure.id == departure_id, Tour.producer_id == g.producer.id)
    )
    if departure is None:
        abort(404)
    return departure


def form_values(form, names: tuple[str, ...]) -> dict:
    """The named fields' data, text stripped."""
    values = {name: form[name].data for name in names}
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def attach_error(form, error: farm_editing.TourismError) -> None:
    """Show a domain error next to its field (e.g. 'policy-1-days'), or at the top."""
    name = error.field or ""
    if name.startswith("policy-"):
        _, index, field = name.split("-", 2)
        form.policy.entries[int(index)].form[field].errors.append(str(error))
    elif name in form:
        form[name].errors.append(str(error))
    else:
        form.form_errors.append(str(error))


def _photos_form() -> ExtraPhotosForm:
    """The empty "more photos" form an edit page shows below its own form."""
    return ExtraPhotosForm(formdata=None)


@bp.get("/orchards")
def orchards():
    return render_template(
        "portal/orchards.html",
        orchards=farm_editing.producer_orchards(g.producer),
        tours=editing.producer_tours(g.producer),
    )


@bp.route("/orchards/new", methods=["GET", "POST"])
def new_orchard():
    return _orchard_page(None)


@bp.route("/orchards/<int:orchard_id>/edit", methods=["GET", "POST"])
def edit_orchard(orchard_id: int):
    return _orchard_page(own_orchard(orchard_id))


def _orchard_page(orchard: Orchard | None):
    form = OrchardForm(obj=orchard)
    if request.method == "GET" and orchard is not None:
        form.ward.data = str(orchard.ward_code)
    setup_address(form, orchard.ward_code if orchard else None)
    if "reload_wards" not in request.form and form.validate_on_submit():
        values = form_values(form, farm_editing.ORCHARD_FIELDS)
        values["ward_code"] = int(form.ward.data)
        try:
            farm_editing.save_orchard(
                g.producer, orchard, values, uploaded_file(form.cover_file.data)
            )
        except farm_editing.TourismError as error:
            db.session.rollback()
            attach_error(form, error)
        else:
            db.session.commit()
            flash(_("Orchard saved."), "success")
            return redirect(url_for("portal.orchards"))
    page = render_template(
        "portal/orchard_form.html", form=form, orchard=orchard, photos_form=_photos_form()
    )
    return page, form_status(form)


@bp.route("/orchards/<int:orchard_id>/trees/new", methods=["GET", "POST"])
def new_tree(orchard_id: int):
    return _tree_page(own_orchard(orchard_id), None)


@bp.route("/trees/<int:tree_id>/edit", methods=["GET", "POST"])
def edit_tree(tree_id: int):
    tree = own_tree(tree_id)
    return _tree_page(tree.orchard, tree)


def _tree_page(orchard: Orchard, tree: Tree | None):
    form = TreeForm(obj=tree)
    if form.validate_on_submit():
        try:
            farm_editing.save_tree(
                orchard,
                tree,
                form_values(form, farm_editing.TREE_FIELDS),
                uploaded_file(form.photo_file.data),
            )
        except farm_editing.TourismError as error:
            db.session.rollback()
            attach_error(form, error)
        else:
            db.session.commit()
            flash(_("Tree saved."), "success")
            return redirect(url_for("portal.orchards"))
    page = render_template(
        "portal/tree_form.html", form=form, orchard=orchard, tree=tree, photos_form=_photos_form()
    )
    return page, form_status(form)


@bp.get("/tours")
def tours():
    return render_template("portal/tours.html", tours=editing.producer_tours(g.producer))


@bp.route("/tours/new", methods=["GET", "POST"])
def new_tour():
    return _tour_page(None)


@bp.route("/tours/<int:tour_id>/edit", methods=["GET", "POST"])
def edit_tour(tour_id: int):
    return _tour_page(own_tour(tour_id))


def _tour_page(tour: Tour | None):
    form = TourForm(obj=tour)
    own_orchards = {o.id: o for o in farm_editing.producer_orchards(g.producer)}
    form.orchard_id.choices = [(0, _l("Not in one of my orchards"))] + [
        (o.id, o.name) for o in own_orchards.values()
    ]
    if request.method == "GET" and tour is not None:
        form.orchard_id.data = tour.orchard_id or 0
        for entry, (days, percent) in zip(
            form.policy.entries, tour.cancellation_policy, strict=False
        ):
            entry.form.days.data, entry.form.percent.data = days, percent
    if form.validate_on_submit():
        rows = [(e.form.days.data, e.form.percent.data) for e in form.policy.entries]
        try:
            editing.save_tour(
                g.producer,
                tour,
                form_values(form, editing.TOUR_FIELDS),
                rows,
                own_orchards.get(form.orchard_id.data),
                uploaded_file(form.cover_file.data),
            )
        except farm_editing.TourismError as error:
            db.session.rollback()
            attach_error(form, error)
        else:
            db.session.commit()
            flash(_("Tour saved."), "success")
            return redirect(url_for("portal.tours"))
    page = render_template(
        "portal/tour_form.html", form=form, tour=tour, photos_form=_photos_form()
    )
    return page, form_status(form)


@bp.route("/tours/<int:tour_id>/departures", methods=["GET", "POST"])
def departures(tour_id: int):
    tour = own_tour(tour_id)
    form = DepartureForm()
    if form.validate_on_submit():
        try:
            editing.add_departure(tour, form.day.data, form.time.data, form.capacity.data)
        except farm_editing.TourismError as error:
            db.session.rollback()
            attach_error(form, error)
        else:
            db.session.commit()
            flash(_("Departure added."), "success")
            return redirect(url_for("portal.departures", tour_id=tour.id))
    return _departures_page(tour, form)


def _departures_page(
    tour: Tour, form: DepartureForm, changed: tuple[int, CapacityForm] | None = None
):
    """The departures page; `changed` is (departure id, capacity form) that failed."""
    rows = editing.coming_departures(tour)
    capacity_forms = {
        d.id: CapacityForm(prefix=f"d{d.id}", formdata=None, capacity=d.capacity) for d in rows
    }
    if changed is not None:
        capacity_forms[changed[0]] = changed[1]
    status = 400 if changed is not None else form_status(form)
    return render_template(
        "portal/departures.html",
        tour=tour,
        rows=rows,
        form=form,
        capacity_forms=capacity_forms,
        action=ActionForm(),
    ), status


@bp.post("/departures/<int:departure_id>/capacity")
@writes
def departure_capacity(departure_id: int):
    departure = own_departure(departure_id)
    form = CapacityForm(prefix=f"d{departure.id}")
    if form.validate_on_submit():
        try:
            editing.set_capacity(departure, form.capacity.data)
        except farm_editing.TourismError as error:
            db.session.rollback()
            attach_error(form, error)
        else:
            db.session.commit()
            flash(_("Capacity changed."), "success")
            return redirect(url_for("portal.departures", tour_id=departure.tour_id))
    return _departures_page(departure.tour, DepartureForm(formdata=None), (departure.id, form))


@bp.post("/departures/<int:departure_id>/cancel")
@writes
def cancel_departure(departure_id: int):
    departure = own_departure(departure_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        count = cancellation.cancel_departure(departure, actor=current_user)
    except GatewayError:
        db.session.rollback()  # nothing is cancelled; refunds already made are idempotent
        flash(_("A card refund could not be made just now, so nothing was cancelled. "
                "Please try again in a moment."), "error")  # fmt: skip
        return redirect(url_for("portal.departures", tour_id=departure.tour_id))
    db.session.commit()
    flash(
        ngettext(
            "Departure cancelled; %(num)d booking was cancelled and refunded in full.",
            "Departure cancelled; %(num)d bookings were cancelled and refunded in full.",
            count,
        ),
        "success",
    )
    return redirect(url_for("portal.departures", tour_id=departure.tour_id))
