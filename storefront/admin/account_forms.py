"""The office's account forms: an account's office role."""

from flask_babel import lazy_gettext as _l
from wtforms import SelectField

from storefront.accounts.models import OfficeRole
from storefront.accounts.office import ADMIN, ROLE_CHOICES
from storefront.forms_common import SiteForm, ward_choices

ROLE_LABELS = {
    "": _l("No office role"),
    ADMIN: _l("Office administrator"),
    OfficeRole.COUNCIL.value: _l("Council member"),
    OfficeRole.COMMUNE_OFFICER.value: _l("Commune officer"),
}


class OfficeRoleForm(SiteForm):
    role = SelectField(_l("Office role"), choices=[(r, ROLE_LABELS[r]) for r in ROLE_CHOICES])
    commune_code = SelectField(_l("Commune (for a commune officer)"), validate_choice=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.commune_code.choices = ward_choices(None)

    def commune(self) -> int | None:
        try:
            return int(self.commune_code.data)
        except (TypeError, ValueError):
            return None
