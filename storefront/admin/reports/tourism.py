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


def _adoptions(scope: Scope):
    first, after = day_bounds(scope.start, scope.end)
    query = (
        sa.select(Producer.name, sa.func.count(Adoption.id), sa.func.sum(Order.total))
        .join(Order, Order.id == Adoption.order_id)
        .join(Tree, Tree.id == Adoption.tree_id)
        .join(Orchard, Orchard.id == Tree.orchard_id)
        .join(Producer, Producer.id == Orchard.producer_id)
        .where(Adoption.status.in_(PAID_ADOPTIONS), Adoption.created_at >= first,
               Adoption.created_at < after)
        .group_by(Producer.name)
    )  # fmt: skip
    if scope.ward_code:
        query = query.where(Producer.ward_code == scope.ward_code)
    return {name: [count, 0, 0, int(paid or 0)] for name, count, paid in db.session.execute(query)}


def _bookings(scope: Scope, rows: dict[str, list[int]]) -> None:
    first, after = day_bounds(scope.start, scope.end)
    query = (
        sa.select(Producer.name, sa.func.count(Booking.id),
                  sa.func.sum(Booking.adults + Booking.children), sa.func.sum(Order.total))
        .join(Order, Order.id == Booking.order_id)
        .join(Departure, Departure.id == Booking.departure_id)
        .join(Tour, Tour.id == Departure.tour_id)
        .join(Producer, Producer.id == Tour.producer_id)
        .where(Booking.status.in_(PAID_BOOKINGS), Booking.created_at >= first,
               Booking.created_at < after)
        .group_by(Producer.name)
    )  # fmt: skip
    if scope.ward_code:
        query = query.where(Producer.ward_code == scope.ward_code)
    for name, count, people, paid in db.session.execute(query):
        row = rows.setdefault(name, [0, 0, 0, 0])
        row[1], row[2], row[3] = count, int(people or 0), row[3] + int(paid or 0)


def read(scope: Scope) -> Result:
    rows = _adoptions(scope)
    _bookings(scope, rows)
    table = [[name, *figures] for name, figures in sorted(rows.items(), key=lambda i: -i[1][3])]
    totals = [sum(row[i] for row in table) for i in range(1, 5)]
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
