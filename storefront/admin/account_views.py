"""The office's account list: find an account by e-mail, switch it off (its sessions end at
once, on every device) or back on."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.accounts import services as accounts
from storefront.accounts.models import User
from storefront.accounts.services import AccountError
from storefront.admin import bp
from storefront.database import refuse_changes, writes
from storefront.extensions import db
from storefront.forms_common import ActionForm
from storefront.text import single_line


@bp.get("/accounts", endpoint="accounts")
def accounts_page():
    """Accounts whose e-mail contains the search, newest first."""
    email = single_line(request.args.get("email", ""), 254)
    return render_template(
        "admin/accounts.html",
        accounts=accounts.search_accounts(email),
        email=email,
        action=ActionForm(),
    )


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
