"""Stars a producer typed in the product form are a claim until the office checks them
against the certificate's scan: verified, they become an OcopCertificate (source "verified
claim") and show on the storefront; rejected, the producer is told why. A claim answered once
leaves the list until its values change."""

from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.catalog.certificates import (
    CertificateSource,
    GrantingLevel,
    OcopCertificate,
    expiry_for,
)
from storefront.catalog.models import Product
from storefront.extensions import db
from storefront.links import external_url
from storefront.rating.errors import RatingError
from storefront.rating.notices import tell_owners
from storefront.rating.scoring_models import ClaimOutcome, ClaimReview

MAX_REASON = 500


def _reviewed_same() -> sa.Exists:
    """A review of the product's claim as it stands (same stars, number and issue date)."""
    return (
        sa.select(ClaimReview.id)
        .where(
            ClaimReview.product_id == Product.id,
            ClaimReview.stars == Product.stars,
            ClaimReview.certificate_no == Product.certificate_no,
            sa.or_(
                ClaimReview.certified_on == Product.certified_on,
                sa.and_(ClaimReview.certified_on.is_(None), Product.certified_on.is_(None)),
            ),
        )
        .exists()
    )


def _already_verified(today: date) -> sa.Exists:
    """The product holds a certificate in force with the very stars it claims."""
    return (
        sa.select(OcopCertificate.id)
        .where(
            OcopCertificate.product_id == Product.id,
            OcopCertificate.stars == Product.stars,
            OcopCertificate.revoked_at.is_(None),
            OcopCertificate.expires_on >= today,
        )
        .exists()
    )


def pending_claims(today: date) -> list[Product]:
    """Products whose typed stars the office has not answered yet (as they stand now), less
    those whose stars a certificate in force already verifies (a council decision)."""
    return list(
        db.session.scalars(
            sa.select(Product)
            .where(Product.stars.is_not(None), ~_reviewed_same(), ~_already_verified(today))
            .options(joinedload(Product.producer), joinedload(Product.certificate_document))
            .order_by(Product.id)
        )
    )


def _require_pending(product: Product) -> None:
    if product.stars is None:
        raise RatingError(_l("This product claims no OCOP stars."), code="no_claim")
    answered = db.session.scalar(
        sa.select(Product.id).where(_reviewed_same(), Product.id == product.id)
    )
    if answered:
        raise RatingError(_l("This claim was answered already."), code="answered")


def _review(
    product: Product, outcome: ClaimOutcome, actor: User | None, reason: str = ""
) -> ClaimReview:
    review = ClaimReview(
        product_id=product.id,
        stars=product.stars,
        certificate_no=product.certificate_no,
        certified_on=product.certified_on,
        document_id=product.certificate_document_id,
        outcome=outcome,
        reason=reason,
        reviewed_by_id=actor.id if actor else None,
    )
    db.session.add(review)
    return review


def verify_claim(product: Product, actor: User | None, today: date) -> OcopCertificate:
    """The office has checked the scan: the typed stars become a verified certificate."""
    _require_pending(product)
    if product.certificate_document_id is None:
        raise RatingError(_l("A claim is verified against its scan: the producer sent none."))
    if not product.certificate_no or product.certified_on is None:
        raise RatingError(_l("The claim needs the certificate's number and issue date."))
    if product.certified_on > today:
        raise RatingError(_l("The certificate's issue date is in the future."))
    stars = product.stars or 0
    certificate = OcopCertificate(
        product_id=product.id,
        number=product.certificate_no,
        stars=stars,
        issued_on=product.certified_on,
        expires_on=expiry_for(product.certified_on),
        granting_level=GrantingLevel.CENTRAL if stars == 5 else GrantingLevel.PROVINCE,
        source=CertificateSource.VERIFIED_CLAIM,
        scan_id=product.certificate_document_id,
        verified_by_id=actor.id if actor else None,
    )
    db.session.add(certificate)
    db.session.flush()
    _review(product, ClaimOutcome.VERIFIED, actor).certificate_id = certificate.id
    audit.record(
        "certificate.claim_verified",
        certificate,
        summary=f"{product.name_vi}: {stars}★ · {certificate.number}",
        after={
            "product": product.id,
            "stars": stars,
            "issued_on": certificate.issued_on.isoformat(),
            "expires_on": certificate.expires_on.isoformat(),
        },
    )
    return certificate


def reject_claim(product: Product, reason: str, actor: User | None) -> ClaimReview:
    """The office could not verify the typed stars; the producer is told why by e-mail."""
    _require_pending(product)
    reason = reason.strip()[:MAX_REASON]
    if not reason:
        raise RatingError(_l("Say why: the producer reads it."), "reason")
    review = _review(product, ClaimOutcome.REJECTED, actor, reason)
    db.session.flush()
    audit.record(
        "certificate.claim_rejected",
        product,
        summary=f"{product.name_vi}: {product.stars}★ · {product.certificate_no}",
        after={"reason": reason, "stars": product.stars},
    )
    tell_owners(
        product.producer,
        "mail/rating/claim_rejected_subject.txt",
        "mail/rating/claim_rejected_body.txt",
        product=product,
        reason=reason,
        link=external_url("portal.dashboard"),
    )
    return review
