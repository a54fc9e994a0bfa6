"""Portal pages for lots: the list, recording and editing a lot, its page with its timeline,
a count correction of its stock, and appending an event (or a correction of one)."""

from datetime import datetime

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.catalog import lot_events, lot_services
from storefront.catalog import lots as keeping
from storefront.catalog.errors import LotError
from storefront.catalog.lot_models import Lot, LotEvent
from storefront.catalog.models import Variant
from storefront.database import writes
from storefront.farms.editing import producer_orchards
from storefront.farms.models import Orchard
from storefront.forms_common import (
    filled,
    form_error,
    form_status,
    uploaded_file,
    ward_choices,
)
from storefront.media.errors import UploadError
from storefront.portal import bp
from storefront.portal.lot_forms import (
    ACTOR_ROLES,
    DOCUMENT_KINDS,
    EVENT_KINDS,
    EventForm,
    LotForm,
    StockForm,
)
from storefront.portal.owned import own_lot
from storefront.routing import parse_id
from storefront.timeutil import VIETNAM, to_local, today_local

LOT_TEXT = (
    "code", "quantity", "produced_on", "packed_on", "best_before",
    "growing_area_name", "growing_area_code", "facility_name",
)  # fmt: skip
INPUT_TEXT = ("description", "source_name", "source_code", "quantity")
LABELS = {"event_kinds": EVENT_KINDS, "actor_roles": ACTOR_ROLES, "document_kinds": DOCUMENT_KINDS}


@bp.get("/lots")
def lots():
    product_id = request.args.get("product", type=parse_id)
    state = request.args.get("state") or None
    found = lot_services.producer_lots(g.producer, product_id=product_id, state=state)
    variants = lot_services.producer_variants(g.producer)
    products = list({v.product_id: v.product for v in variants}.values())
    return render_template(
        "portal/lots/list.html",
        lots=found,
        products=products,
        product_id=product_id,
        state=state,
        states=list(lot_services.LotFilter),
    )


@bp.route("/lots/new", methods=["GET", "POST"])
@writes
def new_lot():
    form = LotForm()
    context = _lot_form_context(form, None)
    if request.method == "GET":
        form.variant_id.data = request.args.get("variant", "")
    status = 200
    if form.validate_on_submit():
        variant = _chosen_variant(form, context["variants"])
        try:
            made = keeping.record_lot(
                g.producer,
                variant,
                _lot_values(form, context["orchards"]),
                recorded_by_id=current_user.id,
                replace_untracked=bool(form.replace_untracked.data),
            )
        except LotError as error:
            status = form_error(form, error)
        else:
            flash(_("Lot %(code)s recorded.", code=made.code), "success")
            return redirect(url_for("portal.lot", lot_id=made.id))
    page = render_template("portal/lots/form.html", form=form, lot=None, **context)
    return page, max(status, form_status(form))


@bp.route("/lots/<int:lot_id>/edit", methods=["GET", "POST"])
@writes
def edit_lot(lot_id: int):
    lot = own_lot(lot_id)
    form = LotForm(obj=lot)
    context = _lot_form_context(form, lot)
    if request.method == "GET":
        _fill_lot_form(form, lot)
    status = 200
    if form.validate_on_submit():
        try:
            keeping.update_lot(g.producer, lot, _lot_values(form, context["orchards"]))
        except LotError as error:
            status = form_error(form, error)
        else:
            flash(_("Lot saved."), "success")
            return redirect(url_for("portal.lot", lot_id=lot.id))
    page = render_template("portal/lots/form.html", form=form, lot=lot, **context)
    return page, max(status, form_status(form))


@bp.get("/lots/<int:lot_id>")
def lot(lot_id: int):
    story = lot_services.lot_story(own_lot(lot_id).id) or abort(404)
    event_form = EventForm(formdata=None, actor_name=g.producer.name)
    _event_choices(event_form)
    _fill_now(event_form)
    stock_form = StockForm(formdata=None, stock=story.stock, seen=str(story.stock))
    return _lot_page(story, event_form, stock_form)


