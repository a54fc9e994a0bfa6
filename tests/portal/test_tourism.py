"""Producers keep their orchards, trees, tours and departures; bad input saves nothing."""

import io
from datetime import timedelta

import pytest
import sqlalchemy as sa
from PIL import Image

from storefront.extensions import db
from storefront.farms.models import MangoVariety, Orchard, Tree, TreeStatus
from storefront.media.models import MediaAsset
from storefront.timeutil import today_local
from storefront.tours.models import Departure, Tour
from tests import factories
from tests.tours import builders
from tests.web import post

PROVINCE = "82"  # Đồng Tháp
IN_TEN_DAYS = (today_local() + timedelta(days=10)).isoformat()


def _jpeg(size=(800, 600)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (220, 160, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def orchard_data(**changes) -> dict:
    data = {
        "name": "Vườn xoài Ba Lành",
        "province": PROVINCE,
        "ward": str(builders.MY_THO),
        "address": "Ấp 3",
        "latitude": "10.49",
        "longitude": "105.64",
        "story_vi": "Vườn ba đời.",
        "story_en": "Three generations.",
        "growing_area_code": "VN-DTMX-0001",
        "vietgap": "y",
    }
    data.update(changes)
    return data


def tree_data(**changes) -> dict:
    data = {
        "code": "cc0101",
        "variety": "cat_hoa_loc",
        "planted_year": "2010",
        "profile_vi": "Cây sai trái.",
        "profile_en": "",
        "status": "resting",
    }
    data.update(changes)
    return data


def tour_data(**changes) -> dict:
    data = {
        "title_vi": "Một ngày làm nông dân",
        "title_en": "A day as a farmer",
        "description_vi": "Hái xoài.",
        "duration_minutes": "180",
        "adult_price": "350000",
        "child_price": "0",
        "min_age": "",
        "orchard_id": "0",
        "policy-0-days": "7",
        "policy-0-percent": "100",
        "policy-1-days": "2",
        "policy-1-percent": "50",
        "published": "y",
    }
    data.update(changes)
    return data


def departure_data(**changes) -> dict:
    data = {"day": IN_TEN_DAYS, "time": "08:30", "capacity": "20"}
    data.update(changes)
    return data


def test_create_and_edit_an_orchard_with_a_cover_photo(client, owner):
    data = orchard_data(cover_file=(io.BytesIO(_jpeg()), "cover.jpg"))
    response = post(client, "/portal/orchards/new", data, content_type="multipart/form-data")
    assert response.status_code == 302
    orchard = db.session.scalar(sa.select(Orchard).where(Orchard.producer_id == owner.id))
    assert (orchard.name, orchard.ward_code, orchard.vietgap) == (
        "Vườn xoài Ba Lành",
        builders.MY_THO,
        True,
    )
    assert orchard.latitude == pytest.approx(10.49)
    assert orchard.cover is not None

    response = post(client, f"/portal/orchards/{orchard.id}/edit", orchard_data(name="Vườn mới"))
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Orchard, orchard.id).name == "Vườn mới"
    assert "Vườn mới" in client.get("/portal/orchards").get_data(as_text=True)


def test_add_and_edit_a_tree(client, owner):
    orchard = builders.orchard(owner)
    response = post(client, f"/portal/orchards/{orchard.id}/trees/new", tree_data())
    assert response.status_code == 302
    tree = db.session.scalar(sa.select(Tree).where(Tree.orchard_id == orchard.id))
    assert (tree.code, tree.variety, tree.status) == (
        "CC0101",
        MangoVariety.CAT_HOA_LOC,
        TreeStatus.RESTING,
    )

    response = post(client, f"/portal/trees/{tree.id}/edit", tree_data(planted_year="2015"))
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Tree, tree.id).planted_year == 2015
    assert "CC0101" in client.get("/portal/orchards").get_data(as_text=True)


