"""The adopters' part of `flask seed-demo`: two buyer accounts, their paid adoptions with the
farmers' news and photos, one harvest box on its way, and paid seats on coming tours.

Orders go through the real checkout (`adopt`, `book`, then `confirm_payment`), each in its own
write transaction as a buyer's request would, under a natural idempotency key: a second run
finds the orders it placed and creates nothing. Updates are keyed by tree and note. The
e-mails these services queue are dropped: loading a demo must not write to anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa
from flask import current_app

from storefront.accounts.models import User
from storefront.accounts.services import find_user, register_user
from storefront.adoptions import adopting as adoptions
from storefront.adoptions import harvest
from storefront.adoptions import services as adoption_services
from storefront.adoptions.models import Adoption, DeliveryStatus, TreeUpdate, TreeUpdatePhoto
from storefront.demo import dataset, updates_art
from storefront.demo.seed_departures import fill_departures
from storefront.extensions import db
from storefront.media.services import store_image
from storefront.models_base import utcnow
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.lifecycle import confirm_payment
from storefront.orders.models import PaymentMethod
from storefront.timeutil import VIETNAM, today_local
from storefront.tours import bookings
from storefront.tours.models import Departure, Tour

if TYPE_CHECKING:
    from storefront.demo.seed import Summary

UPDATE_TIME = time(16, 30)  # farmers post their news after the afternoon round of the orchard


def seed_adoptions(progress: Callable[[str], None], summary: Summary) -> None:
    """Create what is missing of the demo adopters, adoptions, updates and bookings."""
    demo = dataset.load()
    _commit()  # the catalogue and orchards first: each order below starts its own transaction
    with current_app.test_request_context("/"):  # e-mail templates build absolute links
        buyers = {row.email: _upsert_buyer(row, demo.password) for row in demo.buyers}
        _commit()
        for number, row in enumerate(demo.adoptions, 1):
            progress(f"[adoption {number}/{len(demo.adoptions)}] {row.tree}")
            adoption = _adopt(row, demo.buyer(row.buyer), buyers[row.buyer], progress)
            if adoption is not None:
                _upsert_updates(adoption, row.updates, summary)
                if row.shipped is not None:
                    _ship_first_box(adoption, row.shipped)
            _commit()
        progress("[departures] the first departures' guests")
        fill_departures(progress, _commit)
        for number, row in enumerate(demo.bookings, 1):
            progress(f"[booking {number}/{len(demo.bookings)}] {row.tour}")
            _book(row, demo, buyers.get(row.buyer), progress)
            _commit()


def _commit() -> None:
    db.session.info.pop("outbox", None)
    db.session.commit()


def _image_size() -> int:
    return current_app.config["DEMO_IMAGE_SIZE"]


def _upsert_buyer(row: dataset.Buyer, password: str) -> User:
    """The demo account, made once; an existing one keeps the password its owner set."""
    user = find_user(row.email)
    if user is None:
        user = register_user(row.email, password, row.name, phone=row.phone)
        db.session.flush()
    return user


def _adopt(
    row: dataset.Adoption, own: dataset.Buyer, buyer: User, progress: Callable[[str], None]
) -> Adoption | None:
    """The paid adoption of this row's tree, placed on the first run and found on the next."""
    gift = adoptions.Gift(**asdict(row.gift)) if row.gift else None
    place = replace(own, **row.contact) if row.contact else own  # where the harvest goes
    try:
        order = adoptions.adopt(
            code=row.tree,
            plate_name=row.plate,
            contact=Contact(
                place.name, place.phone, buyer.email, place.province, place.ward, place.street
            ),
            method=PaymentMethod.BANK_TRANSFER,
            idempotency_key=f"demo-adoption-{row.tree}",
            user=buyer,
            gift=gift,
        )
    except CheckoutError as error:  # e.g. someone adopted this tree on this database already
        db.session.rollback()
        progress(f"  skipped: {error}")
        return None
    confirm_payment(order, actor_label="office", reference="demo")
    return adoption_services.adoption_of(order)


def _posted_at(days_ago: int) -> datetime:
    local = datetime.combine(today_local() - timedelta(days=days_ago), UPDATE_TIME, VIETNAM)
    return local.astimezone(UTC)


def _upsert_updates(adoption: Adoption, rows: list[dataset.Update], summary: Summary) -> None:
    """The farmer's notes on the tree, each with its photos, drawn only when the note is new."""
    tree = adoption.tree
    posted = set(
        db.session.scalars(sa.select(TreeUpdate.note).where(TreeUpdate.tree_id == tree.id))
    )
    width = _image_size()
    for index, row in enumerate(rows):
        if row.note in posted:
            continue
        update = TreeUpdate(tree=tree, note=row.note, created_at=_posted_at(row.days_ago))
        for position in range(row.photos):
            picture = updates_art.render_update(
                code=tree.code, variety=tree.variety.value, stage=row.stage,
                seed=tree.id * 100 + index * 10 + position, width=width, height=width * 3 // 4,
            )  # fmt: skip
            update.photos.append(TreeUpdatePhoto(asset=store_image(picture), position=position))
            summary.images += 1
        db.session.add(update)
    db.session.flush()


def _ship_first_box(adoption: Adoption, row: dataset.Shipment) -> None:
    """The first harvest box, recorded as handed to the carrier (once)."""
    if adoption.deliveries[0].status != DeliveryStatus.PLANNED:
        return
    box = harvest.record_delivery(
        adoption, 1, picked_up=False, grams=row.grams, carrier=row.carrier,
        tracking_number=row.tracking,
    )  # fmt: skip
    box.recorded_at = utcnow() - timedelta(days=row.days_ago)
    db.session.flush()


def _departure_for(tour_slug: str, seats: int, from_days: int) -> Departure | None:
    """The first coming departure of the tour, `from_days` ahead or later, with room."""
    return db.session.scalar(
        sa.select(Departure)
        .join(Departure.tour)
        .where(
            Tour.slug == tour_slug,
            Departure.cancelled.is_(False),
            Departure.starts_at > utcnow() + timedelta(days=from_days),
            Departure.capacity - Departure.seats_taken >= seats,
        )
        .order_by(Departure.starts_at)
        .limit(1)
    )


def _book(
    row: dataset.Booking, demo: dataset.Demo, buyer: User | None, progress: Callable[[str], None]
) -> None:
    """Paid seats for this row's party (one demo booking per tour), placed once."""
    key = f"demo-booking-{row.tour}"
    if buyer is not None:
        own = demo.buyer(buyer.email)
        contact = Contact(own.name, own.phone, buyer.email, 0, 0, "")
    else:
        contact = Contact(row.contact.name, row.contact.phone, row.contact.email, 0, 0, "")
    departure = _departure_for(row.tour, row.adults + row.children, demo.book_from_days)
    try:
        order = bookings.book(
            departure_id=departure.id if departure else 0,
            adults=row.adults,
            children=row.children,
            contact=contact,
            method=PaymentMethod.BANK_TRANSFER,
            idempotency_key=key,
            user=buyer,
        )
    except CheckoutError as error:
        db.session.rollback()
        progress(f"  skipped: {error}")
        return
    confirm_payment(order, actor_label="office", reference="demo")
