"""Sales (orders, revenue, units) by commune, OCOP group, verified stars and producer, read
through the orders floor's one definition of a sale (storefront.orders.sales)."""

import sqlalchemy as sa
from flask_babel import gettext as _

from storefront.admin.reports import stars
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
from storefront.admin.reports.products import group_column, in_language
from storefront.catalog.models import Category, Product
from storefront.extensions import db
from storefront.orders import sales
from storefront.places import ward_name
from storefront.producers.models import Producer


def _groups(product_ids: set[int | None]) -> dict[int | None, str]:
    parent, group_id = group_column()
    query = (
        sa.select(Product.id, parent.name_vi, parent.name_en)
        .join(Category, Category.id == Product.category_id)
        .join(parent, parent.id == group_id)
        .where(Product.id.in_([pid for pid in product_ids if pid is not None]))
    )
    return {pid: in_language(vi, en) for pid, vi, en in db.session.execute(query)}


def _producers(producer_ids: set[int]) -> dict[int, str]:
    query = sa.select(Producer.id, Producer.name).where(Producer.id.in_(producer_ids))
    return {pid: name for pid, name in db.session.execute(query)}


def _table(key: str, title: str, label: str, groups: dict, name_of) -> Table:
    """Totals grouped by a raw key (a ward code, a producer id), each row named once."""
    columns = [Column(label, TEXT), Column(_("Orders"), COUNT), Column(_("Units"), COUNT),
               Column(_("Revenue"), MONEY)]  # fmt: skip
    rows = [[name_of(found), t.orders, t.units, t.revenue] for found, t in groups.items()]
    return Table(key, title, columns, rows)


def read(scope: Scope) -> Result:
    lines = sales.sale_lines(scope.start, scope.end, ward_code=scope.ward_code)
    whole = sales.totals(lines)
    groups = _groups({line.product_id for line in lines})
    verified = stars.verified(scope.end)
    names = _producers({line.producer_id for line in lines})
    no_group, unverified = _("Other"), _("Not verified")

    def stars_name(level: int | None) -> str:
        return _("%(n)s stars", n=level) if level else unverified

    return Result(
        "sales", _("Sales"),
        figures=[(_("Orders"), whole.orders, COUNT), (_("Units sold"), whole.units, COUNT),
                 (_("Revenue"), whole.revenue, MONEY)],
        tables=[
            _table("by_commune", _("Sales by commune or ward"), _("Commune or ward"),
                   sales.grouped(lines, lambda line: line.ward_code), ward_name),
            _table("by_group", _("Sales by OCOP group"), _("OCOP group"),
                   sales.grouped(lines, lambda line: groups.get(line.product_id, no_group)),
                   str),
            _table("by_stars", _("Sales by verified stars"), _("Stars"),
                   sales.grouped(lines, lambda line: verified.get(line.product_id or 0)),
                   stars_name),
            _table("by_producer", _("Sales by producer"), _("Producer"),
                   sales.grouped(lines, lambda line: line.producer_id), names.__getitem__),
        ],
        charts=[Chart(_("Revenue by commune or ward"), "by_commune", 3),
                Chart(_("Revenue by OCOP group"), "by_group", 3),
                Chart(_("Revenue by producer"), "by_producer", 3)],
        note=_("Paid orders and cash-on-delivery orders once delivered, cancelled parts left "
               "out; revenue is the goods as bought, without shipping."),
    )  # fmt: skip


register(Section("sales", lambda: _("Sales"), read, 50))
