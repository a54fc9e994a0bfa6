"""The demo's OCOP rating (data/rating.toml): the food group's scorecard in force, three council
members, a finished round (dossiers with their evidence, every member's score, the decisions
and their certificates, a five-star proposal decided by the central council), an open round
with two draft dossiers, and the other demo products' typed stars verified against a drawn
scan of their certificate, so the storefront shows verified stars only.

Only what is missing is made (a scorecard by its group, a round by its name, a dossier by its
round and product, a certificate by its product), so `flask seed-demo` can run again.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path

import sqlalchemy as sa

from storefront.accounts.models import OfficeRole, User
from storefront.accounts.services import find_user, register_user
from storefront.catalog.certificates import OcopCertificate
from storefront.catalog.lot_models import Lot, ProducerDocument
from storefront.catalog.models import Product
from storefront.demo.document_art import document_png
from storefront.extensions import db
from storefront.media.services import store_document
from storefront.models_base import utcnow
from storefront.rating import claims, deciding, scorecards
from storefront.rating.models import (
    EvidenceKind,
    RatingRound,
    RoundMember,
    RoundStatus,
    Scorecard,
)
from storefront.rating.scoring import Pick, save_score
from storefront.rating.scoring_models import ClaimReview, Dossier, DossierEvidence, DossierStatus
from storefront.rating.states import DOSSIER_MACHINE, ROUND_MACHINE, DossierAction, RoundAction
from storefront.timeutil import VIETNAM, today_local

DATA = Path(__file__).parent / "data" / "rating.toml"
OFFICE = "Văn phòng Điều phối Chương trình OCOP tỉnh Đồng Tháp"


@cache
def load() -> dict:
    with DATA.open("rb") as file:
        return tomllib.load(file)


def seed_rating(progress: Callable[[str], None]) -> None:
    data = load()
    progress("[rating] scorecard, council, rounds")
    card = _scorecard(data["scorecard"])
    members = [_member(row, data["password"]) for row in data["members"]]
    _finished_round(data["finished"], card, members)
    _open_round(data["open"], card, members)
    progress("[rating] verifying the typed stars of the other products")
    _verify_claims()
    db.session.flush()


def _scorecard(row: dict) -> Scorecard:
    found = scorecards.in_force(row["group"])
    if found is not None:
        return found
    card = scorecards.new_scorecard(row["group"], row["name_vi"], row["name_en"])
    for item in row["criteria"]:
        scorecards.save_criterion(
            card,
            None,
            scorecards.CriterionValues(
                part=item["part"],
                code=item["code"],
                title_vi=item["title_vi"],
                title_en=item["title_en"],
                evidence_vi=item["evidence_vi"],
                evidence_en=item["evidence_en"],
                evidence_kinds=item["evidence"],
                options="\n".join(item["options"]),
            ),
        )
    return scorecards.put_in_force(card)


def _member(row: dict, password: str) -> User:
    """The demo council member, made once; an existing one keeps the password it set."""
    user = find_user(row["email"])
    if user is None:
        user = register_user(row["email"], password, row["name"])
    user.office_role = OfficeRole.COUNCIL
    db.session.flush()
    return user


def _round(name: str, card: Scorecard, members: list[User], deadline) -> tuple[RatingRound, bool]:
    found = db.session.scalar(sa.select(RatingRound).where(RatingRound.name == name))
    if found is not None:
        return found, False
    found = RatingRound(
        name=name,
        dossier_deadline=deadline,
        scorecards=[card],
        members=[RoundMember(user_id=m.id) for m in members],
    )
    db.session.add(found)
    db.session.flush()
    ROUND_MACHINE.created(found, actor_label="demo")
    return found, True


def _product(slug: str) -> Product:
    return db.session.scalar(sa.select(Product).where(Product.slug == slug))


def _dossier(found: RatingRound, product: Product, card: Scorecard) -> Dossier:
    dossier = Dossier(
        round_id=found.id,
        product_id=product.id,
        producer_id=product.producer_id,
        scorecard_id=card.id,
    )
    db.session.add(dossier)
    db.session.flush()
    DOSSIER_MACHINE.created(dossier, actor_label="demo")
    return dossier


def _finished_round(row: dict, card: Scorecard, members: list[User]) -> None:
    today = today_local()
    found, new = _round(
        row["name"], card, members, today - timedelta(days=row["deadline_days_ago"])
    )
    if not new:
        return
    decided_on = today - timedelta(days=row["decided_days_ago"])
    for item in row["dossiers"]:
        product = _product(item["product"])
        dossier = _dossier(found, product, card)
        _evidence(dossier, product, every=True)
        DOSSIER_MACHINE.move(dossier, DossierAction.SEND, actor_label="producer")
        dossier.sent_at = _at(found.dossier_deadline - timedelta(days=12))
        db.session.flush()
    ROUND_MACHINE.move(found, RoundAction.START_SCORING, actor_label="demo")
    for item in row["dossiers"]:
        dossier = db.session.scalar(
            sa.select(Dossier).where(
                Dossier.round_id == found.id, Dossier.product_id == _product(item["product"]).id
            )
        )
        for turn, (member, total) in enumerate(zip(members, item["totals"], strict=True)):
            score = save_score(dossier, member, _picks(card, total, turn), send=True)
            score.sent_at = _at(decided_on - timedelta(days=20 - 3 * turn))
        # One decision of the province lists every product the round rated.
        decision = deciding.record_decision(dossier, row["decision"], decided_on, None)
        if "central_decision" in item:
            central_on = today - timedelta(days=item["central_days_ago"])
            deciding.record_central(decision, item["central_decision"], central_on, None)
    ROUND_MACHINE.move(found, RoundAction.CLOSE, actor_label="demo")
    found.closed_at = utcnow()


def _at(day: date) -> datetime:
    """Nine in the morning of that day in Vietnam: when the demo's past steps happened."""
    return datetime.combine(day, time(9), tzinfo=VIETNAM)


