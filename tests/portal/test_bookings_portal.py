"""The guide's side of tours: who is booked, cancelling a departure (full refunds), raising
its capacity (the waiting list first), and checking tickets in by code; plus access: another
producer's ids give 404 on every new portal page and change nothing."""

import pytest
import sqlalchemy as sa

from storefront.adoptions.models import Adoption, HarvestDelivery, TreeUpdate
from storefront.extensions import db
from storefront.farms import editing as farm_editing
from storefront.farms.models import AdoptionPlan
from storefront.mail import outbox
from storefront.orders import lifecycle
from storefront.orders.contact import Contact
from storefront.orders.models import OrderStatus, PaymentMethod, Refund, RefundStatus
from storefront.tours import editing
from storefront.tours.bookings import book
from storefront.tours.models import Booking, BookingStatus, Departure, WaitlistEntry, WaitlistStatus
from tests import factories
from tests.portal.test_adoption_portal import adopted, plan_data
from tests.tours import builders
from tests.web import login, post

GUEST = Contact("Lê Thị Cúc", "0987654321", "cuc@example.vn", 82, builders.MY_THO, "Ấp 1")


@pytest.fixture
def owner(client, database):
    maker = factories.producer(name="HTX Du lịch Mỹ Xương")
    login(client, factories.member(maker))
    with client.session_transaction() as session:
        session["lang"] = "en"
    return maker


def booked(app, departure: Departure, *, adults=2, children=1, key="b-1") -> Booking:
    """A booking paid by bank transfer (confirmed, ticket sent)."""
    with app.test_request_context("/"):
        order = book(
            departure_id=departure.id, adults=adults, children=children, contact=GUEST,
            method=PaymentMethod.BANK_TRANSFER, idempotency_key=key, user=factories.user(),
        )  # fmt: skip
        lifecycle.confirm_payment(order, actor_label="office")
    booking = db.session.scalar(sa.select(Booking).where(Booking.order_id == order.id))
    assert booking.status == BookingStatus.CONFIRMED
    outbox(app).clear()
    return booking


def test_the_bookings_of_a_departure_are_listed(app, client, owner):
    departure = builders.departure(builders.tour(owner), capacity=12)
    booking = booked(app, departure)
    other = builders.departure(builders.tour(owner))
    booked(app, other, key="b-other")
    page = client.get(f"/portal/departures/{departure.id}/bookings").get_data(as_text=True)
    assert "Lê Thị Cúc" in page and "0987654321" in page and booking.ticket_code in page
    assert "3 of 12 seats taken" in page
    assert page.count("<code>") == 1
    departures = client.get(f"/portal/tours/{departure.tour_id}/departures")
    assert f"/portal/departures/{departure.id}/bookings" in departures.get_data(as_text=True)


def test_cancelling_a_departure_refunds_every_booking_in_full(app, client, owner):
    departure = builders.departure(builders.tour(owner))
    first = booked(app, departure, key="b-1")
    second = booked(app, departure, adults=1, children=0, key="b-2")
    totals = {first.id: first.order.total, second.id: second.order.total}

    response = post(client, f"/portal/departures/{departure.id}/cancel")

    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Departure, departure.id).cancelled
    for booking_id, total in totals.items():
        booking = db.session.get(Booking, booking_id)
        assert booking.status == BookingStatus.CANCELLED
        assert booking.order.status == OrderStatus.CANCELLED
        [refund] = db.session.scalars(
            sa.select(Refund).where(Refund.payment_id == booking.order.payment.id)
        ).all()
        assert (refund.amount, refund.status) == (total, RefundStatus.TO_PAY)
    assert sorted(m["To"] for m in outbox(app)) == ["cuc@example.vn", "cuc@example.vn"]
    page = client.get(f"/portal/tours/{departure.tour_id}/departures").get_data(as_text=True)
    assert "2 bookings were cancelled and refunded in full" in page


def test_a_failed_card_refund_cancels_nothing_and_says_so(app, client, owner, stripe_settings):
    departure = builders.departure(builders.tour(owner))
    with app.test_request_context("/"):
        order = book(
            departure_id=departure.id, adults=2, children=0, contact=GUEST,
            method=PaymentMethod.CARD, idempotency_key="card",
        )  # fmt: skip
        order.payment.charge_reference = "pi_test_weather"
        lifecycle.confirm_payment(order, actor_label="stripe")
    stripe_settings.fail_next = (400, "This charge has been disputed.")

    response = post(client, f"/portal/departures/{departure.id}/cancel")

    assert response.status_code == 302
    db.session.expire_all()
    assert not db.session.get(Departure, departure.id).cancelled
    booking = db.session.scalar(sa.select(Booking).where(Booking.order_id == order.id))
    assert booking.status == BookingStatus.CONFIRMED
    assert db.session.scalar(sa.select(sa.func.count(Refund.id))) == 0
    page = client.get(f"/portal/tours/{departure.tour_id}/departures").get_data(as_text=True)
    assert "A card refund could not be made just now" in page


