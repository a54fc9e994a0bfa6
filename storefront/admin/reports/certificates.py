"""Certificates running out: those whose validity ends from the period's start to 90 days after
its end, by commune, with each product, for the office to invite to the next round."""

from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from storefront.admin.reports import stars
from storefront.admin.reports.base import (
    COUNT,
    DAY,
    TEXT,
    Chart,
    Column,
    Result,
    Scope,
    Section,
    Table,
    register,
)
from storefront.catalog.models import Product
from storefront.extensions import db
from storefront.places import ward_name
from storefront.producers.models import Producer

AHEAD_DAYS = 90


def read(scope: Scope) -> Result:
    until = scope.end + timedelta(days=AHEAD_DAYS)
    found = {c.product_id: c for c in stars.expiring(scope.start, until)}
    query = (
        sa.select(Product.id, Product.name_vi, Producer.name, Product.ward_code)
        .join(Producer, Producer.id == Product.producer_id)
        .where(Product.id.in_(list(found)))
    )
    if scope.ward_code:
        query = query.where(Product.ward_code == scope.ward_code)
    rows, by_ward = [], {}
    for pid, name, producer, ward in db.session.execute(query):
        certificate = found[pid]
        rows.append([certificate.expires_on, name, producer, ward_name(ward),
                     certificate.stars, certificate.number])  # fmt: skip
        by_ward[ward_name(ward)] = by_ward.get(ward_name(ward), 0) + 1
    rows.sort(key=lambda row: (row[0], row[1]))
    communes = [[name, count] for name, count in sorted(by_ward.items(), key=lambda i: -i[1])]
    return Result(
        "certificates", _("Certificates expiring"),
        figures=[(_("Certificates expiring"), len(rows), COUNT)],
        tables=[
            Table("by_commune", _("Certificates expiring by commune or ward"),
                  [Column(_("Commune or ward"), TEXT), Column(_("Certificates"), COUNT)],
                  communes),
            Table("list", _("Certificates expiring"),
                  [Column(_("Expires on"), DAY), Column(_("Product"), TEXT),
                   Column(_("Producer"), TEXT), Column(_("Commune or ward"), TEXT),
                   Column(_("Stars"), COUNT), Column(_("Certificate"), TEXT)], rows),
        ],
        charts=[Chart(_("Certificates expiring by commune or ward"), "by_commune")],
        note=_("From the period's first day to %(days)s days after its last.", days=AHEAD_DAYS),
    )  # fmt: skip


register(Section("certificates", lambda: _("Certificates expiring"), read, 40))
