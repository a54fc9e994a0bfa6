"""Producer sign-up and brand changes: the rules, independent of forms and requests."""

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.accounts.services import normalise_phone, register_user
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.media.errors import UploadError
from storefront.media.services import release, store_upload
from storefront.models_base import utcnow
from storefront.places import require_ward
from storefront.producers.models import (
    MemberRole,
    Producer,
    ProducerKind,
    ProducerMember,
    ProducerStatus,
)
from storefront.text import slugify

PROFILE_FIELDS = ("name", "address", "story_vi")
BRAND_FIELDS = (
    *PROFILE_FIELDS,
    "tagline_vi", "tagline_en", "story_en", "email", "website", "facebook_url",
)  # fmt: skip


def unique_slug(name: str, model=Producer, exclude_id: int | None = None) -> str:
    """A URL slug from a name, with -2, -3 ... when it is taken."""
    base = slugify(name)[:70] or "producer"
    slug, n = base, 1
    while True:
        query = sa.select(model.id).where(model.slug == slug)
        if exclude_id is not None:
            query = query.where(model.id != exclude_id)
        if db.session.scalar(query) is None:
            return slug
        n += 1
        slug = f"{base}-{n}"


def sign_up_producer(*, account: dict, profile: dict, locale: str) -> tuple[User, Producer]:
    """A new account that owns a new producer, pending review by the OCOP office."""
    user = register_user(
        account["email"], account["password"], account["name"], profile["phone"], locale
    )
    producer = Producer(
        slug=unique_slug(profile["name"]),
        kind=ProducerKind(profile["kind"]),
        ward_code=require_ward(profile["ward_code"]),
        phone=user.phone,
        status=ProducerStatus.PENDING,
        submitted_at=utcnow(),
    )
    for field in PROFILE_FIELDS:
        setattr(producer, field, profile.get(field) or "")
    db.session.add(producer)
    db.session.add(ProducerMember(producer=producer, user=user, role=MemberRole.OWNER))
    db.session.flush()
    return user, producer


class ProfileError(DomainError):
    """A brand-page change that cannot be saved; `field` names the form field to blame."""


def _store_picture(upload: tuple[str, bytes], field: str):
    filename, data = upload
    try:
        return store_upload(data, filename)
    except UploadError as error:
        raise ProfileError(error.message, field) from error


def update_brand(
    producer: Producer,
    values: dict,
    logo: tuple[str, bytes] | None,
    cover: tuple[str, bytes] | None,
):
    """Change the brand page; new logo and cover pictures go through the image pipeline."""
    for field in BRAND_FIELDS:
        if field in values:
            setattr(producer, field, values[field] if values[field] is not None else "")
    producer.founded_year = values.get("founded_year") or None
    producer.kind = ProducerKind(values["kind"])
    producer.ward_code = require_ward(values["ward_code"])
    producer.phone = normalise_phone(values["phone"])
    zalo = values.get("zalo_phone")
    producer.zalo_phone = normalise_phone(zalo) if zalo else ""
    replaced = []
    if logo:
        replaced.append(producer.logo)
        producer.logo = _store_picture(logo, "logo")
    if cover:
        replaced.append(producer.cover)
        producer.cover = _store_picture(cover, "cover")
    release(*replaced)
