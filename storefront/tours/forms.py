"""Forms of the public tourism pages: adopting a tree, booking a departure, joining the line."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    EmailField,
    HiddenField,
    RadioField,
    SelectField,
    StringField,
    TelField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from storefront.forms_common import REQUIRED, IntegerField, SiteForm, WardSelect
from storefront.orders.checkout_forms import METHOD_LABELS

PAID_UP_FRONT = ("bank_transfer", "card")


def method_choices(card: bool) -> list[tuple[str, str]]:
    """Adoptions and tours are paid before: no cash on delivery."""
    return [(m, METHOD_LABELS[m]) for m in PAID_UP_FRONT if card or m != "card"]


class _Contact(SiteForm):
    phone = TelField(_l("Phone"), [InputRequired(REQUIRED), Length(max=20)])
    name = StringField(_l("Your name"), [InputRequired(REQUIRED), Length(max=120)])
    email = EmailField(_l("E-mail"), [InputRequired(REQUIRED), Length(max=254)])
    method = RadioField(
        _l("Payment"), default="bank_transfer", validators=[InputRequired(REQUIRED)]
    )
    idempotency_key = HiddenField()
    total_seen = HiddenField()  # the total shown on the page the buyer confirms


class AdoptForm(_Contact):
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


PEOPLE = NumberRange(min=0, max=99, message=_l("Enter a number from 0 to 99."))


class BookForm(_Contact):
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
