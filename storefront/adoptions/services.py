"""Reading adoptions: the adopter's tree page (the season's news, visits of the tree), lists."""

from datetime import datetime

import sqlalchemy as sa
from flask import url_for
from sqlalchemy.orm import selectinload

from storefront.accounts.tokens import TEN_YEARS, TokenError, make_token, read_token
from storefront.adoptions.models import Adoption, AdoptionStatus, TreeUpdate
from storefront.extensions import db
from storefront.farms.models import (
    AdoptionPlan,
    Orchard,
    Tree,
)
from storefront.links import external_url
from storefront.orders.models import Order
from storefront.producers.models import Producer
from storefront.timeutil import VIETNAM
from storefront.tours.models import Booking, BookingStatus, Departure, Tour
from storefront.tours.services import public_tours


def tree_updates(adoption: Adoption) -> list[TreeUpdate]:
    """The farmer's updates on the tree since this season began, newest first."""
    season_start = datetime.combine(adoption.plan.starts_on, datetime.min.time(), VIETNAM)
    return list(
        db.session.scalars(
            sa.select(TreeUpdate)
            .where(TreeUpdate.tree_id == adoption.tree_id, TreeUpdate.created_at >= season_start)
            .options(selectinload(TreeUpdate.photos))
            .order_by(TreeUpdate.created_at.desc(), TreeUpdate.id.desc())
        )
    )


def visit_tours(tree: Tree) -> list[Tour]:
    """Published tours that visit adopted trees of this tree's orchard."""
    orchard = tree.orchard
    return list(
        db.session.scalars(
            public_tours().where(
                Tour.visits_adopted_trees.is_(True),
                sa.or_(
                    Tour.orchard_id == orchard.id,
                    sa.and_(Tour.orchard_id.is_(None), Tour.producer_id == orchard.producer_id),
                ),
            )
        )
    )


def visit_bookings(adoption: Adoption, visits: list[Tour]) -> list[Booking]:
    """The adopter's bookings of these tours (visit_tours of the tree), soonest first."""
    if not visits:
        return []
    return list(
        db.session.scalars(
            sa.select(Booking)
            .join(Booking.order)
            .join(Booking.departure)
            .where(
                Order.user_id == adoption.user_id,
                Departure.tour_id.in_([tour.id for tour in visits]),
                Booking.status.in_(
                    (BookingStatus.HELD, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)
                ),
            )
            .order_by(Departure.starts_at)
        )
    )


PURPOSE = "adoption"


HOLDING = (AdoptionStatus.ACTIVE, AdoptionStatus.COMPLETED)


def adoption_of(order) -> Adoption | None:
    return db.session.scalar(sa.select(Adoption).where(Adoption.order_id == order.id))


def adoption_token(adoption: Adoption) -> str:
    return make_token(PURPOSE, adoption.id)


def adoption_from_token(token: str) -> Adoption | None:
    try:
        adoption_id = read_token(PURPOSE, token, max_age=TEN_YEARS)
    except TokenError:
        return None
    return db.session.get(Adoption, adoption_id) if isinstance(adoption_id, int) else None


def my_tree_url(adoption: Adoption, external: bool = False) -> str:
    """The adopter's tree page; `external`: a full link at SITE_URL (e-mails)."""
    return (external_url if external else url_for)(
        "adoptions.my_tree", token=adoption_token(adoption)
    )


def adoptions_of_user(user_id: int) -> list[Adoption]:
    """The buyer's adoptions that hold or held a tree, newest first."""
    return list(
        db.session.scalars(
            sa.select(Adoption)
            .where(Adoption.user_id == user_id, Adoption.status != AdoptionStatus.RELEASED)
            .order_by(Adoption.id.desc())
        )
    )


def producer_adoptions(producer: Producer) -> list[Adoption]:
    """The producer's paid adoptions (running and completed), newest season first."""
    return list(
        db.session.scalars(
            sa.select(Adoption)
            .join(Adoption.tree)
            .join(Tree.orchard)
            .join(Adoption.plan)
            .where(Orchard.producer_id == producer.id, Adoption.status.in_(HOLDING))
            .options(
                sa.orm.contains_eager(Adoption.tree),
                sa.orm.contains_eager(Adoption.plan),
                sa.orm.selectinload(Adoption.order),
                sa.orm.selectinload(Adoption.deliveries),
            )
            .order_by(AdoptionPlan.starts_on.desc(), Tree.code, Adoption.id)
        )
    )
