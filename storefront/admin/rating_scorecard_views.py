"""The office's scorecards as data: the list, a new draft, a version's criteria (each edited
on its own page, options as lines), a new version of one in force, and putting it in force."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from storefront.admin import bp
from storefront.admin.rating_forms import EVIDENCE_KIND_LABELS, CriterionForm, ScorecardForm
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import ActionForm, filled, form_error, form_status
from storefront.rating import scorecards
from storefront.rating.errors import RatingError
from storefront.rating.models import Criterion, Scorecard


@bp.route("/rating/scorecards", methods=["GET", "POST"])
@writes
def rating_scorecards():
    form = ScorecardForm()
    if form.validate_on_submit():
        try:
            card = scorecards.new_scorecard(
                filled(form.group_slug), filled(form.name_vi), form.name_en.data or ""
            )
        except RatingError as error:
            form_error(form, error)
        else:
            return redirect(url_for("admin.rating_scorecard", card_id=card.id))
    return render_template(
        "admin/rating_scorecards.html", cards=scorecards.scorecards(), form=form
    ), form_status(form)


@bp.get("/rating/scorecards/<int:card_id>")
def rating_scorecard(card_id: int):
    return _card_page(db.session.get(Scorecard, card_id) or abort(404))


def _card_page(card: Scorecard, error: RatingError | None = None):
    """The scorecard's page; with a refusal, its message over the page and its status."""
    if error is not None:
        flash(str(error), "error")
    page = render_template(
        "admin/rating_scorecard.html", card=card, form=ActionForm(),
        problems=scorecards.part_problems(card), kinds=EVIDENCE_KIND_LABELS,
    )  # fmt: skip
    return page, error.status if error else 200


@bp.post("/rating/scorecards/<int:card_id>/edit")
@writes
def rating_scorecard_edit(card_id: int):
    """Editing a scorecard in force (or its draft): the draft version to edit."""
    card = db.session.get(Scorecard, card_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        draft = scorecards.editable(card)
    except RatingError as error:
        return _card_page(card, error)
    return redirect(url_for("admin.rating_scorecard", card_id=draft.id))


@bp.post("/rating/scorecards/<int:card_id>/in-force")
@writes
def rating_scorecard_in_force(card_id: int):
    card = db.session.get(Scorecard, card_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        scorecards.put_in_force(card)
    except RatingError as error:
        return _card_page(card, error)
    flash(_("This version is now in force; new rounds rate with it."), "success")
    return redirect(url_for("admin.rating_scorecard", card_id=card.id))


@bp.route("/rating/scorecards/<int:card_id>/criteria/new", methods=["GET", "POST"])
@writes
def rating_criterion_new(card_id: int):
    return _criterion_page(db.session.get(Scorecard, card_id) or abort(404), None)


@bp.route("/rating/scorecards/<int:card_id>/criteria/<int:criterion_id>", methods=["GET", "POST"])
@writes
def rating_criterion(card_id: int, criterion_id: int):
    card = db.session.get(Scorecard, card_id) or abort(404)
    return _criterion_page(card, _criterion(card, criterion_id))


def _criterion_page(card: Scorecard, criterion: Criterion | None):
    form = CriterionForm(obj=criterion)
    if criterion is not None and not form.is_submitted():
        form.option_lines.data = scorecards.options_text(criterion)
    if form.validate_on_submit():
        try:
            scorecards.save_criterion(card, criterion, _values(form))
        except RatingError as error:
            form_error(form, error)
        else:
            flash(_("Criterion saved."), "success")
            return redirect(url_for("admin.rating_scorecard", card_id=card.id))
    return render_template(
        "admin/rating_criterion.html", card=card, criterion=criterion, form=form
    ), form_status(form)


def _criterion(card: Scorecard, criterion_id: int | None) -> Criterion | None:
    if criterion_id is None:
        return None
    found = db.session.get(Criterion, criterion_id)
    if found is None or found.scorecard_id != card.id:
        abort(404)
    return found


def _values(form: CriterionForm) -> scorecards.CriterionValues:
    return scorecards.CriterionValues(
        part=filled(form.part), code=filled(form.code), title_vi=filled(form.title_vi),
        title_en=form.title_en.data or "", evidence_vi=form.evidence_vi.data or "",
        evidence_en=form.evidence_en.data or "", evidence_kinds=form.evidence_kinds.data or [],
        options=filled(form.option_lines),
    )  # fmt: skip


@bp.post("/rating/scorecards/<int:card_id>/criteria/<int:criterion_id>/delete")
@writes
def rating_criterion_delete(card_id: int, criterion_id: int):
    card = db.session.get(Scorecard, card_id) or abort(404)
    criterion = _criterion(card, criterion_id)
    if criterion is None or not ActionForm().validate_on_submit():
        abort(400)
    try:
        scorecards.delete_criterion(card, criterion)
    except RatingError as error:
        return _card_page(card, error)
    flash(_("Criterion removed."), "success")
    return redirect(url_for("admin.rating_scorecard", card_id=card.id))