def _lot_page(story: Lot | None, event_form: EventForm, stock_form: StockForm, status=200):
    if story is None:
        abort(404)
    page = render_template(
        "portal/lots/lot.html",
        lot=story,
        event_form=event_form,
        stock_form=stock_form,
        corrected=lot_services.corrected_ids(story),
        locked=keeping.locked(story),
        **LABELS,
    )
    return page, status


@bp.post("/lots/<int:lot_id>/stock")
@writes
def lot_stock(lot_id: int):
    lot = own_lot(lot_id)
    form = StockForm()
    status = 400
    if form.validate_on_submit():
        try:
            keeping.adjust_stock(lot, filled(form.stock), parse_id(form.seen.data) or 0)
        except LotError as error:
            status = form_error(form, error)
        else:
            flash(_("Stock of lot %(code)s saved.", code=lot.code), "success")
            return redirect(url_for("portal.lot", lot_id=lot.id))
    event_form = EventForm(formdata=None, actor_name=g.producer.name)
    _event_choices(event_form)
    _fill_now(event_form)
    return _lot_page(lot_services.lot_story(lot.id), event_form, form, status)


@bp.route("/lots/<int:lot_id>/events/new", methods=["GET", "POST"])
@writes
def new_lot_event(lot_id: int):
    lot = own_lot(lot_id)
    corrected = _corrected_event(lot, request.values.get("corrects_id", type=parse_id))
    form = EventForm(actor_name=g.producer.name)
    _event_choices(form)
    if request.method == "GET":
        _fill_event_form(form, corrected)
    status = 200
    if form.validate_on_submit():
        try:
            lot_events.record_event(
                g.producer,
                lot,
                _event_values(form),
                report=uploaded_file(form.report_file.data),
                recorded_by_id=current_user.id,
            )
        except (LotError, UploadError) as error:
            status = form_error(form, error)
        else:
            flash(_("Event added to lot %(code)s.", code=lot.code), "success")
            return redirect(url_for("portal.lot", lot_id=lot.id, _anchor="timeline"))
    page = render_template(
        "portal/lots/event_form.html", form=form, lot=lot, corrected=corrected, **LABELS
    )
    return page, max(status, form_status(form))


def _lot_form_context(form: LotForm, lot: Lot | None) -> dict:
    """Fill the form's selects with the producer's own things; what the page lists too."""
    variants = lot_services.producer_variants(g.producer)
    orchards = {o.id: o for o in producer_orchards(g.producer)}
    documents = lot_services.producer_documents(g.producer)
    other_lots = [item for item in lot_services.producer_lots(g.producer) if item != lot]
    if lot is None:
        form.variant_id.choices = [("", _("Choose a package size"))] + [
            (str(v.id), f"{v.product.name_vi} · {v.label_vi}") for v in variants
        ]
    else:  # a lot stays with its package size
        del form.variant_id
        del form.replace_untracked
    form.orchard_id.choices = [("", _("Typed below"))] + [
        (str(o.id), f"{o.name} {o.growing_area_code}".strip()) for o in orchards.values()
    ]
    form.facility_ward_code.choices = ward_choices(None)
    form.document_ids.choices = [
        (d.id, f"{DOCUMENT_KINDS[d.kind]} {d.number}".strip()) for d in documents
    ]
    lot_choices = [("", _("None: describe it below"))] + [
        (str(item.id), f"{item.product.name_vi} · {item.code}") for item in other_lots
    ]
    for entry in form.inputs.entries:
        entry.form.input_lot_id.choices = lot_choices
    fixed = lot is not None and keeping.locked(lot)
    if fixed:  # shown, sent back as they are, refused by the service if changed
        form.code.render_kw = {"readonly": True}
        form.quantity.render_kw = {"readonly": True}
    return {
        "variants": variants,
        "orchards": orchards,
        "locked": fixed,
        "today_stamp": f"{today_local():%y%m%d}",
    }


