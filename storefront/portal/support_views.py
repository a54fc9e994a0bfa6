"""Portal pages for asking the OCOP office for help: the producer's requests, opening one
(a kind, a subject, a description and files), and its thread, where the producer writes
again (reopening a closed request) or closes it. Another producer's request is a 404."""

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.database import writes
from storefront.forms_common import ActionForm, form_error, form_status, uploaded_files
from storefront.portal import bp
from storefront.programme import support
from storefront.programme import support_reads as reads
from storefront.programme.support_forms import KINDS, STATUSES, MessageForm, NewRequestForm
from storefront.programme.support_models import SupportRequest
from storefront.state_machine import IllegalTransition

LABELS = {"kinds": KINDS, "statuses": STATUSES}


@bp.get("/support")
def support_requests():
    found = reads.producer_requests(g.producer)
    return render_template("portal/support_list.html", requests=found, **LABELS)


@bp.route("/support/new", methods=["GET", "POST"])
@writes
def new_support_request():
    form = NewRequestForm()
    if form.validate_on_submit():
        try:
            made = support.open_request(
                g.producer,
                current_user,
                form.kind.data or "",
                form.subject.data or "",
                form.description.data or "",
                uploaded_files(form.files.data),
            )
        except reads.SupportError as error:
            form_error(form, error)
        else:
            flash(_("Your request was sent to the OCOP office."), "success")
            return redirect(url_for("portal.support_request", request_id=made.id))
    return render_template("portal/support_new.html", form=form, **LABELS), form_status(form)


@bp.route("/support/<int:request_id>", methods=["GET", "POST"])
@writes
def support_request(request_id: int):
    ticket = _own(request_id, lock=request.method == "POST")
    form = MessageForm()
    if form.validate_on_submit():
        try:
            support.producer_writes(
                ticket, current_user, form.body.data or "", uploaded_files(form.files.data)
            )
        except reads.SupportError as error:
            form_error(form, error)
        else:
            flash(_("Message sent."), "success")
            return redirect(url_for("portal.support_request", request_id=ticket.id))
    return _thread_page(ticket, form), form_status(form)


@bp.post("/support/<int:request_id>/close")
@writes
def close_support_request(request_id: int):
    ticket = _own(request_id, lock=True)
    if ActionForm().validate_on_submit():
        try:
            support.close(ticket, current_user, by_office=False)
        except IllegalTransition as error:
            flash(str(error), "error")
            return _thread_page(ticket, MessageForm(formdata=None)), error.status
        flash(_("Request closed. Write again at any time to reopen it."), "success")
    return redirect(url_for("portal.support_request", request_id=ticket.id))


def _own(request_id: int, *, lock: bool = False) -> SupportRequest:
    try:
        return reads.producer_request(g.producer, request_id, lock=lock)
    except reads.SupportNotFound:
        abort(404)


def _thread_page(ticket: SupportRequest, form: MessageForm) -> str:
    return render_template(
        "portal/support_request.html",
        ticket=ticket,
        messages=reads.thread(ticket),
        form=form,
        close_form=ActionForm(formdata=None),
        can_close=support.MACHINE.can(ticket, support.SupportAction.CLOSE),
        **LABELS,
    )
