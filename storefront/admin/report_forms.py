"""The reporting calendar's form: which report, the period it covers, the area, the due date
and who receives it."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, StringField
from wtforms.validators import InputRequired, Length

from storefront.admin.reports import calendar
from storefront.forms_common import REQUIRED, SiteForm, filled
from storefront.places import wards_of


def ward_options() -> list[tuple[str, str]]:
    return [("", str(_l("The whole province")))] + [(str(int(w.code)), w.name) for w in wards_of()]


class DueForm(SiteForm):
    report = SelectField(_l("Report"), [InputRequired(REQUIRED)])
    period_start = DateField(_l("Period from"), [InputRequired(REQUIRED)])
    period_end = DateField(_l("Period to"), [InputRequired(REQUIRED)])
    ward = SelectField(_l("Area"))
    due_on = DateField(_l("Due on"), [InputRequired(REQUIRED)])
    recipient = StringField(_l("Sent to"), [InputRequired(REQUIRED), Length(max=200)])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.report.choices = calendar.report_choices()
        self.ward.choices = ward_options()

    def values(self) -> calendar.DueValues:
        return calendar.DueValues(
            report=self.report.data, period_start=filled(self.period_start),
            period_end=filled(self.period_end), ward_code=int(self.ward.data) if self.ward.data
            else None, due_on=filled(self.due_on), recipient=self.recipient.data or "",
        )  # fmt: skip
