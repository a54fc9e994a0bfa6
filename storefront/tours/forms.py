"""Forms of the public tourism pages: adopting a tree, booking a departure, joining the line."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    EmailField,
    StringField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from storefront.forms_common import REQUIRED, IntegerField, SiteForm
from storefront.payments.forms import PaidUpFrontForm

PARTY = range(0, 100)  # how many adults, or children, one booking may count
PEOPLE = NumberRange(
    min=PARTY.start, max=PARTY.stop - 1, message=_l("Enter a number from 0 to 99.")
)


class BookForm(PaidUpFrontForm):
    adults = IntegerField(_l("Adults"), [InputRequired(REQUIRED), PEOPLE], default=2)
    children = IntegerField(_l("Children"), [Optional(), PEOPLE], default=0)


class WaitlistForm(SiteForm):
    """Shown on the booking page next to BookForm: ids of its own, so each label finds its box."""

    name = StringField(
        _l("Your name"), [InputRequired(REQUIRED), Length(max=120)], id="waitlist-name"
    )
    email = EmailField(
        _l("E-mail"), [InputRequired(REQUIRED), Length(max=254)], id="waitlist-email"
    )
    seats = IntegerField(
        _l("Seats"), [InputRequired(REQUIRED), NumberRange(min=1, max=20)], default=2,
        id="waitlist-seats",
    )  # fmt: skip
