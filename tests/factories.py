"""Factories for domain objects: sensible defaults, any field overridable, flushed only."""

import itertools
from datetime import date, timedelta

from PIL import Image

from storefront.catalog.editing import (
    certificate_expiry,
    ensure_ocop_groups,
    publish,
    refresh_product,
)
from storefront.catalog.models import Category, Product, ProductImage, Variant
from storefront.extensions import db
from storefront.media.services import store_image
from storefront.producers.models import Producer, ProducerKind, ProducerStatus

_numbers = itertools.count(1)


def next_number() -> int:
    return next(_numbers)


LAI_VUNG = 30226
THAP_MUOI = 30037


def categories() -> dict[str, Category]:
    return ensure_ocop_groups()


def asset(width: int = 400, height: int = 400, colour=(200, 80, 120)):
    """A real image, encoded and stored by the media pipeline."""
    return store_image(Image.new("RGB", (width, height), colour))


def producer(**fields) -> Producer:
    n = next(_numbers)
    values = {
        "slug": f"producer-{n}",
        "name": f"HTX Thử nghiệm {n}",
        "kind": ProducerKind.COOPERATIVE,
        "ward_code": LAI_VUNG,
        "status": ProducerStatus.APPROVED,
        "story_vi": "Câu chuyện thương hiệu.",
        "story_en": "",
    }
    values.update(fields)
    item = Producer(**values)
    db.session.add(item)
    db.session.flush()
    return item


def product(
    *,
    producer_=None,
    category: str = "processed-food",
    prices: tuple[int, ...] = (50_000, 90_000),
    stock: int = 10,
    images: int = 1,
    image_asset=None,
    published: bool = True,
    certified_on: date | None = None,
    verified: bool = True,
    **fields,
) -> Product:
    """A product with a variant per price and `images` photos (sharing one stored asset).
    Its typed OCOP stars come verified by the office (an OcopCertificate of the same stars,
    number and dates) unless `verified=False`: then they are only the producer's claim."""
    n = next(_numbers)
    owner = producer_ or producer()
    certified_on = certified_on or date.today() - timedelta(days=100)
    values = {
        "slug": f"product-{n}",
        "name_vi": f"Sản phẩm {n}",
        "name_en": f"Product {n}",
        "stars": 4,
        "certificate_no": f"OCOP-TEST-{n}",
        "certified_on": certified_on,
        "certificate_expires_on": certificate_expiry(certified_on),
        "ward_code": owner.ward_code,
    }
    values.update(fields)
    item = Product(producer=owner, category=categories()[category], **values)
    for position, price in enumerate(prices):
        item.variants.append(
            Variant(
                label_vi=f"Gói {position + 1}",
                label_en=f"Pack {position + 1}",
                sku=f"SKU-{n}-{position}",
                price=price,
                stock=stock,
                weight_g=500,
                position=position,
            )
        )
    if images:
        shared = image_asset or asset()
        for position in range(images):
            item.images.append(
                ProductImage(asset=shared, position=position, alt_vi=f"Ảnh {position}")
            )
    refresh_product(item)
    if published:
        publish(item)
    db.session.add(item)
    db.session.flush()
    if verified and item.stars and item.certified_on and item.certificate_expires_on:
        certificate(item)
    return item


def certificate(product_, **fields):
    """The office's verified OCOP certificate of a product (its typed values by default)."""
    from storefront.catalog.certificates import CertificateSource, OcopCertificate

    values = {
        "product_id": product_.id,
        "number": product_.certificate_no or f"OCOP-TEST-{next(_numbers)}",
        "stars": product_.stars or 4,
        "issued_on": product_.certified_on or date.today() - timedelta(days=100),
        "expires_on": product_.certificate_expires_on
        or certificate_expiry(product_.certified_on or date.today()),
        "source": CertificateSource.VERIFIED_CLAIM,
    }
    values.update(fields)
    item = OcopCertificate(**values)
    db.session.add(item)
    db.session.flush()
    db.session.expire(product_, ["certificates"])
    return item


def user(**fields):
    """A buyer account with the password 'mật khẩu thử nghiệm'."""
    from storefront.accounts.models import User
    from storefront.accounts.passwords import hash_password

    n = next(_numbers)
    values = {"email": f"user{n}@example.vn", "name": f"Người dùng {n}", "phone": "0912345678"}
    values.update(fields)
    item = User(password_hash=hash_password(PASSWORD), **values)
    db.session.add(item)
    db.session.flush()
    return item


PASSWORD = "mật khẩu thử nghiệm"


def member(producer_=None, user_=None, role: str = "owner"):
    """A user who belongs to a producer's team (the owner by default)."""
    from storefront.producers.models import MemberRole, ProducerMember

    owner = producer_ or producer()
    account = user_ or user()
    db.session.add(ProducerMember(producer=owner, user=account, role=MemberRole(role)))
    db.session.flush()
    return account
