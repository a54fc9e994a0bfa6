"""The office's account list: find an account by e-mail, switch it off (its sessions end at
once, on every device) or back on, and give it an office role."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from storefront.accounts import office
from storefront.accounts import services as accounts
from storefront.accounts.models import User
from storefront.accounts.services import AccountError
from storefront.admin import bp
from storefront.admin.account_forms import ROLE_LABELS, OfficeRoleForm
from storefront.database import refuse_changes, writes
from storefront.extensions import db
from storefront.forms_common import ActionForm
from storefront.text import single_line


def _accounts_page(email: str, status: int = 200):
    return render_template(
        "admin/accounts.html",
        accounts=accounts.search_accounts(email),
        email=email,
        action=ActionForm(),
        role_form=OfficeRoleForm,
        role_of=office.role_of,
        role_labels=ROLE_LABELS,
    ), status


@bp.get("/accounts", endpoint="accounts")
def accounts_page():
    """Accounts whose e-mail contains the search, newest first."""
    return _accounts_page(single_line(request.args.get("email", ""), 254))


@bp.post("/accounts/<int:user_id>/<any(off, on):switch>")
@writes
def switch_account(user_id: int, switch: str):
    """Switch an account off (logged out everywhere, cannot log in) or back on."""
    user = db.get_or_404(User, user_id)
    if ActionForm().validate_on_submit():
        try:
            accounts.switch_account(user, switch == "on", actor=current_user)
        except AccountError as error:
            refuse_changes()
            flash(error.message, "error")
        else:
            done = (
                _("%(email)s can log in again.", email=user.email)
                if switch == "on"
                else _("%(email)s is switched off and logged out everywhere.", email=user.email)
            )
            flash(done, "success")
    return redirect(url_for("admin.accounts", email=request.args.get("email", "")))


@bp.post("/accounts/<int:user_id>/role")
@writes
def account_role(user_id: int):
    """Make an account an administrator, a council member, a commune officer, or none."""
    user = db.get_or_404(User, user_id)
    form = OfficeRoleForm()
    try:
        if not form.validate_on_submit():
            raise AccountError(_l("Choose one of the listed roles."), "role")
        changed = office.set_office_role(user, form.role.data, form.commune(), current_user)
    except AccountError as error:
        refuse_changes()
        flash(error.message, "error")
        return _accounts_page(user.email, error.status)
    if changed:
        flash(_("%(email)s: office role saved.", email=user.email), "success")
    return redirect(url_for("admin.accounts", email=user.email))
