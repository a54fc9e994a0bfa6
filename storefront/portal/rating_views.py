"""Portal pages of the OCOP rating: the rounds open to the producer's products and its
dossiers, entering a product, the dossier's checklist (adding and removing evidence while a
draft, what is missing, sending it once), answering the council, and the exports."""

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.catalog.documents import DOCUMENT_KINDS
from storefront.database import writes
from storefront.forms_common import ActionForm, form_error, uploaded_file
from storefront.i18n import localized
from storefront.portal import bp
from storefront.portal.rating_forms import AnswerForm, EnterForm, LinkForm, UploadForm
from storefront.rating import dossier_book, dossiers
from storefront.rating import dossier_reads as reads
from storefront.rating.models import EvidenceKind
from storefront.rating.scoring_models import Dossier, DossierStatus
from storefront.routing import parse_id
from storefront.timeutil import today_local


@bp.get("/rating")
def rating():
    return _list_page()


def _list_page(status: int = 200):
    today = today_local()
    page = render_template(
        "portal/rating_list.html",
        rounds=reads.open_rounds(g.producer, today),
        dossiers=reads.producer_dossiers(g.producer),
        form=EnterForm(formdata=None),
    )
    return page, status


@bp.post("/rating/rounds/<int:round_id>/enter")
@writes
def rating_enter(round_id: int):
    form = EnterForm()
    if not form.validate_on_submit():
        flash(_("Choose one of your products."), "error")
        return _list_page(400)
    try:
        made = dossiers.start_dossier(g.producer, round_id, form.product_id.data, current_user)
    except dossiers.DossierError as error:
        flash(str(error), "error")
        return _list_page(form_error(form, error))  # nothing kept
    flash(_("Dossier started: add the evidence of each criterion."), "success")
    return redirect(url_for("portal.rating_dossier", dossier_id=made.id))


def _own_dossier(dossier_id: int) -> Dossier:
    found = reads.dossier(dossier_id)
    if found is None or found.producer_id != g.producer.id:
        abort(404)
    return found


def _targets(things: reads.Linkable, kinds: list[EvidenceKind]) -> list[tuple[str, str]]:
    """The choices of a criterion's link form: what of the producer's it may link."""
    choices = [("", _("Choose…"))]
    for kind in kinds:
        label = str(dossier_book.KIND_LABELS[kind])
        if kind in (EvidenceKind.BRAND_STORY, EvidenceKind.SALES):
            if kind != EvidenceKind.BRAND_STORY or things.has_story:
                choices.append((kind.value, label))
        elif kind == EvidenceKind.PACKAGING_PHOTOS:
            choices += [(f"{kind}:{i.id}", f"{label}: {localized(p, 'name')} ({n}/{len(p.images)})")
                        for p in things.products for n, i in enumerate(p.images, 1)]  # fmt: skip
        elif kind == EvidenceKind.DOCUMENTS:
            choices += [(f"{kind}:{d.id}", f"{DOCUMENT_KINDS[d.kind]} {d.number}".strip())
                        for d in things.documents]  # fmt: skip
        else:
            choices += [(f"{kind}:{lot.id}", f"{label}: {lot.code} · {lot.product.name_vi}")
                        for lot in things.lots]  # fmt: skip
    return choices


Failed = tuple[int, UploadForm | LinkForm]


def _evidence_forms(found: Dossier, failed: Failed | None) -> dict[int, tuple]:
    """Each criterion's upload and link forms; `failed` is (criterion id, form) of a refused
    piece of evidence, shown again with its message."""
    forms: dict[int, tuple] = {}
    if found.status != DossierStatus.DRAFT:
        return forms  # a sent dossier takes no more evidence
    things = reads.linkable(g.producer)
    for criterion in found.scorecard.criteria:
        prefix = f"c{criterion.id}"
        link = LinkForm(formdata=None, prefix=f"{prefix}-link")
        link.target.choices = _targets(things, criterion.link_kinds)
        forms[criterion.id] = (UploadForm(formdata=None, prefix=f"{prefix}-file"), link)
    if failed is not None:
        criterion_id, form = failed
        upload, link = forms[criterion_id]
        if isinstance(form, LinkForm):
            form.target.choices = link.target.choices
            forms[criterion_id] = (upload, form)
        elif isinstance(form, UploadForm):
            forms[criterion_id] = (form, link)
    return forms


def _page(
    found: Dossier,
    failed: Failed | None = None,
    status: int = 200,
    answering: dict[int, AnswerForm] | None = None,
):
    """The dossier's page, with the refused form (evidence or answer) shown again."""
    answers = {q.id: AnswerForm(formdata=None, prefix=f"q{q.id}") for q in found.questions}
    page = render_template(
        "portal/rating_dossier.html",
        dossier=found,
        parts=dossier_book.checklist_page(found),
        missing=reads.checklist(found).missing,
        forms=_evidence_forms(found, failed),
        action=ActionForm(formdata=None),
        answers=answers | (answering or {}),
        editable=found.status == DossierStatus.DRAFT,
        open_round=found.round.accepts_dossiers(today_local()),
    )
    return page, status


