"""Checkout and order-lookup forms: phone first, address as province then ward, COD preselected."""

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
from wtforms.validators import InputRequired, Length, Optional

from storefront.forms_common import REQUIRED, SiteForm, WardSelect

METHOD_LABELS = {
    "cod": _l("Cash on delivery (COD)"),
    "bank_transfer": _l("Bank transfer (VietQR)"),
    "card": _l("Card (Visa, Mastercard, JCB)"),
}


class CheckoutForm(SiteForm):
    phone = TelField(_l("Phone"), [InputRequired(REQUIRED), Length(max=20)])
    name = StringField(_l("Name of the receiver"), [InputRequired(REQUIRED), Length(max=120)])
    email = EmailField(_l("E-mail"), [Optional(), Length(max=254)])
    province = SelectField(_l("Province"), coerce=int, validators=[InputRequired(REQUIRED)])
    ward = WardSelect(_l("Commune or ward"))
    address = StringField(_l("Street, hamlet"), [InputRequired(REQUIRED), Length(max=200)])
    note = TextAreaField(_l("Note for the producers"), [Optional(), Length(max=500)])
    method = RadioField(_l("Payment"), default="cod", validators=[InputRequired(REQUIRED)])
    save_address = BooleanField(_l("Save this address for next time"))
    use_credit = BooleanField(_l("Use my store credit"), default=True)
    idempotency_key = HiddenField()
    total_seen = HiddenField()  # the total shown on the page the buyer confirms


class LookupForm(SiteForm):
    number = StringField(_l("Order number"), [InputRequired(REQUIRED), Length(max=20)])
    phone = TelField(_l("Phone used for the order"), [InputRequired(REQUIRED), Length(max=20)])


PAID_UP_FRONT = ("bank_transfer", "card")


def checkout_methods(card: bool) -> list[tuple[str, str]]:
    """Goods: cash on delivery first, then transfer, then card when cards are taken."""
    return [(m, METHOD_LABELS[m]) for m in METHOD_LABELS if card or m != "card"]


def method_choices(card: bool) -> list[tuple[str, str]]:
    """Adoptions and tours are paid before: no cash on delivery."""
    return [(m, METHOD_LABELS[m]) for m in PAID_UP_FRONT if card or m != "card"]


class PaidUpFrontForm(SiteForm):
    """The buyer of something paid before it is given (a tree, seats): no cash on delivery."""

    phone = TelField(_l("Phone"), [InputRequired(REQUIRED), Length(max=20)])
    name = StringField(_l("Your name"), [InputRequired(REQUIRED), Length(max=120)])
    email = EmailField(_l("E-mail"), [InputRequired(REQUIRED), Length(max=254)])
    method = RadioField(
        _l("Payment"), default="bank_transfer", validators=[InputRequired(REQUIRED)]
    )
    idempotency_key = HiddenField()
    total_seen = HiddenField()  # the total shown on the page the buyer confirms
