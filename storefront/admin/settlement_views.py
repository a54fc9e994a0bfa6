"""The office's settlements: the statements with their totals, making a period's statements,
a statement's lines and its files, marking it paid, and the commission rate."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from storefront.admin import bp
from storefront.admin.settlement_forms import (
    CommissionForm,
    MakeForm,
    PayForm,
    last_month,
    rate_bp,
)
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import filled, form_error, form_status
from storefront.orders import settlement_documents, settlements, settling
from storefront.orders.settlement_models import Settlement, SettlementStatus
from storefront.producers.models import Producer
from storefront.routing import parse_id
from storefront.timeutil import today_local


@bp.get("/settlements")
def settlements_list():
    form = MakeForm(formdata=None)
    form.start.data, form.end.data = last_month()
    return _list_page(form)


@bp.post("/settlements/make")
@writes
def make_settlements():
    form = MakeForm()
    if form.validate_on_submit():
        try:
            producer = _chosen_producer(form)
            made, kept = settling.make_statements(
                filled(form.start), filled(form.end), current_user, producer
            )
        except settling.SettlementError as error:
            return _list_page(form, form_error(form, error))
        flash(_made_message(len(made), len(kept)), "success")
        return redirect(url_for("admin.settlements_list"))
    return _list_page(form, form_status(form))


@bp.get("/settlements/<int:settlement_id>")
def settlement(settlement_id: int):
    found = _statement(settlement_id)
    form = PayForm(formdata=None)
    form.paid_on.data = today_local()
    return _statement_page(found, form)


@bp.post("/settlements/<int:settlement_id>/pay")
@writes
def pay_settlement(settlement_id: int):
    found = _statement(settlement_id)
    form = PayForm()
    if form.validate_on_submit():
        try:
            settling.mark_paid(
                found, bank_reference=filled(form.bank_reference),
                paid_on=filled(form.paid_on), actor=current_user,
            )  # fmt: skip
        except settling.SettlementError as error:
            return _statement_page(found, form, form_error(form, error))
        flash(_("The statement is marked paid."), "success")
        return redirect(url_for("admin.settlement", settlement_id=found.id))
    return _statement_page(found, form, form_status(form))


@bp.get("/settlements/<int:settlement_id>/statement.csv", defaults={"extension": "csv"})
@bp.get("/settlements/<int:settlement_id>/statement.pdf", defaults={"extension": "pdf"})
def settlement_file(settlement_id: int, extension: str):
    return settlement_documents.download(_statement(settlement_id), extension)


@bp.route("/settlements/commission", methods=["GET", "POST"])
@writes
def settlement_commission():
    current = settling.setting()
    form = CommissionForm(data={"rate": settlement_documents.rate_text(current.commission_bp)})
    if form.validate_on_submit():
        try:
            settling.set_commission(rate_bp(filled(form.rate)) or 0, current_user)
        except settling.SettlementError as error:
            form_error(form, error)
        else:
            flash(_("The commission rate is saved; it applies to statements made from now on."),
                  "success")  # fmt: skip
            return redirect(url_for("admin.settlements_list"))
    page = render_template("admin/settlement_commission.html", form=form, setting=current)
    return page, form_status(form)


def _statement(settlement_id: int) -> Settlement:
    return settlements.statement(settlement_id) or abort(404)


def _chosen_producer(form: MakeForm) -> Producer | None:
    """None for all producers; a refusal for an id that is no producer's."""
    if not form.producer.data:
        return None
    producer_id = parse_id(form.producer.data)
    producer = db.session.get(Producer, producer_id) if producer_id else None
    if producer is None:
        raise settling.SettlementError(_l("Choose a producer from the list."), "producer")
    return producer


def _made_message(made: int, kept: int) -> str:
    text = ngettext("%(num)d statement made.", "%(num)d statements made.", made)
    if kept:
        text += " " + ngettext(
            "%(num)d already paid for this period was kept.",
            "%(num)d already paid for this period were kept.",
            kept,
        )
    return text


def _list_page(form: MakeForm, status: int = 200):
    wanted = request.args.get("status", "")
    state = SettlementStatus(wanted) if wanted in set(SettlementStatus) else None
    found = settlements.statements(status=state)
    form.producer.choices = [("", _("All producers with sales in the period"))] + [
        (str(p.id), p.name) for p in settlements.producers_to_settle()
    ]
    page = render_template(
        "admin/settlement_list.html", form=form, statements=found, state=state,
        totals=settlements.totals(found), setting=settling.setting(),
        rate_text=settlement_documents.rate_text,
    )  # fmt: skip
    return page, status


def _statement_page(found: Settlement, form: PayForm, status: int = 200):
    page = render_template(
        "admin/settlement_statement.html", statement=found, form=form,
        kinds=settlement_documents.KIND_LABELS, effect=settlement_documents.effect,
        rate_text=settlement_documents.rate_text, refund_links=True,
    )  # fmt: skip
    return page, status
