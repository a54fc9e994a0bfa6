"""Coverage: the share of certified three-star-and-up products that are listed with full
origin information (the province's target is 100 %).

"Full origin" is what a buyer needs on the product and trace pages, so a product counts when
it is published by an approved producer and has all of:
- the producer's address (who made it, where);
- where it comes from: a growing-area code on the product, or at least one lot (each lot has
  its public trace page once the product is published);
- its ingredients;
- at least one photo;
- its shelf life.
The products that miss something are listed with what they miss, for the office to chase.
"""

import sqlalchemy as sa
from flask_babel import gettext as _

from storefront.admin.reports import stars
from storefront.admin.reports.base import (
    COUNT,
    PERCENT,
    TEXT,
    Chart,
    Column,
    Result,
    Scope,
    Section,
    Table,
    percent,
    register,
)
from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Product, ProductImage, ProductStatus
from storefront.extensions import db
from storefront.places import ward_name
from storefront.producers.models import Producer, ProducerStatus

MIN_STARS = 3


def _checks():
    """(label, condition) of each piece of full origin information."""
    has_lot = sa.exists().where(Lot.product_id == Product.id)
    has_image = sa.exists().where(ProductImage.product_id == Product.id)
    return (
        (_("listed"), sa.and_(Product.status == ProductStatus.PUBLISHED,
                              Producer.status == ProducerStatus.APPROVED)),
        (_("producer's address"), Producer.address != ""),
        (_("growing area or lots"), sa.or_(Product.growing_area_code != "", has_lot)),
        (_("ingredients"), Product.ingredients_vi != ""),
        (_("photos"), has_image),
        (_("shelf life"), Product.shelf_life_vi != ""),
    )  # fmt: skip


def origin_gaps(product_ids: list[int]) -> dict[int, tuple[str, str, int, list[str]]]:
    """Per product: its name, its producer's name, its commune and what it lacks."""
    if not product_ids:
        return {}
    checks = _checks()
    query = (
        sa.select(Product.id, Product.name_vi, Producer.name, Product.ward_code,
                  *(sa.case((condition, 1), else_=0) for _label, condition in checks))
        .join(Producer, Producer.id == Product.producer_id)
        .where(Product.id.in_(product_ids))
    )  # fmt: skip
    found = {}
    for pid, name, producer, ward, *passed in db.session.execute(query):
        missing = [label for (label, _c), ok in zip(checks, passed, strict=True) if not ok]
        found[pid] = (name, producer, ward, missing)
    return found


def read(scope: Scope) -> Result:
    certified = [pid for pid, level in stars.verified(scope.end).items() if level >= MIN_STARS]
    gaps = origin_gaps(certified)
    if scope.ward_code:
        gaps = {pid: gap for pid, gap in gaps.items() if gap[2] == scope.ward_code}
    covered = sum(1 for gap in gaps.values() if not gap[3])
    by_ward: dict[str, list[int]] = {}
    for _name, _producer, ward, missing in gaps.values():
        row = by_ward.setdefault(ward_name(ward), [0, 0])
        row[0] += 1
        row[1] += not missing
    rows = [[name, whole, done, percent(done, whole)]
            for name, (whole, done) in sorted(by_ward.items())]  # fmt: skip
    rows.append([_("Total"), len(gaps), covered, percent(covered, len(gaps))])
    columns = [
        Column(_("Commune or ward"), TEXT),
        Column(_("Certified 3-5 stars"), COUNT),
        Column(_("Listed with full origin"), COUNT),
        Column(_("Coverage"), PERCENT),
    ]
    lacking = [
        [name, producer, ward_name(ward), ", ".join(missing)]
        for name, producer, ward, missing in sorted(gaps.values())
        if missing
    ]
    return Result(
        "coverage", _("Coverage"),
        figures=[(_("Coverage (target 100 %)"), percent(covered, len(gaps)), PERCENT),
                 (_("Certified 3-5 star products"), len(gaps), COUNT),
                 (_("Missing something"), len(lacking), COUNT)],
        tables=[Table("by_commune", _("Coverage by commune or ward"), columns, rows, total=True),
                Table("gaps", _("Products missing origin information"),
                      [Column(_("Product"), TEXT), Column(_("Producer"), TEXT),
                       Column(_("Commune or ward"), TEXT), Column(_("Missing"), TEXT)], lacking,
                      detail=True)],
        charts=[Chart(_("Coverage by commune or ward"), "by_commune", 3)],
        note=_("Full origin: listed, the producer's address, a growing-area code or lots with "
               "trace pages, ingredients, photos and shelf life."),
    )  # fmt: skip


register(Section("coverage", lambda: _("Coverage"), read, 30))