def _picks(card: Scorecard, total: int, turn: int) -> dict[int, Pick]:
    """Options adding up to `total` (or as near as the options allow): every criterion at its
    best, then lowered one step at a time, criterion after criterion (starting at `turn`, so
    the members differ), while the deficit allows."""
    criteria = card.criteria
    chosen = {c.id: len(c.options) - 1 for c in criteria}
    deficit = sum(c.best_points for c in criteria) - total
    moved = True
    while deficit > 0 and moved:
        moved = False
        for step in range(len(criteria)):
            c = criteria[(step * 5 + turn) % len(criteria)]
            at = chosen[c.id]
            if at == 0:
                continue
            drop = c.options[at].points - c.options[at - 1].points
            if drop <= deficit:
                chosen[c.id], deficit, moved = at - 1, deficit - drop, True
    return {c.id: Pick(c.options[chosen[c.id]].id, "") for c in criteria}


def _evidence(dossier: Dossier, product: Product, *, every: bool) -> None:
    """Links to what the site knows for each criterion (all, or every other one: a draft)."""
    lot = db.session.scalar(sa.select(Lot).where(Lot.product_id == product.id).limit(1))
    document = db.session.scalar(
        sa.select(ProducerDocument).where(ProducerDocument.producer_id == product.producer_id)
    )
    image = product.images[0] if product.images else None
    links = {
        EvidenceKind.BRAND_STORY: (product.producer_id, f"/producers/{product.producer.slug}"),
        EvidenceKind.PACKAGING_PHOTOS: (image.id if image else None, f"/products/{product.slug}"),
        EvidenceKind.SALES: (product.id, f"/products/{product.slug}"),
        EvidenceKind.LOTS: (lot.id, "") if lot else None,
        EvidenceKind.TRACE_PAGES: (lot.id, "") if lot else None,
        EvidenceKind.DOCUMENTS: (document.id, "") if document else None,
    }
    for number, criterion in enumerate(dossier.scorecard.criteria):
        if not every and number % 2:
            continue
        for kind in criterion.link_kinds:
            link = links.get(kind)
            if link is not None:
                dossier.evidence.append(
                    DossierEvidence(
                        criterion_id=criterion.id, kind=kind, reference_id=link[0], url=link[1]
                    )
                )
                break
    db.session.flush()


def _open_round(row: dict, card: Scorecard, members: list[User]) -> None:
    deadline = today_local() + timedelta(days=row["deadline_in_days"])
    found, new = _round(row["name"], card, members, deadline)
    if not new:
        return
    for slug in row["drafts"]:
        product = _product(slug)
        _evidence(_dossier(found, product, card), product, every=False)
    assert found.status == RoundStatus.OPEN
    assert all(d.status == DossierStatus.DRAFT for d in found_dossiers(found))


def found_dossiers(found: RatingRound) -> list[Dossier]:
    return list(db.session.scalars(sa.select(Dossier).where(Dossier.round_id == found.id)))


def _verify_claims() -> None:
    """Each demo product's typed stars, not granted by the finished round, verified by the
    office against a drawn scan of its certificate (made here, as producers upload it)."""
    today = today_local()
    reviewed = set(db.session.scalars(sa.select(ClaimReview.product_id)))
    certified = set(db.session.scalars(sa.select(OcopCertificate.product_id)))
    for product in db.session.scalars(
        sa.select(Product).where(Product.stars.is_not(None)).order_by(Product.id)
    ):
        if product.id in reviewed or product.id in certified or not product.certified_on:
            continue
        if product.certificate_document is None:
            until = product.certificate_expires_on or product.certified_on
            scan = document_png(
                "certificate", "ocop", product.certificate_no, OFFICE, product.producer.name,
                product.certified_on, until,
            )  # fmt: skip
            product.certificate_document = store_document(scan, f"{product.certificate_no}.png")
            db.session.flush()
        claims.verify_claim(product, None, today)
