"""Flask commands: create-admin and the idempotent demo seed."""

import hashlib
from datetime import timedelta
from itertools import pairwise

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.accounts.passwords import verify_password
from storefront.adoptions.models import (
    Adoption,
    AdoptionStatus,
    DeliveryStatus,
    HarvestDelivery,
    TreeUpdate,
    TreeUpdatePhoto,
)
from storefront.catalog.models import Category, Product, ProductStatus
from storefront.demo import dataset
from storefront.extensions import db
from storefront.farms.models import AdoptionPlan, Orchard, Tree, TreeStatus
from storefront.media.models import MediaAsset
from storefront.media.storage import media_root
from storefront.models_base import utcnow
from storefront.orders.models import Order, OrderStatus
from storefront.places import DONG_THAP, ward
from storefront.producers.models import Producer
from storefront.timeutil import today_local
from storefront.tours.models import Booking, BookingStatus, Departure, Tour

DEMO = dataset.load()


def test_create_admin_with_password_from_environment(app, database, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "mật-khẩu-đủ-dài")
    result = app.test_cli_runner().invoke(args=["create-admin", "Admin@Example.VN"])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(sa.select(User).where(User.email == "admin@example.vn"))
    assert user.is_admin and verify_password(user.password_hash, "mật-khẩu-đủ-dài")


