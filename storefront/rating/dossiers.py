"""A producer's rating dossier: entering a product in a round (one dossier per product and
round), adding and removing evidence while it is a draft (an upload through the media
pipeline, or a link to the producer's own brand story, photos, lots, trace pages, documents
or sales), sending it once, and the producer's answers to the council's questions (asked
through rating.questions).

Every change to a dossier first takes its row lock (SQLite: the request's BEGIN IMMEDIATE),
so a send and an added piece, or two sends, never interleave: the second sees it sent. An
entry takes its round's row first, so two entries of one product queue up and the second sees
the first (the unique constraint stays behind it). Round before dossier, never the reverse.
"""

from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.catalog import digital_link
from storefront.catalog.models import Product, ProductImage, ProductStatus
from storefront.extensions import db
from storefront.links import site_url
from storefront.media.errors import UploadError
from storefront.media.services import release, store_document
from storefront.models_base import utcnow
from storefront.producers.models import Producer
from storefront.rating import dossier_reads as reads
from storefront.rating.errors import RatingError
from storefront.rating.models import Criterion, EvidenceKind, RatingRound
from storefront.rating.scoring_models import (
    Dossier,
    DossierEvidence,
    DossierQuestion,
    DossierStatus,
)
from storefront.rating.states import DOSSIER_MACHINE, DossierAction
from storefront.timeutil import today_local

NOTE_LENGTH = 500
QUESTION_LENGTH = 2000
LONGEST_SALES_PERIOD = 3 * 366  # days: a sales link covers at most three years


class DossierError(RatingError):
    """A refused change to a dossier, its evidence or its questions."""

    code = "dossier_refused"


class DossierNotYours(DossierError):
    """Another producer's dossier, product, lot or document: answered as if it did not exist."""

    code = "not_found"
    status = 404


class DossierLocked(DossierError):
    """The dossier was sent (or the round closed): it cannot change any more."""

    code = "dossier_sent"
    status = 409


def _lock(dossier: Dossier) -> None:
    """Re-read the dossier under its row lock (PostgreSQL; SQLite writers are serialised)."""
    db.session.execute(
        sa.select(Dossier.id).where(Dossier.id == dossier.id).with_for_update(key_share=True)
    )
    db.session.refresh(dossier)


def _mine(dossier: Dossier, producer: Producer) -> None:
    if dossier.producer_id != producer.id:
        raise DossierNotYours(_l("This dossier is not yours."))


def _editable(dossier: Dossier, producer: Producer) -> None:
    """Lock the producer's draft dossier, or refuse: sent, or its round no longer open."""
    _mine(dossier, producer)
    _lock(dossier)
    if dossier.status != DossierStatus.DRAFT:
        raise DossierLocked(_l("This dossier was sent to the council: it cannot change now."))
    if not dossier.round.accepts_dossiers(today_local()):
        raise DossierLocked(_l("The round's deadline for dossiers has passed."))


def start_dossier(
    producer: Producer, round_id: int | None, product_id: int | None, actor: User
) -> Dossier:
    """A draft dossier of the producer's product in the round (flushed). Refused for another
    producer's product, a group the round does not rate, a round past its deadline, and a
    product already entered in the round."""
    rating_round = db.session.scalar(  # entries of one round queue up: one per product
        sa.select(RatingRound)
        .where(RatingRound.id == (round_id or 0))
        .with_for_update(key_share=True)
    )
    if rating_round is None:
        raise DossierNotYours(_l("This round does not exist."))
    product = db.session.scalar(
        sa.select(Product)
        .where(Product.id == (product_id or 0), Product.producer_id == producer.id)
        .where(Product.status != ProductStatus.ARCHIVED)
        .options(joinedload(Product.category))
    )
    if product is None:
        raise DossierError(_l("Choose one of your products."), "product_id")
    if not rating_round.accepts_dossiers(today_local()):
        raise DossierError(_l("The round's deadline for dossiers has passed."), "product_id")
    scorecard = rating_round.scorecard_for(product.category.group_slug)
    if scorecard is None:
        raise DossierError(_l("This round does not rate this product's group."), "product_id")
    if _existing(rating_round.id, product.id):
        raise DossierError(_l("This product is already entered in this round."), "product_id")
    dossier = Dossier(
        round_id=rating_round.id,
        product_id=product.id,
        producer_id=producer.id,
        scorecard_id=scorecard.id,
    )
    try:
        with db.session.begin_nested():  # a concurrent entry of the same product loses here
            db.session.add(dossier)
    except IntegrityError:
        raise DossierError(
            _l("This product is already entered in this round."), "product_id"
        ) from None
    DOSSIER_MACHINE.created(dossier, actor=actor, actor_label="producer")
    return dossier


