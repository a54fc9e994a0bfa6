"""Portal: more photos of an orchard, tree or tour, one set of routes for the three."""

from collections.abc import Callable
from operator import attrgetter
from typing import Any, NamedTuple

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from storefront.database import writes
from storefront.farms import photos
from storefront.farms.editing import TourismError
from storefront.forms_common import ActionForm, form_error, form_status, uploaded_files
from storefront.portal import bp
from storefront.portal.owned import own_orchard, own_tour, own_tree
from storefront.portal.tourism_forms import ExtraPhotosForm


class PhotoOwnerKind(NamedTuple):
    find: Callable[[int], photos.PhotoOwner]  # the producer's own, or 404
    edit_endpoint: str
    id_arg: str
    name: Callable[[photos.PhotoOwner], str]


KINDS = {
    "orchards": PhotoOwnerKind(
        own_orchard, "portal.edit_orchard", "orchard_id", attrgetter("name")
    ),
    "trees": PhotoOwnerKind(own_tree, "portal.edit_tree", "tree_id", attrgetter("code")),
    "tours": PhotoOwnerKind(own_tour, "portal.edit_tour", "tour_id", attrgetter("title_vi")),
}
OWNER = "/<any(orchards, trees, tours):kind>/<int:owner_id>/photos"


def _edit_url(kind: str, owner: photos.PhotoOwner) -> str:
    values: dict[str, Any] = {KINDS[kind].id_arg: owner.id, "_anchor": "photos"}
    return url_for(KINDS[kind].edit_endpoint, **values)


@bp.route(OWNER, methods=["GET", "POST"])
@writes
def extra_photos(kind: str, owner_id: int):
    owner = KINDS[kind].find(owner_id)
    form = ExtraPhotosForm()
    if form.validate_on_submit():
        try:
            count = photos.add_photos(owner, uploaded_files(form.photos.data))
        except TourismError as error:
            error.field = "photos"
            form_error(form, error)
        else:
            flash(_("%(n)s photos added.", n=count), "success")
            return redirect(_edit_url(kind, owner))
    return render_template(
        "portal/extra_photos.html",
        kind=kind,
        owner=owner,
        name=KINDS[kind].name(owner),
        edit_url=_edit_url(kind, owner),
        photos_form=form,
    ), form_status(form)


@bp.post(OWNER + "/<int:photo_id>/<any(up, delete):action>")
@writes
def extra_photo_action(kind: str, owner_id: int, photo_id: int, action: str):
    owner = KINDS[kind].find(owner_id)
    photo = photos.find_photo(owner, photo_id)
    if photo is None:
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    if action == "up":
        photos.move_earlier(owner, photo)
    else:
        photos.delete_photo(owner, photo)
    flash(_("Photos updated."), "success")
    return redirect(_edit_url(kind, owner))
