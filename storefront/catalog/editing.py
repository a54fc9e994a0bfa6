"""Changing the catalogue: the OCOP groups, derived product fields, publishing."""

import calendar
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront import references
from storefront.catalog.errors import CatalogError
from storefront.catalog.groups import OCOP_GROUPS
from storefront.catalog.models import Category, Product, ProductImage, ProductStatus, Variant
from storefront.extensions import db
from storefront.media.services import release, store_document
from storefront.models_base import utcnow
from storefront.producers.models import Producer
from storefront.producers.profiles import unique_slug
from storefront.routing import parse_id
from storefront.text import fold, whole_number

CERTIFICATE_MONTHS = 36
MAX_STOCK = 1_000_000


def ensure_ocop_groups() -> dict[str, Category]:
    """Create the six OCOP groups and their sub-categories where missing; return all by slug."""
    existing = {c.slug: c for c in db.session.scalars(sa.select(Category))}
    position = 0
    for group in OCOP_GROUPS:
        parent = existing.get(group.slug)
        if parent is None:
            parent = existing[group.slug] = Category(slug=group.slug)
            db.session.add(parent)
        parent.name_vi, parent.name_en, parent.position = group.name_vi, group.name_en, position
        position += 1
        for slug, name_vi, name_en in group.subcategories:
            child = existing.get(slug)
            if child is None:
                child = existing[slug] = Category(slug=slug)
                db.session.add(child)
            child.parent, child.name_vi, child.name_en = parent, name_vi, name_en
            child.position = position
            position += 1
    db.session.flush()
    return existing


