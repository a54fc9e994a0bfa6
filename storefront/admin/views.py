"""Producer review queue: approve, reject with a reason, suspend and reinstate."""

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.orm import selectinload
from wtforms import StringField, TextAreaField
from wtforms.validators import Length, Optional

from storefront.accounts.access import admin_required
from storefront.admin.overview import office_figures
from storefront.catalog.models import Product
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import ActionForm, SiteForm, form_status
from storefront.orders.models import Order, OrderStatus, PaymentMethod, Refund
from storefront.payments import refunds, transfers
from storefront.payments.transfers import TransferOutcome
from storefront.producers.lifecycle import (
    ProducerAction,
    TransitionError,
    office_actions,
    office_decision,
)
from storefront.producers.models import Producer, ProducerMember, ProducerStatus
from storefront.security import private

bp = private(Blueprint("admin", __name__, url_prefix="/admin"))

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


@bp.before_request
@admin_required
def require_admin():
    """Every page here is for the OCOP office only."""


@bp.get("/")
def index():
    """The office's overview: what waits for it, and the way to each of its pages."""
    return render_template("admin/index.html", figures=office_figures())


@bp.get("/producers")
def producers():
    status = request.args.get("status", ProducerStatus.PENDING.value)
    if status not in {s.value for s in ProducerStatus}:
        status = ProducerStatus.PENDING.value
    rows = db.session.scalars(
        sa.select(Producer)
        .where(Producer.status == status)
        .order_by(Producer.submitted_at.asc().nulls_last(), Producer.id)
    ).all()
    counts = dict(
        db.session.execute(
            sa.select(Producer.status, sa.func.count(Producer.id)).group_by(Producer.status)
        ).all()
    )
    return render_template(
        "admin/producers.html", producers=rows, status=status, counts=counts,
        statuses=list(ProducerStatus),
    )  # fmt: skip


@bp.route("/producers/<int:producer_id>", methods=["GET", "POST"])
def producer(producer_id: int):
    found = db.session.scalar(
        sa.select(Producer)
        .where(Producer.id == producer_id)
        .options(selectinload(Producer.members).joinedload(ProducerMember.user))
    )
    if found is None:
        abort(404)
    form = ReviewForm()
    if form.validate_on_submit():
        try:
            action = office_decision(found, form.action.data or "", form.reason.data or "")
        except TransitionError as error:
            form.reason.errors.append(str(error))
        else:
            db.session.commit()
            flash(str(DONE_MESSAGES[action]) % {"name": found.name}, "success")
            return redirect(url_for("admin.producers"))
    products = db.session.scalars(
        sa.select(Product).where(Product.producer_id == found.id).order_by(Product.id)
    ).all()
    return render_template(
        "admin/producer.html", producer=found, form=form, products=products,
        actions=[(a, ACTION_LABELS[a]) for a in office_actions(found)],
    ), form_status(form)  # fmt: skip


@bp.get("/orders")
def orders():
    """Bank-transfer orders still waiting for their money, oldest first (the office checks)."""
    rows = db.session.scalars(
        sa.select(Order)
        .where(
            Order.payment_method == PaymentMethod.BANK_TRANSFER,
            Order.status == OrderStatus.AWAITING_PAYMENT,
        )
        .order_by(Order.created_at, Order.id)
    ).all()
    return render_template(
        "admin/orders.html", orders=rows, refunds=refunds.refunds_to_pay(), action=ActionForm()
    )


@bp.post("/refunds/<int:refund_id>/paid")
@writes
def refund_paid(refund_id: int):
    """The office transferred a refund back to the buyer."""
    refund = db.get_or_404(Refund, refund_id)
    if ActionForm().validate_on_submit():
        if refunds.mark_paid_by_hand(refund):
            db.session.commit()
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
        db.session.commit()
        category, message = TRANSFER_MESSAGES[outcome]
        flash(str(message) % {"number": order.number}, category)
    return redirect(url_for("admin.orders"))


from storefront.admin import account_views  # noqa: E402, F401  (routes on bp)