@bp.get("/rating/dossiers/<int:dossier_id>")
def rating_dossier(dossier_id: int):
    return _page(_own_dossier(dossier_id))


@bp.post("/rating/dossiers/<int:dossier_id>/criteria/<int:criterion_id>/upload")
@writes
def rating_upload(dossier_id: int, criterion_id: int):
    found = _own_dossier(dossier_id)
    form = UploadForm(prefix=f"c{criterion_id}-file")
    if form.validate_on_submit():
        try:
            dossiers.add_upload(
                found, g.producer, criterion_id, uploaded_file(form.file.data), form.note.data
            )
        except dossiers.DossierError as error:
            return _page(found, _failed(found, criterion_id, form), form_error(form, error))
        flash(_("File added to the dossier."), "success")
        return redirect(_criterion_anchor(found, criterion_id))
    return _page(found, _failed(found, criterion_id, form), 400)


@bp.post("/rating/dossiers/<int:dossier_id>/criteria/<int:criterion_id>/link")
@writes
def rating_link(dossier_id: int, criterion_id: int):
    found = _own_dossier(dossier_id)
    form = LinkForm(prefix=f"c{criterion_id}-link")
    if form.validate_on_submit():
        kind, _sep, reference = (form.target.data or "").partition(":")
        period = (form.start.data, form.end.data)
        try:
            dossiers.add_link(found, g.producer, criterion_id, kind, parse_id(reference),
                              form.note.data, period)  # fmt: skip
        except dossiers.DossierError as error:
            return _page(found, _failed(found, criterion_id, form), form_error(form, error))
        flash(_("Link added to the dossier."), "success")
        return redirect(_criterion_anchor(found, criterion_id))
    return _page(found, _failed(found, criterion_id, form), 400)


def _failed(found: Dossier, criterion_id: int, form) -> Failed:
    """The refused form to show again, if the criterion is the dossier's (else a 404)."""
    if not any(c.id == criterion_id for c in found.scorecard.criteria):
        abort(404)
    return criterion_id, form


def _criterion_anchor(found: Dossier, criterion_id: int) -> str:
    return url_for(
        "portal.rating_dossier", dossier_id=found.id, _anchor=f"criterion-{criterion_id}"
    )


@bp.post("/rating/dossiers/<int:dossier_id>/evidence/<int:evidence_id>/remove")
@writes
def rating_remove(dossier_id: int, evidence_id: int):
    found = _own_dossier(dossier_id)
    piece = next((p for p in found.evidence if p.id == evidence_id), None)
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        dossiers.remove_evidence(found, g.producer, evidence_id)
    except dossiers.DossierError as error:
        flash(str(error), "error")
        return _page(found, status=form_error(form, error))
    flash(_("Evidence removed."), "success")
    return redirect(_criterion_anchor(found, piece.criterion_id if piece else 0))


@bp.post("/rating/dossiers/<int:dossier_id>/send")
@writes
def rating_send(dossier_id: int):
    found = _own_dossier(dossier_id)
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        dossiers.send_dossier(found, g.producer, current_user)
    except dossiers.DossierError as error:
        flash(str(error), "error")
        return _page(found, status=form_error(form, error))
    flash(_("Dossier sent to the council. You will be told of its questions."), "success")
    return redirect(url_for("portal.rating_dossier", dossier_id=found.id))


@bp.post("/rating/dossiers/<int:dossier_id>/questions/<int:question_id>/answer")
@writes
def rating_answer(dossier_id: int, question_id: int):
    found = _own_dossier(dossier_id)
    form = AnswerForm(prefix=f"q{question_id}")
    if form.validate_on_submit():
        try:
            dossiers.answer_question(found, g.producer, question_id, form.answer.data, current_user)
        except dossiers.DossierError as error:
            status = form_error(form, error)
            return _page(found, status=status, answering={question_id: form})
        flash(_("Answer sent to the council."), "success")
        return redirect(url_for("portal.rating_dossier", dossier_id=found.id, _anchor="questions"))
    return _page(found, status=400, answering={question_id: form})


@bp.get("/rating/dossiers/<int:dossier_id>/dossier.pdf")
def rating_pdf(dossier_id: int):
    return dossier_book.download(_own_dossier(dossier_id), "pdf")


@bp.get("/rating/dossiers/<int:dossier_id>/dossier.zip")
def rating_zip(dossier_id: int):
    return dossier_book.download(_own_dossier(dossier_id), "zip")


@bp.get("/rating/sales")
def rating_sales():
    product = request.args.get("product", type=parse_id)
    period = reads.sales_period("?" + request.query_string.decode("ascii", "replace"))
    own = next((p for p in reads.producer_products(g.producer) if p.id == product), None)
    if own is None or period is None or period[1] < period[0]:
        abort(404)
    sales = reads.product_sales(g.producer.id, own.id, *period)
    return render_template("portal/rating_sales.html", product=own, sales=sales)
