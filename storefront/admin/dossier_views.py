"""The office's and the council's view of a rating dossier: every criterion with its evidence,
the questions to the producer with their answers, asking a new one, and the exports.

Open to council members, each scoped to the rounds they sit on (403 for another round's
dossier) and to dossiers sent to the council (a producer's draft is the producer's)."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import SelectField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from storefront.accounts.access import office_roles
from storefront.accounts.models import OfficeRole
from storefront.admin import bp
from storefront.database import writes
from storefront.forms_common import REQUIRED, SiteForm, form_error, form_status
from storefront.i18n import localized
from storefront.rating import dossier_book, questions
from storefront.rating import dossier_reads as reads
from storefront.rating.errors import RatingError
from storefront.rating.questions import MAX_QUESTION
from storefront.rating.scoring_models import Dossier, DossierStatus
from storefront.routing import parse_id


class QuestionForm(SiteForm):
    about = SelectField(
        _l("About"), coerce=parse_id, validate_choice=False, validators=[Optional()]
    )
    question = TextAreaField(
        _l("Question to the producer"), [InputRequired(REQUIRED), Length(max=MAX_QUESTION)]
    )


def _office_dossier(dossier_id: int) -> Dossier:
    """The dossier, for an administrator; for a council member only a sent dossier of a
    round they sit on (403 otherwise)."""
    found = reads.dossier(dossier_id)
    if found is None:
        abort(404)
    if not current_user.is_admin and (
        not found.round.has_member(current_user.id) or found.status == DossierStatus.DRAFT
    ):
        abort(403)
    return found


def _page(found: Dossier, form: QuestionForm, status: int = 200):
    form.about.choices = [("", _("The whole dossier"))] + [
        (str(c.id), f"{c.code}. {localized(c, 'title')}") for c in found.scorecard.criteria
    ]
    page = render_template(
        "admin/dossier_page.html",
        dossier=found,
        parts=dossier_book.checklist_page(found),
        missing=reads.checklist(found).missing,
        form=form,
        may_ask=found.status == DossierStatus.SENT,  # questions while the council scores
    )
    return page, status


@bp.get("/rating/dossiers/<int:dossier_id>")
@office_roles(OfficeRole.COUNCIL)
def dossier(dossier_id: int):
    return _page(_office_dossier(dossier_id), QuestionForm(formdata=None))


@bp.post("/rating/dossiers/<int:dossier_id>/questions")
@office_roles(OfficeRole.COUNCIL)
@writes
def ask_dossier_question(dossier_id: int):
    found = _office_dossier(dossier_id)
    form = QuestionForm()
    if form.validate_on_submit():
        try:
            questions.ask(found, current_user, form.about.data, form.question.data or "")
        except RatingError as error:
            return _page(found, form, form_error(form, error))
        flash(_("Question sent to the producer."), "success")
        return redirect(url_for("admin.dossier", dossier_id=found.id, _anchor="questions"))
    return _page(found, form, form_status(form))


@bp.get("/rating/dossiers/<int:dossier_id>/dossier.pdf")
@office_roles(OfficeRole.COUNCIL)
def dossier_pdf(dossier_id: int):
    return dossier_book.download(_office_dossier(dossier_id), "pdf")


@bp.get("/rating/dossiers/<int:dossier_id>/dossier.zip")
@office_roles(OfficeRole.COUNCIL)
def dossier_zip(dossier_id: int):
    return dossier_book.download(_office_dossier(dossier_id), "zip")
