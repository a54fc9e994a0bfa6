"""Form pieces shared by several packages: the two-level address selects, the total a page
showed, and refusals put on the form."""

import re

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.datastructures import FileStorage
from wtforms import SelectField
from wtforms.validators import InputRequired, ValidationError

from storefront import places

REQUIRED = _l("This field is required.")


def uploaded_file(file_storage) -> tuple[str, bytes] | None:
    """(file name, bytes) of a file field's upload, or None when no file was chosen."""
    if not isinstance(file_storage, FileStorage) or not file_storage.filename:
        return None
    return file_storage.filename, file_storage.read()


def uploaded_files(file_storages) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each file a multiple-file field received."""
    return [upload for upload in map(uploaded_file, file_storages or []) if upload]


class ActionForm(FlaskForm):
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


def refuse(form, error) -> int:
    """Put a service's refusal next to its field (or over the whole form); the status to
    answer: the error's own (409 for a changed total) or 400."""
    field = getattr(error, "field", None)
    (form[field].errors if field in form else form.form_errors).append(str(error))
    return getattr(error, "status", 400)


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