def _existing(round_id: int, product_id: int) -> bool:
    return bool(
        db.session.scalar(
            sa.select(Dossier.id).where(
                Dossier.round_id == round_id, Dossier.product_id == product_id
            )
        )
    )


def _criterion(dossier: Dossier, criterion_id: int | None) -> Criterion:
    found = next((c for c in dossier.scorecard.criteria if c.id == criterion_id), None)
    if found is None:
        raise DossierError(_l("Choose a criterion of this dossier."), "criterion_id")
    return found


def _note(note: str | None) -> str:
    text = (note or "").strip()
    if len(text) > NOTE_LENGTH:
        raise DossierError(
            _l("Keep the note under %(count)d characters.", count=NOTE_LENGTH), "note"
        )
    return text


def add_upload(
    dossier: Dossier,
    producer: Producer,
    criterion_id: int | None,
    upload: tuple[str, bytes] | None,
    note: str | None = "",
) -> DossierEvidence:
    """A file (PDF, JPEG or PNG) kept by the media pipeline as evidence for a criterion."""
    _editable(dossier, producer)
    criterion = _criterion(dossier, criterion_id)
    text = _note(note)
    if upload is None:
        raise DossierError(_l("Choose the file: a PDF or a photo."), "file")
    filename, data = upload
    try:
        document = store_document(data, filename)
    except UploadError as error:
        raise DossierError(error.message, "file", code=error.code) from error
    piece = DossierEvidence(
        dossier=dossier, criterion_id=criterion.id, kind=EvidenceKind.UPLOAD,
        document_id=document.id, note=text,
    )  # fmt: skip
    db.session.add(piece)
    db.session.flush()
    return piece


def add_link(
    dossier: Dossier,
    producer: Producer,
    criterion_id: int | None,
    kind: str | None,
    reference_id: int | None = None,
    note: str | None = "",
    period: tuple[date | None, date | None] = (None, None),
) -> DossierEvidence:
    """A link to what the site knows of the producer, as evidence for a criterion: refused
    for a kind the criterion does not take, and for anything of another producer's."""
    _editable(dossier, producer)
    criterion = _criterion(dossier, criterion_id)
    try:
        link_kind = EvidenceKind(kind or "")
    except ValueError:
        raise DossierError(_l("Choose one of the list."), "target") from None
    if link_kind not in criterion.link_kinds:
        raise DossierError(_l("This criterion does not take that kind of evidence."), "target")
    text = _note(note)
    reference, url = _link_target(dossier, producer, link_kind, reference_id, period)
    piece = DossierEvidence(
        dossier=dossier, criterion_id=criterion.id, kind=link_kind,
        reference_id=reference, url=url, note=text,
    )  # fmt: skip
    db.session.add(piece)
    db.session.flush()
    return piece


