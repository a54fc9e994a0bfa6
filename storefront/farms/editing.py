"""Producers keep their orchards and trees: the rules, flushed not committed."""

import re

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from storefront import places
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.farms.models import MangoVariety, Orchard, Tree, TreeStatus
from storefront.media.errors import UploadError
from storefront.media.models import MediaAsset
from storefront.media.services import release, store_upload
from storefront.producers.models import Producer
from storefront.producers.profiles import unique_slug
from storefront.timeutil import today_local

ORCHARD_FIELDS = (
    "name",
    "address",
    "latitude",
    "longitude",
    "story_vi",
    "story_en",
    "growing_area_code",
    "vietgap",
)


TREE_FIELDS = ("code", "variety", "planted_year", "profile_vi", "profile_en", "status")


TREE_CODE = re.compile(r"^[A-Z0-9]{1,20}$")


FIRST_PLANTED_YEAR = 1950


class TourismError(DomainError):
    """A refused change to an orchard, tree, plan, tour or departure."""


def producer_orchards(producer: Producer) -> list[Orchard]:
    """The producer's orchards with their trees, by name."""
    return list(
        db.session.scalars(
            sa.select(Orchard)
            .where(Orchard.producer_id == producer.id)
            .options(selectinload(Orchard.trees))
            .order_by(Orchard.name, Orchard.id)
        )
    )


def stored_photo(upload: tuple[str, bytes] | None, field: str) -> MediaAsset | None:
    """The stored picture of an upload, or None when none was sent; refusals name the field."""
    if upload is None:
        return None
    filename, data = upload
    try:
        return store_upload(data, filename)
    except UploadError as error:
        raise TourismError(error.message, field) from error


def save_orchard(
    producer: Producer,
    orchard: Orchard | None,
    values: dict,
    cover: tuple[str, bytes] | None = None,
) -> Orchard:
    """Create or update one of the producer's orchards (and its cover photo)."""
    if not values.get("name"):
        raise TourismError(_l("This field is required."), "name")
    if not places.is_valid_ward(values.get("ward_code")):
        raise TourismError(_l("Choose a commune or ward of the chosen province."), "ward")
    for name, limit in (("latitude", 90), ("longitude", 180)):
        value = values.get(name)
        if value is not None and not -limit <= value <= limit:
            raise TourismError(_l("Between -%(n)s and %(n)s.", n=limit), name)
    picture = stored_photo(cover, "cover_file")
    with db.session.no_autoflush:
        if orchard is None:
            orchard = Orchard(producer=producer, slug=unique_slug(values["name"], Orchard))
            db.session.add(orchard)
        for name in (*ORCHARD_FIELDS, "ward_code"):
            setattr(orchard, name, values[name])
        replaced = None
        if picture is not None:
            replaced, orchard.cover = orchard.cover, picture
    release(replaced)
    return orchard


def save_tree(
    orchard: Orchard,
    tree: Tree | None,
    values: dict,
    photo: tuple[str, bytes] | None = None,
) -> Tree:
    """Create or update a tree of the orchard; its code is unique across all orchards."""
    code = (values.get("code") or "").strip().upper()
    if not TREE_CODE.match(code):
        raise TourismError(_l("Use capital letters and digits only."), "code")
    taken = sa.select(Tree.id).where(Tree.code == code)
    if tree is not None:
        taken = taken.where(Tree.id != tree.id)
    if db.session.scalar(taken) is not None:
        raise TourismError(_l("Another tree already has this code."), "code")
    year = values.get("planted_year")
    if year is None or not FIRST_PLANTED_YEAR <= year <= today_local().year:
        raise TourismError(
            _l("A year between %(first)s and this year.", first=FIRST_PLANTED_YEAR),
            "planted_year",
        )
    if values.get("variety") not in set(MangoVariety):
        raise TourismError(_l("Choose a variety."), "variety")
    if values.get("status") not in set(TreeStatus):
        raise TourismError(_l("Choose a status."), "status")
    picture = stored_photo(photo, "photo_file")
    with db.session.no_autoflush:
        if tree is None:
            tree = Tree(orchard=orchard)
            db.session.add(tree)
        tree.code = code
        tree.variety = MangoVariety(values["variety"])
        tree.status = TreeStatus(values["status"])
        for name in ("planted_year", "profile_vi", "profile_en"):
            setattr(tree, name, values[name])
        replaced = None
        if picture is not None:
            replaced, tree.photo = tree.photo, picture
    release(replaced)
    return tree
