"""A dossier's evidence told as facts: what each piece is, in words, for the portal's and the
office's pages and for the exports (dossier_export's Book). A link is read from the site when
told, and only while the linked thing is still the dossier producer's."""

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from flask import Response, current_app, send_file
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from storefront.catalog import digital_link
from storefront.catalog.certificates import current_certificate
from storefront.catalog.documents import DOCUMENT_KINDS
from storefront.catalog.lot_models import Lot, ProducerDocument
from storefront.i18n import format_vnd, localized
from storefront.links import site_url
from storefront.media.models import Document, MediaAsset
from storefront.places import ward_label
from storefront.rating import dossier_reads as reads
from storefront.rating.dossier_export import (
    Book,
    Chapter,
    Exchange,
    Piece,
    dossier_pdf,
    dossier_zip,
)
from storefront.rating.models import EvidenceKind, Part
from storefront.rating.scoring_models import Dossier, DossierEvidence, DossierStatus
from storefront.timeutil import format_day, format_moment, to_local, today_local

KIND_LABELS = {
    EvidenceKind.UPLOAD: _l("Uploaded file"),
    EvidenceKind.BRAND_STORY: _l("Brand story"),
    EvidenceKind.PACKAGING_PHOTOS: _l("Packaging photos"),
    EvidenceKind.LOTS: _l("Lot"),
    EvidenceKind.TRACE_PAGES: _l("Lot and its trace page"),
    EvidenceKind.DOCUMENTS: _l("Certificate or document"),
    EvidenceKind.SALES: _l("Sales on the storefront"),
}
PART_TITLES = {
    Part.A: _l("The product and the community's strength"),
    Part.B: _l("Marketing and the product's story"),
    Part.C: _l("Quality"),
}
STATUS_LABELS = {
    DossierStatus.DRAFT: _l("Draft"),
    DossierStatus.SENT: _l("Sent to the council"),
    DossierStatus.DECIDED: _l("Decided"),
}
PHOTO_WIDTH = 640  # the stored width a thumbnail is drawn from
GONE = _l("(no longer available)")


def reference(dossier: Dossier) -> str:
    return f"HS-{dossier.id}"


def _stored(name: str) -> Path:
    return Path(current_app.config["MEDIA_ROOT"]) / name


def _asset_path(asset: MediaAsset) -> Path:
    widths = [w for w in asset.widths if w <= PHOTO_WIDTH] or asset.widths
    return _stored(asset.filename(max(widths), "jpg"))


def _file(document: Document | None) -> dict:
    if document is None:
        return {}
    return {
        "file": _stored(document.filename),
        "file_name": document.original_name or Path(document.filename).name,
        "content_type": document.content_type,
    }


def _upload(piece: DossierEvidence) -> dict:
    document = piece.document
    if document is None:
        return {"title": str(GONE)}
    name = document.original_name or Path(document.filename).name
    size = _("%(size)s kB", size=max(1, round(document.size / 1024)))
    facts = ((_("File"), name), (_("Type"), document.extension.upper()), (_("Size"), size))
    return {"title": name, "facts": facts, **_file(document)}


def _brand_story(piece: DossierEvidence) -> dict:
    producer = piece.dossier.producer
    facts = [(_("Brand page"), piece.url)]
    if producer.founded_year:
        facts.append((_("Founded"), str(producer.founded_year)))
    if producer.tagline_vi or producer.tagline_en:
        facts.append((_("Tagline"), localized(producer, "tagline")))
    return {"title": producer.name, "facts": tuple(facts), "text": localized(producer, "story")}


def _photos(piece: DossierEvidence) -> dict:
    """The photo linked, then the product's other photos, as thumbnails."""
    photo = reads.linked_photo(piece)
    if photo is None:
        return {"title": str(GONE)}
    product = photo.product
    images = [photo, *(i for i in product.images if i.id != photo.id)]
    pictures = tuple(_asset_path(image.asset) for image in images)
    page = piece.url or site_url(f"/products/{product.slug}")
    facts = ((_("Product page"), page), (_("Photos"), str(len(pictures))))
    return {"title": localized(product, "name"), "facts": facts, "pictures": pictures,
            "thumbnails": True}  # fmt: skip