def test_create_admin_prompts_and_refuses_short_passwords(app, database, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    result = app.test_cli_runner().invoke(
        args=["create-admin", "x@example.vn"], input="ngan\nngan\n"
    )
    assert result.exit_code != 0
    assert "at least" in result.output
    assert db.session.scalar(sa.select(User).where(User.email == "x@example.vn")) is None


def test_demo_catalogue_is_rich_and_real(demo_app):
    # Only the demo's own: the browser tests add producers and orders to the same database.
    slugs = [row.slug for row in DEMO.producers]
    with demo_app.app_context():
        producers = db.session.scalars(sa.select(Producer).where(Producer.slug.in_(slugs))).all()
        products = db.session.scalars(
            sa.select(Product).join(Product.producer).where(Producer.slug.in_(slugs))
        ).all()
        today = today_local()

        assert len(producers) >= 12
        assert all(int(ward(p.ward_code).province_code) == DONG_THAP for p in producers)
        assert len({p.ward_code for p in producers}) >= 8
        assert all(p.logo and p.cover for p in producers)

        assert len(products) >= 48
        assert all(p.status == ProductStatus.PUBLISHED for p in products)
        groups = {p.category.group_slug for p in products}
        assert groups == {
            c.slug
            for c in db.session.scalars(sa.select(Category).where(Category.parent_id.is_(None)))
        }
        assert len(groups) == 6
        assert all(len(p.variants) >= 2 and len(p.images) >= 2 for p in products)
        assert all(v.price > 0 and v.price % 1000 == 0 for p in products for v in p.variants)
        assert sum(not p.certificate_valid(today) for p in products) >= 2
        assert sum(p.stars == 5 and p.certificate_valid(today) for p in products) >= 2
        assert all(p.name_vi and p.description_vi for p in products)
        assert sum(bool(p.name_en) for p in products) >= len(products) - 2


def test_demo_images_are_distinct_real_pictures(demo_app):
    with demo_app.app_context():
        assets = db.session.scalars(sa.select(MediaAsset)).all()
        digests = set()
        for asset in assets:
            data = (media_root() / asset.filename(asset.widths[0], "jpg")).read_bytes()
            assert data[:3] == b"\xff\xd8\xff"
            assert (media_root() / asset.filename(asset.widths[0], "webp")).read_bytes()[
                8:12
            ] == b"WEBP"
            digests.add(hashlib.sha256(data).hexdigest())
        assert len(digests) == len(assets)


def test_seed_demo_is_idempotent(demo_app):
    models = (
        Producer, Product, MediaAsset, Category, User, Order, Adoption, HarvestDelivery,
        TreeUpdate, TreeUpdatePhoto, Booking,
    )  # fmt: skip

    def counts():
        with demo_app.app_context():
            rows = [
                db.session.scalar(sa.select(sa.func.count()).select_from(model)) for model in models
            ]
            shipped = sa.select(sa.func.count()).where(
                HarvestDelivery.status == DeliveryStatus.SHIPPED
            )
            seats = sa.select(sa.func.sum(Departure.seats_taken))
            return (*rows, db.session.scalar(shipped), db.session.scalar(seats))

    before = counts()
    result = demo_app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert "0 new images" in result.output
    assert counts() == before

    skipped = demo_app.test_cli_runner().invoke(args=["seed-demo", "--if-empty"])
    assert "already has products" in skipped.output


def test_demo_farm_tourism_is_on_sale_and_bookable(demo_app):
    def counts():
        with demo_app.app_context():
            return tuple(
                db.session.scalar(sa.select(sa.func.count()).select_from(model))
                for model in (Orchard, Tree, AdoptionPlan, Tour, Departure, MediaAsset)
            )

    with demo_app.app_context():
        today, now = today_local(), utcnow()
        demo_producers = [row.slug for row in DEMO.producers]  # browser tests add their own
        orchards = db.session.scalars(
            sa.select(Orchard).join(Orchard.producer).where(Producer.slug.in_(demo_producers))
        ).all()
        trees = [tree for orchard in orchards for tree in orchard.trees]
        tours = db.session.scalars(
            sa.select(Tour)
            .join(Tour.producer)
            .where(Tour.published, Producer.slug.in_(demo_producers))
        ).all()

        assert len(orchards) >= 2
        assert all(int(ward(o.ward_code).province_code) == DONG_THAP for o in orchards)
        assert all(o.vietgap and o.growing_area_code and o.cover and o.story_en for o in orchards)
        for orchard in orchards:
            plan = next(p for p in orchard.plans if p.running(today))
            assert 3_000_000 <= plan.price <= 7_000_000 and plan.harvest_kg >= 25
            assert len(plan.delivery_months) == plan.deliveries >= 3
            assert plan.starts_on < plan.renewal_opens_on < plan.renewal_closes_on <= plan.ends_on

        assert len(trees) >= 30 and all(t.photo and t.profile_vi and t.profile_en for t in trees)
        assert len({t.variety for t in trees}) >= 3
        assert sum(t.status == TreeStatus.RESTING for t in trees) >= 3
        assert sum(t.status == TreeStatus.AVAILABLE for t in trees) >= 25

        assert len(tours) == 3 + len(DEMO.experiences)
        assert any(t.visits_adopted_trees and t.orchard for t in tours)
        for tour in tours:
            assert tour.cover and 0 < tour.child_price < tour.adult_price
            assert [d for d in tour.departures if now < d.starts_at <= now + timedelta(days=60)]
            days, percents = zip(*tour.cancellation_policy, strict=True)
            assert all(a > b for a, b in pairwise(days))
            assert all(a > b for a, b in pairwise(percents))
        departures = [d for t in tours for d in t.departures]
        assert any(d.seats_left == 0 for d in departures)
        assert any(0 < d.seats_taken < d.capacity for d in departures)
        holding = (BookingStatus.HELD, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)
        booked = dict(
            db.session.execute(
                sa.select(Booking.departure_id, sa.func.sum(Booking.adults + Booking.children))
                .where(Booking.status.in_(holding))
                .group_by(Booking.departure_id)
            ).all()
        )
        assert all(d.seats_taken == booked.get(d.id, 0) for d in departures)

    before = counts()
    result = demo_app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert "0 new images" in result.output
    assert counts() == before


def test_demo_experiences_are_booked_on_their_producers_tours(demo_app):
    with demo_app.app_context():
        experiences = [
            product
            for product in db.session.scalars(sa.select(Product))
            if product.category.group_slug == "tourism"
        ]
        assert len(experiences) == len(DEMO.experiences)
        for product in experiences:
            tour = db.session.get(Tour, product.tour_id)
            assert tour.producer_id == product.producer_id and tour.published
            assert tour.title_vi == product.name_vi
            prices = sorted(v.price for v in product.variants)
            assert prices[0] >= tour.child_price and tour.adult_price in prices
            assert any(d.starts_at > utcnow() for d in tour.departures)


def test_demo_adopters_have_paid_trees_news_and_tickets(demo_app):
    with demo_app.app_context():
        buyers = db.session.scalars(
            sa.select(User).where(User.email.in_([b.email for b in DEMO.buyers]))
        ).all()
        assert len(buyers) == 2
        assert all(verify_password(u.password_hash, DEMO.password) for u in buyers)

        adoptions = db.session.scalars(
            sa.select(Adoption).join(Adoption.order).where(Order.idempotency_key.like("demo-%"))
        ).all()
        assert len(adoptions) >= 5
        assert all(a.status == AdoptionStatus.ACTIVE for a in adoptions)
        assert all(a.order.status == OrderStatus.CONFIRMED for a in adoptions)
        assert {a.user_id for a in adoptions} == {u.id for u in buyers}
        assert len({a.tree.orchard_id for a in adoptions}) >= 3
        assert len({a.tree.variety for a in adoptions}) >= 3
        assert any(a.is_gift and a.gift_message and a.recipient_email for a in adoptions)
        assert all(len(a.deliveries) == a.plan.deliveries for a in adoptions)
        boxes = [d for a in adoptions for d in a.deliveries]
        [shipped] = [d for d in boxes if d.status != DeliveryStatus.PLANNED]
        assert shipped.status == DeliveryStatus.SHIPPED and shipped.carrier == "GHTK"
        assert shipped.delivered_grams > 0 and shipped.tracking_number and shipped.recorded_at

        now = utcnow()
        for adoption in adoptions:
            updates = db.session.scalars(
                sa.select(TreeUpdate).where(TreeUpdate.tree_id == adoption.tree_id)
            ).all()
            assert len(updates) >= 2
            assert all(u.note and 1 <= len(u.photos) <= 2 for u in updates)
            assert all(now - timedelta(days=30) < u.created_at < now for u in updates)
            assert len({u.created_at.date() for u in updates}) == len(updates)

        booked = db.session.scalars(
            sa.select(Booking).join(Booking.order).where(Order.idempotency_key.like("demo-%"))
        ).all()
        assert len(booked) >= 3
        assert all(b.status == BookingStatus.CONFIRMED and b.ticket_code for b in booked)
        assert all(b.departure.starts_at > now and b.order.total > 0 for b in booked)
        assert any(b.order.user_id is None for b in booked)
        assert len({b.departure.tour_id for b in booked}) == 3


def test_readme_states_the_demo_counts_seed_demo_loads(demo_app):
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    slugs = [row.slug for row in DEMO.producers]
    with demo_app.app_context():
        producers = db.session.scalar(
            sa.select(sa.func.count(Producer.id)).where(Producer.slug.in_(slugs))
        )
        products = db.session.scalar(
            sa.select(sa.func.count(Product.id))
            .join(Product.producer)
            .where(Producer.slug.in_(slugs))
        )
    assert f"`flask seed-demo`: {producers} producers" in readme.replace("\n", " ")
    assert f"{products} products with packaging" in readme.replace("\n", " ")
