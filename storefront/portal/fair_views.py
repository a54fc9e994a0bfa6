"""The producer's fairs: the fairs open for applications, its own applications and their
answers, applying for a booth (the products it will show, a note) and withdrawing."""

from flask import abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import TextAreaField
from wtforms.validators import Length, Optional

from storefront.database import refuse_changes, writes
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.forms_common import ActionForm, SiteForm, form_error, form_status
from storefront.portal import bp
from storefront.portal.forms import MultiCheckbox
from storefront.portal.queries import own_products
from storefront.programme import fair_reads, fairs
from storefront.programme.fair_forms import KIND_LABELS, STATUS_LABELS
from storefront.programme.fair_models import MAX_NOTE, BoothApplication, Fair
from storefront.timeutil import today_local


class BoothForm(SiteForm):
    products = MultiCheckbox(_l("Products you will show"), coerce=int)
    note = TextAreaField(
        _l("A note to the office (optional)"),
        [Optional(), Length(max=MAX_NOTE)],
        render_kw={"rows": 3, "placeholder": _l("Booth needs, electricity, tasting...")},
    )


@bp.get("/fairs", endpoint="fairs")
def fairs_page():
    return render_template(
        "portal/fair_list.html",
        open_fairs=fair_reads.open_for_applications(today_local()),
        applications=fair_reads.producer_applications(g.producer),
        kinds=KIND_LABELS,
        statuses=STATUS_LABELS,
        form=ActionForm(),
        today=today_local(),
    )


@bp.route("/fairs/<int:fair_id>/apply", methods=["GET", "POST"])
@writes
def apply_for_booth(fair_id: int):
    fair = db.session.get(Fair, fair_id) or abort(404)
    form = BoothForm()
    form.products.choices = [(p.id, p.name_vi) for p in own_products()]
    status = 200
    if form.validate_on_submit():
        try:
            fairs.apply(fair, g.producer, form.products.data or [], (form.note.data or "").strip())
        except DomainError as error:
            status = form_error(form, error)
        else:
            flash(_("Your application is sent: the office will answer by e-mail."), "success")
            return redirect(url_for("portal.fairs"))
    page = render_template(
        "portal/fair_apply.html",
        fair=fair,
        form=form,
        kinds=KIND_LABELS,
        applied=fair_reads.application_of(fair, g.producer),
        today=today_local(),
    )
    return page, max(status, form_status(form))


@bp.post("/booths/<int:application_id>/withdraw")
@writes
def withdraw_booth(application_id: int):
    application = _own_application(application_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        fairs.withdraw(application)
    except DomainError as error:
        flash(str(error), "error")
        refuse_changes()
    else:
        flash(_("Application withdrawn: %(fair)s", fair=application.fair.name_vi), "info")
    return redirect(url_for("portal.fairs"))


def _own_application(application_id: int) -> BoothApplication:
    application = db.session.get(BoothApplication, application_id)
    if application is None or application.producer_id != g.producer.id:
        abort(404)
    return application
