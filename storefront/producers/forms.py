"""Producer sign-up and brand forms."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import EmailField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import (
    URL,
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
)

from storefront.accounts.forms import Checked
from storefront.accounts.services import check_email
from storefront.forms_common import REQUIRED, IntegerField, SiteForm, WardSelect
from storefront.producers.models import ProducerKind

KIND_LABELS = {
    ProducerKind.COOPERATIVE: _l("Cooperative (HTX)"),
    ProducerKind.ENTERPRISE: _l("Enterprise"),
    ProducerKind.COOPERATIVE_GROUP: _l("Cooperative group"),
    ProducerKind.HOUSEHOLD: _l("Household business"),
}


class ProfileFields:
    """The producer profile: shared by sign-up and the brand page."""

    name = StringField(_l("Producer name"), [DataRequired(REQUIRED), Length(max=160)])
    kind = SelectField(
        _l("Type of producer"),
        choices=[(k.value, label) for k, label in KIND_LABELS.items()],
        validators=[InputRequired(REQUIRED)],
    )
    province = SelectField(_l("Province"), coerce=int, validators=[InputRequired(REQUIRED)])
    ward = WardSelect(_l("Commune or ward"))
    address = StringField(_l("Street, hamlet"), [Optional(), Length(max=200)])
    phone = StringField(_l("Phone"), [DataRequired(REQUIRED), Length(max=20)])
    story_vi = TextAreaField(_l("Your story (Vietnamese)"), [Optional(), Length(max=4000)])


class ProducerSignupForm(ProfileFields, SiteForm):
    email = EmailField(
        _l("E-mail"), [DataRequired(REQUIRED), Checked(check_email), Length(max=254)]
    )
    password = PasswordField(_l("Password"), [DataRequired(REQUIRED), Length(min=10, max=200)])
    password_confirm = PasswordField(
        _l("Repeat the password"), [EqualTo("password", message=_l("The passwords differ."))]
    )
    contact_name = StringField(_l("Your name"), [DataRequired(REQUIRED), Length(max=120)])


class BrandForm(ProfileFields, SiteForm):
    tagline_vi = StringField(_l("Tagline (Vietnamese)"), [Optional(), Length(max=200)])
    tagline_en = StringField(_l("Tagline (English)"), [Optional(), Length(max=200)])
    story_en = TextAreaField(_l("Your story (English)"), [Optional(), Length(max=4000)])
    email = EmailField(_l("Public e-mail"), [Optional(), Checked(check_email), Length(max=254)])
    website = StringField(_l("Website"), [Optional(), URL(), Length(max=200)])
    facebook_url = StringField(_l("Facebook page"), [Optional(), URL(), Length(max=200)])
    zalo_phone = StringField(_l("Zalo number"), [Optional(), Length(max=20)])
    founded_year = IntegerField(_l("Year founded"), [Optional(), NumberRange(min=1900, max=2100)])
    logo = FileField(_l("Logo"))
    cover = FileField(_l("Cover picture"))


class JoinTeamForm(SiteForm):
    name = StringField(
        _l("Your name"), [DataRequired(_l("This field is required.")), Length(max=120)]
    )
    password = PasswordField(_l("Choose a password"), [DataRequired(), Length(min=10, max=200)])
    phone = StringField(_l("Phone"), [Optional(), Length(max=20)])
