"""Portal forms for lots, their events and the producer's documents; the labels of their
kinds and roles. Ownership is the views' and services' business: the selects take any value
(validate_choice=False) and another producer's id answers 404 there."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    FormField,
    HiddenField,
    SelectField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import InputRequired, Length, Optional

from storefront.catalog.documents import DOCUMENT_KINDS
from storefront.catalog.lot_models import ActorRole, EventKind
from storefront.forms_common import REQUIRED, IntegerField, SiteForm, SubForm
from storefront.portal.forms import MultiCheckbox
from storefront.routing import parse_id

EVENT_KINDS = {
    EventKind.HARVESTED: _l("Harvested"),
    EventKind.RECEIVED: _l("Received"),
    EventKind.PROCESSED: _l("Processed"),
    EventKind.PACKED: _l("Packed"),
    EventKind.INSPECTED: _l("Inspected"),
    EventKind.SHIPPED: _l("Shipped"),
    EventKind.RECEIVED_BY_SHOP: _l("Received by a shop"),
}
ACTOR_ROLES = {
    ActorRole.FARMER: _l("Member farmer"),
    ActorRole.COOPERATIVE: _l("Cooperative"),
    ActorRole.PROCESSOR: _l("Processor"),
    ActorRole.CARRIER: _l("Carrier"),
    ActorRole.SHOP: _l("Shop"),
    ActorRole.INSPECTOR: _l("Inspector or laboratory"),
}
DOCUMENT_FILE_TYPES = "application/pdf,image/jpeg,image/png"


def _an_id(value) -> int:
    """A database id, or ValueError (WTForms' "not a valid choice") for anything else."""
    found = parse_id(str(value))
    if found is None:
        raise ValueError(value)
    return found


def _choices(labels: dict) -> list[tuple[str, str]]:
    return [(kind.value, label) for kind, label in labels.items()]


class LotInputForm(SubForm):
    """One input of the lot: another of our lots, or a described source."""

    input_lot_id = SelectField(_l("One of your lots"), validate_choice=False, default="")
    description = StringField(
        _l("Or what it is"),
        [Optional(), Length(max=200)],
        render_kw={"placeholder": _l("Pink lotus flowers, pond no. 3")},
    )
    source_name = StringField(_l("From (pond, orchard)"), [Optional(), Length(max=160)])
    source_code = StringField(_l("Its growing-area code"), [Optional(), Length(max=40)])
    quantity = StringField(
        _l("How much"), [Optional(), Length(max=40)], render_kw={"placeholder": "120 kg"}
    )


class LotForm(SiteForm):
    """A lot's facts; `variant_id` and `replace_untracked` only when it is recorded."""

    variant_id = SelectField(
        _l("Product and package size"), [InputRequired(REQUIRED)], validate_choice=False
    )
    code = StringField(_l("Lot code"), [Optional()], render_kw={"autocapitalize": "characters"})
    quantity = IntegerField(_l("Units made"), [InputRequired(REQUIRED)])
    produced_on = DateField(_l("Production or harvest date"), [InputRequired(REQUIRED)])
    packed_on = DateField(_l("Packing date"), [Optional()])
    best_before = DateField(_l("Best before"), [Optional()])
    orchard_id = SelectField(_l("From one of your orchards"), validate_choice=False, default="")
    growing_area_name = StringField(_l("Or the growing area's name"), [Optional(), Length(max=160)])
    growing_area_code = StringField(_l("Growing-area code"), [Optional(), Length(max=40)])
    facility_name = StringField(_l("Facility that processed it"), [Optional(), Length(max=160)])
    facility_ward_code = SelectField(
        _l("Commune or ward of the facility"), validate_choice=False, default=""
    )
    document_ids = MultiCheckbox(_l("Documents that back it"), coerce=_an_id, validate_choice=False)
    inputs = FieldList(FormField(LotInputForm), min_entries=2, max_entries=10)
    replace_untracked = BooleanField(_l("Count this package size's stock from lots from now on"))


class StockForm(SiteForm):
    stock = IntegerField(_l("Units left (counted)"), [InputRequired(REQUIRED)])
    seen = HiddenField()


class EventForm(SiteForm):
    kind = SelectField(_l("What happened"), choices=_choices(EVENT_KINDS))
    day = DateField(_l("Day"), [InputRequired(REQUIRED)])
    time = TimeField(_l("Time (Vietnam)"), [InputRequired(REQUIRED)])
    actor_name = StringField(_l("Who did it"), [InputRequired(REQUIRED), Length(max=160)])
    actor_role = SelectField(_l("As"), choices=_choices(ACTOR_ROLES))
    actor_ward_code = SelectField(_l("Their commune or ward"), validate_choice=False, default="")
    place = StringField(_l("Where"), [Optional(), Length(max=200)])
    note = TextAreaField(_l("Note"), [Optional(), Length(max=2000)], render_kw={"rows": 2})
    document_id = SelectField(_l("Document"), validate_choice=False, default="")
    report_file = FileField(
        _l("Or upload a test report (PDF or photo)"), render_kw={"accept": DOCUMENT_FILE_TYPES}
    )
    report_number = StringField(_l("Report number"), [Optional(), Length(max=60)])
    corrects_id = HiddenField()


class DocumentForm(SiteForm):
    kind = SelectField(_l("Kind"), choices=_choices(DOCUMENT_KINDS))
    number = StringField(_l("Number"), [Optional(), Length(max=60)])
    issuer = StringField(_l("Issued by"), [Optional(), Length(max=160)])
    valid_from = DateField(_l("Valid from"), [Optional()])
    valid_until = DateField(_l("Valid until"), [Optional()])
    file = FileField(_l("File (PDF or photo)"), render_kw={"accept": DOCUMENT_FILE_TYPES})
