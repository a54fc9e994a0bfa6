"""Portal pages for the producer's team: members, invitations (pending ones can be revoked),
removal."""

from flask import abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import EmailField
from wtforms.validators import DataRequired, Length

from storefront.accounts.forms import Checked
from storefront.accounts.services import AccountError, check_email
from storefront.database import writes
from storefront.forms_common import ActionForm, SiteForm, form_error, form_status
from storefront.i18n import current_language
from storefront.portal import bp
from storefront.producers import members


class InviteForm(SiteForm):
    email = EmailField(
        _l("E-mail of the person to invite"),
        [DataRequired(_l("This field is required.")), Checked(check_email), Length(max=254)],
    )


@bp.route("/team", endpoint="members", methods=["GET", "POST"])
@writes
def members_page():
    form = InviteForm()
    status = None
    if form.validate_on_submit():
        try:
            members.invite(g.producer, current_user, form.email.data, current_language())
        except (members.MembershipError, AccountError) as error:
            error.field = "email"  # the only field: every refusal is about the address
            status = form_error(form, error)
        else:
            flash(_("Invitation sent to %(email)s.", email=form.email.data), "success")
            return redirect(url_for("portal.members"))
    return render_template(
        "portal/team.html", form=form, action=ActionForm(), team=g.producer.members,
        invitations=members.pending_invitations(g.producer),
    ), status or form_status(form)  # fmt: skip


@bp.post("/team/invitations/<int:invitation_id>/revoke")
@writes
def revoke_invitation(invitation_id: int):
    """The owner takes back an invitation: its link stops working."""
    invitation = members.find_invitation(g.producer, invitation_id)
    if invitation is None:
        abort(404)
    if ActionForm().validate_on_submit():
        try:
            members.revoke(g.producer, current_user, invitation)
        except members.MembershipError as error:
            flash(str(error), "error")
        else:
            flash(_("Invitation to %(email)s revoked.", email=invitation.email), "success")
    return redirect(url_for("portal.members"))


@bp.post("/team/<int:member_id>/remove")
@writes
def remove_member(member_id: int):
    if not any(m.id == member_id for m in g.producer.members):
        abort(404)
    if ActionForm().validate_on_submit():
        try:
            members.remove(g.producer, current_user, member_id)
        except members.MembershipError as error:
            flash(str(error), "error")
        else:
            flash(_("Removed from your team."), "success")
    return redirect(url_for("portal.members"))
