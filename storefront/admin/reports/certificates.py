"""Certificates running out: those in force on the period's first day that end by 90 days
after its last, by commune, with each product, for the office to invite to the next round
(storefront.catalog.certificates.expiring)."""

from collections import Counter
from datetime import timedelta

from flask_babel import gettext as _

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
from storefront.catalog.certificates import expiring
from storefront.places import ward_name

AHEAD_DAYS = 90


def read(scope: Scope) -> Result:
    within = (scope.end + timedelta(days=AHEAD_DAYS) - scope.start).days
    found = expiring(within, scope.start, scope.ward_code)
    rows = sorted(
        ([e.certificate.expires_on, e.product.name_vi, e.producer.name,
          ward_name(e.product.ward_code), e.certificate.stars, e.certificate.number]
         for e in found),
        key=lambda row: (row[0], row[1]),
    )  # fmt: skip
    by_ward = Counter(ward_name(e.product.ward_code) for e in found)
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
                   Column(_("Stars"), COUNT), Column(_("Certificate"), TEXT)], rows,
                  detail=True),
        ],
        charts=[Chart(_("Certificates expiring by commune or ward"), "by_commune")],
        note=_("In force on the period's first day, ending by %(days)s days after its last.",
               days=AHEAD_DAYS),
    )  # fmt: skip


register(Section("certificates", lambda: _("Certificates expiring"), read, 40))
