"""The form to adopt a tree: the plate, a gift's recipient, the harvest address, the payment."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    EmailField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, Optional

from storefront.forms_common import REQUIRED, WardSelect
from storefront.payments.forms import PaidUpFrontForm


class AdoptForm(PaidUpFrontForm):
    plate_name = StringField(
        _l("Name on the tree's plate"), [InputRequired(REQUIRED), Length(max=40)]
    )
    is_gift = BooleanField(_l("This adoption is a gift"))
    recipient_name = StringField(_l("Recipient's name"), [Optional(), Length(max=120)])
    recipient_email = EmailField(_l("Recipient's e-mail"), [Optional(), Length(max=254)])
    message = TextAreaField(_l("Personal message"), [Optional(), Length(max=500)])
    province = SelectField(_l("Province"), coerce=int, validators=[InputRequired(REQUIRED)])
    ward = WardSelect(_l("Commune or ward"))
    address = StringField(_l("Street, hamlet"), [InputRequired(REQUIRED), Length(max=200)])