def _chosen_variant(form: LotForm, variants: list[Variant]) -> Variant:
    """The package size chosen among the producer's own; another producer's id is a 404."""
    chosen = parse_id(form.variant_id.data or "")
    variant = next((v for v in variants if v.id == chosen), None)
    if variant is None:
        abort(404)
    return variant


def _lot_values(form: LotForm, orchards: dict[int, Orchard]) -> dict:
    values = {name: form[name].data for name in LOT_TEXT}
    values["code"] = (values["code"] or "").strip()
    values["facility_ward_code"] = parse_id(form.facility_ward_code.data or "")
    if form.orchard_id.data:
        orchard = orchards.get(parse_id(form.orchard_id.data) or 0)
        if orchard is None:
            abort(404)
        values["growing_area_name"] = values["growing_area_name"] or orchard.name
        values["growing_area_code"] = values["growing_area_code"] or orchard.growing_area_code
    values["document_ids"] = list(form.document_ids.data or [])
    values["inputs"] = [
        {
            "input_lot_id": parse_id(entry.form.input_lot_id.data or ""),
            **{name: entry.form[name].data for name in INPUT_TEXT},
        }
        for entry in form.inputs.entries
    ]
    return values


def _fill_lot_form(form: LotForm, lot: Lot) -> None:
    form.facility_ward_code.data = str(lot.facility_ward_code or "")
    form.document_ids.data = [d.id for d in lot.documents]
    while len(form.inputs.entries) < len(lot.inputs) + 1:
        form.inputs.append_entry()
    choices = form.inputs.entries[0].form.input_lot_id.choices
    for entry, row in zip(form.inputs.entries, lot.inputs, strict=False):
        entry.form.input_lot_id.data = str(row.input_lot_id or "")
        for name in INPUT_TEXT:
            entry.form[name].data = getattr(row, name)
    for entry in form.inputs.entries:
        entry.form.input_lot_id.choices = choices


def _event_choices(form: EventForm) -> None:
    form.actor_ward_code.choices = ward_choices(None)
    form.document_id.choices = [("", _("None"))] + [
        (str(d.id), f"{DOCUMENT_KINDS[d.kind]} {d.number}".strip())
        for d in lot_services.producer_documents(g.producer)
    ]


def _fill_now(form: EventForm) -> None:
    now = to_local(datetime.now(VIETNAM))
    form.day.data, form.time.data = now.date(), now.time().replace(second=0, microsecond=0)


def _fill_event_form(form: EventForm, corrected: LotEvent | None) -> None:
    """A new event starts now; a correction starts from what the corrected event says."""
    if corrected is None:
        _fill_now(form)
        return
    moment = to_local(corrected.occurred_at)
    form.kind.data, form.actor_role.data = corrected.kind.value, corrected.actor_role.value
    form.day.data, form.time.data = moment.date(), moment.time().replace(second=0)
    form.actor_name.data, form.place.data = corrected.actor_name, corrected.place
    form.actor_ward_code.data = str(corrected.actor_ward_code or "")
    form.document_id.data = str(corrected.document_id or "")
    form.corrects_id.data = str(corrected.id)


def _corrected_event(lot: Lot, event_id: int | None) -> LotEvent | None:
    if event_id is None:
        return None
    event = next((e for e in lot.events if e.id == event_id), None)
    if event is None:
        abort(404)
    return event


def _event_values(form: EventForm) -> dict:
    moment = datetime.combine(filled(form.day), filled(form.time), tzinfo=VIETNAM)
    return {
        "kind": form.kind.data,
        "occurred_at": moment,
        "actor_name": form.actor_name.data,
        "actor_role": form.actor_role.data,
        "actor_ward_code": parse_id(form.actor_ward_code.data or ""),
        "place": form.place.data,
        "note": form.note.data,
        "document_id": parse_id(form.document_id.data or ""),
        "report_number": form.report_number.data,
        "corrects_id": parse_id(form.corrects_id.data or ""),
    }
