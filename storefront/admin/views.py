"""Producer review queue: approve, reject with a reason, suspend and reinstate."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import StringField, TextAreaField
from wtforms.validators import Length, Optional

from storefront.admin import bp, services
from storefront.database import writes
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.forms_common import ActionForm, SiteForm, form_error, form_status
from storefront.orders.models import Order, Refund
from storefront.payments import refunds, transfers
from storefront.payments.transfers import TransferOutcome
from storefront.producers.lifecycle import ProducerAction, office_actions, office_decision
from storefront.producers.models import ProducerStatus

ACTION_LABELS = {
    ProducerAction.APPROVE: _l("Approve"),
    ProducerAction.REJECT: _l("Reject"),
    ProducerAction.SUSPEND: _l("Suspend"),
    ProducerAction.REINSTATE: _l("Reinstate"),
}


DONE_MESSAGES = {
    ProducerAction.APPROVE: _l("%(name)s is approved: its products are now in the shop."),
    ProducerAction.REJECT: _l("%(name)s was rejected; the producer can read your reason."),
    ProducerAction.SUSPEND: _l("%(name)s is suspended: its products are hidden."),
    ProducerAction.REINSTATE: _l("%(name)s is active again."),
}


class ReviewForm(SiteForm):
    action = StringField()  # set by the button pressed (not rendered by hidden_tag)
    reason = TextAreaField(_l("Reason (the producer will read it)"), [Optional(), Length(max=2000)])


@bp.get("/")
def index():
    """The office's overview: what waits for it, and the way to each of its pages."""
    return render_template("admin/index.html", figures=services.office_figures())


@bp.get("/producers")
def producers():
    status = request.args.get("status", ProducerStatus.PENDING.value)
    if status not in {s.value for s in ProducerStatus}:
        status = ProducerStatus.PENDING.value
    return render_template(
        "admin/producers.html", producers=services.producers_in(ProducerStatus(status)),
        status=status, counts=services.producer_counts(), statuses=list(ProducerStatus),
    )  # fmt: skip


@bp.route("/producers/<int:producer_id>", methods=["GET", "POST"])
@writes
def producer(producer_id: int):
    found = services.producer_for_review(producer_id) or abort(404)
    form = ReviewForm()
    if form.validate_on_submit():
        try:
            action = office_decision(
                found, form.action.data or "", form.reason.data or "", actor=current_user
            )
        except DomainError as error:
            error.field = "reason"  # the button's choice and its reason are read together
            form_error(form, error)
        else:
            flash(str(DONE_MESSAGES[action]) % {"name": found.name}, "success")
            return redirect(url_for("admin.producers"))
    return render_template(
        "admin/producer.html", producer=found, form=form, products=services.products_of(found),
        actions=[(a, ACTION_LABELS[a]) for a in office_actions(found)],
    ), form_status(form)  # fmt: skip


@bp.get("/orders")
def orders():
    """Bank-transfer orders still waiting for their money, oldest first (the office checks)."""
    return render_template(
        "admin/orders.html", orders=services.transfers_waiting(),
        refunds=refunds.refunds_to_pay(), action=ActionForm(),
    )  # fmt: skip


@bp.post("/refunds/<int:refund_id>/paid")
@writes
def refund_paid(refund_id: int):
    """The office transferred a refund back to the buyer."""
    refund = db.get_or_404(Refund, refund_id)
    if ActionForm().validate_on_submit():
        if refunds.mark_paid_by_hand(refund):
            flash(_("Refund marked as paid."), "success")
        else:
            flash(_("This refund was already marked as paid."), "info")
    return redirect(url_for("admin.orders"))


TRANSFER_MESSAGES = {
    TransferOutcome.CONFIRMED: (
        "success",
        _l("Transfer for order %(number)s marked as received."),
    ),
    TransferOutcome.TO_PAY_BACK: (
        "info",
        _l(
            "Order %(number)s was already cancelled or expired: the money is recorded and "
            "listed below to pay back to the buyer."
        ),
    ),
    TransferOutcome.ALREADY_RECORDED: (
        "info",
        _l("The transfer for order %(number)s was already recorded."),
    ),
    TransferOutcome.NOT_A_TRANSFER: (
        "error",
        _l("Order %(number)s is not waiting for a bank transfer."),
    ),
}


@bp.post("/orders/<int:order_id>/transfer-received")
@writes
def transfer_received(order_id: int):
    """The office saw the transfer on the bank statement: the producers may prepare it."""
    order = db.get_or_404(Order, order_id)
    if ActionForm().validate_on_submit():
        outcome = transfers.transfer_received(order, actor=current_user, actor_label="admin")
        category, message = TRANSFER_MESSAGES[outcome]
        flash(str(message) % {"number": order.number}, category)
    return redirect(url_for("admin.orders"))
