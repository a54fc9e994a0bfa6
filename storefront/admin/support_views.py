"""The office's support desk: the list of requests (filters, response times, those waiting
longest) and a request's page (answer, assign, close, reopen). Open to commune officers, who
see and answer only the requests of their commune's producers; any other request is a 404 to
them, by its page or by a post, so a guessed id says nothing of whether it exists."""

from datetime import timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront import places
from storefront.accounts.access import office_roles
from storefront.accounts.models import OfficeRole
from storefront.admin import bp
from storefront.database import writes
from storefront.forms_common import ActionForm, form_error, form_status, uploaded_files
from storefront.programme import support
from storefront.programme import support_reads as reads
from storefront.programme.support_forms import (
    KINDS,
    STATUSES,
    AssignForm,
    MessageForm,
    parse_filters,
)
from storefront.programme.support_models import SupportRequest
from storefront.routing import parse_id
from storefront.state_machine import IllegalTransition
from storefront.timeutil import today_local

LABELS = {"kinds": KINDS, "statuses": STATUSES}
PERIOD_DAYS = 30  # the response times shown over the list


@bp.get("/support")
@office_roles(OfficeRole.COMMUNE_OFFICER)
def support_requests():
    filters = parse_filters(request.args)
    page = parse_id(request.args.get("page", "1")) or 1
    found, more = reads.office_requests(current_user, filters, page)
    today = today_local()
    return render_template(
        "admin/support_list.html",
        requests=found, more=more, page=page, filters=filters,
        times=reads.response_times(
            today - timedelta(days=PERIOD_DAYS - 1), today, filters.commune, user=current_user
        ),
        period_days=PERIOD_DAYS, assignees=reads.assignees_seen_by(current_user),
        communes=[] if not current_user.is_admin else places.wards_of(),
        response_minutes=reads.response_minutes, **LABELS,
    )  # fmt: skip


@bp.route("/support/<int:request_id>", methods=["GET", "POST"])
@office_roles(OfficeRole.COMMUNE_OFFICER)
@writes
def support_request(request_id: int):
    ticket = _seen(request_id, lock=request.method == "POST")
    form, status = MessageForm(), 200
    if form.validate_on_submit():
        try:
            support.office_answers(
                ticket, current_user, form.body.data or "", uploaded_files(form.files.data)
            )
        except reads.SupportError as error:
            status = form_error(form, error)
        else:
            flash(_("Answer sent; the producer is told by e-mail."), "success")
            return redirect(url_for("admin.support_request", request_id=ticket.id))
    return _page(ticket, form=form), max(status, form_status(form))


@bp.post("/support/<int:request_id>/assign")
@office_roles(OfficeRole.COMMUNE_OFFICER)
@writes
def assign_support_request(request_id: int):
    ticket = _seen(request_id, lock=True)
    form = AssignForm()
    if form.validate_on_submit():
        try:
            support.assign(ticket, current_user, parse_id(form.assignee.data or ""))
        except reads.SupportError as error:
            status = form_error(form, error)
            return _page(ticket, assign_form=form), status
        flash(_("Assignment saved."), "success")
    return redirect(url_for("admin.support_request", request_id=ticket.id))


@bp.post("/support/<int:request_id>/<any(close, reopen):step>")
@office_roles(OfficeRole.COMMUNE_OFFICER)
@writes
def move_support_request(request_id: int, step: str):
    ticket = _seen(request_id, lock=True)
    if ActionForm().validate_on_submit():
        try:
            if step == "close":
                support.close(ticket, current_user, by_office=True)
            else:
                support.reopen(ticket, current_user)
        except IllegalTransition as error:
            flash(str(error), "error")
            return _page(ticket), error.status
        flash(_("Request closed.") if step == "close" else _("Request reopened."), "success")
    return redirect(url_for("admin.support_request", request_id=ticket.id))


def _seen(request_id: int, *, lock: bool = False) -> SupportRequest:
    try:
        return reads.office_request(current_user, request_id, lock=lock)
    except reads.SupportNotFound:
        abort(404)


def _page(ticket: SupportRequest, form=None, assign_form=None) -> str:
    if assign_form is None:
        assign_form = AssignForm(formdata=None)
        assign_form.assignee.data = str(ticket.assignee_id or "")
    return render_template(
        "admin/support_request.html",
        ticket=ticket,
        messages=reads.thread(ticket),
        form=form or MessageForm(formdata=None),
        assign_form=assign_form,
        action_form=ActionForm(formdata=None),
        accounts=reads.office_accounts(ticket.producer.ward_code),
        actions=support.MACHINE.actions(ticket),
        response_minutes=reads.response_minutes(ticket),
        **LABELS,
    )
