"""Portal forms for "Cây xoài nhà tôi": adoption plans, tree updates, harvest boxes, check-in."""

from babel.dates import get_month_names
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import (
    BooleanField,
    DateField,
    Field,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget, TextInput

from storefront.adoptions import harvest
from storefront.adoptions import plans as plan_editing
from storefront.forms_common import REQUIRED, IntegerField, SiteForm


class VndField(Field):
    """Whole đồng, typed with or without thousands dots ("5.500.000")."""

    widget = TextInput()

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return f"{self.data:,}".replace(",", ".") if isinstance(self.data, int) else ""

    def process_formdata(self, valuelist) -> None:
        if valuelist and valuelist[0].strip():
            self.data = plan_editing.parse_vnd(valuelist[0])
            if self.data is None:
                raise ValueError(_l("Write the price in đồng, e.g. 5.500.000."))


class KgField(Field):
    """A weight typed in kg ("12.5" or "12,5"); its data is in grams."""

    widget = TextInput()

    def _value(self) -> str:
        return self.raw_data[0] if self.raw_data else ""

    def process_formdata(self, valuelist) -> None:
        if valuelist and valuelist[0].strip():
            self.data = harvest.grams_from_kg(valuelist[0])
            if self.data is None:
                raise ValueError(_l("Enter the weight in kg, e.g. 12.5."))


class MonthsField(SelectMultipleField):
    """Twelve month checkboxes named in the page's language."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def month_choices() -> list[tuple[int, str]]:
    names = get_month_names("wide", context="stand-alone", locale=get_locale())
    return [(m, names[m].capitalize()) for m in range(1, 13)]


class PlanForm(SiteForm):
    season_vi = StringField(
        _l("Season name (Vietnamese)"), [InputRequired(REQUIRED), Length(max=80)]
    )
    season_en = StringField(_l("Season name (English)"), [Optional(), Length(max=80)])
    starts_on = DateField(_l("Season starts on"), [InputRequired(REQUIRED)])
    ends_on = DateField(_l("Season ends on"), [InputRequired(REQUIRED)])
    price = VndField(_l("Price (₫)"), [InputRequired(REQUIRED)])
    harvest_kg = IntegerField(_l("Guaranteed harvest (kg)"), [InputRequired(REQUIRED)])
    deliveries = IntegerField(
        _l("Number of deliveries"),
        [
            InputRequired(REQUIRED),
            NumberRange(min=1, max=plan_editing.MAX_DELIVERIES, message=_l("Between 1 and 12.")),
        ],
    )
    delivery_months = MonthsField(_l("Delivery months"), coerce=int)
    includes_vi = TextAreaField(_l("Included (Vietnamese)"), [Optional(), Length(max=4000)])
    includes_en = TextAreaField(_l("Included (English)"), [Optional(), Length(max=4000)])
    renewal_opens_on = DateField(_l("Renewal opens on"), [Optional()])
    renewal_closes_on = DateField(_l("Renewal closes on"), [Optional()])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.delivery_months.choices = month_choices()


class UpdateForm(SiteForm):
    note = TextAreaField(_l("News of the tree"), [Optional(), Length(max=harvest.MAX_NOTE)])
    photos = MultipleFileField(
        _l("Photos (up to 6)"), render_kw={"accept": "image/*", "capture": "environment"}
    )


class DeliveryForm(SiteForm):
    number = SelectField(_l("Delivery"), coerce=int, validators=[InputRequired(REQUIRED)])
    method = RadioField(
        _l("How"),
        choices=[
            ("shipped", _l("Shipped")),
            ("picked_up", _l("Picked up at the orchard")),
        ],
        default="shipped",
        validators=[InputRequired(REQUIRED)],
    )
    weight = KgField(_l("Weight (kg)"), [InputRequired(REQUIRED)])
    carrier = StringField(_l("Carrier"), [Optional(), Length(max=60)])
    tracking_number = StringField(_l("Tracking number"), [Optional(), Length(max=60)])


class ShortfallForm(SiteForm):
    """A short harvest credits the adopter and ends the season: the farmer confirms it."""

    confirm = BooleanField(
        _l("I confirm: this tree cannot give the rest of this season's harvest."),
        [DataRequired(_l("Tick the box to confirm the short harvest."))],
    )
