"""More photos of an orchard, tree or tour, after its main picture: add, move earlier, delete."""

from typing import Any, Protocol

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.extensions import db
from storefront.farms.editing import TourismError
from storefront.farms.models import ExtraPhoto
from storefront.media.errors import UploadError
from storefront.media.models import MediaAsset
from storefront.media.services import release, store_uploads

MAX_PHOTOS = 12


class PhotoOwner(Protocol):
    """An orchard, a tree or a tour (tours.models): a model with extra `photos`."""

    id: int

    @property
    def photos(self) -> list[Any]: ...  # its OrchardPhoto, TreePhoto or TourPhoto rows


def add_photos(owner: PhotoOwner, uploads: list[tuple[str, bytes]]) -> int:
    """Store every upload after the owner's photos (one bad file refuses the batch); how many."""
    if not uploads:
        raise TourismError(_l("Choose one or more photos."), "photos")
    if len(owner.photos) + len(uploads) > MAX_PHOTOS:
        raise TourismError(_l("At most %(n)s photos besides the main one.", n=MAX_PHOTOS), "photos")
    try:
        stored = store_uploads(uploads)
    except UploadError as error:
        raise TourismError(error.message, "photos") from error
    for asset in stored:
        append_photo(owner, asset)
    db.session.flush()
    return len(stored)


def append_photo(owner: PhotoOwner, asset: MediaAsset) -> ExtraPhoto:
    """Put a stored picture after the owner's other photos (no limit: the caller checks)."""
    photo_class = sa.inspect(type(owner)).relationships["photos"].mapper.class_
    photo = photo_class(asset=asset, position=len(owner.photos))
    owner.photos.append(photo)
    return photo


def find_photo(owner: PhotoOwner, photo_id: int) -> ExtraPhoto | None:
    """One of this owner's photos (never another owner's), or None."""
    return next((photo for photo in owner.photos if photo.id == photo_id), None)


def _renumber(owner: PhotoOwner, ordered: list[ExtraPhoto]) -> None:
    for position, photo in enumerate(ordered):
        photo.position = position
    owner.photos.sort(key=lambda p: p.position)
    db.session.flush()


def move_earlier(owner: PhotoOwner, photo: ExtraPhoto) -> None:
    """Swap the photo with the one before it; the first one stays first."""
    ordered = list(owner.photos)
    index = ordered.index(photo)
    if index > 0:
        ordered[index - 1], ordered[index] = ordered[index], ordered[index - 1]
    _renumber(owner, ordered)


def delete_photo(owner: PhotoOwner, photo: ExtraPhoto) -> None:
    """Take the photo off the owner; its files go too unless another row still shows it."""
    owner.photos.remove(photo)
    _renumber(owner, list(owner.photos))
    release(photo.asset)
