"""The council's pages: the rounds a member sits on, a round's dossiers with the member's own
progress, and the score screen (each criterion with its options, its evidence and a note; a
draft only the member sees, then one final send). No member sees another's score."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from storefront.accounts.access import office_roles
from storefront.accounts.models import OfficeRole
from storefront.admin import bp
from storefront.admin.rating_forms import EVIDENCE_KIND_LABELS, question_form, score_form
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import form_error, form_status
from storefront.rating import questions, rounds, scoring
from storefront.rating.errors import NotOnRound, RatingError
from storefront.rating.evidence import evidence_by_criterion
from storefront.rating.models import RatingRound
from storefront.rating.scoring_models import Dossier, DossierStatus, Score


@bp.get("/council")
@office_roles(OfficeRole.COUNCIL)
def council_rounds():
    mine = rounds.rounds_of_member(current_user)
    return render_template("admin/council_rounds.html", rounds=mine)


@bp.get("/council/rounds/<int:round_id>")
@office_roles(OfficeRole.COUNCIL)
def council_round(round_id: int):
    found = _round_of_member(db.session.get(RatingRound, round_id))
    dossiers = scoring.dossiers_to_score(found)
    mine = {d.id: scoring.score_of(d, current_user) for d in dossiers}
    return render_template("admin/council_round.html", round=found, dossiers=dossiers, mine=mine)


def _round_of_member(found: RatingRound | None) -> RatingRound:
    """The round, if this user sits on it (404 for any other: its existence is not told)."""
    if found is None:
        abort(404)
    try:
        rounds.check_member(found, current_user)
    except NotOnRound:
        abort(404)
    return found


@bp.route("/council/dossiers/<int:dossier_id>", methods=["GET", "POST"])
@office_roles(OfficeRole.COUNCIL)
@writes
def council_score(dossier_id: int):
    dossier = _sent_dossier(dossier_id)
    score = scoring.score_of(dossier, current_user)
    form = score_form(dossier.scorecard)
    if score is not None and not form.is_submitted():
        _fill(form, score)
    status = None
    if form.validate_on_submit():
        try:
            scoring.save_score(dossier, current_user, _picks(form, dossier), send=form.send.data)
        except RatingError as error:
            status = form_error(form, error)
        else:
            flash(_("Score sent: it is final.") if form.send.data else _("Draft kept."), "success")
            return redirect(url_for("admin.council_score", dossier_id=dossier.id))
    return _score_page(dossier, form, score), status or form_status(form)


@bp.route("/council/dossiers/<int:dossier_id>/questions", methods=["POST"])
@office_roles(OfficeRole.COUNCIL)
@writes
def council_ask(dossier_id: int):
    dossier = _sent_dossier(dossier_id)
    form = question_form(dossier.scorecard)
    status = 400
    if form.validate_on_submit():
        try:
            questions.ask(dossier, current_user, form.about.data, form.question.data or "")
        except RatingError as error:
            status = form_error(form, error)
        else:
            flash(_("Question sent to the producer."), "success")
            return redirect(url_for("admin.council_score", dossier_id=dossier.id))
    score = scoring.score_of(dossier, current_user)
    shown = score_form(dossier.scorecard, MultiDict())  # the score form as kept, not posted
    if score is not None:
        _fill(shown, score)
    return _score_page(dossier, shown, score, form), status


def _sent_dossier(dossier_id: int) -> Dossier:
    """A sent (or decided) dossier of a round this member sits on; 404 for any other."""
    dossier = db.session.get(Dossier, dossier_id)
    _round_of_member(dossier.round if dossier else None)
    if dossier is None or dossier.status == DossierStatus.DRAFT:
        abort(404)
    return dossier


def _picks(form, dossier: Dossier) -> dict[int, scoring.Pick]:
    return {
        c.id: scoring.Pick(form[f"c{c.id}"].data, form[f"n{c.id}"].data or "")
        for c in dossier.scorecard.criteria
    }


def _fill(form, score: Score) -> None:
    for line in score.lines:
        form[f"c{line.criterion_id}"].data = line.option_id
        form[f"n{line.criterion_id}"].data = line.note


def _score_page(dossier: Dossier, form, score: Score | None, asking=None) -> str:
    return render_template(
        "admin/council_score.html", dossier=dossier, form=form, score=score,
        evidence=evidence_by_criterion(dossier), kinds=EVIDENCE_KIND_LABELS,
        asking=asking or question_form(dossier.scorecard),
    )  # fmt: skip
