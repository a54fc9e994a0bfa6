"""Producers set up adoption plans and look after adopted trees: news with photos, harvest
boxes, and a short harvest turned into store credit; bad input saves nothing."""

import io
from datetime import timedelta

import pytest
import sqlalchemy as sa
from PIL import Image

from storefront.adoptions.adopting import Gift, adopt
from storefront.adoptions.models import (
    Adoption,
    AdoptionStatus,
    DeliveryStatus,
    HarvestDelivery,
    TreeUpdate,
    TreeUpdatePhoto,
)
from storefront.extensions import db
from storefront.farms.models import AdoptionPlan
from storefront.mail import outbox
from storefront.orders import credit, lifecycle
from storefront.orders.contact import Contact
from storefront.orders.models import PaymentMethod, StoreCreditEntry
from tests import factories
from tests.tours import builders
from tests.web import login, post

HOME = Contact("Trần Văn An", "0912345678", "an@example.vn", 82, builders.MY_THO, "Ấp 3")


@pytest.fixture
def owner(client, database):
    maker = factories.producer(name="HTX Xoài Mỹ Xương")
    login(client, factories.member(maker))
    with client.session_transaction() as session:
        session["lang"] = "en"  # messages checked in English, whatever the catalogue holds
    return maker


def adopted(app, producer, *, gift: Gift | None = None, **plan_fields) -> Adoption:
    """A paid adoption of a tree in one of the producer's orchards (deliveries planned)."""
    orchard = builders.orchard(producer)
    builders.plan(orchard, **plan_fields)
    tree = builders.tree(orchard)
    adopter = factories.user()
    with app.test_request_context("/"):
        order = adopt(
            code=tree.code, plate_name="Gia đình An", contact=HOME, gift=gift, user=adopter,
            method=PaymentMethod.BANK_TRANSFER, idempotency_key=f"k-{tree.code}",
        )  # fmt: skip
        lifecycle.confirm_payment(order, actor_label="office")
    adoption = db.session.scalar(sa.select(Adoption).where(Adoption.order_id == order.id))
    assert adoption.status == AdoptionStatus.ACTIVE
    outbox(app).clear()
    return adoption