def lot_facts(lot: Lot) -> tuple[tuple[str, str], ...]:
    """A lot's facts as its trace page tells them."""
    facts = [
        (_("Product"), f"{localized(lot.product, 'name')} · {localized(lot.variant, 'label')}"),
        (_("Units made"), str(lot.quantity)),
        (_("Produced or harvested"), format_day(lot.produced_on)),
    ]
    if lot.packed_on:
        facts.append((_("Packed"), format_day(lot.packed_on)))
    if lot.best_before:
        facts.append((_("Best before"), format_day(lot.best_before)))
    area = " · ".join(x for x in (lot.growing_area_name, lot.growing_area_code) if x)
    if area:
        facts.append((_("Growing area"), area))
    if lot.facility_name:
        facts.append((_("Made at"), lot.facility_name))
    facts.append((_("Traceability events"), str(len(lot.events))))
    if lot.recalled:
        facts.append((_("Recalled"), lot.recall_reason or _("Yes")))
    return tuple(facts)


def _lot(piece: DossierEvidence) -> dict:
    lot = reads.linked_lot(piece)
    if lot is None:
        return {"title": str(GONE)}
    facts = lot_facts(lot)
    if piece.kind == EvidenceKind.TRACE_PAGES:
        page = piece.url or digital_link.absolute(digital_link.lot_path(lot))
        facts = ((_("Trace page"), page), *facts)
    return {"title": _("Lot %(code)s", code=lot.code), "facts": facts}


def document_facts(document: ProducerDocument) -> tuple[tuple[str, str], ...]:
    facts = [(_("Kind"), str(DOCUMENT_KINDS[document.kind]))]
    if document.number:
        facts.append((_("Number"), document.number))
    if document.issuer:
        facts.append((_("Issued by"), document.issuer))
    if document.valid_from:
        facts.append((_("Valid from"), format_day(document.valid_from)))
    facts.append(
        (_("Valid until"), format_day(document.valid_until) if document.valid_until else "-")
    )
    return tuple(facts)


def _document(piece: DossierEvidence) -> dict:
    document = reads.linked_document(piece)
    if document is None:
        return {"title": str(GONE)}
    title = " ".join(x for x in (str(DOCUMENT_KINDS[document.kind]), document.number) if x)
    return {"title": title, "facts": document_facts(document), **_file(document.file)}


def _sales(piece: DossierEvidence) -> dict:
    """The figures of the link's period, or of the year before the dossier was sent (or
    before today) when the link names none."""
    dossier = piece.dossier
    period = reads.sales_period(piece.url) or _year_before(dossier)
    sales = reads.product_sales(dossier.producer_id, dossier.product_id, *period)
    facts = (
        (_("Period"), f"{format_day(sales.start)} – {format_day(sales.end)}"),
        (_("Orders delivered"), str(sales.orders)),
        (_("Units sold"), str(sales.units)),
        (_("Revenue"), format_vnd(sales.revenue)),
    )
    return {"title": localized(dossier.product, "name"), "facts": facts}


def _year_before(dossier: Dossier) -> tuple[date, date]:
    end = to_local(dossier.sent_at).date() if dossier.sent_at else today_local()
    return end - timedelta(days=364), end


TELLERS: dict[EvidenceKind, Callable[[DossierEvidence], dict]] = {
    EvidenceKind.UPLOAD: _upload,
    EvidenceKind.BRAND_STORY: _brand_story,
    EvidenceKind.PACKAGING_PHOTOS: _photos,
    EvidenceKind.LOTS: _lot,
    EvidenceKind.TRACE_PAGES: _lot,
    EvidenceKind.DOCUMENTS: _document,
    EvidenceKind.SALES: _sales,
}


