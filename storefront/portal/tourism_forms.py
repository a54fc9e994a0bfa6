"""Portal forms for farm tourism: orchards, trees, tours and their departures."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    FormField,
    SelectField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from storefront.farms import editing as farm_editing
from storefront.farms import photos
from storefront.farms.labels import VARIETY_LABELS
from storefront.farms.models import TreeStatus
from storefront.forms_common import (
    REQUIRED,
    FloatField,
    IntegerField,
    SiteForm,
    SubForm,
    WardSelect,
)
from storefront.portal.forms import PhotosForm
from storefront.timeutil import today_local
from storefront.tours import editing

TREE_STATUS_LABELS = {
    TreeStatus.AVAILABLE: _l("Can be adopted"),
    TreeStatus.RESTING: _l("Resting this season"),
    TreeStatus.RETIRED: _l("Retired"),
}
SEATS_MESSAGE = _l("Between 1 and %(n)s seats.", n=editing.MAX_CAPACITY)
PRICE_RANGE = NumberRange(
    min=0, max=editing.MAX_TOUR_PRICE, message=_l("A price is between 0 ₫ and 100.000.000 ₫.")
)


def _upper(value):
    return value.strip().upper() if isinstance(value, str) else value


class OrchardForm(SiteForm):
    name = StringField(_l("Orchard name"), [DataRequired(REQUIRED), Length(max=160)])
    province = SelectField(_l("Province"), coerce=int, validators=[InputRequired(REQUIRED)])
    ward = WardSelect(_l("Commune or ward"))
    address = StringField(_l("Street, hamlet"), [Optional(), Length(max=200)])
    latitude = FloatField(
        _l("Latitude"),
        [Optional(), NumberRange(min=-90, max=90, message=_l("Between -%(n)s and %(n)s.", n=90))],
    )
    longitude = FloatField(
        _l("Longitude"),
        [
            Optional(),
            NumberRange(min=-180, max=180, message=_l("Between -%(n)s and %(n)s.", n=180)),
        ],
    )
    story_vi = TextAreaField(_l("Story (Vietnamese)"), [Optional(), Length(max=4000)])
    story_en = TextAreaField(_l("Story (English)"), [Optional(), Length(max=4000)])
    growing_area_code = StringField(_l("Growing-area code"), [Optional(), Length(max=40)])
    vietgap = BooleanField(_l("VietGAP certified"))
    cover_file = FileField(_l("Cover photo"), render_kw={"accept": "image/*"})


class ExtraPhotosForm(PhotosForm):
    """More photos of an orchard, tree or tour, several at once (the phone's camera too)."""

    limit = photos.MAX_PHOTOS


class TreeForm(SiteForm):
    code = StringField(
        _l("Tree code"),
        [
            DataRequired(REQUIRED),
            Length(max=20),
            Regexp(r"^[A-Z0-9]+$", message=_l("Use capital letters and digits only.")),
        ],
        filters=[_upper],
    )
    variety = SelectField(
        _l("Variety"), choices=[(v.value, label) for v, label in VARIETY_LABELS.items()]
    )
    planted_year = IntegerField(_l("Year planted"), [InputRequired(REQUIRED)])
    profile_vi = TextAreaField(_l("About the tree (Vietnamese)"), [Optional(), Length(max=2000)])
    profile_en = TextAreaField(_l("About the tree (English)"), [Optional(), Length(max=2000)])
    status = SelectField(
        _l("Status"), choices=[(s.value, label) for s, label in TREE_STATUS_LABELS.items()]
    )
    photo_file = FileField(_l("Photo of the tree"), render_kw={"accept": "image/*"})

    def validate_planted_year(self, field) -> None:
        if field.data is None:  # not a number: the field already says so
            return
        if not farm_editing.FIRST_PLANTED_YEAR <= field.data <= today_local().year:
            raise ValidationError(
                _l("A year between %(first)s and this year.", first=farm_editing.FIRST_PLANTED_YEAR)
            )


class PolicyRowForm(SubForm):
    """One row of the refund table; a sub-form without its own CSRF token."""

    days = IntegerField(
        _l("Days before departure"),
        [Optional(), NumberRange(min=0, message=_l("Days are 0 or more."))],
    )
    percent = IntegerField(
        _l("Refund (%)"),
        [
            Optional(),
            NumberRange(min=0, max=100, message=_l("A refund is between 0 and 100 percent.")),
        ],
    )


class TourForm(SiteForm):
    title_vi = StringField(_l("Title (Vietnamese)"), [DataRequired(REQUIRED), Length(max=160)])
    title_en = StringField(_l("Title (English)"), [Optional(), Length(max=160)])
    description_vi = TextAreaField(_l("Description (Vietnamese)"), [Optional(), Length(max=8000)])
    description_en = TextAreaField(_l("Description (English)"), [Optional(), Length(max=8000)])
    meeting_point_vi = StringField(_l("Meeting point (Vietnamese)"), [Optional(), Length(max=300)])
    meeting_point_en = StringField(_l("Meeting point (English)"), [Optional(), Length(max=300)])
    includes_vi = TextAreaField(_l("Included (Vietnamese)"), [Optional(), Length(max=4000)])
    includes_en = TextAreaField(_l("Included (English)"), [Optional(), Length(max=4000)])
    notes_vi = TextAreaField(_l("Good to know (Vietnamese)"), [Optional(), Length(max=4000)])
    notes_en = TextAreaField(_l("Good to know (English)"), [Optional(), Length(max=4000)])
    duration_minutes = IntegerField(
        _l("Duration (minutes)"),
        [
            InputRequired(REQUIRED),
            NumberRange(
                min=editing.MIN_DURATION,
                max=editing.MAX_DURATION,
                message=_l("Between 30 minutes and 24 hours."),
            ),
        ],
    )
    adult_price = IntegerField(_l("Adult price (₫)"), [InputRequired(REQUIRED), PRICE_RANGE])
    child_price = IntegerField(_l("Child price (₫)"), [InputRequired(REQUIRED), PRICE_RANGE])
    min_age = IntegerField(
        _l("Minimum age"),
        [
            Optional(),
            NumberRange(min=0, max=editing.MAX_MIN_AGE, message=_l("An age between 0 and 18.")),
        ],
    )
    orchard_id = SelectField(_l("Orchard"), coerce=int)
    policy = FieldList(
        FormField(PolicyRowForm), min_entries=editing.POLICY_ROWS, max_entries=editing.POLICY_ROWS
    )
    cover_file = FileField(_l("Cover photo"), render_kw={"accept": "image/*"})
    published = BooleanField(_l("Show this tour to visitors"), default=True)


class DepartureForm(SiteForm):
    day = DateField(_l("Date"), [InputRequired(REQUIRED)])
    time = TimeField(_l("Time (Vietnam)"), [InputRequired(REQUIRED)])
    capacity = IntegerField(
        _l("Seats"),
        [
            InputRequired(REQUIRED),
            NumberRange(min=1, max=editing.MAX_CAPACITY, message=SEATS_MESSAGE),
        ],
    )


class CapacityForm(SiteForm):
    capacity = IntegerField(
        _l("Seats"),
        [
            InputRequired(REQUIRED),
            NumberRange(min=1, max=editing.MAX_CAPACITY, message=SEATS_MESSAGE),
        ],
    )


def empty_photos_form() -> ExtraPhotosForm:
    """The empty "more photos" form an edit page shows below its own form."""
    return ExtraPhotosForm(formdata=None)


class CheckInForm(SiteForm):
    code = StringField(
        _l("Ticket code"),
        [InputRequired(REQUIRED), Length(max=20)],
        render_kw={"autocapitalize": "characters", "autocomplete": "off", "spellcheck": "false"},
    )