def _png(size=(640, 480)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 160, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def _error_next_to(html: str, field_id: str, text: str) -> bool:
    return (
        f'id="{field_id}-error" role="alert">' in html
        and text in html.split(f'id="{field_id}-error"')[1].split("</p>")[0]
    )


def _reload(adoption: Adoption) -> Adoption:
    db.session.expire_all()
    return db.session.get(Adoption, adoption.id)


# Plans ---------------------------------------------------------------------------------


def plan_data(**changes) -> dict:
    start = builders.days_from_today(10)
    data = {
        "season_vi": "Mùa xoài 2027",
        "season_en": "2027 mango season",
        "starts_on": start.isoformat(),
        "ends_on": (start + timedelta(days=300)).isoformat(),
        "price": "5.500.000",
        "harvest_kg": "40",
        "deliveries": "2",
        "delivery_months": [],
        "includes_vi": "Bảng tên trên cây",
        "includes_en": "A name plate",
        "renewal_opens_on": (start + timedelta(days=200)).isoformat(),
        "renewal_closes_on": (start + timedelta(days=320)).isoformat(),
    }
    data.update(changes)
    return data


def _months_in_season(count: int) -> list[str]:
    start = builders.days_from_today(10)
    return [str((start.month - 1 + 2 * i) % 12 + 1) for i in range(count)]


def test_create_list_and_edit_a_plan(client, owner):
    orchard = builders.orchard(owner)
    months = _months_in_season(2)
    data = plan_data(delivery_months=list(reversed(months)))
    response = post(client, f"/portal/orchards/{orchard.id}/plans/new", data)
    assert response.status_code == 302
    plan = db.session.scalar(sa.select(AdoptionPlan).where(AdoptionPlan.orchard_id == orchard.id))
    assert (plan.price, plan.harvest_kg, plan.deliveries) == (5_500_000, 40, 2)
    assert plan.delivery_months == [int(m) for m in months]  # in the order they come
    assert plan.renewal_closes_on == builders.days_from_today(330)

    page = client.get(f"/portal/orchards/{orchard.id}/plans").get_data(as_text=True)
    assert "Mùa xoài 2027" in page and "5.500.000" in page
    form = client.get(f"/portal/plans/{plan.id}/edit").get_data(as_text=True)
    assert 'value="5.500.000"' in form

    changes = plan_data(price="6500000", renewal_opens_on="", renewal_closes_on="")
    assert post(client, f"/portal/plans/{plan.id}/edit", changes).status_code == 302
    db.session.expire_all()
    plan = db.session.get(AdoptionPlan, plan.id)
    assert (plan.price, plan.renewal_opens_on, plan.delivery_months) == (6_500_000, None, [])


def _days(n: int) -> str:
    return builders.days_from_today(n).isoformat()


@pytest.mark.parametrize(
    ("changes", "field_id", "text"),
    [
        ({"ends_on": _days(5)}, "ends_on", "end after it starts"),
        ({"ends_on": _days(10)}, "ends_on", "end after it starts"),
        ({"starts_on": _days(-1)}, "starts_on", "in the past"),
        ({"ends_on": _days(400)}, "ends_on", "at most one year"),
        ({"price": "0"}, "price", "between 1"),
        ({"price": "-5.000"}, "price", "between 1"),
        ({"price": "5.5tr"}, "price", "5.500.000"),
        ({"harvest_kg": "0"}, "harvest_kg", "Between 1"),
        ({"deliveries": "13"}, "deliveries", "Between 1 and 12"),
        ({"deliveries": "0"}, "deliveries", "Between 1 and 12"),
        ({"delivery_months": ["1"]}, "delivery_months", "one month per delivery"),
        ({"delivery_months": ["13", "1"]}, "delivery_months", ""),
        ({"renewal_closes_on": ""}, "renewal_closes_on", "both renewal dates"),
        ({"renewal_opens_on": ""}, "renewal_opens_on", "both renewal dates"),
        ({"renewal_closes_on": _days(200)}, "renewal_closes_on", "close after it opens"),
        ({"renewal_closes_on": _days(371)}, "renewal_closes_on", "60 days"),
        ({"renewal_opens_on": _days(9)}, "renewal_opens_on", "before the season starts"),
        ({"season_vi": ""}, "season_vi", "required"),
    ],
)
def test_bad_plans_are_refused(client, owner, changes, field_id, text):
    orchard = builders.orchard(owner)
    response = post(client, f"/portal/orchards/{orchard.id}/plans/new", plan_data(**changes))
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), field_id, text)
    assert _count(AdoptionPlan) == 0


def test_seasons_of_one_orchard_cannot_overlap(client, owner):
    orchard = builders.orchard(owner)
    builders.plan(orchard, season_vi="Mùa cũ")  # runs today, ends in 300 days
    response = post(client, f"/portal/orchards/{orchard.id}/plans/new", plan_data())
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), "starts_on", "overlaps the season")
    assert _count(AdoptionPlan) == 1
    elsewhere = builders.orchard(owner)
    response = post(client, f"/portal/orchards/{elsewhere.id}/plans/new", plan_data())
    assert response.status_code == 302


def test_a_plan_with_adopted_trees_keeps_its_terms(app, client, owner):
    adoption = adopted(app, owner)
    plan = adoption.plan
    data = plan_data(
        season_vi="Mùa xoài đổi tên",
        price="6.000.000",
        starts_on=plan.starts_on.isoformat(),
        ends_on=plan.ends_on.isoformat(),
        harvest_kg="40",
        deliveries="3",
        delivery_months=["4", "6", "8"],
        renewal_opens_on="",
        renewal_closes_on="",
    )
    response = post(client, f"/portal/plans/{plan.id}/edit", data)
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), "price", "fixed")

    data["price"] = "5.500.000"
    assert post(client, f"/portal/plans/{plan.id}/edit", data).status_code == 302
    db.session.expire_all()
    plan = db.session.get(AdoptionPlan, plan.id)
    assert (plan.season_vi, plan.price) == ("Mùa xoài đổi tên", 5_500_000)


# Adopted trees --------------------------------------------------------------------------


