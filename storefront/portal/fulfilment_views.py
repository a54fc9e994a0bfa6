"""Portal pages for orders: a producer's parts of orders, their status buttons and packing slip."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import SelectField, StringField
from wtforms.validators import InputRequired, Length, ValidationError

from storefront.database import refuse_changes, writes
from storefront.forms_common import ActionForm, SiteForm
from storefront.orders import lifecycle, services
from storefront.orders.models import Fulfilment, FulfilmentStatus
from storefront.orders.states import can
from storefront.payments import transfers
from storefront.payments.transfers import TransferOutcome
from storefront.portal import bp, queries
from storefront.portal.forms import REQUIRED
from storefront.portal.owned import own_fulfilment
from storefront.state_machine import IllegalTransition

OWN_DELIVERY = "Tự giao"
CARRIERS = ("GHN", "GHTK", "Viettel Post", "VNPost", "J&T Express")

STATUS_LABELS = {
    FulfilmentStatus.PENDING: _l("Waiting for payment"),
    FulfilmentStatus.NEW: _l("New order"),
    FulfilmentStatus.PACKED: _l("Packed"),
    FulfilmentStatus.SHIPPED: _l("Handed to the carrier"),
    FulfilmentStatus.DELIVERED: _l("Delivered"),
    FulfilmentStatus.CANCELLED: _l("Cancelled"),
}

TRANSFER_MESSAGES = {
    TransferOutcome.CONFIRMED: (
        "success",
        _l("Transfer marked as received: you can prepare the order now."),
    ),
    TransferOutcome.TO_PAY_BACK: (
        "info",
        _l(
            "This order was already cancelled or expired: the money is recorded and the OCOP "
            "office will pay it back to the buyer."
        ),
    ),
    TransferOutcome.ALREADY_RECORDED: ("info", _l("This transfer was already recorded.")),
    TransferOutcome.NOT_A_TRANSFER: ("error", _l("This order is not waiting for a bank transfer.")),
}

DONE_MESSAGES = {
    "pack": _l("Marked as packed."),
    "ship": _l("Marked as handed to the carrier; the buyer is told."),
    "deliver": _l("Marked as delivered."),
}


class ShipForm(SiteForm):
    """Hand a part to a carrier: which one, and the tracking number unless delivered by hand."""

    carrier = SelectField(
        _l("Carrier"),
        choices=[(c, c) for c in CARRIERS] + [(OWN_DELIVERY, _l("Own delivery"))],
        validators=[InputRequired(REQUIRED)],
    )
    tracking = StringField(
        _l("Tracking number"), [Length(max=60)], filters=[lambda v: (v or "").strip()]
    )

    def validate_tracking(self, field) -> None:
        if self.carrier.data != OWN_DELIVERY and not field.data:
            raise ValidationError(_l("Enter the tracking number from the carrier's receipt."))


@bp.context_processor
def order_badge():
    """The nav badge counts unseen new orders, only on pages that show it."""
    return {"unseen_orders": queries.unseen_order_count}


@bp.get("/orders")
def orders():
    status = request.args.get("status")
    if status not in {s.value for s in FulfilmentStatus}:
        status = None
    return render_template(
        "portal/orders.html",
        fulfilments=queries.own_fulfilments(status),
        status=status,
        labels=STATUS_LABELS,
    )


@bp.get("/orders/<int:fulfilment_id>")
@writes  # opening an order marks it seen
def order(fulfilment_id: int):
    """One part of an order; opening it is what marks a new order as seen."""
    fulfilment = own_fulfilment(fulfilment_id)
    if not fulfilment.seen_by_producer:
        fulfilment.seen_by_producer = True
    return _render_order(fulfilment, ShipForm())


@bp.post("/orders/<int:fulfilment_id>/<any(pack, deliver):action>")
@writes
def advance(fulfilment_id: int, action: str):
    fulfilment = own_fulfilment(fulfilment_id)
    if ActionForm().validate_on_submit():
        _advance(fulfilment, action)
    return redirect(url_for("portal.order", fulfilment_id=fulfilment.id))


@bp.post("/orders/<int:fulfilment_id>/ship")
@writes
def ship(fulfilment_id: int):
    fulfilment = own_fulfilment(fulfilment_id)
    form = ShipForm()
    if not form.validate_on_submit():
        return _render_order(fulfilment, form), 400
    _advance(fulfilment, "ship", carrier=form.carrier.data, tracking=form.tracking.data)
    return redirect(url_for("portal.order", fulfilment_id=fulfilment.id))


@bp.post("/orders/<int:fulfilment_id>/transfer-received")
@writes
def transfer_received(fulfilment_id: int):
    """The producer saw the buyer's bank transfer arrive: the order may now be prepared."""
    fulfilment = own_fulfilment(fulfilment_id)
    if ActionForm().validate_on_submit():
        if len(fulfilment.order.fulfilments) > 1:
            flash(_("This order has several producers: the OCOP office confirms its transfer."),
                  "error")  # fmt: skip
        else:
            outcome = transfers.transfer_received(
                fulfilment.order, actor=current_user, actor_label="producer"
            )
            category, message = TRANSFER_MESSAGES[outcome]
            flash(str(message), category)
    return redirect(url_for("portal.order", fulfilment_id=fulfilment.id))


@bp.get("/orders/<int:fulfilment_id>/slip")
def packing_slip(fulfilment_id: int):
    fulfilment = own_fulfilment(fulfilment_id)
    return render_template(
        "portal/packing_slip.html",
        fulfilment=fulfilment,
        picks=services.lots_of_lines(fulfilment.items),
    )


def _advance(fulfilment: Fulfilment, action: str, **details) -> None:
    """Run one status change and say how it went (an outdated button gets a message)."""
    try:
        lifecycle.advance_fulfilment(fulfilment, action, actor=current_user, **details)
    except IllegalTransition as error:
        refuse_changes()
        flash(str(error), "error")
    else:
        flash(str(DONE_MESSAGES[action]), "success")


def _render_order(fulfilment: Fulfilment, ship_form: ShipForm) -> str:
    return render_template(
        "portal/order.html",
        fulfilment=fulfilment,
        order=fulfilment.order,
        events=queries.fulfilment_events(fulfilment),
        picks=services.lots_of_lines(fulfilment.items),
        paid=transfers.part_paid(fulfilment),
        awaiting_transfer=transfers.awaiting_transfer(fulfilment.order),
        allowed={action: can(fulfilment, action) for action in ("pack", "ship", "deliver")},
        labels=STATUS_LABELS,
        ship_form=ship_form,
        action=ActionForm(),
        own_delivery=OWN_DELIVERY,
    )
