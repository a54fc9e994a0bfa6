"""Trees offered for adoption this season: the public tree list and page, and renewals."""

import re
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import aliased, contains_eager, joinedload, selectinload
from werkzeug.datastructures import MultiDict

from storefront.adoptions.models import (
    Adoption,
)
from storefront.adoptions.services import HOLDING
from storefront.extensions import db
from storefront.farms.models import (
    AdoptionPlan,
    MangoVariety,
    Orchard,
    OrchardPhoto,
    Tree,
    TreePhoto,
    TreeStatus,
)
from storefront.producers.models import Producer, ProducerStatus
from storefront.timeutil import today_local

MAX_PRICE = 2**31 - 1  # plan prices are 32-bit integers: PostgreSQL refuses larger to compare


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


def renewal_plan(tree: Tree, plan_id: int, user_id: int) -> AdoptionPlan | None:
    """The next season's plan this user may renew the tree for, or None."""
    plan = db.session.get(AdoptionPlan, plan_id)
    if plan is None or plan.orchard_id != tree.orchard_id:
        return None
    holder = renewal_holder(tree, plan, today_local())
    return plan if holder is not None and holder.user_id == user_id else None


def renewal_offer(adoption: Adoption, today: date) -> AdoptionPlan | None:
    """The next season the adopter may renew this tree for now (window open, plan set up)."""
    if adoption.status not in HOLDING or not renewal_open(adoption.plan, today):
        return None
    upcoming = next_plan(adoption.plan)
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


def running_plan(orchard_id: int, today: date) -> AdoptionPlan | None:
    """The plan the orchard runs today (the latest started if several overlap)."""
    return db.session.scalar(
        sa.select(AdoptionPlan)
        .where(
            AdoptionPlan.orchard_id == orchard_id,
            AdoptionPlan.starts_on <= today,
            AdoptionPlan.ends_on >= today,
        )
        .order_by(AdoptionPlan.starts_on.desc(), AdoptionPlan.id.desc())
        .limit(1)
    )


def next_plan(plan: AdoptionPlan) -> AdoptionPlan | None:
    """The orchard's plan for the season after this one, if the farmer has set it up."""
    return db.session.scalar(
        sa.select(AdoptionPlan)
        .where(AdoptionPlan.orchard_id == plan.orchard_id, AdoptionPlan.starts_on > plan.starts_on)
        .order_by(AdoptionPlan.starts_on, AdoptionPlan.id)
        .limit(1)
    )


def renewal_open(plan: AdoptionPlan, today: date) -> bool:
    return bool(
        plan.renewal_opens_on
        and plan.renewal_closes_on
        and plan.renewal_opens_on <= today <= plan.renewal_closes_on
    )


def renewal_holder(tree: Tree, plan: AdoptionPlan, today: date) -> Adoption | None:
    """The adoption of an earlier season whose adopter may still renew this tree for `plan`."""
    earlier = sa.orm.aliased(AdoptionPlan)
    return db.session.scalar(
        sa.select(Adoption)
        .join(earlier, earlier.id == Adoption.plan_id)
        .where(
            Adoption.tree_id == tree.id,
            Adoption.status.in_(HOLDING),
            earlier.starts_on < plan.starts_on,
            earlier.renewal_closes_on >= today,
        )
        .order_by(earlier.starts_on.desc())
        .limit(1)
    )


def sitemap_trees() -> list[str]:
    """Codes of the public trees (not retired)."""
    return list(
        db.session.scalars(
            sa.select(Tree.code)
            .join(Tree.orchard)
            .join(Orchard.producer)
            .where(Producer.status == ProducerStatus.APPROVED, Tree.status != TreeStatus.RETIRED)
        )
    )
