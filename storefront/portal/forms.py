"""Portal forms: products with their package sizes, photos and the quick stock page."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, MultipleFileField
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    FormField,
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
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
from wtforms.widgets import CheckboxInput, ListWidget

from storefront.catalog.digital_link import is_valid_gtin
from storefront.catalog.editing import MAX_STOCK
from storefront.catalog.models import MAX_PRICE_VND, MAX_STARS, MIN_STARS
from storefront.forms_common import (
    REQUIRED,
    IntegerField,
    SiteForm,
    SubForm,
)

CERTIFICATIONS = ("VietGAP", "GlobalGAP", "organic", "HACCP", "ISO 22000", "GI Cao Lãnh")


def _gtin_check(form, field) -> None:
    """A GTIN-8/12/13/14 whose last digit is the GS1 check digit."""
    value = (field.data or "").strip()
    if not value:
        return
    if not value.isdigit() or len(value) not in (8, 12, 13, 14):
        raise ValidationError(_l("A GTIN has 8, 12, 13 or 14 digits."))
    if not is_valid_gtin(value):
        raise ValidationError(_l("The last digit of this GTIN is wrong: please check it."))


class VariantForm(SubForm):
    """One package size; a sub-form without its own CSRF token."""

    id = HiddenField()
    label_vi = StringField(_l("Package (Vietnamese)"), [DataRequired(REQUIRED), Length(max=80)])
    label_en = StringField(_l("Package (English)"), [Optional(), Length(max=80)])
    sku = StringField(
        _l("SKU"),
        [
            DataRequired(REQUIRED),
            Length(max=40),
            Regexp(r"^[A-Za-z0-9._-]+$", message=_l("Letters, digits, dots and dashes only.")),
        ],
    )
    gtin = StringField(_l("GTIN (barcode)"), [Optional(), _gtin_check])
    price = IntegerField(
        _l("Price (₫)"),
        [
            InputRequired(REQUIRED),
            NumberRange(
                min=1000,
                max=MAX_PRICE_VND,
                message=_l("A price is between 1.000 ₫ and 100.000.000 ₫."),
            ),
        ],
    )
    stock = IntegerField(
        _l("In stock"),
        [
            InputRequired(REQUIRED),
            NumberRange(min=0, max=MAX_STOCK, message=_l("Stock cannot be negative.")),
        ],
    )
    weight_g = IntegerField(
        _l("Shipping weight (g)"),
        [InputRequired(REQUIRED), NumberRange(min=1, max=100_000)],
    )
    remove = BooleanField(_l("Remove this package size"))


class MultiCheckbox(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ProductForm(SiteForm):
    name_vi = StringField(_l("Name (Vietnamese)"), [DataRequired(REQUIRED), Length(max=160)])
    name_en = StringField(_l("Name (English)"), [Optional(), Length(max=160)])
    category_id = SelectField(_l("Product group"), coerce=int, validators=[InputRequired(REQUIRED)])
    # 0: no tour. The choices are the producer's own tours, so no other tour gets through.
    tour_id = SelectField(_l("Tour it is booked on"), coerce=int, default=0)
    short_vi = StringField(_l("One-line summary (Vietnamese)"), [Optional(), Length(max=200)])
    short_en = StringField(_l("One-line summary (English)"), [Optional(), Length(max=200)])
    description_vi = TextAreaField(_l("Description (Vietnamese)"), [Optional(), Length(max=8000)])
    description_en = TextAreaField(_l("Description (English)"), [Optional(), Length(max=8000)])
    # No Optional(): it would let blank text through as "not rated" without checking the
    # choice ("" is the choice for that), and the view reads the choice as a number.
    stars = SelectField(
        _l("OCOP star rating"),
        choices=[("", _l("Not rated"))]
        + [(str(n), str(n)) for n in range(MIN_STARS, MAX_STARS + 1)],
    )
    certificate_no = StringField(_l("OCOP certificate number"), [Optional(), Length(max=60)])
    certified_on = DateField(_l("Issued on"), [Optional()])
    certificate_expires_on = DateField(_l("Valid until"), [Optional()])
    certificate_scan = FileField(_l("Certificate scan (PDF or photo)"))
    certifications = MultiCheckbox(
        _l("Other certifications"), choices=[(c, c) for c in CERTIFICATIONS]
    )
    ingredients_vi = TextAreaField(_l("Ingredients (Vietnamese)"), [Optional(), Length(max=1000)])
    ingredients_en = TextAreaField(_l("Ingredients (English)"), [Optional(), Length(max=1000)])
    shelf_life_vi = StringField(_l("Shelf life (Vietnamese)"), [Optional(), Length(max=120)])
    shelf_life_en = StringField(_l("Shelf life (English)"), [Optional(), Length(max=120)])
    storage_vi = StringField(_l("Storage (Vietnamese)"), [Optional(), Length(max=300)])
    storage_en = StringField(_l("Storage (English)"), [Optional(), Length(max=300)])
    net_weight_g = IntegerField(
        _l("Net weight (g)"), [Optional(), NumberRange(min=1, max=1_000_000)]
    )
    growing_area_code = StringField(_l("Growing-area code"), [Optional(), Length(max=40)])
    variants = FieldList(FormField(VariantForm), min_entries=1, max_entries=20)
    add_variant = SubmitField(_l("Add a package size"))
    save = SubmitField(_l("Save"))

    def validate_certificate_expires_on(self, field) -> None:
        issued = self.certified_on.data
        if field.data and issued and field.data <= issued:
            raise ValidationError(_l("The expiry date must come after the issue date."))


class PhotosForm(SiteForm):
    photos = MultipleFileField(_l("Add photos"), render_kw={"accept": "image/*"})


class AltTextForm(SiteForm):
    alt_vi = StringField(_l("Description of the photo (Vietnamese)"), [Optional(), Length(max=200)])
    alt_en = StringField(_l("Description of the photo (English)"), [Optional(), Length(max=200)])