def certificate_expiry(certified_on: date) -> date:
    """An OCOP certificate is valid for 36 months from the day it is issued."""
    month = certified_on.month - 1 + CERTIFICATE_MONTHS
    year, month = certified_on.year + month // 12, month % 12 + 1
    day = min(certified_on.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def refresh_product(product: Product) -> None:
    """Recompute the fields derived from a product's variants, names and producer."""
    product.price_from = min((v.price for v in product.variants), default=None)
    product.search_text = fold(
        " ".join((product.name_vi, product.name_en or "", product.producer.name, product.slug))
    )


def publish(product: Product) -> None:
    product.status = ProductStatus.PUBLISHED
    product.published_at = product.published_at or utcnow()


PRODUCT_FIELDS = (
    "name_vi", "name_en", "short_vi", "short_en", "description_vi", "description_en",
    "stars", "certificate_no", "certified_on", "certificate_expires_on", "certifications",
    "ingredients_vi", "ingredients_en", "shelf_life_vi", "shelf_life_en", "storage_vi",
    "storage_en", "growing_area_code", "net_weight_g", "tour_id",
)  # fmt: skip
VARIANT_FIELDS = ("label_vi", "label_en", "sku", "gtin", "price", "stock", "weight_g")


def save_product(
    producer: Producer,
    product: Product | None,
    values: dict,
    variants: list[dict],
    certificate_scan: tuple[str, bytes] | None = None,
) -> Product:
    """Create or change a product and its variants; a new product starts as a draft."""
    with db.session.no_autoflush:  # a half-built product must not be flushed by a lookup
        category = db.session.get(Category, values["category_id"])
        if category is None or category.parent_id is None:
            raise CatalogError(_l("Choose a product group."), "category_id")
        if product is None:
            product = Product(producer=producer, slug=unique_slug(values["name_vi"], Product))
        elif product.producer_id != producer.id:
            raise CatalogError(_l("This product belongs to another producer."))
        for field in PRODUCT_FIELDS:
            setattr(product, field, values.get(field))
        product.category = category
        if product.tour_id and not product.is_experience:
            raise CatalogError(
                _l("Only community-tourism products are booked on a tour: choose “No tour”."),
                "tour_id",
            )
        product.ward_code = producer.ward_code
        _check_certificate(product)
        _save_variants(product, variants)
        replaced = None
        if certificate_scan:
            filename, data = certificate_scan
            replaced = product.certificate_document
            product.certificate_document = store_document(data, filename)
        refresh_product(product)
    db.session.add(product)
    release(replaced)
    return product


def _check_certificate(product: Product) -> None:
    """A starred product has a certificate: its number, its issue date and an expiry after it
    (36 months after the issue when none is given)."""
    if not product.stars:
        return
    if not product.certificate_no:
        raise CatalogError(_l("Give the OCOP certificate number."), "certificate_no")
    if not product.certified_on:
        raise CatalogError(_l("Give the date the certificate was issued."), "certified_on")
    if product.certificate_expires_on is None:
        product.certificate_expires_on = certificate_expiry(product.certified_on)
    if product.certificate_expires_on <= product.certified_on:
        raise CatalogError(
            _l("The expiry date must come after the issue date."), "certificate_expires_on"
        )


def _save_variants(product: Product, rows: list[dict]) -> None:
    """Apply the variant rows: update by id, add new ones, remove the ones marked."""
    kept = [row for row in rows if not row.get("remove")]
    if not kept:
        raise CatalogError(_l("A product needs at least one package size."), "variants")
    by_id = {v.id: v for v in product.variants}
    seen: set[str] = set()
    for index, row in enumerate(rows):
        sku = row["sku"].strip().upper()
        if row.get("remove"):
            if row.get("id") in by_id:
                _remove_variant(product, by_id[row["id"]], index)
            continue
        if sku in seen or _sku_taken(sku, row.get("id")):
            raise CatalogError(_l("This SKU is already used."), f"variants-{index}-sku")
        seen.add(sku)
        gtin = (row.get("gtin") or "").strip() or None
        if gtin and _gtin_taken(gtin, row.get("id")):
            raise CatalogError(_l("This GTIN is already used."), f"variants-{index}-gtin")
        known = by_id.get(row["id"]) if row.get("id") is not None else None
        variant = known or Variant()
        if variant.id is None:
            product.variants.append(variant)
        for field in VARIANT_FIELDS:
            if field != "stock" or not variant.lot_tracked:  # a lot-kept stock is its lots' sum
                setattr(variant, field, row.get(field))
        variant.sku, variant.gtin, variant.label_en = sku, gtin, row.get("label_en") or ""
        variant.position = index


def _remove_variant(product: Product, variant: Variant, index: int) -> None:
    """A package size with lots stays: its lots and their story would go with it."""
    if variant.lot_tracked:
        raise CatalogError(
            _l("This package size has lots: it cannot be removed (hide the product instead)."),
            f"variants-{index}-remove",
        )
    product.variants.remove(variant)


def _sku_taken(sku: str, variant_id: int | None) -> bool:
    query = sa.select(Variant.id).where(Variant.sku == sku)
    if variant_id:
        query = query.where(Variant.id != variant_id)
    return db.session.scalar(query) is not None


def _gtin_taken(gtin: str, variant_id: int | None) -> bool:
    query = sa.select(Variant.id).where(Variant.gtin == gtin)
    if variant_id:
        query = query.where(Variant.id != variant_id)
    return db.session.scalar(query) is not None


def duplicate_product(product: Product) -> Product:
    """A draft copy with new slug and SKUs, the same photos and no certificate scan."""
    copy = Product(
        producer=product.producer,
        slug=unique_slug(product.name_vi, Product),
        category=product.category,
        ward_code=product.ward_code,
    )
    for field in PRODUCT_FIELDS:
        setattr(copy, field, getattr(product, field))
    # The names are catalogue data in their own language, not UI text.
    copy.name_vi = f"{product.name_vi} (bản sao)"
    copy.name_en = f"{product.name_en} (copy)" if product.name_en else ""
    for variant in product.variants:
        copy.variants.append(
            Variant(
                label_vi=variant.label_vi,
                label_en=variant.label_en,
                sku=_free_sku(variant.sku),
                price=variant.price,
                stock=0,
                weight_g=variant.weight_g,
                position=variant.position,
            )
        )
    for image in product.images:
        copy.images.append(
            ProductImage(
                asset=image.asset, position=image.position, alt_vi=image.alt_vi, alt_en=image.alt_en
            )
        )
    db.session.add(copy)
    refresh_product(copy)
    db.session.flush()
    return copy


def _free_sku(sku: str) -> str:
    n = 2
    while _sku_taken(f"{sku}-{n}"[:40], None):
        n += 1
    return f"{sku}-{n}"[:40]


def unpublish(product: Product) -> None:
    product.status = ProductStatus.HIDDEN


def can_publish(product: Product) -> list:
    """What is missing before a product may go on sale (empty when it may)."""
    missing = []
    if not product.images:
        missing.append(_l("Add at least one photo."))
    if not product.variants:
        missing.append(_l("Add at least one package size."))
    return missing


def remove_product(product: Product) -> bool:
    """Delete a product nothing else points at; archive one that was ordered (orders keep
    their snapshot).

    Returns True when the product was deleted, False when it was archived.
    """
    if references.still_referenced(product, owned=(Variant, ProductImage)):  # order lines
        product.status = ProductStatus.ARCHIVED
        db.session.flush()
        return False
    stored = [image.asset for image in product.images] + [product.certificate_document]
    db.session.delete(product)
    release(*stored)
    return True


class StockRefused(CatalogError):
    """Some figures of the stock page cannot be saved; `errors` maps each field to why."""

    code = "stock_refused"

    def __init__(self, errors: dict[str, str]):
        super().__init__(_l("Please correct the stock figures."))
        self.errors = errors


def set_stock_figures(producer: Producer, figures: dict[str, str]) -> int:
    """Save the stock page: {"stock-<variant id>": typed figure}; StockRefused names each
    wrong figure (the page's own form field), nothing saved; how many were set."""
    wanted: dict[int, int] = {}
    errors: dict[str, str] = {}
    not_ours = False
    for key, typed in figures.items():
        variant_id, figure = parse_id(key.removeprefix("stock-")), whole_number(typed)
        if figure is None:
            errors[key] = str(_l("Stock is a whole number."))
        elif variant_id is not None:
            wanted[variant_id] = figure
        not_ours = not_ours or variant_id is None
    if not_ours:
        errors[""] = str(_l("Some of these package sizes are not yours."))
    if errors:
        raise StockRefused(errors)
    try:
        return set_stock(producer, wanted)
    except CatalogError as error:
        raise StockRefused({error.field or "": str(error)}) from error


def set_stock(producer: Producer, stock_by_variant: dict[int, int]) -> int:
    """Set several variants' stock at once; only this producer's variants. Returns how many."""
    variants = db.session.scalars(
        sa.select(Variant)
        .join(Variant.product)
        .where(Variant.id.in_(stock_by_variant), Product.producer_id == producer.id)
    ).all()
    if len(variants) != len(stock_by_variant):
        raise CatalogError(_l("Some of these package sizes are not yours."))
    for variant in variants:
        stock = stock_by_variant[variant.id]
        if variant.lot_tracked:
            raise CatalogError(
                _l("This package size's stock is counted from its lots: change it there."),
                f"stock-{variant.id}",
            )
        if not 0 <= stock <= MAX_STOCK:
            raise CatalogError(
                _l("Stock must be between 0 and %(max)s.", max=MAX_STOCK), f"stock-{variant.id}"
            )
        variant.stock = stock
    db.session.flush()
    return len(variants)
