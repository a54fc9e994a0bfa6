"""Account forms: log in, forgotten or changed password, and sign-up fields to embed."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, StringField, TelField
from wtforms.validators import EqualTo, InputRequired, Length, ValidationError

from storefront.accounts import services
from storefront.accounts.services import AccountError
from storefront.forms_common import SiteForm


class Checked:
    """A field validator running one of the services' checks, so the form shows every
    wrong field at once; the service checks again when it is called."""

    def __init__(self, check):
        self.check = check

    def __call__(self, form, field):
        if field.data:
            try:
                self.check(field.data)
            except AccountError as error:
                raise ValidationError(error.message) from error


def _email_field(*more_validators) -> EmailField:
    return EmailField(
        _l("E-mail"),
        validators=[
            InputRequired(_l("Please enter your e-mail address.")),
            Length(max=254, message=_l("That e-mail address is too long.")),
            *more_validators,
        ],
    )


def _new_password_fields(label) -> tuple[PasswordField, PasswordField]:
    password = PasswordField(
        label,
        validators=[
            InputRequired(_l("Please choose a password.")),
            Checked(services.check_password),
        ],
        description=_l("At least %(num)d characters.", num=services.MIN_PASSWORD_LENGTH),
        render_kw={"minlength": services.MIN_PASSWORD_LENGTH},
    )
    confirm = PasswordField(
        _l("Type the password again"),
        validators=[
            InputRequired(_l("Please type the password a second time.")),
            EqualTo("password", _l("The two passwords are not the same.")),
        ],
    )
    return password, confirm


class LoginForm(SiteForm):
    """E-mail and password; 'remember me' keeps the session after the browser closes."""

    email = _email_field()
    password = PasswordField(
        _l("Password"), validators=[InputRequired(_l("Please enter your password."))]
    )
    remember = BooleanField(_l("Keep me logged in on this device"))


class ForgotPasswordForm(SiteForm):
    """The address to send a password-reset link to."""

    email = _email_field(Checked(services.check_email))


class ResetPasswordForm(SiteForm):
    """A new password, typed twice."""

    password, password_confirm = _new_password_fields(_l("New password"))


class ChangePasswordForm(SiteForm):
    """The current password, then a new one typed twice."""

    current_password = PasswordField(
        _l("Current password"),
        validators=[InputRequired(_l("Please enter your current password."))],
    )
    password, password_confirm = _new_password_fields(_l("New password"))


class AccountFieldsMixin:
    """Sign-up fields to mix into a SiteForm (the producer sign-up form embeds them):
    their names match the `field` of the AccountError that register_user raises."""

    email = _email_field(Checked(services.check_email))
    password, password_confirm = _new_password_fields(_l("Password"))
    name = StringField(
        _l("Your name"),
        validators=[
            InputRequired(_l("Please enter your name.")),
            Length(max=services.MAX_NAME_LENGTH, message=_l("That name is too long.")),
        ],
    )
    phone = TelField(
        _l("Phone"),
        validators=[
            InputRequired(_l("Please enter your phone number.")),
            Checked(services.normalise_phone),
        ],
    )


class SignUpForm(AccountFieldsMixin, SiteForm):
    """A shopper's account: for adopting a tree, following orders, store credit."""