def test_create_and_edit_a_tour_in_an_own_orchard(client, owner):
    orchard = builders.orchard(owner)
    response = post(client, "/portal/tours/new", tour_data(orchard_id=str(orchard.id)))
    assert response.status_code == 302
    tour = db.session.scalar(sa.select(Tour).where(Tour.producer_id == owner.id))
    assert tour.cancellation_policy == [[7, 100], [2, 50]]
    assert (tour.orchard_id, tour.child_price, tour.min_age, tour.published) == (
        orchard.id,
        0,
        None,
        True,
    )

    html = client.get(f"/portal/tours/{tour.id}/edit").get_data(as_text=True)
    assert 'name="policy-1-percent" type="number" value="50"' in html
    changes = tour_data(min_age="6", **{"policy-1-days": "", "policy-1-percent": ""})
    del changes["published"]
    assert post(client, f"/portal/tours/{tour.id}/edit", changes).status_code == 302
    db.session.expire_all()
    tour = db.session.get(Tour, tour.id)
    assert (tour.min_age, tour.published, tour.cancellation_policy) == (6, False, [[7, 100]])
    assert tour.title_vi in client.get("/portal/tours").get_data(as_text=True)


def test_a_tour_gets_its_cover_photo_and_a_bad_one_is_refused(client, owner):
    tour = builders.tour(owner)
    url = f"/portal/tours/{tour.id}/edit?lang=en"
    bad = tour_data(cover_file=(io.BytesIO(b"not a picture"), "cover.jpg"))
    response = post(client, url, bad, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "not a JPEG, PNG, WebP or HEIC picture" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Tour, tour.id).cover_id is None

    good = tour_data(cover_file=(io.BytesIO(_jpeg()), "boat.jpg"))
    assert post(client, url, good, content_type="multipart/form-data").status_code == 302
    db.session.expire_all()
    assert db.session.get(Tour, tour.id).cover is not None


def test_add_change_and_cancel_departures(client, owner):
    tour = builders.tour(owner)
    url = f"/portal/tours/{tour.id}/departures"
    assert post(client, url, departure_data()).status_code == 302
    departure = db.session.scalar(sa.select(Departure).where(Departure.tour_id == tour.id))
    assert departure.starts_at.hour == 1 and departure.starts_at.minute == 30  # 08:30 in Vietnam
    assert departure.capacity == 20

    departure.seats_taken = 5
    db.session.flush()
    html = client.get(url).get_data(as_text=True)
    assert "8:30\u202fAM" in html  # the English clock, as every English page shows times

    capacity_url = f"/portal/departures/{departure.id}/capacity"
    assert post(client, capacity_url, {f"d{departure.id}-capacity": "5"}).status_code == 302
    assert post(client, f"/portal/departures/{departure.id}/cancel").status_code == 302
    db.session.expire_all()
    departure = db.session.get(Departure, departure.id)
    assert (departure.capacity, departure.cancelled) == (5, True)


def _error_next_to(html: str, field_id: str, text: str) -> bool:
    return (
        f'id="{field_id}-error" role="alert">' in html
        and text in html.split(f'id="{field_id}-error"')[1].split("</p>")[0]
    )


@pytest.mark.parametrize(
    ("changes", "field_id", "text"),
    [
        ({"ward": "99999999"}, "ward", "commune or ward"),
        ({"latitude": "91"}, "latitude", "Between -90 and 90"),
        ({"name": ""}, "name", "required"),
        ({"latitude": "nan"}, "latitude", "Enter a number"),  # NaN passed the range check
        ({"name": "Vườn\x1b[31m"}, "name", "control characters"),
    ],
)
def test_bad_orchards_are_refused(client, owner, changes, field_id, text):
    response = post(client, "/portal/orchards/new", orchard_data(**changes))
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), field_id, text)
    assert _count(Orchard) == 0


@pytest.mark.parametrize(
    ("changes", "field_id", "text"),
    [
        ({"code": "cc0001"}, "code", "Another tree"),
        ({"code": "CC-1"}, "code", "capital letters"),
        ({"planted_year": "1949"}, "planted_year", "1950"),
        ({"planted_year": str(today_local().year + 1)}, "planted_year", "1950"),
        ({"variety": "apple"}, "variety", ""),
        # Not a number reached the year's own validator as None: a 500 (issue 9).
        ({"planted_year": "abc"}, "planted_year", "whole number"),
        ({"planted_year": "99999999999999999999999"}, "planted_year", "too large"),
    ],
)
def test_bad_trees_are_refused(client, owner, changes, field_id, text):
    orchard = builders.orchard(owner)
    builders.tree(builders.orchard(), code="CC0001")
    response = post(client, f"/portal/orchards/{orchard.id}/trees/new", tree_data(**changes))
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), field_id, text)
    assert _count(Tree) == 1


