"""Printing from the portal: a lot's labels (format and count, then the PDF) and the plate of
an adopted tree. Only the producer's own lots and adoptions: another's is a 404."""

import io

from flask import render_template, request, send_file
from flask_babel import lazy_gettext as _l
from wtforms import RadioField
from wtforms.validators import InputRequired, NumberRange

from storefront.adoptions import plates
from storefront.catalog import labels
from storefront.catalog.lot_models import Lot
from storefront.forms_common import IntegerField, SiteForm, filled, form_error
from storefront.portal import bp
from storefront.portal.owned import own_adoption, own_lot
from storefront.timeutil import today_local

COUNT_MESSAGE = _l("Print between 1 and %(most)s labels at a time.", most=labels.MAX_LABELS)


class LabelForm(SiteForm):
    """What to print; sent by GET (a download changes nothing), so no CSRF token."""

    class Meta:
        csrf = False

    format = RadioField(
        _l("Label format"),
        choices=[(f.key, f.name) for f in labels.FORMATS.values()],
        default="a4-70x42",
        validators=[InputRequired(_l("Choose one of the label formats."))],
    )
    count = IntegerField(
        _l("How many labels"),
        [InputRequired(COUNT_MESSAGE), NumberRange(1, labels.MAX_LABELS, COUNT_MESSAGE)],
        default=21,
    )


@bp.get("/lots/<int:lot_id>/labels")
def lot_labels(lot_id: int):
    return _labels_page(own_lot(lot_id), LabelForm(formdata=None))


@bp.get("/lots/<int:lot_id>/labels.pdf")
def lot_labels_pdf(lot_id: int):
    lot = own_lot(lot_id)
    form = LabelForm(request.args)
    if not form.validate():
        return _labels_page(lot, form, 400)
    try:
        pdf = labels.render(lot, filled(form.format), form.count.data, today_local())
    except labels.LabelError as error:
        return _labels_page(lot, form, form_error(form, error))
    return _pdf(pdf, labels.file_name(lot, filled(form.format)))


def _labels_page(lot: Lot, form: LabelForm, status: int = 200):
    page = render_template(
        "portal/lot_labels.html",
        lot=lot,
        form=form,
        content=labels.content_of(lot, today_local()),
        formats=labels.FORMATS,
        max_labels=labels.MAX_LABELS,
    )
    return page, status


@bp.get("/adoptions/<int:adoption_id>/plate.pdf")
def adoption_plate(adoption_id: int):
    adoption = own_adoption(adoption_id)
    return _pdf(plates.render(adoption), plates.file_name(adoption))


def _pdf(data: bytes, name: str):
    return send_file(
        io.BytesIO(data), mimetype="application/pdf", as_attachment=True, download_name=name
    )