def test_adopted_trees_are_listed_with_their_progress(app, client, owner):
    adoption = adopted(app, owner)
    theirs = adopted(app, factories.producer())  # someone else's
    page = client.get("/portal/adoptions").get_data(as_text=True)
    assert adoption.tree.code in page and "Gia đình An" in page and "Trần Văn An" in page
    assert "0 of 3" in page
    assert page.count("/portal/adoptions/") == 2  # its page and its plate, nothing of theirs
    assert f"/portal/adoptions/{theirs.id}" not in page and theirs.tree.code not in page
    detail = client.get(f"/portal/adoptions/{adoption.id}")
    assert detail.status_code == 200
    assert "13.333 kg" in detail.get_data(as_text=True)


def test_an_update_with_photos_reaches_the_adopter_and_the_gift_recipient(app, client, owner):
    gift = Gift("Nguyễn Thị Bình", "binh@example.vn", "Chúc mừng sinh nhật")
    adoption = adopted(app, owner, gift=gift)
    data = {
        "note": "Cây đang ra bông.",
        "photos": [(io.BytesIO(_png()), "bong.png"), (io.BytesIO(_png()), "la.png")],
    }
    response = post(
        client,
        f"/portal/adoptions/{adoption.id}/updates",
        data,
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    update = db.session.scalar(sa.select(TreeUpdate).where(TreeUpdate.tree_id == adoption.tree_id))
    assert update.note == "Cây đang ra bông."
    assert [p.position for p in update.photos] == [0, 1]
    assert all(p.asset.widths for p in update.photos)
    assert sorted(m["To"] for m in outbox(app)) == ["an@example.vn", "binh@example.vn"]
    body = outbox(app)[0].get_content()
    assert "Cây đang ra bông." in body and "/adoptions/" in body


def test_a_photo_alone_is_an_update(app, client, owner):
    adoption = adopted(app, owner)
    data = {"note": "", "photos": [(io.BytesIO(_png((800, 800))), "cay.png")]}
    url = f"/portal/adoptions/{adoption.id}/updates"
    assert post(client, url, data, content_type="multipart/form-data").status_code == 302
    assert _count(TreeUpdatePhoto) == 1


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ({"note": "  "}, "a few words or add a photo"),
        ({"note": "Ảnh", "photos": [(io.BytesIO(b"not a picture"), "x.png")]}, ""),
        (
            {"note": "Bảy ảnh", "photos": [(io.BytesIO(b"x"), f"{n}.png") for n in range(7)]},
            "At most 6 photos",
        ),
    ],
)
def test_bad_updates_are_refused(app, client, owner, data, text):
    adoption = adopted(app, owner)
    url = f"/portal/adoptions/{adoption.id}/updates"
    response = post(client, url, data, content_type="multipart/form-data")
    assert response.status_code == 400
    field = "note" if "photos" not in data else "photos"
    assert _error_next_to(response.get_data(as_text=True), field, text)
    assert _count(TreeUpdate) == 0 and _count(TreeUpdatePhoto) == 0
    assert outbox(app) == []


def test_deliveries_are_recorded_and_the_last_one_completes_the_adoption(app, client, owner):
    adoption = adopted(app, owner)
    url = f"/portal/adoptions/{adoption.id}/deliveries"
    shipped = {"number": "1", "method": "shipped", "weight": "13,5", "carrier": "Viettel Post",
               "tracking_number": "VTP123"}  # fmt: skip
    assert post(client, url, shipped).status_code == 302
    db.session.expire_all()
    first = db.session.scalar(
        sa.select(HarvestDelivery).where(
            HarvestDelivery.adoption_id == adoption.id, HarvestDelivery.number == 1
        )
    )
    assert (first.status, first.delivered_grams, first.carrier, first.tracking_number) == (
        DeliveryStatus.SHIPPED,
        13_500,
        "Viettel Post",
        "VTP123",
    )
    assert first.recorded_at is not None

    again = post(client, url, shipped)
    assert again.status_code == 400  # box 1 is no longer a choice

    picked = {"number": "2", "method": "picked_up", "weight": "14", "carrier": "ignored"}
    assert post(client, url, picked).status_code == 302
    assert _reload(adoption).status == AdoptionStatus.ACTIVE
    assert post(client, url, {**picked, "number": "3", "weight": "13.334"}).status_code == 302
    adoption = _reload(adoption)
    assert [d.status for d in adoption.deliveries] == [
        DeliveryStatus.SHIPPED,
        DeliveryStatus.PICKED_UP,
        DeliveryStatus.PICKED_UP,
    ]
    assert adoption.deliveries[1].carrier == ""
    assert adoption.status == AdoptionStatus.COMPLETED


