"""The office's decision on a scored dossier: the average of the sent scores, the stars by
the star rules (data), and the certificate. Three and four stars are granted by the province
at once; five stars are proposed to the central council and the certificate waits for its
decision; one and two stars grant nothing."""

from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.catalog.certificates import (
    CertificateSource,
    GrantingLevel,
    OcopCertificate,
    expiry_for,
)
from storefront.extensions import db
from storefront.links import external_url
from storefront.rating.errors import RatingError
from storefront.rating.models import DEFAULT_STAR_RULES, StarRule
from storefront.rating.notices import tell_owners
from storefront.rating.scoring import lock_dossier, progress_of, sent_scores
from storefront.rating.scoring_models import Decision, Dossier, DossierStatus
from storefront.rating.states import DOSSIER_MACHINE, DossierAction

MAX_NUMBER = 60


def average_hundredths(totals: list[int]) -> int:
    """The average total in hundredths of a point, rounded half up (exact integers)."""
    if not totals:
        raise RatingError(_l("No score has been sent yet."))
    return (sum(totals) * 200 + len(totals)) // (2 * len(totals))


def dossier_average(dossier: Dossier) -> int:
    """The average of the sent scores only; drafts never count."""
    return average_hundredths([s.total for s in sent_scores(dossier)])


def star_rules() -> list[StarRule]:
    return list(db.session.scalars(sa.select(StarRule).order_by(StarRule.stars)))


def stars_for(hundredths: int) -> tuple[int, GrantingLevel]:
    """The most stars whose lowest total the average reaches, and who may grant them."""
    rules = [(r.stars, r.lowest_total, r.granting_level) for r in star_rules()]
    best = (1, GrantingLevel.NONE)
    for stars, lowest, level in rules or DEFAULT_STAR_RULES:
        if hundredths >= lowest * 100 and stars >= best[0]:
            best = (stars, level)
    return best


def record_decision(
    dossier: Dossier, number: str, decided_on: date, actor: User | None
) -> Decision:
    """Record the office's decision once every member of the round has sent their score."""
    lock_dossier(dossier)
    if dossier.status != DossierStatus.SENT:
        raise RatingError(_l("This dossier is not waiting for a decision."), code="not_sent")
    number = number.strip()[:MAX_NUMBER]
    if not number:
        raise RatingError(_l("Give the decision's number."), "number")
    progress = progress_of(dossier, dossier.round)
    if not progress.complete:
        raise RatingError(
            _l("Every council member must send a score first (%(n)s still to come).",
               n=len(progress.waiting)),
            code="scores_missing",
        )  # fmt: skip
    DOSSIER_MACHINE.move(dossier, DossierAction.DECIDE, actor=actor, actor_label="office")
    hundredths = dossier_average(dossier)
    stars, level = stars_for(hundredths)
    decision = Decision(
        dossier_id=dossier.id,
        number=number,
        decided_on=decided_on,
        average_hundredths=hundredths,
        stars=stars,
        granting_level=level,
        members_counted=len(progress.sent),
        recorded_by_id=actor.id if actor else None,
    )
    db.session.add(decision)
    db.session.flush()
    if level == GrantingLevel.PROVINCE:
        _certify(decision, number, decided_on, actor)
    audit.record(
        "rating.decided",
        decision,
        summary=f"{dossier.product.name_vi}: {stars}★ ({hundredths / 100:.2f}) · {number}",
        after=_facts(decision),
    )
    _tell(decision)
    return decision


def record_central(
    decision: Decision, number: str, decided_on: date, actor: User | None
) -> Decision:
    """The central council's decision on a five-star proposal: the certificate starts now."""
    number = number.strip()[:MAX_NUMBER]
    if not decision.awaits_central:
        raise RatingError(_l("This decision does not wait for the central council."))
    if not number:
        raise RatingError(_l("Give the central decision's number."), "number")
    if decided_on < decision.decided_on:
        raise RatingError(_l("The central decision comes after the province's."), "decided_on")
    decision.central_number, decision.central_date = number, decided_on
    _certify(decision, number, decided_on, actor)
    audit.record(
        "rating.central_decided",
        decision,
        summary=f"{decision.dossier.product.name_vi}: {decision.stars}★ · {number}",
        after=_facts(decision),
    )
    _tell(decision)
    return decision


def _certify(decision: Decision, number: str, decided_on: date, actor: User | None) -> None:
    dossier = decision.dossier
    certificate = OcopCertificate(
        product_id=dossier.product_id,
        number=f"OCOP-{decided_on.year}-{dossier.id:04d}",
        stars=decision.stars,
        issued_on=decided_on,
        expires_on=expiry_for(decided_on),
        decision_number=number,
        decision_date=decided_on,
        granting_level=decision.granting_level,
        source=CertificateSource.COUNCIL_DECISION,
        verified_by_id=actor.id if actor else None,
    )
    db.session.add(certificate)
    db.session.flush()
    decision.certificate = certificate
    audit.record(
        "certificate.granted",
        certificate,
        summary=f"{certificate.number} · {certificate.stars}★",
        after={
            "product": dossier.product_id,
            "stars": certificate.stars,
            "issued_on": certificate.issued_on.isoformat(),
            "expires_on": certificate.expires_on.isoformat(),
            "decision": number,
        },
    )


def _facts(decision: Decision) -> dict:
    return {
        "dossier": decision.dossier_id,
        "number": decision.number,
        "date": decision.decided_on.isoformat(),
        "average": decision.average_hundredths / 100,
        "stars": decision.stars,
        "level": decision.granting_level.value,
        "central_number": decision.central_number,
        "certificate": decision.certificate_id,
    }


def _tell(decision: Decision) -> None:
    dossier = decision.dossier
    tell_owners(
        dossier.producer,
        "mail/rating/decision_subject.txt",
        "mail/rating/decision_body.txt",
        decision=decision,
        product=dossier.product,
        link=external_url("catalog.product", slug=dossier.product.slug),
    )
