"""`flask certificates-remind`: each producer whose certificate ends within 90 days is told
once per certificate and invited to the next open round of its product's group."""

from datetime import date

import sqlalchemy as sa

from storefront.catalog.certificates import OcopCertificate, expiring
from storefront.database import rows_updated
from storefront.extensions import db
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.rating.notices import tell_owners
from storefront.rating.rounds import open_rounds

REMIND_WITHIN_DAYS = 90


def remind_expiring(today: date, within_days: int = REMIND_WITHIN_DAYS) -> int:
    """Tell the producers of the certificates running out; how many certificates were told.
    Each is marked with one conditional UPDATE first, so a second run (even at the same
    time) tells nobody twice."""
    told = 0
    for row in expiring(within_days, today):
        if row.certificate.reminded_at is not None:
            continue
        marked = rows_updated(
            sa.update(OcopCertificate)
            .where(OcopCertificate.id == row.certificate.id, OcopCertificate.reminded_at.is_(None))
            .values(reminded_at=utcnow())
        )
        if not marked:
            continue
        rounds = open_rounds(today, row.product.category.group_slug)
        tell_owners(
            row.producer,
            "mail/rating/expiring_subject.txt",
            "mail/rating/expiring_body.txt",
            certificate=row.certificate,
            product=row.product,
            days_left=row.days_left,
            next_round=rounds[0] if rounds else None,
            link=external_url("portal.dashboard"),
        )
        told += 1
    db.session.flush()
    return told
