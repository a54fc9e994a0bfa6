"""Producers by kind and by commune: approved by the period's end, and how many joined in it."""

from collections import Counter

import sqlalchemy as sa
from flask_babel import gettext as _

from storefront.admin.reports.base import (
    COUNT,
    TEXT,
    Chart,
    Column,
    Result,
    Scope,
    Section,
    Table,
    register,
)
from storefront.extensions import db
from storefront.orders.sales import day_bounds
from storefront.places import ward_name
from storefront.producers.models import Producer, ProducerKind, ProducerStatus


def kind_label(kind: ProducerKind) -> str:
    return {
        ProducerKind.COOPERATIVE: _("Cooperative"),
        ProducerKind.ENTERPRISE: _("Enterprise"),
        ProducerKind.COOPERATIVE_GROUP: _("Cooperative group"),
        ProducerKind.HOUSEHOLD: _("Household business"),
    }[kind]


def read(scope: Scope) -> Result:
    first, after = day_bounds(scope.start, scope.end)
    query = sa.select(Producer.kind, Producer.ward_code, Producer.approved_at).where(
        Producer.status == ProducerStatus.APPROVED,
        sa.or_(Producer.approved_at.is_(None), Producer.approved_at < after),
    )
    if scope.ward_code:
        query = query.where(Producer.ward_code == scope.ward_code)
    rows = db.session.execute(query).all()
    new = [r for r in rows if r.approved_at is not None and r.approved_at >= first]
    columns = [Column(_("Producers"), COUNT), Column(_("Joined in the period"), COUNT)]
    by_kind = _table("by_kind", _("Producers by kind"), _("Kind"), columns,
                     Counter(kind_label(r.kind) for r in rows),
                     Counter(kind_label(r.kind) for r in new))  # fmt: skip
    by_ward = _table("by_commune", _("Producers by commune or ward"), _("Commune or ward"),
                     columns, Counter(ward_name(r.ward_code) for r in rows),
                     Counter(ward_name(r.ward_code) for r in new))  # fmt: skip
    return Result(
        "producers", _("Producers"),
        figures=[(_("Approved producers"), len(rows), COUNT),
                 (_("Joined in the period"), len(new), COUNT)],
        tables=[by_kind, by_ward],
        charts=[Chart(_("Producers by kind"), "by_kind"),
                Chart(_("Producers by commune or ward"), "by_commune")],
    )  # fmt: skip


def _table(key, title, label, columns, counts: Counter, new: Counter) -> Table:
    names = sorted(counts, key=lambda name: (-counts[name], name))
    rows = [[name, counts[name], new[name]] for name in names]
    rows.append([_("Total"), sum(counts.values()), sum(new.values())])
    return Table(key, title, [Column(label, TEXT), *columns], rows, total=True)


register(Section("producers", lambda: _("Producers"), read, 10))
