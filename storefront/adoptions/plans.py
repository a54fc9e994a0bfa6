"""Producers set up the adoption plans (seasons) of their orchards: the rules, flushed only."""

import re
from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.adoptions.models import Adoption, AdoptionStatus
from storefront.extensions import db
from storefront.farms.editing import TourismError
from storefront.farms.models import AdoptionPlan, Orchard
from storefront.timeutil import format_day, today_local

TEXT_FIELDS = ("season_vi", "season_en", "includes_vi", "includes_en")
DATE_FIELDS = ("starts_on", "ends_on", "renewal_opens_on", "renewal_closes_on")
# What adopters paid for: fixed once a tree has been adopted under the plan.
TERMS = ("starts_on", "ends_on", "price", "harvest_kg", "deliveries", "delivery_months")
PLAN_FIELDS = (*TEXT_FIELDS, *DATE_FIELDS, "price", "harvest_kg", "deliveries", "delivery_months")
MAX_PLAN_PRICE = 500_000_000
MAX_HARVEST_KG = 2_000
MAX_DELIVERIES = 12
RENEWAL_GRACE_DAYS = 60
MAX_SEASON_DAYS = 366
VND_GROUPED = re.compile(r"^-?\d{1,3}([.,\s]\d{3})*$|^-?\d+$")


def parse_vnd(text: str) -> int | None:
    """Whole đồng as typed: "5500000", "5.500.000", "5,500,000" or "5 500 000 ₫"; else None."""
    cleaned = (text or "").replace("₫", "").replace("đ", "").replace("VND", "").strip()
    if not VND_GROUPED.match(cleaned):
        return None
    return int(re.sub(r"[.,\s]", "", cleaned))


def orchard_plans(orchard: Orchard) -> list[AdoptionPlan]:
    """The orchard's plans, latest season first."""
    return list(
        db.session.scalars(
            sa.select(AdoptionPlan)
            .where(AdoptionPlan.orchard_id == orchard.id)
            .order_by(AdoptionPlan.starts_on.desc(), AdoptionPlan.id.desc())
        )
    )


def has_adoptions(plan: AdoptionPlan) -> bool:
    """Whether a tree is (or was) adopted under the plan, paid or being paid."""
    return (
        db.session.scalar(
            sa.select(Adoption.id)
            .where(Adoption.plan_id == plan.id, Adoption.status != AdoptionStatus.RELEASED)
            .limit(1)
        )
        is not None
    )


def _season_months(starts_on: date, ends_on: date) -> set[int]:
    if (ends_on - starts_on).days >= 365:
        return set(range(1, 13))
    months, day = set(), starts_on.replace(day=1)
    while day <= ends_on:
        months.add(day.month)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def _check_dates(plan: AdoptionPlan | None, values: dict) -> None:
    starts_on, ends_on = values.get("starts_on"), values.get("ends_on")
    if starts_on is None:
        raise TourismError(_l("This field is required."), "starts_on")
    if ends_on is None:
        raise TourismError(_l("This field is required."), "ends_on")
    moved = plan is None or plan.starts_on != starts_on
    if moved and starts_on < today_local():
        raise TourismError(_l("A new season cannot start in the past."), "starts_on")
    if ends_on <= starts_on:
        raise TourismError(_l("The season must end after it starts."), "ends_on")
    if (ends_on - starts_on).days > MAX_SEASON_DAYS:
        raise TourismError(_l("A season lasts at most one year."), "ends_on")


