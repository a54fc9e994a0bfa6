"""The office's forms for fairs (announcing one, deciding on an application) and the labels
of the kinds of fairs and of the applications' states."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from storefront.forms_common import REQUIRED, IntegerField, SiteForm, WardSelect
from storefront.programme.fair_models import (
    MAX_ADDRESS,
    MAX_BOOTHS,
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_NOTE,
    ApplicationStatus,
    FairKind,
)

KIND_LABELS = {
    FairKind.OCOP_FAIR: _l("OCOP fair"),
    FairKind.FESTIVAL: _l("Festival"),
    FairKind.TRADE_FAIR: _l("Trade fair"),
    FairKind.MARKET: _l("Market day"),
}
STATUS_LABELS = {
    ApplicationStatus.WAITING: _l("Waiting for the office"),
    ApplicationStatus.ACCEPTED: _l("Accepted"),
    ApplicationStatus.DECLINED: _l("Declined"),
    ApplicationStatus.WITHDRAWN: _l("Withdrawn"),
}
FAIR_FIELDS = (
    "name_vi", "name_en", "kind", "starts_on", "ends_on", "applications_close_on",
    "address", "booths", "description_vi", "description_en",
)  # fmt: skip


class FairForm(SiteForm):
    name_vi = StringField(_l("Name (Vietnamese)"), [DataRequired(REQUIRED), Length(max=MAX_NAME)])
    name_en = StringField(_l("Name (English)"), [Optional(), Length(max=MAX_NAME)])
    kind = SelectField(_l("Kind"), choices=[(k.value, label) for k, label in KIND_LABELS.items()])
    starts_on = DateField(_l("First day"), [InputRequired(REQUIRED)])
    ends_on = DateField(_l("Last day"), [InputRequired(REQUIRED)])
    applications_close_on = DateField(_l("Applications close on"), [InputRequired(REQUIRED)])
    address = StringField(_l("Place (address)"), [DataRequired(REQUIRED), Length(max=MAX_ADDRESS)])
    ward = WardSelect(_l("Commune or ward"))
    booths = IntegerField(
        _l("Booths"),
        [
            InputRequired(REQUIRED),
            NumberRange(min=1, max=MAX_BOOTHS, message=_l("Between 1 and 1000 booths.")),
        ],
    )
    description_vi = TextAreaField(
        _l("Description (Vietnamese)"), [Optional(), Length(max=MAX_DESCRIPTION)]
    )
    description_en = TextAreaField(
        _l("Description (English)"), [Optional(), Length(max=MAX_DESCRIPTION)]
    )


class DecisionForm(SiteForm):
    """Accept or decline one application, with an optional word to the producer."""

    action = StringField()  # set by the button pressed: accept or decline
    note = TextAreaField(
        _l("Message to the producer (optional)"),
        [Optional(), Length(max=MAX_NOTE)],
        render_kw={"rows": 2},
    )
