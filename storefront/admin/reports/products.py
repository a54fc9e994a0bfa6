"""Published products by OCOP group and by verified stars (products without verified stars are
counted apart)."""

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import aliased

from storefront.admin.reports import stars
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
from storefront.catalog.models import Category, Product, ProductStatus
from storefront.extensions import db
from storefront.i18n import current_language
from storefront.producers.models import Producer, ProducerStatus

STAR_LEVELS = (3, 4, 5)


def group_column():
    """The OCOP group (top-level category) of Product, as (Category id, names)."""
    parent = aliased(Category)
    return parent, sa.func.coalesce(Category.parent_id, Category.id)


def listed(scope: Scope):
    """Published products of approved producers in the scope's area: (id, group names)."""
    parent, group_id = group_column()
    query = (
        sa.select(Product.id, parent.name_vi, parent.name_en)
        .join(Category, Category.id == Product.category_id)
        .join(parent, parent.id == group_id)
        .join(Producer, Producer.id == Product.producer_id)
        .where(
            Product.status == ProductStatus.PUBLISHED, Producer.status == ProducerStatus.APPROVED
        )
    )
    if scope.ward_code:
        query = query.where(Product.ward_code == scope.ward_code)
    return db.session.execute(query).all()


def in_language(vietnamese: str, english: str) -> str:
    return english if english and current_language() == "en" else vietnamese


def read(scope: Scope) -> Result:
    verified = stars.verified(scope.end)
    counts: dict[str, list[int]] = {}
    for product_id, name_vi, name_en in listed(scope):
        row = counts.setdefault(in_language(name_vi, name_en), [0] * (len(STAR_LEVELS) + 2))
        level = verified.get(product_id)
        row[STAR_LEVELS.index(level) if level in STAR_LEVELS else 3] += 1
        row[-1] += 1
    columns = [Column(_("OCOP group"), TEXT)]
    columns += [Column(_("%(n)s stars", n=n), COUNT) for n in STAR_LEVELS]
    columns += [Column(_("Not verified"), COUNT), Column(_("Products"), COUNT)]
    ordered = sorted(counts.items(), key=lambda item: -item[1][-1])
    totals = [sum(figures[i] for _name, figures in ordered) for i in range(len(columns) - 1)]
    rows: list[list] = [[name, *figures] for name, figures in ordered]
    rows.append([_("Total"), *totals])
    by_stars = Table("by_stars", _("Products by verified stars"),
                     [Column(_("Stars"), TEXT), Column(_("Products"), COUNT)],
                     [[_("%(n)s stars", n=n), totals[i]] for i, n in enumerate(STAR_LEVELS)]
                     + [[_("Not verified"), totals[3]]])  # fmt: skip
    return Result(
        "products", _("Products"),
        figures=[(_("Published products"), totals[-1], COUNT),
                 (_("With verified stars"), sum(totals[:3]), COUNT)],
        tables=[Table("by_group", _("Products by group and verified stars"), columns, rows,
                      total=True), by_stars],
        charts=[Chart(_("Products by verified stars"), "by_stars"),
                Chart(_("Products by group"), "by_group", len(columns) - 1)],
    )  # fmt: skip


register(Section("products", lambda: _("Products"), read, 20))
