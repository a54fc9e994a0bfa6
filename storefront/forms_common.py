"""Form pieces shared by several packages: the base of every form (text that stays one line
and never holds control characters, numbers read without surprises, WTForms' own messages
in the page's language), the two-level address selects, the total a page showed, and
refusals put on the form."""

import math
import re
from typing import Protocol, TypeVar

import wtforms
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.datastructures import FileStorage
from wtforms import (
    FieldList,
    FormField,
    HiddenField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, ValidationError

from storefront import places
from storefront.database import refuse_changes
from storefront.domain_errors import DomainError
from storefront.i18n import wtforms_translations
from storefront.text import LINE_BREAKS, UNSAFE_CHARACTERS, WHOLE_NUMBER, whole_number

REQUIRED = _l("This field is required.")
CONTROL_CHARACTERS = _l(
    "This field holds invisible control characters (a copy-paste?): please type it again."
)
# Ids and numbers of the database are 32-bit integers (PostgreSQL's INTEGER).
NEWLINES = re.compile("\r\n|[\r\x85\u2028\u2029]")


def _one_line(value):
    """Line breaks and tabs typed or pasted into a one-line field become a space."""
    return LINE_BREAKS.sub(" ", value) if isinstance(value, str) else value


def _multi_line_text(value):
    """A text area's line breaks, all of one kind ("\r\n" from browsers becomes "\n")."""
    return NEWLINES.sub("\n", value) if isinstance(value, str) else value


def refuse_control_characters(form, field) -> None:
    """NUL, escape codes and direction overrides are refused with the field's own message:
    PostgreSQL cannot store NUL, and the others make names lie about what they say."""
    if isinstance(field.data, str) and UNSAFE_CHARACTERS.search(field.data):
        raise ValidationError(CONTROL_CHARACTERS)


def guard_text(field):
    """Make a bound field safe: every text field refuses control characters, and those that
    are not text areas stay on one line. Passwords are only hashed; hidden fields carry what
    the page put there and their views parse them (amount_seen, scoped_key), and a refusal
    there would have no field to show its message next to."""
    if not isinstance(field, StringField) or isinstance(field, PasswordField | HiddenField):
        return field
    keep_lines = isinstance(field, TextAreaField)
    field.filters = (_multi_line_text if keep_lines else _one_line, *field.filters)
    field.validators = [refuse_control_characters, *field.validators]
    return field


class _SiteMeta:
    """What every form and sub-form of the site shares (see SiteForm)."""

    def bind_field(self, form, unbound_field, options):
        return guard_text(super().bind_field(form, unbound_field, options))

    def get_translations(self, form):
        return wtforms_translations()


class SiteForm(FlaskForm):
    """The base of every form of the site: its text fields refuse control characters and stay
    on one line unless they are text areas, and WTForms' own messages ("Not a valid choice.")
    come in the page's language."""

    class Meta(_SiteMeta):
        pass


class SubForm(wtforms.Form):
    """The base of sub-forms (one package size, one row of a table): SiteForm's rules, and no
    CSRF token of their own."""

    class Meta(_SiteMeta):
        pass


class IntegerField(wtforms.IntegerField):
    """A whole number typed with ASCII digits, within what the database holds: anything else
    ("1e309", "0x1F", "١٢٣", 23 digits) is refused with a message, never passed on."""

    def process_formdata(self, valuelist) -> None:
        if not valuelist:
            return
        self.data = whole_number(valuelist[0])
        if self.data is None:
            digits = isinstance(valuelist[0], str) and WHOLE_NUMBER.fullmatch(valuelist[0].strip())
            raise ValueError(
                _l("That number is too large.")
                if digits
                else _l("Enter a whole number, for example 12.")
            )


class FloatField(wtforms.FloatField):
    """A decimal number; infinities and NaN ("1e309", "nan") are refused: no range holds them."""

    def process_formdata(self, valuelist) -> None:
        super().process_formdata(valuelist)
        if self.data is not None and not math.isfinite(self.data):
            self.data = None
            raise ValueError(_l("Enter a number, for example 10.49."))


T = TypeVar("T", covariant=True)


class _FieldOf(Protocol[T]):
    @property
    def data(self) -> T | None: ...

    @property
    def name(self) -> str: ...


def filled(field: _FieldOf[T]) -> T:
    """The data of a field its InputRequired validator checked: never None once the form
    validated (a field left empty or missing from the post fails validation)."""
    if field.data is None:
        raise RuntimeError(f"{field.name} has no data: read it only after validation.")
    return field.data


def uploaded_file(file_storage) -> tuple[str, bytes] | None:
    """(file name, bytes) of a file field's upload, or None when no file was chosen."""
    if not isinstance(file_storage, FileStorage) or not file_storage.filename:
        return None
    return file_storage.filename, file_storage.read()


def uploaded_files(file_storages) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each file a multiple-file field received."""
    return [upload for upload in map(uploaded_file, file_storages or []) if upload]


class ActionForm(SiteForm):
    """A bare form for buttons that change something (publish, delete, cancel): CSRF only."""


def province_choices() -> list[tuple[int, str]]:
    return [(int(p.code), p.name) for p in places.provinces()]


def ward_choices(province: int | None) -> list[tuple[str, str]]:
    wards = places.wards_of(province or places.DONG_THAP)
    return [("", _l("Choose a commune or ward"))] + [(str(int(w.code)), w.name) for w in wards]


class WardSelect(SelectField):
    """A ward/commune select whose options follow the province field named `province`."""

    def __init__(self, label=None, **kwargs):
        kwargs.setdefault("validators", [InputRequired(message=_l("Choose a commune or ward."))])
        super().__init__(label, validate_choice=False, **kwargs)

    def pre_validate(self, form):
        province = getattr(form, "province", None)
        wanted = province.data if province is not None else None
        if not places.is_valid_ward(_to_int(self.data), _to_int(wanted)):
            raise ValidationError(_l("Choose a commune or ward of the chosen province."))


def _to_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def setup_address(form, ward_code: int | None = None) -> None:
    """Fill the province and ward options; the ward list is the chosen province's."""
    form.province.choices = province_choices()
    known = {code for code, _name in form.province.choices}
    if form.province.data is None or _to_int(form.province.data) not in known:
        form.province.data = places.province_of(ward_code) or places.DONG_THAP
    form.ward.choices = ward_choices(_to_int(form.province.data))
    if ward_code and not form.ward.data:
        form.ward.data = str(ward_code)


def province_or_home(value) -> int:
    """A province code from a query string or form, or Đồng Tháp when it names none."""
    code = _to_int(value)
    known = {province for province, _name in province_choices()}
    return code if code in known else places.DONG_THAP


def amount_seen(field) -> int:
    """The total the form's page showed (its hidden `total_seen` field), in đồng; -1 when the
    post carries none, which matches no order, so the order is refused and shown again."""
    value = field.data
    return int(value) if isinstance(value, str) and re.fullmatch(r"[0-9]{1,15}", value) else -1


def form_error(form, error: DomainError) -> int:
    """The one way a refusal reaches a form: the message goes next to its field (sub-form
    fields by their full name, e.g. "variants-0-sku"), or over the whole form; the request's
    changes are rolled back (database.refuse_changes); the status to answer is the error's
    own (409 for a changed total) or 400."""
    field = None
    if error.field:  # its full name ("variants-0-sku"), or its name in a prefixed form
        field = _field_named(form, error.field) or next(
            (f for f in form if f.short_name == error.field), None
        )
    if field is None:
        form.form_errors.append(str(error))
    else:
        if isinstance(field.errors, tuple):  # a field never validated has an empty tuple
            field.errors = list(field.errors)
        field.errors.append(str(error))
    refuse_changes()
    return error.status


def _field_named(fields, name: str):
    """The field of this name among `fields`, looking into lists of fields and sub-forms."""
    for field in fields:
        if field.name == name:
            return field
        if isinstance(field, FieldList | FormField):
            found = _field_named(
                field.entries if isinstance(field, FieldList) else field.form, name
            )
            if found is not None:
                return found
    return None


def form_status(form) -> int:
    """400 when any field (sub-forms included) or the form itself carries an error, else 200.

    Errors added after validation (from services) count too, unlike WTForms' cached
    `form.errors`.
    """

    def has_errors(fields) -> bool:
        for field in fields:
            if field.errors and not hasattr(field, "entries") and not hasattr(field, "form"):
                return True
            if hasattr(field, "entries") and has_errors(e for e in field.entries):
                return True
            if hasattr(field, "form") and has_errors(field.form):
                return True
        return False

    return 400 if has_errors(form) or getattr(form, "form_errors", None) else 200


def form_values(form, names: tuple[str, ...]) -> dict:
    """The named fields' data, text stripped."""
    values = {name: form[name].data for name in names}
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