def test_renaming_a_tree_to_a_taken_code_is_refused(client, owner):
    mine = builders.tree(builders.orchard(owner), code="CC0002")
    builders.tree(builders.orchard(), code="CC0003")
    response = post(client, f"/portal/trees/{mine.id}/edit", tree_data(code="CC0003"))
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), "code", "Another tree")
    db.session.expire_all()
    assert db.session.get(Tree, mine.id).code == "CC0002"


@pytest.mark.parametrize(
    ("changes", "field_id", "text"),
    [
        ({"adult_price": "-1"}, "adult_price", "100.000.000"),
        ({"child_price": "100000001"}, "child_price", "100.000.000"),
        ({"duration_minutes": "29"}, "duration_minutes", "30 minutes"),
        ({"duration_minutes": "1441"}, "duration_minutes", "30 minutes"),
        ({"min_age": "19"}, "min_age", "18"),
        ({"policy-1-days": "7"}, "policy-1-days", "fewer days"),
        ({"policy-1-days": "9"}, "policy-1-days", "fewer days"),
        ({"policy-1-percent": "100"}, "policy-1-percent", "smaller refund"),
        ({"policy-1-percent": "101"}, "policy-1-percent", "0 and 100"),
        ({"policy-0-days": "-1"}, "policy-0-days", "0 or more"),
        ({"policy-2-days": "1"}, "policy-2-percent", "0 and 100"),
        ({"title_vi": ""}, "title_vi", "required"),
    ],
)
def test_bad_tours_are_refused(client, owner, changes, field_id, text):
    response = post(client, "/portal/tours/new", tour_data(**changes))
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), field_id, text)
    assert _count(Tour) == 0


def test_a_tour_cannot_be_put_in_another_producers_orchard(client, owner):
    theirs = builders.orchard()
    response = post(client, "/portal/tours/new", tour_data(orchard_id=str(theirs.id)))
    assert response.status_code == 400
    assert _count(Tour) == 0


@pytest.mark.parametrize(
    ("changes", "field_id", "text"),
    [
        ({"day": (today_local() - timedelta(days=1)).isoformat()}, "day", "future"),
        ({"capacity": "0"}, "capacity", "500"),
        ({"capacity": "501"}, "capacity", "500"),
        ({"time": "25:00"}, "time", ""),
    ],
)
def test_bad_departures_are_refused(client, owner, changes, field_id, text):
    tour = builders.tour(owner)
    response = post(client, f"/portal/tours/{tour.id}/departures", departure_data(**changes))
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), field_id, text)
    assert _count(Departure) == 0


def test_capacity_cannot_go_below_the_seats_taken(client, owner):
    departure = builders.departure(builders.tour(owner), capacity=20, seats_taken=8)
    field = f"d{departure.id}-capacity"
    response = post(client, f"/portal/departures/{departure.id}/capacity", {field: "7"})
    assert response.status_code == 400
    assert _error_next_to(response.get_data(as_text=True), field, "8 seats are already taken")
    db.session.expire_all()
    assert db.session.get(Departure, departure.id).capacity == 20


def test_after_a_refused_capacity_the_new_departure_form_still_posts_to_its_own_page(client, owner):
    departure = builders.departure(builders.tour(owner))
    response = post(
        client, f"/portal/departures/{departure.id}/capacity", {f"d{departure.id}-capacity": "0"},
        f"/portal/tours/{departure.tour_id}/departures",
    )  # fmt: skip
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'action="/portal/tours/{departure.tour_id}/departures"' in html


def test_lists_show_only_the_producers_own_rows(client, owner):
    builders.tree(builders.orchard(owner, name="Vườn của tôi"), code="MINE1")
    builders.tour(owner, title_vi="Tour của tôi")
    builders.tree(builders.orchard(name="Vườn của họ"), code="THEIRS1")
    builders.tour(title_vi="Tour của họ")
    orchards = client.get("/portal/orchards").get_data(as_text=True)
    tours = client.get("/portal/tours").get_data(as_text=True)
    assert "Vườn của tôi" in orchards and "MINE1" in orchards and "Tour của tôi" in orchards
    assert "Vườn của họ" not in orchards and "THEIRS1" not in orchards
    assert "Tour của tôi" in tours and "Tour của họ" not in tours