def _check_terms(values: dict) -> list[int]:
    price = values.get("price")
    if price is None or not 0 < price <= MAX_PLAN_PRICE:
        raise TourismError(_l("A price is between 1 ₫ and 500.000.000 ₫."), "price")
    harvest = values.get("harvest_kg")
    if harvest is None or not 0 < harvest <= MAX_HARVEST_KG:
        raise TourismError(_l("Between 1 and %(n)s kg.", n=MAX_HARVEST_KG), "harvest_kg")
    count = values.get("deliveries")
    if count is None or not 1 <= count <= MAX_DELIVERIES:
        raise TourismError(_l("Between 1 and %(n)s deliveries.", n=MAX_DELIVERIES), "deliveries")
    months = sorted(set(values.get("delivery_months") or []))
    if any(not 1 <= m <= 12 for m in months):
        raise TourismError(_l("Choose months from the list."), "delivery_months")
    if months and len(months) != count:
        raise TourismError(
            _l("Tick one month per delivery (%(n)s), or none.", n=count), "delivery_months"
        )
    season = _season_months(values["starts_on"], values["ends_on"])
    if any(m not in season for m in months):
        raise TourismError(_l("Every delivery month must fall within the season."),
                           "delivery_months")  # fmt: skip
    start = values["starts_on"].month
    return sorted(months, key=lambda m: (m - start) % 12)  # in the order they come


def _check_renewal(values: dict) -> None:
    opens, closes = values.get("renewal_opens_on"), values.get("renewal_closes_on")
    if opens is None and closes is None:
        return
    if opens is None:
        raise TourismError(_l("Give both renewal dates, or neither."), "renewal_opens_on")
    if closes is None:
        raise TourismError(_l("Give both renewal dates, or neither."), "renewal_closes_on")
    if opens < values["starts_on"]:
        raise TourismError(_l("Renewal cannot open before the season starts."),
                           "renewal_opens_on")  # fmt: skip
    if closes <= opens:
        raise TourismError(_l("Renewal must close after it opens."), "renewal_closes_on")
    latest = values["ends_on"] + timedelta(days=RENEWAL_GRACE_DAYS)
    if closes > latest:
        raise TourismError(
            _l("Renewal closes at the latest %(n)s days after the season ends (%(date)s).",
               n=RENEWAL_GRACE_DAYS, date=format_day(latest)),
            "renewal_closes_on",
        )  # fmt: skip


def _check_overlap(orchard: Orchard, plan: AdoptionPlan | None, values: dict) -> None:
    query = sa.select(AdoptionPlan).where(
        AdoptionPlan.orchard_id == orchard.id,
        AdoptionPlan.starts_on <= values["ends_on"],
        AdoptionPlan.ends_on >= values["starts_on"],
    )
    if plan is not None:
        query = query.where(AdoptionPlan.id != plan.id)
    other = db.session.scalar(query.order_by(AdoptionPlan.starts_on).limit(1))
    if other is not None:
        raise TourismError(
            _l("This season overlaps the season %(season)s (%(start)s – %(end)s).",
               season=other.season_vi, start=format_day(other.starts_on),
               end=format_day(other.ends_on)),
            "starts_on",
        )  # fmt: skip


def _check_locked(plan: AdoptionPlan | None, values: dict, months: list[int]) -> None:
    """Trees adopted under the plan were paid for on its terms: those stay as they are."""
    if plan is None or not has_adoptions(plan):
        return
    wanted = {**values, "delivery_months": sorted(months)}
    for name in TERMS:
        current = getattr(plan, name)
        if (sorted(current) if name == "delivery_months" else current) != wanted[name]:
            raise TourismError(
                _l("Trees are adopted under this plan: its dates, price and harvest are fixed."),
                name,
            )


def save_plan(orchard: Orchard, plan: AdoptionPlan | None, values: dict) -> AdoptionPlan:
    """Create or update an adoption plan (one season) of the orchard."""
    if not values.get("season_vi"):
        raise TourismError(_l("This field is required."), "season_vi")
    _check_dates(plan, values)
    months = _check_terms(values)
    _check_renewal(values)
    _check_overlap(orchard, plan, values)
    _check_locked(plan, values, months)
    with db.session.no_autoflush:
        if plan is None:
            plan = AdoptionPlan(orchard=orchard)
            db.session.add(plan)
        for name in PLAN_FIELDS:
            setattr(plan, name, values[name])
        plan.delivery_months = months
    db.session.flush()
    return plan
