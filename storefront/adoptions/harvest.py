"""The farmer's side of an adoption: news of the tree, each harvest box, and a short harvest
turned into store credit. Functions flush, never commit; e-mails leave after the commit."""

import re

import sqlalchemy as sa
from babel.numbers import format_decimal
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.adoptions.models import (
    Adoption,
    AdoptionStatus,
    DeliveryStatus,
    HarvestDelivery,
    TreeUpdate,
    TreeUpdatePhoto,
)
from storefront.adoptions.services import HOLDING, my_tree_url
from storefront.extensions import db
from storefront.farms.editing import TourismError
from storefront.farms.models import AdoptionPlan, Tree
from storefront.media.errors import UploadError
from storefront.media.services import store_upload
from storefront.models_base import utcnow
from storefront.orders import credit, lifecycle
from storefront.orders.states import transition

MAX_PHOTOS = 6
MAX_NOTE = 4000
MAX_BOX_GRAMS = 2_000_000
DELIVERED = (DeliveryStatus.SHIPPED, DeliveryStatus.PICKED_UP)
KG = re.compile(r"^\d+([.,]\d{1,3})?$")


def grams_from_kg(text: str) -> int | None:
    """Grams from a weight typed in kg ("12.5" or "12,5", up to 3 decimals); else None."""
    text = (text or "").strip().lower().removesuffix("kg").strip()
    if not KG.match(text):
        return None
    whole, _, fraction = text.replace(",", ".").partition(".")
    return int(whole) * 1000 + int((fraction + "000")[:3])


def tree_updates(tree: Tree, limit: int = 20) -> list[TreeUpdate]:
    """The tree's latest updates, newest first."""
    return list(
        db.session.scalars(
            sa.select(TreeUpdate)
            .where(TreeUpdate.tree_id == tree.id)
            .order_by(TreeUpdate.created_at.desc(), TreeUpdate.id.desc())
            .limit(limit)
        )
    )


def _recipients(adoption: Adoption) -> list[str]:
    """The adopter and, for a gift, the person who received the tree (each once)."""
    emails = [adoption.order.email or adoption.user.email]
    if adoption.is_gift and adoption.recipient_email:
        emails.append(adoption.recipient_email)
    return list(dict.fromkeys(e for e in emails if e))


def post_update(
    adoption: Adoption, author, note: str, photos: list[tuple[str, bytes]]
) -> TreeUpdate:
    """News of the adopted tree (a note, up to six photos, or both), e-mailed to its people."""
    note = (note or "").strip()
    if adoption.status not in HOLDING:
        raise TourismError(_l("This tree is not adopted."))
    if len(note) > MAX_NOTE:
        raise TourismError(_l("At most %(n)s characters.", n=MAX_NOTE), "note")
    if len(photos) > MAX_PHOTOS:
        raise TourismError(_l("At most %(n)s photos at a time.", n=MAX_PHOTOS), "photos")
    if not note and not photos:
        raise TourismError(_l("Write a few words or add a photo."), "note")
    update = TreeUpdate(tree=adoption.tree, author_id=getattr(author, "id", None), note=note)
    for position, (filename, data) in enumerate(photos):
        try:
            asset = store_upload(data, filename)
        except UploadError as error:
            raise TourismError(error.message, "photos") from error
        update.photos.append(TreeUpdatePhoto(asset=asset, position=position))
    db.session.add(update)
    db.session.flush()
    link = my_tree_url(adoption, external=True)
    for to in _recipients(adoption):
        mail.queue(
            to, "mail/adoptions/update_subject.txt", "mail/adoptions/update_body.txt",
            locale=adoption.order.locale, update=update, link=link,
        )  # fmt: skip
    return update


def _lock(adoption: Adoption) -> None:
    """Serialise two farmers recording the same harvest (order row lock on PostgreSQL;
    BEGIN IMMEDIATE on SQLite through the view's @writes)."""
    lifecycle.lock(adoption.order)
    db.session.refresh(adoption)
    for delivery in adoption.deliveries:
        db.session.refresh(delivery)


