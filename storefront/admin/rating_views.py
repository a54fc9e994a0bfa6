"""The office's rating pages: the rounds (open one with its groups, deadline and council; its
progress, who has sent a score, the values only once all have), and recording a decision
(five stars: the province's proposal, then the central council's decision)."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.admin import bp
from storefront.admin.rating_forms import DecisionForm, RoundForm
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import ActionForm, filled, form_error, form_status
from storefront.rating import deciding, rounds, scorecards, scoring
from storefront.rating.errors import RatingError
from storefront.rating.models import RatingRound
from storefront.rating.scoring_models import Decision, Dossier
from storefront.rating.states import ROUND_MACHINE, RoundAction
from storefront.state_machine import IllegalTransition
from storefront.timeutil import today_local


@bp.get("/rating")
def rating():
    return render_template("admin/rating_index.html", rounds=rounds.rounds())


@bp.route("/rating/rounds/new", methods=["GET", "POST"])
@writes
def rating_round_new():
    form = _round_form()
    if form.validate_on_submit():
        values = rounds.RoundValues(
            filled(form.name), form.scorecard_ids.data or [], filled(form.dossier_deadline),
            form.member_ids.data or [],
        )  # fmt: skip
        try:
            found = rounds.open_round(values, today_local(), current_user)
        except RatingError as error:
            form_error(form, error)
        else:
            flash(_("Round opened: producers can send dossiers until the deadline."), "success")
            return redirect(url_for("admin.rating_round", round_id=found.id))
    return render_template("admin/rating_round_form.html", form=form), form_status(form)


def _round_form() -> RoundForm:
    form = RoundForm()
    form.scorecard_ids.choices = [
        (c.id, f"{c.group_slug} · {c.name_vi} (v{c.version})") for c in scorecards.in_force_all()
    ]
    form.member_ids.choices = [(u.id, f"{u.name} · {u.email}") for u in rounds.council_members()]
    return form


@bp.get("/rating/rounds/<int:round_id>")
def rating_round(round_id: int):
    return _round_page(db.session.get(RatingRound, round_id) or abort(404))


def _round_page(found: RatingRound, status: int = 200):
    page = render_template(
        "admin/rating_round.html", round=found, progress=scoring.round_progress(found),
        actions=ROUND_MACHINE.actions(found), form=ActionForm(),
    )  # fmt: skip
    return page, status


@bp.post("/rating/rounds/<int:round_id>/status")
@writes
def rating_round_status(round_id: int):
    found = db.session.get(RatingRound, round_id) or abort(404)
    action = request.form.get("action", "")
    if not ActionForm().validate_on_submit() or action not in set(RoundAction):
        abort(400)
    try:
        rounds.move_round(found, RoundAction(action), current_user)
    except IllegalTransition as error:
        flash(str(error), "error")
        return _round_page(found, error.status)
    flash(_("Round updated."), "success")
    return redirect(url_for("admin.rating_round", round_id=found.id))


@bp.route("/rating/dossiers/<int:dossier_id>/decision", methods=["GET", "POST"])
@writes
def rating_decision(dossier_id: int):
    dossier = db.session.get(Dossier, dossier_id) or abort(404)
    form = DecisionForm()
    if form.validate_on_submit():
        try:
            deciding.record_decision(
                dossier, filled(form.number), filled(form.decided_on), current_user
            )
        except RatingError as error:
            form_error(form, error)
        else:
            flash(_("Decision recorded; the producer is told by e-mail."), "success")
            return redirect(url_for("admin.rating_round", round_id=dossier.round_id))
    return _decision_page(dossier, form), form_status(form)


def _decision_page(dossier: Dossier, form: DecisionForm) -> str:
    progress = scoring.progress_of(dossier, dossier.round)
    average = deciding.average_hundredths(progress.totals) if progress.totals else None
    return render_template(
        "admin/rating_decision.html", dossier=dossier, progress=progress, form=form,
        average=average, outcome=deciding.stars_for(average) if average is not None else None,
        decision=db.session.scalar(db.select(Decision).filter_by(dossier_id=dossier.id)),
    )  # fmt: skip


@bp.route("/rating/decisions/<int:decision_id>/central", methods=["GET", "POST"])
@writes
def rating_central(decision_id: int):
    decision = db.session.get(Decision, decision_id) or abort(404)
    form = DecisionForm()
    if form.validate_on_submit():
        try:
            deciding.record_central(
                decision, filled(form.number), filled(form.decided_on), current_user
            )
        except RatingError as error:
            form_error(form, error)
        else:
            flash(_("The central council's decision is recorded: certificate issued."), "success")
            return redirect(url_for("admin.rating_round", round_id=decision.dossier.round_id))
    return render_template("admin/rating_central.html", decision=decision, form=form), form_status(
        form
    )
