"""Reading the public farm-tourism pages: trees offered for adoption, their plans, and tours."""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import aliased, contains_eager, joinedload, selectinload
from werkzeug.datastructures import MultiDict

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders.models import Order
from storefront.producers.models import Producer, ProducerStatus
from storefront.timeutil import VIETNAM, today_local
from storefront.tours import adoptions
from storefront.tours.adoption_models import Adoption, TreeUpdate
from storefront.tours.adoptions import HOLDING
from storefront.tours.booking_models import Booking, BookingStatus
from storefront.tours.models import (
    AdoptionPlan,
    Departure,
    MangoVariety,
    Orchard,
    OrchardPhoto,
    Tour,
    TourPhoto,
    Tree,
    TreePhoto,
    TreeStatus,
)

MAX_PRICE = 2**31 - 1  # plan prices are 32-bit integers: PostgreSQL refuses larger to compare
DEPARTURE_HORIZON = timedelta(days=60)


def _price(value: str | None) -> int | None:
    """Whole đồng from "5000000" or "5.000.000 ₫"; None for anything else or out of range."""
    digits = re.sub(r"[\s.,₫đ]", "", value or "")
    if not digits.isascii() or not digits.isdigit() or len(digits) > len(str(MAX_PRICE)):
        return None  # thousands of digits would make int() itself refuse
    price = int(digits)
    return price if 0 < price <= MAX_PRICE else None


@dataclass(frozen=True)
class TreeFilters:
    """The tree list's GET parameters; anything malformed falls back to the default."""

    variety: MangoVariety | None = None
    orchard: str | None = None
    max_price: int | None = None
    available: bool = True

    @classmethod
    def from_args(cls, args: MultiDict, orchard_slugs: set[str]) -> "TreeFilters":
        """Read the parameters leniently: an unknown variety or orchard, a bad price is dropped."""
        variety = args.get("variety")
        orchard = args.get("orchard")
        # The form sends a hidden "0" before the checkbox's "1", so unticking is seen.
        flags = args.getlist("available")
        return cls(
            variety=MangoVariety(variety) if variety in set(MangoVariety) else None,
            orchard=orchard if orchard in orchard_slugs else None,
            max_price=_price(args.get("max_price")),
            available="1" in flags or "0" not in flags,
        )

    @property
    def active(self) -> bool:
        return bool(self.variety or self.orchard or self.max_price or not self.available)


@dataclass(frozen=True)
class TreeOffer:
    """A tree with the plan its orchard runs today (if any) and whether it can be adopted."""

    tree: Tree
    plan: AdoptionPlan | None
    offered: bool


def _running_plan_id(today: date):
    """The id of the plan an orchard runs today (the latest started if several overlap)."""
    plan = aliased(AdoptionPlan)
    return (
        sa.select(plan.id)
        .where(plan.orchard_id == Orchard.id, plan.starts_on <= today, plan.ends_on >= today)
        .order_by(plan.starts_on.desc(), plan.id.desc())
        .limit(1)
        .correlate(Orchard)
        .scalar_subquery()
    )


def _offered(today: date):
    """SQL truth of "this tree can be adopted this season" (its orchard's plan is joined):
    available, nobody holds it for this plan, and no earlier adopter may still renew it."""
    earlier = aliased(AdoptionPlan)
    claimed = sa.exists().where(
        Adoption.tree_id == Tree.id,
        Adoption.plan_id == AdoptionPlan.id,
        Adoption.claim.is_not(None),
    )
    kept_for_renewal = (
        sa.exists()
        .where(Adoption.tree_id == Tree.id, Adoption.status.in_(HOLDING))
        .where(
            earlier.id == Adoption.plan_id,
            earlier.starts_on < AdoptionPlan.starts_on,
            earlier.renewal_closes_on >= today,
        )
    )
    return sa.and_(
        Tree.status == TreeStatus.AVAILABLE,
        AdoptionPlan.id.is_not(None),
        ~claimed,
        ~kept_for_renewal,
    )


def _public_trees(today: date) -> sa.Select:
    """Trees of approved producers with their running plan and offered flag, one row each."""
    return (
        sa.select(
            Tree, AdoptionPlan, sa.case((_offered(today), True), else_=False).label("offered")
        )
        .join(Tree.orchard)
        .join(Orchard.producer)
        .outerjoin(AdoptionPlan, AdoptionPlan.id == _running_plan_id(today))
        .where(Producer.status == ProducerStatus.APPROVED)
        .options(
            contains_eager(Tree.orchard).contains_eager(Orchard.producer), joinedload(Tree.photo)
        )
    )


def search_trees(filters: TreeFilters) -> list[TreeOffer]:
    """Trees for the list: those offered this season, or every tree still in the scheme."""
    today = today_local()
    query = _public_trees(today).where(Tree.status != TreeStatus.RETIRED)
    if filters.available:
        query = query.where(_offered(today))
    if filters.variety:
        query = query.where(Tree.variety == filters.variety)
    if filters.orchard:
        query = query.where(Orchard.slug == filters.orchard)
    if filters.max_price:
        query = query.where(AdoptionPlan.price <= filters.max_price)
    query = query.order_by(sa.case((_offered(today), 0), else_=1), Tree.code)
    return [
        TreeOffer(tree, plan, bool(offered)) for tree, plan, offered in db.session.execute(query)
    ]