def _complete_if_done(adoption: Adoption, actor) -> None:
    """Every box delivered in full or credited: the season is over for this adoption. A light
    last box keeps it running until the farmer credits the rest (record_shortfall)."""
    if adoption.status == AdoptionStatus.ACTIVE and shortfall_grams(adoption) == 0:
        transition(adoption, "complete", actor=actor, actor_label="producer")


def record_delivery(
    adoption: Adoption,
    number: int,
    *,
    picked_up: bool,
    grams: int | None,
    carrier: str = "",
    tracking_number: str = "",
    actor=None,
) -> HarvestDelivery:
    """A planned box left the orchard: shipped by a carrier, or picked up by the adopter."""
    _lock(adoption)
    if adoption.status != AdoptionStatus.ACTIVE:
        raise TourismError(_l("This adoption is not running: nothing more can be recorded."))
    delivery = next((d for d in adoption.deliveries if d.number == number), None)
    if delivery is None or delivery.status != DeliveryStatus.PLANNED:
        raise TourismError(_l("This delivery is already recorded."))
    if grams is None or not 0 < grams <= MAX_BOX_GRAMS:
        raise TourismError(_l("Enter the weight in kg, e.g. 12.5."), "weight")
    carrier, tracking_number = carrier.strip()[:60], tracking_number.strip()[:60]
    if not picked_up and not carrier:
        raise TourismError(_l("Who carries the box?"), "carrier")
    delivery.status = DeliveryStatus.PICKED_UP if picked_up else DeliveryStatus.SHIPPED
    delivery.delivered_grams = grams
    delivery.carrier = "" if picked_up else carrier
    delivery.tracking_number = "" if picked_up else tracking_number
    delivery.recorded_at = utcnow()
    _complete_if_done(adoption, actor)
    db.session.flush()
    return delivery


def missing_grams(delivery: HarvestDelivery) -> int:
    """What this box still owes the adopter: all of a planned box, the rest of a light one."""
    if delivery.status == DeliveryStatus.PLANNED:
        return delivery.planned_grams
    if delivery.status in DELIVERED and not delivery.credited:
        return max(0, delivery.planned_grams - delivery.delivered_grams)
    return 0


def shortfall_grams(adoption: Adoption) -> int:
    return sum(missing_grams(d) for d in adoption.deliveries)


def credit_for(plan: AdoptionPlan, grams: int) -> int:
    """The store credit for undelivered grams: their share of the price, whole đồng down."""
    return grams * plan.price // (plan.harvest_kg * 1000)


def record_shortfall(adoption: Adoption, *, actor=None) -> int:
    """The crop failed: every box still owed becomes store credit for the adopter, who is told
    by e-mail; the adoption completes. Returns the credit in đồng."""
    _lock(adoption)
    if adoption.status != AdoptionStatus.ACTIVE:
        raise TourismError(_l("This adoption is not running: nothing more can be recorded."))
    owed = [(d, missing_grams(d)) for d in adoption.deliveries]
    owed = [(d, grams) for d, grams in owed if grams > 0]
    grams = sum(g for _d, g in owed)
    if not grams:
        raise TourismError(_l("Every delivery is already recorded in full."))
    plan, amount = adoption.plan, credit_for(adoption.plan, grams)
    shares = [credit_for(plan, g) for _d, g in owed]
    shares[-1] += amount - sum(shares)  # rounding: the rows add up to the amount granted
    now = utcnow()
    for (delivery, _grams), share in zip(owed, shares, strict=True):
        if delivery.status == DeliveryStatus.PLANNED:
            delivery.status = DeliveryStatus.SHORT
            delivery.recorded_at = now
        delivery.credited = share
    reason = f"Harvest short: tree {adoption.tree.code}, {plan.season_vi}, {grams} g"
    credit.grant(adoption.user_id, amount, reason, adoption_id=adoption.id)
    transition(adoption, "complete", actor=actor, actor_label="producer")
    db.session.flush()
    to = adoption.order.email or adoption.user.email
    if to:
        mail.queue(
            to, "mail/adoptions/credit_subject.txt", "mail/adoptions/credit_body.txt",
            locale=adoption.order.locale, adoption=adoption, amount=amount,
            kg=format_decimal(grams / 1000, locale=adoption.order.locale),
            link=my_tree_url(adoption, external=True),
        )  # fmt: skip
    return amount