@pytest.mark.parametrize(
    ("changes", "field_id", "text"),
    [
        ({"weight": "0"}, "weight", "12.5"),
        ({"weight": "abc"}, "weight", "12.5"),
        ({"weight": "-3"}, "weight", "12.5"),
        ({"carrier": ""}, "carrier", "Who carries"),
        ({"number": "9"}, "number", ""),
    ],
)
def test_bad_deliveries_are_refused(app, client, owner, changes, field_id, text):
    adoption = adopted(app, owner)
    data = {"number": "1", "method": "shipped", "weight": "12.5", "carrier": "GHN",
            "tracking_number": ""}  # fmt: skip
    data.update(changes)
    response = post(client, f"/portal/adoptions/{adoption.id}/deliveries", data)
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), field_id, text)
    adoption = _reload(adoption)
    assert {d.status for d in adoption.deliveries} == {DeliveryStatus.PLANNED}


def test_a_short_harvest_becomes_exact_store_credit_and_completes(app, client, owner):
    adoption = adopted(app, owner, price=5_500_000, harvest_kg=40)
    url = f"/portal/adoptions/{adoption.id}/deliveries"
    light = {"number": "1", "method": "picked_up", "weight": "10.001"}
    assert post(client, url, light).status_code == 302
    shortfall = f"/portal/adoptions/{adoption.id}/shortfall"
    unconfirmed = post(client, shortfall + "?lang=en", {})
    assert unconfirmed.status_code == 400
    assert "Tick the box to confirm" in unconfirmed.get_data(as_text=True)
    assert credit.balance(adoption.user_id) == 0

    assert post(client, shortfall, {"confirm": "y"}).status_code == 302

    adoption = _reload(adoption)
    owed = (13_333 - 10_001) + 13_333 + 13_334
    expected = owed * 5_500_000 // 40_000
    assert credit.balance(adoption.user_id) == expected == 4_124_862
    [entry] = db.session.scalars(
        sa.select(StoreCreditEntry).where(StoreCreditEntry.adoption_id == adoption.id)
    ).all()
    assert entry.amount == expected
    assert [d.status for d in adoption.deliveries] == [
        DeliveryStatus.PICKED_UP,
        DeliveryStatus.SHORT,
        DeliveryStatus.SHORT,
    ]
    assert sum(d.credited for d in adoption.deliveries) == expected
    assert adoption.status == AdoptionStatus.COMPLETED
    [message] = outbox(app)
    assert message["To"] == "an@example.vn"
    assert "4.124.862" in message.get_content()

    again = post(client, shortfall, {"confirm": "y"})
    assert again.status_code == 302
    assert credit.balance(adoption.user_id) == expected


def test_a_light_last_box_keeps_the_adoption_running_until_credited(app, client, owner):
    adoption = adopted(app, owner, deliveries=1, delivery_months=[], harvest_kg=20)
    url = f"/portal/adoptions/{adoption.id}/deliveries"
    light = {"number": "1", "method": "picked_up", "weight": "19"}
    assert post(client, url, light).status_code == 302
    assert _reload(adoption).status == AdoptionStatus.ACTIVE
    shortfall = f"/portal/adoptions/{adoption.id}/shortfall"
    assert post(client, shortfall, {"confirm": "y"}).status_code == 302
    adoption = _reload(adoption)
    assert adoption.status == AdoptionStatus.COMPLETED
    assert credit.balance(adoption.user_id) == 1_000 * 5_500_000 // 20_000


def test_every_page_opens_for_the_owner(app, client, owner):
    adoption = adopted(app, owner)
    orchard_id, plan_id = adoption.tree.orchard_id, adoption.plan_id
    for url in (
        "/portal/orchards",
        f"/portal/orchards/{orchard_id}/plans",
        f"/portal/orchards/{orchard_id}/plans/new",
        f"/portal/plans/{plan_id}/edit",
        "/portal/adoptions",
        f"/portal/adoptions/{adoption.id}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Adopted trees" in response.get_data(as_text=True)
