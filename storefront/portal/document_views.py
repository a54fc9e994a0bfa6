"""Portal pages for the producer's documents: the list with each one's validity today, and
uploading one (a PDF or a photo)."""

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from storefront.catalog import documents as keeping
from storefront.catalog import lot_services
from storefront.catalog.errors import LotError
from storefront.catalog.lot_models import ProducerDocument
from storefront.database import writes
from storefront.forms_common import form_error, form_status, uploaded_file
from storefront.portal import bp
from storefront.portal.lot_forms import DOCUMENT_KINDS, DocumentForm
from storefront.portal.owned import own_document
from storefront.timeutil import today_local

FIELDS = ("kind", "number", "issuer", "valid_from", "valid_until")


@bp.get("/documents")
def documents():
    today = today_local()
    found = lot_services.producer_documents(g.producer)
    return render_template(
        "portal/documents/list.html",
        documents=[(d, lot_services.document_state(d, today)) for d in found],
        document_kinds=DOCUMENT_KINDS,
        form=DocumentForm(formdata=None),
    )


@bp.route("/documents/new", methods=["GET", "POST"])
@writes
def new_document():
    return _edit(None)


@bp.route("/documents/<int:document_id>/edit", methods=["GET", "POST"])
@writes
def edit_document(document_id: int):
    return _edit(own_document(document_id))


def _edit(document: ProducerDocument | None):
    form = DocumentForm(obj=document)
    if request.method == "GET" and document is not None:
        form.kind.data = document.kind.value
    status = 200
    if form.validate_on_submit():
        values = {name: form[name].data for name in FIELDS}
        upload = uploaded_file(form.file.data)
        try:
            made = keeping.save_document(g.producer, values, upload, document=document)
        except LotError as error:
            status = form_error(form, error)
        else:
            flash(_("Document %(number)s saved.", number=made.number or ""), "success")
            return redirect(url_for("portal.documents"))
    page = render_template("portal/documents/form.html", form=form, document=document)
    return page, max(status, form_status(form))