def get_public_tree(code: str) -> TreeOffer | None:
    """A tree of an approved producer, with its orchard, all their photos and plan, or None."""
    if not code.isprintable():  # a NUL in the URL would be a database error on PostgreSQL
        return None
    row = db.session.execute(
        _public_trees(today_local())
        .where(Tree.code == code)
        .options(
            contains_eager(Tree.orchard).joinedload(Orchard.cover),
            contains_eager(Tree.orchard)
            .selectinload(Orchard.photos)
            .joinedload(OrchardPhoto.asset),
            selectinload(Tree.photos).joinedload(TreePhoto.asset),
        )
    ).first()
    if row is None:
        return None
    tree, plan, offered = row
    return TreeOffer(tree, plan, bool(offered))


def tree_orchards() -> list[Orchard]:
    """Orchards of approved producers that have trees in the scheme, for the orchard filter."""
    has_trees = sa.exists().where(Tree.orchard_id == Orchard.id, Tree.status != TreeStatus.RETIRED)
    return list(
        db.session.scalars(
            sa.select(Orchard)
            .join(Orchard.producer)
            .where(Producer.status == ProducerStatus.APPROVED, has_trees)
            .order_by(Orchard.name)
        )
    )


@dataclass(frozen=True)
class RefundRow:
    """One line of a cancellation policy: cancel `days` or more before (or fewer, if `under`)."""

    days: int
    percent: int
    under: bool = False


def refund_rows(policy: list[list[int]]) -> list[RefundRow]:
    """The policy as a table, most days first, ending with the no-refund line it implies."""
    rows = sorted(
        (RefundRow(int(days), int(percent)) for days, percent in policy),
        key=lambda row: row.days,
        reverse=True,
    )
    if len(rows) > 1 and rows[-1].days == 0:
        # "0 days" after "3 days or more" reads better as "less than 3 days".
        rows[-1] = RefundRow(rows[-2].days, rows[-1].percent, under=True)
    elif rows and rows[-1].days > 0 and rows[-1].percent > 0:
        rows.append(RefundRow(rows[-1].days, 0, under=True))
    return rows


def public_tours() -> sa.Select:
    """Published tours of approved producers (their producer loaded)."""
    return (
        sa.select(Tour)
        .join(Tour.producer)
        .where(Tour.published.is_(True), Producer.status == ProducerStatus.APPROVED)
        .options(contains_eager(Tour.producer))
    )


def coming(now: datetime):
    """Departures that can still be joined: not cancelled, starting within the horizon."""
    return sa.and_(
        Departure.cancelled.is_(False),
        Departure.starts_at > now,
        Departure.starts_at <= now + DEPARTURE_HORIZON,
    )


def list_tours() -> list[tuple[Tour, datetime | None]]:
    """Public tours with their next departure time, soonest first, then by title."""
    next_departure = (
        sa.select(sa.func.min(Departure.starts_at))
        .where(Departure.tour_id == Tour.id, coming(utcnow()))
        .correlate(Tour)
        .scalar_subquery()
        .label("next_departure")
    )
    query = (
        public_tours()
        .add_columns(next_departure)
        .options(joinedload(Tour.cover))
        .order_by(next_departure.asc().nulls_last(), Tour.title_vi)
    )
    return [(tour, when) for tour, when in db.session.execute(query)]


def get_public_tour(slug: str) -> Tour | None:
    """A published tour of an approved producer, with its photos and orchard, or None."""
    if not slug.isprintable():
        return None
    return db.session.scalar(
        public_tours()
        .where(Tour.slug == slug)
        .options(
            joinedload(Tour.cover),
            joinedload(Tour.orchard),
            selectinload(Tour.photos).joinedload(TourPhoto.asset),
        )
    )


def coming_departures(tour: Tour) -> list[Departure]:
    """The tour's departures in the next 60 days that are not cancelled, soonest first."""
    return list(
        db.session.scalars(
            sa.select(Departure)
            .where(Departure.tour_id == tour.id, coming(utcnow()))
            .order_by(Departure.starts_at)
        )
    )


def sitemap_entries() -> tuple[list[str], list[str]]:
    """Codes of the public trees (not retired) and slugs of the public tours."""
    trees = db.session.scalars(
        sa.select(Tree.code)
        .join(Tree.orchard)
        .join(Orchard.producer)
        .where(Producer.status == ProducerStatus.APPROVED, Tree.status != TreeStatus.RETIRED)
    ).all()
    tours = db.session.scalars(public_tours().with_only_columns(Tour.slug)).all()
    return list(trees), list(tours)


def renewal_plan(tree: Tree, plan_id: int, user_id: int) -> AdoptionPlan | None:
    """The next season's plan this user may renew the tree for, or None."""
    plan = db.session.get(AdoptionPlan, plan_id)
    if plan is None or plan.orchard_id != tree.orchard_id:
        return None
    holder = adoptions.renewal_holder(tree, plan, today_local())
    return plan if holder is not None and holder.user_id == user_id else None


def renewal_offer(adoption: Adoption, today: date) -> AdoptionPlan | None:
    """The next season the adopter may renew this tree for now (window open, plan set up)."""
    if adoption.status not in HOLDING or not adoptions.renewal_open(adoption.plan, today):
        return None
    upcoming = adoptions.next_plan(adoption.plan)
    if upcoming is None:
        return None
    taken = db.session.scalar(
        sa.select(Adoption.id).where(
            Adoption.tree_id == adoption.tree_id,
            Adoption.plan_id == upcoming.id,
            Adoption.claim.is_not(None),
        )
    )
    return None if taken else upcoming


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
