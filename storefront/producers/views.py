"""Producers sign up, and members join a producer's team through an invitation."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.accounts import services as accounts
from storefront.accounts.services import AccountError
from storefront.accounts.sessions import log_in
from storefront.database import refuse_changes, writes
from storefront.forms_common import form_error, form_status, setup_address
from storefront.i18n import current_language
from storefront.limits import form_field, limit_posts
from storefront.producers import bp, members, profiles
from storefront.producers.access import membership_of
from storefront.producers.forms import JoinTeamForm, ProducerSignupForm
from storefront.security import private


@bp.route("/producers/join", methods=["GET", "POST"])
@limit_posts("RATELIMIT_SIGNUP_PER_ADDRESS", refreshes=True)
@limit_posts(
    "RATELIMIT_SIGNUP_PER_ACCOUNT", form_field("email", accounts.normalise_email), refreshes=True
)
@writes
def join():
    """Sign-up for producers: an account and a profile that waits for the office's review."""
    if current_user.is_authenticated and membership_of(current_user):
        return redirect(url_for("portal.dashboard"))
    form = ProducerSignupForm()
    setup_address(form)
    if "reload_wards" not in request.form and form.validate_on_submit():
        try:
            user = _sign_up(form)
        except AccountError as error:
            # the account's name is the form's contact name; the producer's is `name`
            error.field = {"name": "contact_name"}.get(error.field, error.field) or "email"
            form_error(form, error)
        else:
            log_in(user)
            flash(_("Welcome! The OCOP office will review your profile soon."), "success")
            return redirect(url_for("portal.dashboard"))
    return render_template("producers/join.html", form=form), form_status(form)


def _sign_up(form: ProducerSignupForm):
    user, _producer = profiles.sign_up_producer(
        account={
            "email": form.email.data,
            "password": form.password.data,
            "name": form.contact_name.data,
        },
        profile={
            "name": form.name.data,
            "kind": form.kind.data,
            "ward_code": int(form.ward.data),
            "address": form.address.data,
            "phone": form.phone.data,
            "story_vi": form.story_vi.data,
        },
        locale=current_language(),
    )
    return user


@bp.route("/producers/invitations/<token>", methods=["GET", "POST"])
@private
@writes
def invitation(token: str):
    """Accept an invitation to a producer's team, with the logged-in account or a new one."""
    try:
        invitation = members.read_invitation(token)
    except members.MembershipError as error:
        return render_template("producers/invitation.html", error=str(error)), 400
    user = current_user if current_user.is_authenticated else None
    has_account = user is not None or accounts.find_user(invitation.email) is not None
    form, wants_new, status = JoinTeamForm(), user is None and not has_account, None
    if request.method == "POST" and (not wants_new or form.validate_on_submit()):
        try:
            joined = members.accept(token, user, _new_account(form) if wants_new else None)
        except (members.MembershipError, AccountError) as error:
            refuse_changes()
            flash(str(error), "error")
            status = error.status
        else:
            log_in(joined)
            flash(_("Welcome to the team of %(name)s.", name=invitation.producer.name), "success")
            return redirect(url_for("portal.dashboard"))
    return render_template(
        "producers/invitation.html", producer=invitation.producer, email=invitation.email,
        form=form, wants_new=wants_new, needs_login=user is None and has_account,
    ), status or form_status(form)  # fmt: skip


def _new_account(form: JoinTeamForm) -> dict:
    return {
        "password": form.password.data,
        "name": form.name.data,
        "phone": form.phone.data or "",
        "locale": current_language(),
    }
