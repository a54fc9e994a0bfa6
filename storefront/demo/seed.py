"""`flask seed-demo`: load the demo catalogue, idempotently (upsert by slug and SKU)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app

from storefront.catalog.editing import (
    certificate_expiry,
    ensure_ocop_groups,
    publish,
    refresh_product,
)
from storefront.catalog.groups import GROUPS_BY_SLUG
from storefront.catalog.models import Product, ProductImage, Variant
from storefront.demo import brand_art, dataset, packaging
from storefront.demo.seed_adoptions import seed_adoptions
from storefront.demo.seed_lots import seed_lots
from storefront.demo.seed_news import seed_news
from storefront.demo.seed_rating import seed_rating
from storefront.demo.seed_reports import seed_reports
from storefront.demo.seed_settlements import seed_settlements
from storefront.demo.seed_support import seed_support
from storefront.demo.seed_tourism import seed_tourism
from storefront.extensions import db
from storefront.media.services import store_image
from storefront.models_base import utcnow
from storefront.producers.models import Producer, ProducerKind, ProducerStatus
from storefront.timeutil import today_local

PRODUCER_FIELDS = (
    "name", "address", "phone", "email", "website", "founded_year",
    "tagline_vi", "tagline_en", "story_vi", "story_en", "ward_code",
)  # fmt: skip
PRODUCT_FIELDS = (
    "name_vi", "name_en", "short_vi", "short_en", "description_vi", "description_en",
    "stars", "certificate_no", "certifications", "ingredients_vi", "ingredients_en",
    "shelf_life_vi", "shelf_life_en", "storage_vi", "storage_en", "featured",
    "growing_area_code",
)  # fmt: skip
VIEWS_PER_PRODUCT = 3


@dataclass
class Summary:
    producers: int = 0
    products: int = 0
    images: int = 0


def catalogue_is_empty() -> bool:
    return db.session.scalar(sa.select(sa.func.count(Product.id))) == 0


def seed(progress: Callable[[str], None] = lambda _: None) -> Summary:
    """Create or update every demo producer and product, then the farm tourism and its demo
    adopters (whose orders commit one by one), the office's reporting calendar; draw images
    only where missing."""
    summary, demo = Summary(), dataset.load()
    categories = ensure_ocop_groups()
    producers = {}
    for number, row in enumerate(demo.producers, 1):
        progress(f"[producer {number}/{len(demo.producers)}] {row.name}")
        producers[row.slug] = _upsert_producer(row, number, summary)
    for number, row in enumerate(demo.products, 1):
        progress(f"[product {number}/{len(demo.products)}] {row.name_vi}")
        _upsert_product(row, producers[row.producer], categories, number, summary)
    summary.producers, summary.products = len(producers), len(demo.products)
    seed_lots(progress)
    seed_tourism(progress, summary)
    seed_adoptions(progress, summary)
    seed_support(progress)
    seed_settlements(progress)
    seed_news(progress)
    seed_rating(progress)
    seed_reports(progress)  # last: the sent report counts the certificates and requests
    return summary


def _image_size() -> int:
    return current_app.config["DEMO_IMAGE_SIZE"]


def _upsert_producer(row: dataset.Producer, seed: int, summary: Summary) -> Producer:
    producer = db.session.scalar(sa.select(Producer).where(Producer.slug == row.slug))
    if producer is None:
        producer = Producer(slug=row.slug)
        db.session.add(producer)
    for field in PRODUCER_FIELDS:
        setattr(producer, field, getattr(row, field))
    producer.kind = ProducerKind(row.kind)
    if producer.status != ProducerStatus.APPROVED:
        producer.status, producer.approved_at = ProducerStatus.APPROVED, utcnow()
    colour = _producer_colour(row.slug)
    if producer.logo is None:
        producer.logo = store_image(brand_art.render_logo(name=row.name, colour=colour, seed=seed))
        summary.images += 1
    if producer.cover is None:
        width = 2 * _image_size()
        cover = brand_art.render_cover(
            name=row.name, colour=colour, seed=seed, width=width, height=width * 3 // 8
        )
        producer.cover = store_image(cover)
        summary.images += 1
    db.session.flush()
    return producer


def _producer_colour(slug: str) -> str:
    """The colour of the group most of the producer's demo products belong to (on a tie, the
    group of its first product: a set's order would change with PYTHONHASHSEED)."""
    groups = [_group_of(p.category) for p in dataset.load().products if p.producer == slug] or [
        "food"
    ]
    return GROUPS_BY_SLUG[max(dict.fromkeys(groups), key=groups.count)].colour


def _group_of(category_slug: str) -> str:
    for group in GROUPS_BY_SLUG.values():
        if any(sub[0] == category_slug for sub in group.subcategories):
            return group.slug
    raise KeyError(category_slug)


def _upsert_product(
    row: dataset.Product, producer: Producer, categories: dict, seed: int, summary: Summary
) -> None:
    product = db.session.scalar(sa.select(Product).where(Product.slug == row.slug))
    if product is None:
        product = Product(slug=row.slug)
        db.session.add(product)
    for field in PRODUCT_FIELDS:
        setattr(product, field, getattr(row, field))
    product.producer = producer
    product.ward_code = producer.ward_code
    product.category = categories[row.category]
    product.certified_on = today_local() - timedelta(days=row.certified_days_ago)
    product.certificate_expires_on = certificate_expiry(product.certified_on)
    _upsert_variants(product, row.variants)
    if not product.images:
        _draw_images(product, row, seed)
        summary.images += VIEWS_PER_PRODUCT
    refresh_product(product)
    publish(product)
    db.session.flush()


def _upsert_variants(product: Product, rows: list[dataset.Variant]) -> None:
    by_sku = {v.sku: v for v in product.variants}
    for position, row in enumerate(rows):
        variant = by_sku.get(row.sku)
        if variant is None:
            variant = Variant(sku=row.sku)
            product.variants.append(variant)
        variant.label_vi, variant.label_en = row.label_vi, row.label_en
        variant.price, variant.stock, variant.weight_g = row.price, row.stock, row.weight_g
        variant.gtin = row.gtin or None
        variant.position = position


def _draw_images(product: Product, row: dataset.Product, seed: int) -> None:
    for view in range(VIEWS_PER_PRODUCT):
        picture = packaging.render_packaging(
            product_name=row.name_vi,
            brand=product.producer.name,
            group=_group_of(row.category),
            category=row.category,
            variant_label=row.variants[0].label_vi,
            # The mark the producer prints: its certificate's stars while it runs (the office
            # verifies the certificate later in the seed: seed_rating).
            stars=row.stars if product.certificate_expires_on >= today_local() else None,
            view=view,
            seed=seed,
            size=_image_size(),
        )
        product.images.append(
            ProductImage(
                asset=store_image(picture),
                position=view,
                alt_vi=f"{row.name_vi}: ảnh bao bì {view + 1}",
                alt_en=f"{row.name_en or row.name_vi}: packaging photo {view + 1}",
            )
        )
