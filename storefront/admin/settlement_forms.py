"""The office's settlement forms: making a period's statements, marking one paid, and the
commission rate (typed as a percentage with up to two decimals, kept in basis points)."""

import re
from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, StringField
from wtforms.validators import InputRequired, Length, ValidationError

from storefront.forms_common import REQUIRED, SiteForm
from storefront.orders.settling import MAX_REFERENCE
from storefront.timeutil import today_local

RATE = re.compile(r"^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$")
RATE_MESSAGE = _l("Type a percentage such as 0, 2 or 2,5 (at most two decimals).")
DATE_MESSAGE = _l("Give a date, such as 2026-11-30.")


def last_month() -> tuple[date, date]:
    """The calendar month before today's, in Vietnam: the usual period to settle."""
    end = today_local().replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def rate_bp(text: str) -> int | None:
    """'2,5' or '2.5 %' as 250 basis points; None when it is not such a number."""
    match = RATE.match(text or "")
    if match is None:
        return None
    return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))


class MakeForm(SiteForm):
    start = DateField(_l("First day"), [InputRequired(DATE_MESSAGE)])
    end = DateField(_l("Last day (included)"), [InputRequired(DATE_MESSAGE)])
    producer = SelectField(_l("Producers"), validate_choice=False, default="")


class PayForm(SiteForm):
    bank_reference = StringField(
        _l("Bank reference of the transfer"), [InputRequired(REQUIRED), Length(max=MAX_REFERENCE)]
    )
    paid_on = DateField(_l("Date of the transfer"), [InputRequired(DATE_MESSAGE)])


class CommissionForm(SiteForm):
    rate = StringField(_l("Commission on goods (%)"), [InputRequired(REQUIRED), Length(max=10)])

    def validate_rate(self, field) -> None:
        if rate_bp(field.data) is None:
            raise ValidationError(RATE_MESSAGE)
