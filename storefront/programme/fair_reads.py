"""Reading fairs: the public calendar (upcoming and past), who exhibits at a fair (accepted
producers only), the office's list of applications and a producer's own."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from storefront.extensions import db
from storefront.producers.models import Producer
from storefront.programme.fair_models import (
    ApplicationStatus,
    BoothApplication,
    Fair,
    booth_product,
)

PAST_SHOWN = 12


@dataclass(frozen=True)
class Calendar:
    upcoming: list[Fair]  # not over yet (running ones included), soonest first
    past: list[Fair]  # the latest first


def calendar(today: date) -> Calendar:
    upcoming = db.session.scalars(
        sa.select(Fair).where(Fair.ends_on >= today).order_by(Fair.starts_on, Fair.id)
    ).all()
    past = db.session.scalars(
        sa.select(Fair)
        .where(Fair.ends_on < today)
        .order_by(Fair.ends_on.desc(), Fair.id.desc())
        .limit(PAST_SHOWN)
    ).all()
    return Calendar(list(upcoming), list(past))


def open_for_applications(today: date) -> list[Fair]:
    """Fairs a producer may still apply to, the soonest closing first."""
    return list(
        db.session.scalars(
            sa.select(Fair)
            .where(Fair.applications_close_on >= today, Fair.starts_on > today)
            .order_by(Fair.applications_close_on, Fair.id)
        )
    )


def all_fairs() -> list[Fair]:
    """Every fair for the office, the latest first."""
    return list(db.session.scalars(sa.select(Fair).order_by(Fair.starts_on.desc(), Fair.id)))


def exhibitors(fair: Fair) -> list[Producer]:
    """The producers whose application the office accepted, by name."""
    return list(
        db.session.scalars(
            sa.select(Producer)
            .join(BoothApplication, BoothApplication.producer_id == Producer.id)
            .where(
                BoothApplication.fair_id == fair.id,
                BoothApplication.status == ApplicationStatus.ACCEPTED,
            )
            .order_by(Producer.name, Producer.id)
        )
    )


def applications(fair: Fair) -> list[BoothApplication]:
    """Every application to the fair for the office: waiting first, then by date."""
    return list(
        db.session.scalars(
            sa.select(BoothApplication)
            .where(BoothApplication.fair_id == fair.id)
            .options(joinedload(BoothApplication.producer))
            .order_by(
                BoothApplication.status != ApplicationStatus.WAITING,
                BoothApplication.applied_at,
                BoothApplication.id,
            )
        )
    )


def producer_applications(producer: Producer) -> list[BoothApplication]:
    """A producer's own applications, the latest fair first."""
    return list(
        db.session.scalars(
            sa.select(BoothApplication)
            .join(BoothApplication.fair)
            .where(BoothApplication.producer_id == producer.id)
            .options(joinedload(BoothApplication.fair))
            .order_by(Fair.starts_on.desc(), BoothApplication.id)
        )
    )


def application_of(fair: Fair, producer: Producer) -> BoothApplication | None:
    return db.session.scalar(
        sa.select(BoothApplication).where(
            BoothApplication.fair_id == fair.id, BoothApplication.producer_id == producer.id
        )
    )


def products_shown(application_ids: list[int]) -> dict[int, list[int]]:
    """The product ids each application will show, by application id."""
    rows = db.session.execute(
        sa.select(booth_product.c.application_id, booth_product.c.product_id)
        .where(booth_product.c.application_id.in_(application_ids))
        .order_by(booth_product.c.product_id)
    )
    shown: dict[int, list[int]] = {i: [] for i in application_ids}
    for application_id, product_id in rows:
        shown[application_id].append(product_id)
    return shown
