"""Adopting a tree through the shared checkout: one adopter per tree and season, the hold,
payment, certificate, deliveries, gifts and renewal."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.adoptions import offers
from storefront.adoptions import services as adoption_services
from storefront.adoptions.adopting import Gift, TreeTakenError, adopt
from storefront.adoptions.models import Adoption, AdoptionStatus, DeliveryStatus
from storefront.extensions import db
from storefront.mail import outbox
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.models import OrderEvent, OrderKind, OrderStatus, PaymentMethod
from tests import factories
from tests.payments.helpers import card_order
from tests.tours import builders

HOME = Contact("Trần Văn An", "0912345678", "an@example.vn", 82, builders.MY_THO, "Ấp 3")


@pytest.fixture(autouse=True)
def request_context(app, database):
    with app.test_request_context("/"):
        yield
    outbox(app).clear()


def _adopt(tree, user=None, key="k-1", **kw):
    """Each call needs its own key: a failed call's order stays in the test's transaction."""
    values = {
        "code": tree.code,
        "plate_name": "Gia đình An",
        "contact": HOME,
        "method": PaymentMethod.BANK_TRANSFER,
        "idempotency_key": key,
        "user": user or factories.user(),
    }
    values.update(kw)
    return adopt(**values)


def _offered(tree) -> bool:
    db.session.expire_all()
    return offers.get_public_tree(tree.code).offered


def test_adoption_order_holds_the_tree_until_paid_then_plans_the_deliveries(app):
    tree = builders.offered_tree()
    order = _adopt(tree)

    assert order.kind == OrderKind.ADOPTION and order.status == OrderStatus.AWAITING_PAYMENT
    assert order.total == 5_500_000 and order.shipping_total == 0
    # a transfer is confirmed by the office: held 2 hours (a card: 15 minutes, below)
    assert timedelta(minutes=115) < order.pay_by - utcnow() <= timedelta(minutes=120)
    [item] = order.items
    assert item.sku == tree.code and item.product_id is None
    adoption = adoption_services.adoption_of(order)
    assert adoption.status == AdoptionStatus.HELD and adoption.plate_name == "Gia đình An"
    assert not _offered(tree)

    lifecycle.confirm_payment(order, actor_label="office")

    assert adoption.status == AdoptionStatus.ACTIVE
    assert [d.planned_grams for d in adoption.deliveries] == [13_333, 13_333, 13_334]
    assert [d.planned_month for d in adoption.deliveries] == [4, 6, 8]
    assert {d.status for d in adoption.deliveries} == {DeliveryStatus.PLANNED}
    subjects = db.session.scalars(
        sa.select(OrderEvent.subject).where(OrderEvent.order_id == order.id)
    ).all()
    assert subjects.count("adoption") == 2  # created held, then paid


def test_second_adopter_of_the_same_tree_is_told_it_is_taken():
    tree = builders.offered_tree()
    _adopt(tree, key="first")
    with pytest.raises(TreeTakenError) as raised:
        _adopt(tree, key="second")
    assert tree.code in str(raised.value)


def test_an_expired_hold_frees_the_tree_for_the_next_adopter():
    tree = builders.offered_tree()
    first = _adopt(tree, key="first")
    first.pay_by = utcnow() - timedelta(seconds=1)
    db.session.flush()

    second = _adopt(tree, key="second")

    assert first.status == OrderStatus.EXPIRED
    assert adoption_services.adoption_of(first).status == AdoptionStatus.RELEASED
    assert adoption_services.adoption_of(first).claim is None
    assert adoption_services.adoption_of(second).status == AdoptionStatus.HELD


def test_cash_on_delivery_and_guests_are_refused():
    tree = builders.offered_tree()
    with pytest.raises(CheckoutError) as raised:
        _adopt(tree, method=PaymentMethod.COD)
    assert raised.value.field == "method"
    with pytest.raises(CheckoutError):
        adopt(code=tree.code, plate_name="X", contact=HOME, method=PaymentMethod.CARD,
              idempotency_key="g", user=None)  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"plate_name": "   "}, "plate_name"),
        ({"gift": Gift("", "nhan@example.vn")}, "recipient_name"),
        ({"gift": Gift("Chị Hoa", "not-an-email")}, "recipient_email"),
        ({"gift": Gift("Chị Hoa", "hoa@example.vn", "x" * 501)}, "message"),
    ],
)
def test_bad_adoption_input_names_the_field_and_saves_nothing(changes, field):
    tree = builders.offered_tree()
    with pytest.raises(CheckoutError) as raised:
        _adopt(tree, **changes)
    assert raised.value.field == field
    assert db.session.scalar(sa.select(sa.func.count(Adoption.id))) == 0


def test_a_gift_sends_the_certificate_to_the_recipient(app):
    tree = builders.offered_tree()
    order = _adopt(tree, gift=Gift("Chị Hoa", "hoa@example.vn", "Chúc mừng sinh nhật!"))
    outbox(app).clear()
    lifecycle.confirm_payment(order)
    queued = db.session.info.get("outbox", [])
    recipients = [m["To"] for m in queued]
    assert "hoa@example.vn" in recipients and "an@example.vn" in recipients
    gift_mail = next(m for m in queued if m["To"] == "hoa@example.vn")
    body = gift_mail.get_content()
    assert "Chúc mừng sinh nhật!" in body and tree.code in body
    assert "/adoptions/" in body and "/certificate" in body


def test_a_resting_tree_or_an_orchard_without_a_season_cannot_be_adopted():
    resting = builders.offered_tree(status=builders.TreeStatus.RESTING)
    with pytest.raises(CheckoutError):
        _adopt(resting)
    grove = builders.orchard()
    builders.plan(grove, running=False)
    with pytest.raises(CheckoutError):
        _adopt(builders.tree(grove), key="k-2")


def test_the_adopter_may_renew_during_the_window_and_others_wait():
    grove = builders.orchard()
    today = builders.days_from_today(0)
    current = builders.plan(
        grove,
        renewal_opens_on=today - timedelta(days=1),
        renewal_closes_on=today + timedelta(days=20),
    )
    upcoming = builders.plan(
        grove, starts_on=current.ends_on + timedelta(days=1),
        ends_on=current.ends_on + timedelta(days=300), season_vi="Mùa xoài 2027",
    )  # fmt: skip
    tree = builders.tree(grove)
    adopter = factories.user()
    first = _adopt(tree, user=adopter, key="season-1")
    lifecycle.confirm_payment(first)
    adoption = adoption_services.adoption_of(first)

    assert offers.renewal_offer(adoption, today) == upcoming
    with pytest.raises(TreeTakenError):
        _adopt(tree, key="stranger", plan_id=upcoming.id)
    renewed = _adopt(tree, user=adopter, key="renew", plan_id=upcoming.id)
    renewal = adoption_services.adoption_of(renewed)
    assert renewal.plan_id == upcoming.id and renewal.renewal_of_id == adoption.id
    assert offers.renewal_offer(adoption, today) is None


def test_after_the_season_the_tree_stays_kept_for_its_adopter_until_renewal_closes():
    grove = builders.orchard()
    today = builders.days_from_today(0)
    last = builders.plan(
        grove, starts_on=today - timedelta(days=300), ends_on=today - timedelta(days=1),
        renewal_opens_on=today - timedelta(days=30), renewal_closes_on=today + timedelta(days=10),
    )  # fmt: skip
    tree = builders.tree(grove)
    adopter = factories.user()
    db.session.add(
        Adoption(
            order_id=card_order().id,
            tree_id=tree.id,
            plan_id=last.id,
            user_id=adopter.id,
            claim=f"{tree.id}:{last.id}",
            status=AdoptionStatus.ACTIVE,
            plate_name="Nhà An",
        )
    )
    builders.plan(grove, starts_on=today, ends_on=today + timedelta(days=300))
    db.session.flush()

    assert not _offered(tree)  # hidden from others while the renewal window is open
    with pytest.raises(TreeTakenError):
        _adopt(tree, key="stranger")
    renewed = _adopt(tree, user=adopter, key="renewal")
    assert adoption_services.adoption_of(renewed).renewal_of_id is not None


def test_a_card_adoption_holds_the_tree_for_fifteen_minutes():
    order = _adopt(builders.offered_tree(), method=PaymentMethod.CARD, key="card")
    assert timedelta(minutes=14) < order.pay_by - utcnow() <= timedelta(minutes=15)
