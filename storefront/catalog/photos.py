"""A product's photos: add several at once, reorder, choose the main one, alt texts, delete."""

from flask_babel import lazy_gettext as _l

from storefront.catalog.errors import CatalogError
from storefront.catalog.models import Product, ProductImage
from storefront.extensions import db
from storefront.media.errors import UploadError
from storefront.media.services import release, store_uploads

MAX_PHOTOS = 12


def add_photos(product: Product, uploads: list[tuple[str, bytes]]) -> int:
    """Store every upload (all or none: one bad file refuses the batch); returns how many."""
    if len(product.images) + len(uploads) > MAX_PHOTOS:
        raise CatalogError(_l("A product can have at most %(n)s photos.", n=MAX_PHOTOS), "photos")
    try:
        stored = store_uploads(uploads)
    except UploadError as error:
        raise CatalogError(error.message, "photos") from error
    start = len(product.images)
    for offset, asset in enumerate(stored):
        product.images.append(ProductImage(asset=asset, position=start + offset))
    db.session.flush()
    return len(stored)


def _renumber(product: Product, ordered: list[ProductImage]) -> None:
    for position, image in enumerate(ordered):
        image.position = position
    product.images.sort(key=lambda i: i.position)
    db.session.flush()


def move_photo(product: Product, image: ProductImage, step: int) -> None:
    """Move a photo one place earlier (step -1) or later (step 1)."""
    ordered = list(product.images)
    index = ordered.index(image)
    target = max(0, min(len(ordered) - 1, index + step))
    ordered.insert(target, ordered.pop(index))
    _renumber(product, ordered)


def make_main(product: Product, image: ProductImage) -> None:
    """The main photo is the first one: it shows on cards and shared links."""
    ordered = [image, *(i for i in product.images if i is not image)]
    _renumber(product, ordered)


def set_alt_texts(image: ProductImage, alt_vi: str, alt_en: str) -> None:
    image.alt_vi, image.alt_en = alt_vi.strip()[:200], alt_en.strip()[:200]
    db.session.flush()


def delete_photo(product: Product, image: ProductImage) -> None:
    """Take the photo off the product; its files go too unless a copy of the product shares it."""
    product.images.remove(image)
    db.session.delete(image)
    _renumber(product, list(product.images))
    release(image.asset)