def _link_target(dossier, producer, kind, reference_id, period) -> tuple[int | None, str]:
    """The linked row's id and url, checked to be the producer's own."""
    if kind == EvidenceKind.BRAND_STORY:
        if not (producer.story_vi or producer.story_en).strip():
            raise DossierError(_l("Write your brand story on the brand page first."), "target")
        return producer.id, site_url(f"/producers/{producer.slug}")
    if kind == EvidenceKind.SALES:
        return dossier.product_id, _sales_url(dossier, period)
    if kind == EvidenceKind.PACKAGING_PHOTOS:
        image = db.session.get(ProductImage, reference_id) if reference_id else None
        if image is None or image.product.producer_id != producer.id:
            raise DossierNotYours(_l("Choose one of yours from the list."), "target")
        return image.id, site_url(f"/products/{image.product.slug}")
    found = _own_row(kind, reference_id, producer)
    if kind == EvidenceKind.DOCUMENTS:
        return found.id, ""
    return found.id, digital_link.absolute(digital_link.lot_path(found))


def _own_row(kind: EvidenceKind, reference_id: int | None, producer: Producer):
    """The producer's own lot or document of that id (never another producer's)."""
    things = reads.linkable(producer)
    rows = things.documents if kind == EvidenceKind.DOCUMENTS else things.lots
    found = next((r for r in rows if r.id == reference_id), None)
    if found is None:
        raise DossierNotYours(_l("Choose one of yours from the list."), "target")
    return found


def _sales_url(dossier: Dossier, period: tuple[date | None, date | None]) -> str:
    start, end = period
    if start is None or end is None:
        raise DossierError(_l("Give the first and last day of the period."), "start")
    if end < start:
        raise DossierError(_l("The period cannot end before it starts."), "end")
    if end > today_local():
        raise DossierError(_l("The period cannot end in the future."), "end")
    if (end - start).days > LONGEST_SALES_PERIOD:
        raise DossierError(_l("Choose a period of three years at most."), "start")
    return reads.sales_url(dossier.product_id, start, end)


def remove_evidence(dossier: Dossier, producer: Producer, evidence_id: int | None) -> None:
    """Take a piece of evidence out of a draft; an uploaded file goes with it."""
    _editable(dossier, producer)
    piece = next((p for p in dossier.evidence if p.id == evidence_id), None)
    if piece is None:
        raise DossierNotYours(_l("This piece of evidence is not in this dossier."))
    document = piece.document
    dossier.evidence.remove(piece)
    db.session.delete(piece)
    release(document)


def send_dossier(dossier: Dossier, producer: Producer, actor: User) -> None:
    """Send the draft to the council, once: a second send, a send after the round's
    deadline and a send of another producer's dossier are refused, changing nothing."""
    _editable(dossier, producer)
    if not dossier.evidence:
        raise DossierError(_l("Add evidence to at least one criterion before sending."))
    DOSSIER_MACHINE.move(dossier, DossierAction.SEND, actor=actor, actor_label="producer")
    dossier.sent_at = utcnow()
    audit.record(
        "dossier.sent",
        dossier,
        summary=f"{dossier.product.name_vi} · {dossier.round.name}",
        before={"status": DossierStatus.DRAFT.value},
        after={"status": dossier.status.value, "evidence": len(dossier.evidence)},
        actor=actor,
    )


def _question_text(text: str | None, field: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise DossierError(_l("This field is required."), field)
    if len(cleaned) > QUESTION_LENGTH:
        raise DossierError(_l("Keep it under %(count)d characters.", count=QUESTION_LENGTH), field)
    return cleaned


def answer_question(
    dossier: Dossier, producer: Producer, question_id: int | None, text: str | None, user: User
) -> DossierQuestion:
    """The producer's answer to a question on its dossier (the one thing a sent dossier
    still takes). An answer is given once."""
    _mine(dossier, producer)
    _lock(dossier)
    question = next((q for q in dossier.questions if q.id == question_id), None)
    if question is None:
        raise DossierNotYours(_l("This question is not on this dossier."))
    if question.answered_at is not None:
        raise DossierLocked(_l("This question has been answered already."), "answer")
    question.answer = _question_text(text, "answer")
    question.answered_by_id = user.id
    question.answered_at = utcnow()
    db.session.flush()
    return question