ROUTES = [
    ("GET", "/portal/orchards/{orchard}/edit"),
    ("POST", "/portal/orchards/{orchard}/edit"),
    ("GET", "/portal/orchards/{orchard}/trees/new"),
    ("POST", "/portal/orchards/{orchard}/trees/new"),
    ("GET", "/portal/trees/{tree}/edit"),
    ("POST", "/portal/trees/{tree}/edit"),
    ("GET", "/portal/tours/{tour}/edit"),
    ("POST", "/portal/tours/{tour}/edit"),
    ("GET", "/portal/tours/{tour}/departures"),
    ("POST", "/portal/tours/{tour}/departures"),
    ("POST", "/portal/departures/{departure}/capacity"),
    ("POST", "/portal/departures/{departure}/cancel"),
    *(
        route
        for kind in ("orchard", "tree", "tour")
        for route in (
            ("GET", f"/portal/{kind}s/{{{kind}}}/photos"),
            ("POST", f"/portal/{kind}s/{{{kind}}}/photos"),
            ("POST", f"/portal/{kind}s/{{{kind}}}/photos/{{{kind}_photo}}/up"),
            ("POST", f"/portal/{kind}s/{{{kind}}}/photos/{{{kind}_photo}}/delete"),
        )
    ),
]


@pytest.fixture
def their_rows(owner):
    theirs = factories.producer(name="HTX Người Khác")
    orchard = builders.orchard(theirs)
    tree = builders.tree(orchard, code="THEIR1")
    tour = builders.tour(theirs, orchard=orchard)
    departure = builders.departure(tour, capacity=30, seats_taken=2)
    rows = {"orchard": orchard, "tree": tree, "tour": tour, "departure": departure}
    for name in ("orchard", "tree", "tour"):  # the second one, so that "up" could move it
        rows[f"{name}_photo"] = builders.extra_photos(rows[name], 2)[1]
    return rows


def _snapshot(rows: dict):
    db.session.expire_all()
    orchard = db.session.get(Orchard, rows["orchard"].id)
    tree = db.session.get(Tree, rows["tree"].id)
    tour = db.session.get(Tour, rows["tour"].id)
    departure = db.session.get(Departure, rows["departure"].id)
    return (
        (orchard.name, orchard.ward_code, orchard.story_vi),
        (tree.code, tree.planted_year, tree.status),
        (tour.title_vi, tour.adult_price, tour.cancellation_policy, tour.published),
        (departure.capacity, departure.cancelled),
        _count(Tree),
        _count(Departure),
        _count(Orchard),
        _count(Tour),
        [[(p.id, p.position) for p in row.photos] for row in (orchard, tree, tour)],
        _count(MediaAsset),
    )


@pytest.mark.parametrize(("method", "pattern"), ROUTES)
def test_other_producers_ids_give_404(client, their_rows, method, pattern):
    url = pattern.format(**{name: row.id for name, row in their_rows.items()})
    before = _snapshot(their_rows)

    if method == "GET":
        response = client.get(url)
    else:
        departure_id = their_rows["departure"].id
        data = {
            **orchard_data(name="Đổi tên"),
            **tree_data(code="HACK1", planted_year="2000"),
            **tour_data(title_vi="Đổi tên", adult_price="1"),
            **departure_data(capacity="3"),
            f"d{departure_id}-capacity": "3",
            "photos": [(io.BytesIO(_jpeg()), "theirs.jpg")],
        }
        response = post(client, url, data, content_type="multipart/form-data")

    assert response.status_code == 404
    assert _snapshot(their_rows) == before


def test_every_page_opens_for_the_owner(client, owner):
    orchard = builders.orchard(owner)
    tree = builders.tree(orchard)
    tour = builders.tour(owner, orchard=orchard)
    builders.departure(tour, seats_taken=3)
    for url in (
        "/portal/orchards",
        "/portal/orchards/new",
        f"/portal/orchards/{orchard.id}/edit",
        f"/portal/orchards/{orchard.id}/trees/new",
        f"/portal/trees/{tree.id}/edit",
        "/portal/tours",
        "/portal/tours/new",
        f"/portal/tours/{tour.id}/edit",
        f"/portal/tours/{tour.id}/departures",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Orchards and tours" in response.get_data(as_text=True)
