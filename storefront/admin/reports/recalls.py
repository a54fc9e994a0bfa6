"""Recalls in the period: each recalled lot with the units set aside and how many of its
buyers' orders were told (notices sent) or are still to tell."""

import sqlalchemy as sa
from flask_babel import gettext as _

from storefront.admin.reports.base import (
    COUNT,
    DAY,
    TEXT,
    Column,
    Result,
    Scope,
    Section,
    Table,
    register,
)
from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Product
from storefront.extensions import db
from storefront.orders.lot_models import RecallNotice
from storefront.orders.sales import day_bounds
from storefront.places import ward_name
from storefront.producers.models import Producer
from storefront.timeutil import to_local


def read(scope: Scope) -> Result:
    first, after = day_bounds(scope.start, scope.end)
    notices = (
        sa.select(RecallNotice.lot_id, sa.func.count(RecallNotice.id).label("all"),
                  sa.func.count(RecallNotice.sent_at).label("sent"))
        .group_by(RecallNotice.lot_id)
        .subquery()
    )  # fmt: skip
    query = (
        sa.select(Lot.recalled_at, Lot.code, Product.name_vi, Producer.name, Product.ward_code,
                  Lot.set_aside, sa.func.coalesce(notices.c.all, 0),
                  sa.func.coalesce(notices.c.sent, 0))
        .join(Product, Product.id == Lot.product_id)
        .join(Producer, Producer.id == Product.producer_id)
        .outerjoin(notices, notices.c.lot_id == Lot.id)
        .where(Lot.recalled_at >= first, Lot.recalled_at < after)
        .order_by(Lot.recalled_at)
    )  # fmt: skip
    if scope.ward_code:
        query = query.where(Product.ward_code == scope.ward_code)
    rows = [
        [to_local(at).date(), code, name, producer, ward_name(ward), aside, told, sent, told - sent]
        for at, code, name, producer, ward, aside, told, sent in db.session.execute(query)
    ]
    return Result(
        "recalls", _("Recalls"),
        figures=[(_("Lots recalled"), len(rows), COUNT),
                 (_("Units set aside"), sum(r[5] for r in rows), COUNT),
                 (_("Buyers still to tell"), sum(r[8] for r in rows), COUNT)],
        tables=[Table("lots", _("Lots recalled"),
                      [Column(_("Recalled on"), DAY), Column(_("Lot"), TEXT),
                       Column(_("Product"), TEXT), Column(_("Producer"), TEXT),
                       Column(_("Commune or ward"), TEXT), Column(_("Units set aside"), COUNT),
                       Column(_("Orders concerned"), COUNT), Column(_("Told"), COUNT),
                       Column(_("Still to tell"), COUNT)], rows, detail=True)],
    )  # fmt: skip


register(Section("recalls", lambda: _("Recalls"), read, 80))
