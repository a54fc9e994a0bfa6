"""Mango-tree adoptions and farm-tour bookings made in the period, by producer: paid ones only
(adoptions active or completed, bookings confirmed or checked in), with what was paid."""

import sqlalchemy as sa
from flask_babel import gettext as _

from storefront.admin.reports.base import (
    COUNT,
    MONEY,
    TEXT,
    Chart,
    Column,
    Result,
    Scope,
    Section,
    Table,
    register,
)
from storefront.adoptions.models import Adoption, AdoptionStatus
from storefront.extensions import db
from storefront.farms.models import Orchard, Tree
from storefront.orders.models import Order
from storefront.orders.sales import day_bounds
from storefront.producers.models import Producer
from storefront.tours.models import Booking, BookingStatus, Departure, Tour

PAID_ADOPTIONS = (AdoptionStatus.ACTIVE, AdoptionStatus.COMPLETED)
PAID_BOOKINGS = (BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)


def _paid(scope: Scope, thing, paid_states, people, *joins) -> sa.Select:
    """Per producer: how many of `thing` (Adoption or Booking) were paid for in the scope,
    the `people` they bring and what their orders came to. `joins` lead to the producer."""
    first, after = day_bounds(scope.start, scope.end)
    query = sa.select(Producer.name, sa.func.count(thing.id), sa.func.sum(people),
                      sa.func.sum(Order.total)).join(Order, Order.id == thing.order_id)  # fmt: skip
    for target, condition in joins:
        query = query.join(target, condition)
    query = query.where(
        thing.status.in_(paid_states), thing.created_at >= first, thing.created_at < after
    ).group_by(Producer.name)
    if scope.ward_code:
        query = query.where(Producer.ward_code == scope.ward_code)
    return query


def _rows(scope: Scope) -> dict[str, list[int]]:
    """Per producer: trees adopted, bookings, visitors, paid."""
    adoptions = _paid(scope, Adoption, PAID_ADOPTIONS, sa.literal(0),
                      (Tree, Tree.id == Adoption.tree_id),
                      (Orchard, Orchard.id == Tree.orchard_id),
                      (Producer, Producer.id == Orchard.producer_id))  # fmt: skip
    bookings = _paid(scope, Booking, PAID_BOOKINGS, Booking.adults + Booking.children,
                     (Departure, Departure.id == Booking.departure_id),
                     (Tour, Tour.id == Departure.tour_id),
                     (Producer, Producer.id == Tour.producer_id))  # fmt: skip
    rows: dict[str, list[int]] = {}
    for name, count, _people, paid in db.session.execute(adoptions):
        rows[name] = [count, 0, 0, int(paid or 0)]
    for name, count, people, paid in db.session.execute(bookings):
        row = rows.setdefault(name, [0, 0, 0, 0])
        row[1], row[2], row[3] = count, int(people or 0), row[3] + int(paid or 0)
    return rows


def read(scope: Scope) -> Result:
    rows = _rows(scope)
    ordered = sorted(rows.items(), key=lambda item: -item[1][3])
    totals = [sum(figures[i] for _name, figures in ordered) for i in range(4)]
    table: list[list] = [[name, *figures] for name, figures in ordered]
    table.append([_("Total"), *totals])
    return Result(
        "tourism", _("Adoptions and tours"),
        figures=[(_("Trees adopted"), totals[0], COUNT), (_("Tour bookings"), totals[1], COUNT),
                 (_("Visitors booked"), totals[2], COUNT), (_("Paid"), totals[3], MONEY)],
        tables=[Table("by_producer", _("Adoptions and tour bookings by producer"),
                      [Column(_("Producer"), TEXT), Column(_("Trees adopted"), COUNT),
                       Column(_("Tour bookings"), COUNT), Column(_("Visitors booked"), COUNT),
                       Column(_("Paid"), MONEY)], table, total=True)],
        charts=[Chart(_("Paid for adoptions and tours"), "by_producer", 4)],
    )  # fmt: skip


register(Section("tourism", lambda: _("Adoptions and tours"), read, 60))