def test_raising_the_capacity_offers_the_seats_to_the_waiting_list(app, client, owner):
    departure = builders.departure(builders.tour(owner), capacity=3)
    booked(app, departure)
    entry = WaitlistEntry(departure_id=departure.id, name="Hòa", email="hoa@example.vn", seats=2)
    db.session.add(entry)
    db.session.flush()

    url = f"/portal/departures/{departure.id}/capacity"
    assert post(client, url, {f"d{departure.id}-capacity": "6"}).status_code == 302

    db.session.expire_all()
    departure = db.session.get(Departure, departure.id)
    assert (departure.capacity, departure.seats_taken) == (6, 5)  # 2 seats kept for Hòa
    assert db.session.get(WaitlistEntry, entry.id).status == WaitlistStatus.OFFERED
    assert [m["To"] for m in outbox(app)] == ["hoa@example.vn"]


def test_the_capacity_never_drops_below_seats_sold_meanwhile(app, database):
    departure = builders.departure(builders.tour(), capacity=20, seats_taken=3)
    db.session.execute(  # a buyer books 5 seats after the page was read
        sa.update(Departure).where(Departure.id == departure.id).values(seats_taken=8)
    )
    with app.test_request_context("/"):
        with pytest.raises(farm_editing.TourismError) as refused:
            editing.set_capacity(departure, 5)
        assert refused.value.field == "capacity"
    db.session.expire_all()
    assert db.session.get(Departure, departure.id).capacity == 20


def test_a_typed_ticket_code_opens_the_ticket(app, client, owner):
    booking = booked(app, builders.departure(builders.tour(owner)))
    code = booking.ticket_code.lower()
    typed = f"{code[:4]}-{code[4:]} "
    assert client.get("/portal/check-in").status_code == 200
    response = post(client, "/portal/check-in", {"code": typed})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/tickets/")


def test_an_unknown_or_foreign_ticket_code_is_not_found(app, client, owner):
    theirs = booked(app, builders.departure(builders.tour()))
    for code in ("ZZZZ9999", theirs.ticket_code):
        response = post(client, "/portal/check-in", {"code": code})
        assert response.status_code == 404
        page = response.get_data(as_text=True)
        assert "No ticket of yours has this code" in page and 'name="code"' in page


# Access --------------------------------------------------------------------------------

ROUTES = [
    ("GET", "/portal/orchards/{orchard}/plans"),
    ("GET", "/portal/orchards/{orchard}/plans/new"),
    ("POST", "/portal/orchards/{orchard}/plans/new"),
    ("GET", "/portal/plans/{plan}/edit"),
    ("POST", "/portal/plans/{plan}/edit"),
    ("GET", "/portal/adoptions/{adoption}"),
    ("POST", "/portal/adoptions/{adoption}/updates"),
    ("POST", "/portal/adoptions/{adoption}/deliveries"),
    ("POST", "/portal/adoptions/{adoption}/shortfall"),
    ("GET", "/portal/departures/{departure}/bookings"),
    ("POST", "/portal/departures/{departure}/cancel"),
    ("POST", "/portal/departures/{departure}/capacity"),
]


@pytest.fixture
def their_rows(app, owner):
    theirs = factories.producer(name="HTX Người Khác")
    adoption = adopted(app, theirs)
    departure = builders.departure(builders.tour(theirs), capacity=10)
    booking = booked(app, departure)
    return {
        "orchard": adoption.tree.orchard_id,
        "plan": adoption.plan_id,
        "adoption": adoption.id,
        "departure": departure.id,
        "booking": booking.id,
    }


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def _snapshot(ids: dict):
    db.session.expire_all()
    plan = db.session.get(AdoptionPlan, ids["plan"])
    adoption = db.session.get(Adoption, ids["adoption"])
    departure = db.session.get(Departure, ids["departure"])
    booking = db.session.get(Booking, ids["booking"])
    return (
        (plan.season_vi, plan.price, plan.starts_on, plan.renewal_opens_on),
        (adoption.status, [(d.status, d.delivered_grams) for d in adoption.deliveries]),
        (departure.capacity, departure.cancelled, departure.seats_taken),
        booking.status,
        _count(AdoptionPlan),
        _count(TreeUpdate),
        _count(HarvestDelivery),
    )


@pytest.mark.parametrize(("method", "pattern"), ROUTES)
def test_other_producers_ids_give_404(client, their_rows, method, pattern):
    url = pattern.format(**their_rows)
    before = _snapshot(their_rows)
    if method == "GET":
        response = client.get(url)
    else:
        data = {
            **plan_data(season_vi="Đổi tên", price="1.000"),
            "note": "Tin giả",
            "number": "1",
            "method": "picked_up",
            "weight": "1",
            f"d{their_rows['departure']}-capacity": "50",
        }
        response = post(client, url, data)
    assert response.status_code == 404
    assert _snapshot(their_rows) == before


def test_an_unpaid_adoption_has_no_portal_page(app, client, owner):
    adoption = adopted(app, owner)
    db.session.execute(sa.update(Adoption).where(Adoption.id == adoption.id).values(status="held"))
    assert client.get(f"/portal/adoptions/{adoption.id}").status_code == 404


NEW_PAGES = ("/portal/adoptions", "/portal/check-in")


def test_anonymous_visitors_and_buyers_get_no_new_page(client, database):
    for url in NEW_PAGES:
        response = client.get(url)
        assert response.status_code == 302 and "/account/login" in response.headers["Location"]
    login(client, factories.user())
    for url in NEW_PAGES:
        assert client.get(url).status_code == 403