def tell(piece: DossierEvidence, number: str) -> Piece:
    """One piece of evidence as facts, numbered ("A1.2")."""
    told = TELLERS[piece.kind](piece)
    return Piece(
        number=number,
        kind=str(KIND_LABELS[piece.kind]),
        note=piece.note,
        added=_("Added %(when)s", when=format_moment(to_local(piece.created_at))),
        **told,
    )


def told_pieces(pieces: list[DossierEvidence], code: str) -> list[tuple[DossierEvidence, Piece]]:
    return [(piece, tell(piece, f"{code}.{n}")) for n, piece in enumerate(pieces, start=1)]


def _chapters(dossier: Dossier) -> tuple[Chapter, ...]:
    chapters = []
    for part, items in reads.checklist(dossier).parts:
        for item in items:
            criterion = item.criterion
            pieces = tuple(told for _p, told in told_pieces(item.evidence, criterion.code))
            chapters.append(
                Chapter(part.value, str(PART_TITLES[part]), criterion.code,
                        localized(criterion, "title"), localized(criterion, "evidence"), pieces)
            )  # fmt: skip
    return tuple(chapters)


def _exchanges(dossier: Dossier) -> tuple[Exchange, ...]:
    found = []
    for question in dossier.questions:
        about = ""
        if question.criterion is not None:
            about = f"{question.criterion.code}. {localized(question.criterion, 'title')}"
        answered = format_moment(to_local(question.answered_at)) if question.answered_at else ""
        found.append(
            Exchange(about, question.question, format_moment(to_local(question.asked_at)),
                     question.answer, answered)
        )  # fmt: skip
    return tuple(found)


def _product_facts(dossier: Dossier) -> tuple[tuple[str, str], ...]:
    """The product's OCOP certificate in force (a re-rating), and its standing claims."""
    product = dossier.product
    facts = []
    certificate = current_certificate(product, today_local())
    if certificate is not None:
        text = _("%(stars)d stars, no. %(number)s, until %(day)s", stars=certificate.stars,
                 number=certificate.number, day=format_day(certificate.expires_on))  # fmt: skip
        facts.append((_("OCOP certificate in force"), text))
    if product.certifications:
        facts.append((_("Certifications"), ", ".join(product.certifications)))
    return tuple(facts)


def book(dossier: Dossier) -> Book:
    """Everything the exports print about the dossier."""
    producer, product = dossier.producer, dossier.product
    main = product.main_image
    sent = format_moment(to_local(dossier.sent_at)) if dossier.sent_at else ""
    address = ", ".join(x for x in (producer.address, ward_label(producer.ward_code)) if x)
    return Book(
        reference=reference(dossier),
        product=localized(product, "name"),
        producer=producer.name,
        producer_address=address,
        round_name=dossier.round.name,
        group=localized(product.category.parent or product.category, "name"),
        status=str(STATUS_LABELS[dossier.status]),
        sent=sent,
        chapters=_chapters(dossier),
        questions=_exchanges(dossier),
        cover_picture=_asset_path(main.asset) if main else None,
        facts=_product_facts(dossier),
    )


def checklist_page(dossier: Dossier) -> list[tuple[str, str, list[dict]]]:
    """The dossier's checklist for a page: each part with its title and criteria, each
    criterion with its told evidence and its questions."""
    parts = []
    for part, items in reads.checklist(dossier).parts:
        rows = [
            {
                "criterion": item.criterion,
                "evidence": told_pieces(item.evidence, item.criterion.code),
                "questions": item.questions,
            }
            for item in items
        ]
        parts.append((part.value, str(PART_TITLES[part]), rows))
    return parts


def download(dossier: Dossier, kind: str) -> Response:
    """The dossier as one PDF (shown in the browser) or as a ZIP (saved), named by its
    reference."""
    told = book(dossier)
    if kind == "zip":
        data, mimetype = dossier_zip(told), "application/zip"
    else:
        data, mimetype = dossier_pdf(told), "application/pdf"
    name = f"{reference(dossier)}.{kind}"
    return send_file(io.BytesIO(data), mimetype=mimetype, download_name=name,
                     as_attachment=kind == "zip")  # fmt: skip
