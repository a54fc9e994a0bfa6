"""Account pages: log in and out, the profile page, password change and reset by e-mail."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, logout_user

from storefront.accounts import bp, services
from storefront.accounts.access import home_endpoint, workplaces
from storefront.accounts.forms import (
    ChangePasswordForm,
    ForgotPasswordForm,
    LoginForm,
    ResetPasswordForm,
    SignUpForm,
)
from storefront.accounts.services import AccountError
from storefront.accounts.sessions import end_sessions, has_remember_cookie, log_in
from storefront.database import writes
from storefront.extensions import login_manager
from storefront.forms_common import filled, form_error, form_status
from storefront.i18n import current_language
from storefront.limits import form_field, limit_posts

bp.add_app_template_global(workplaces)

login_manager.login_view = "accounts.login"
login_manager.login_message = _l("Please log in to see this page.")
login_manager.login_message_category = "info"
# The account a login, sign-up or reset aims at: the e-mail address as the services read it.
tried_email = form_field("email", services.normalise_email)


def safe_next_url(target: str | None) -> str | None:
    """`target` if it is a path on this site, else None: never send a visitor elsewhere."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    # Browsers read "/\evil" as "//evil" and drop tabs and newlines inside URLs.
    if "\\" in target or any(ord(c) < 0x20 or ord(c) == 0x7F for c in target):
        return None
    return target


@bp.route("/login", methods=["GET", "POST"])
@limit_posts("RATELIMIT_LOGIN_PER_ADDRESS")
@limit_posts("RATELIMIT_LOGIN_PER_ACCOUNT", tried_email)
@writes
def login():
    """E-mail and password; back to the page that asked for a login, if it is ours."""
    next_url = safe_next_url(request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url or url_for(home_endpoint()))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data)
        except AccountError as error:
            form_error(form, error)
        else:
            if user is None:
                form.form_errors.append(_("Wrong e-mail or password."))
            else:
                log_in(user, remember=form.remember.data)  # its hash may be stronger now
                flash(_("Welcome back, %(name)s!", name=user.name), "success")
                return redirect(next_url or url_for(home_endpoint()))
    return render_template("accounts/login.html", form=form, next_url=next_url), form_status(form)


@bp.route("/sign-up", methods=["GET", "POST"])
@limit_posts("RATELIMIT_SIGNUP_PER_ADDRESS")
@limit_posts("RATELIMIT_SIGNUP_PER_ACCOUNT", tried_email)
@writes
def sign_up():
    """A shopper's account, logged in at once; back to the page that asked for it."""
    next_url = safe_next_url(request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url or url_for(".profile"))
    form = SignUpForm()
    if form.validate_on_submit():
        try:
            user = services.register_user(
                form.email.data, form.password.data, form.name.data, form.phone.data,
                current_language(),
            )  # fmt: skip
        except AccountError as error:
            form_error(form, error)
        else:
            log_in(user)
            flash(_("Welcome, %(name)s! Your account is ready.", name=user.name), "success")
            return redirect(next_url or url_for(".profile"))
    return render_template("accounts/sign_up.html", form=form, next_url=next_url), form_status(form)


@bp.post("/logout")
@writes
def logout():
    """Log out everywhere (a POST with a CSRF token, so no other site can do it for the
    visitor): every session and remember-me cookie of the account ends, copies included."""
    if current_user.is_authenticated:
        end_sessions(current_user)
    logout_user()
    flash(_("You are logged out on all your devices. See you soon!"), "info")
    return redirect(url_for("main.home"))


@bp.get("")
@login_required
def profile():
    """The account page: who is logged in and where they can go from here."""
    return render_template("accounts/profile.html")


@bp.route("/password/forgot", methods=["GET", "POST"])
@limit_posts("RATELIMIT_RESET_PER_ADDRESS")
@limit_posts("RATELIMIT_RESET_PER_ACCOUNT", tried_email)
@writes
def forgot_password():
    """Ask for a reset link; the answer is the same whether or not the account exists."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data, current_language())
        flash(
            _(
                "If an account exists for %(email)s, we have sent it a link to choose a new "
                "password. The link works for one hour.",
                email=services.normalise_email(form.email.data),
            ),
            "info",
        )
        return redirect(url_for(".login"))
    return render_template("accounts/forgot_password.html", form=form), form_status(form)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
@writes
def reset_password(token: str):
    """Choose a new password through the link from the e-mail; the link then stops working."""
    form = ResetPasswordForm()
    try:
        if not form.validate_on_submit():
            services.check_password_reset(token)  # a dead link says so before any typing
            return render_template("accounts/reset_password.html", form=form), form_status(form)
        user = services.reset_password(token, filled(form.password))
    except AccountError as error:
        if error.field != "token":
            return render_template("accounts/reset_password.html", form=form), form_error(
                form, error
            )
        return render_template("accounts/reset_invalid.html", message=error.message), 400
    log_in(user)
    flash(_("Your new password is saved, and you are logged in."), "success")
    return redirect(url_for(".profile"))


@bp.route("/password", methods=["GET", "POST"])
@login_required
@writes
def change_password():
    """A new password for the logged-in account: its other sessions end, this one goes on."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            user = services.change_password(
                current_user, form.current_password.data, form.password.data
            )
        except AccountError as error:
            form_error(form, error)
        else:
            log_in(user, remember=has_remember_cookie())
            flash(_("Your new password is saved. You are logged out everywhere else."), "success")
            return redirect(url_for(".profile"))
    return render_template("accounts/change_password.html", form=form), form_status(form)
