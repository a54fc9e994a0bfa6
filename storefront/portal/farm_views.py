"""Portal pages for the farm: orchards and their trees."""

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from storefront.database import writes
from storefront.farms import editing as farm_editing
from storefront.farms.models import Orchard, Tree
from storefront.forms_common import (
    form_error,
    form_status,
    form_values,
    setup_address,
    uploaded_file,
)
from storefront.portal import bp
from storefront.portal.owned import own_orchard, own_tree
from storefront.portal.tourism_forms import OrchardForm, TreeForm, empty_photos_form
from storefront.tours import editing as tour_editing


@bp.get("/orchards")
def orchards():
    return render_template(
        "portal/orchards.html",
        orchards=farm_editing.producer_orchards(g.producer),
        tours=tour_editing.producer_tours(g.producer),
    )


@bp.route("/orchards/new", methods=["GET", "POST"])
@writes
def new_orchard():
    return _orchard_page(None)


@bp.route("/orchards/<int:orchard_id>/edit", methods=["GET", "POST"])
@writes
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
            form_error(form, error)
        else:
            flash(_("Orchard saved."), "success")
            return redirect(url_for("portal.orchards"))
    page = render_template(
        "portal/orchard_form.html", form=form, orchard=orchard, photos_form=empty_photos_form()
    )
    return page, form_status(form)


@bp.route("/orchards/<int:orchard_id>/trees/new", methods=["GET", "POST"])
@writes
def new_tree(orchard_id: int):
    return _tree_page(own_orchard(orchard_id), None)


@bp.route("/trees/<int:tree_id>/edit", methods=["GET", "POST"])
@writes
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
            form_error(form, error)
        else:
            flash(_("Tree saved."), "success")
            return redirect(url_for("portal.orchards"))
    page = render_template(
        "portal/tree_form.html",
        form=form,
        orchard=orchard,
        tree=tree,
        photos_form=empty_photos_form(),
    )
    return page, form_status(form)
