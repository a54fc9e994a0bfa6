"""Many people press the same button at once: seats are never oversold, a tree gets one
adopter per season, a ticket checks in once. Real gunicorn processes (or a threaded server)
on 127.0.0.1, each client with its own cookies, all released by a barrier; SQLite and
PostgreSQL alike, like the whole suite."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from storefront.adoptions.models import Adoption
from storefront.extensions import db
from storefront.orders import lifecycle
from storefront.orders.contact import Contact
from storefront.orders.models import OrderEvent, PaymentMethod
from storefront.tours import bookings, tickets
from storefront.tours.models import Booking, Departure
from tests import factories
from tests.conftest import LiveServer, build_app
from tests.gunicorn import Buyer, gunicorn
from tests.tours import builders
from tests.web import input_value, quoted_total

GUESTS, CAPACITY, PARTY = 60, 20, 2
ADOPTERS = 16


def _all_at_once(count: int, prepare, act):
    """Run prepare(n) for each client, wait until all are ready, then act(n, state) together."""
    barrier = threading.Barrier(count, timeout=120)

    def run(n):
        try:
            state = prepare(n)
        except BaseException:
            barrier.abort()  # the others fail at once instead of waiting for the timeout
            raise
        barrier.wait()
        return act(n, state)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_sixty_guests_at_once_never_overbook_a_departure(make_database_url, tmp_path):
    url = make_database_url("seats_rush")
    app = build_app(url, tmp_path)
    with app.app_context():
        departure = builders.departure(builders.tour(), capacity=CAPACITY)
        departure_id, path = (
            departure.id,
            f"/tours/{departure.tour.slug}/book?departure={departure.id}",
        )
        db.session.commit()

    def prepare(n):
        guest = Buyer(base)
        _status, page = guest.request(path)
        _status, quote = guest.request(path.replace("/book?", "/book/quote?") + f"&adults={PARTY}")
        form = {
            "csrf_token": input_value(page, "csrf_token"),
            "idempotency_key": input_value(page, "idempotency_key"),
            "total_seen": quoted_total(quote),
            "adults": str(PARTY), "children": "0", "phone": f"09{n:08d}",
            "name": f"Khách {n}", "email": f"khach{n}@example.vn", "method": "bank_transfer",
        }  # fmt: skip
        return guest, form

    with gunicorn(url, tmp_path) as base:
        results = _all_at_once(GUESTS, prepare, lambda n, s: s[0].request(path, s[1]))

    statuses = [status for status, _body in results]
    assert 500 not in statuses
    assert statuses.count(302) == CAPACITY // PARTY
    refused = [body for status, body in results if status != 302]
    assert all(status == 400 for status in statuses if status != 302)
    assert all(re.search(r"now full|Only \d+ seats", body) for body in refused)
    with app.app_context():
        taken = db.session.scalar(
            sa.select(Departure.seats_taken).where(Departure.id == departure_id)
        )
        assert taken == CAPACITY
        assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == CAPACITY // PARTY
        db.session.remove()


def test_sixteen_adopters_at_once_one_tree_one_winner(make_database_url, tmp_path):
    url = make_database_url("tree_rush")
    app = build_app(url, tmp_path)
    with app.app_context():
        tree = builders.offered_tree()
        other = builders.tree(tree.orchard).code  # another tree to offer the losers
        emails = [factories.user(email=f"nuoi{n}@example.vn").email for n in range(ADOPTERS)]
        code = tree.code
        db.session.commit()
    path = f"/mango-trees/{code}/adopt"

    def prepare(n):
        adopter = Buyer(base)
        _status, page = adopter.request("/account/login")
        status, _ = adopter.request("/account/login", {
            "csrf_token": input_value(page, "csrf_token"), "email": emails[n],
            "password": factories.PASSWORD,
        })  # fmt: skip
        assert status == 302, status
        _status, page = adopter.request(path)
        form = {
            "csrf_token": input_value(page, "csrf_token"),
            "idempotency_key": input_value(page, "idempotency_key"),
            "total_seen": input_value(page, "total_seen"),
            "plate_name": f"Gia đình {n}", "phone": "0912345678", "name": f"Người nuôi {n}",
            "email": emails[n], "province": "82", "ward": str(builders.MY_THO),
            "address": "Ấp 3", "method": "bank_transfer",
        }  # fmt: skip
        return adopter, form

    with gunicorn(url, tmp_path) as base:
        results = _all_at_once(ADOPTERS, prepare, lambda n, s: s[0].request(path, s[1]))

    statuses = [status for status, _body in results]
    assert statuses.count(302) == 1
    assert statuses.count(409) == ADOPTERS - 1
    losers = [body for status, body in results if status == 409]
    assert all("is not available" in body and f"/mango-trees/{other}" in body for body in losers)
    with app.app_context():
        held = db.session.scalars(sa.select(Adoption).where(Adoption.claim.is_not(None))).all()
        assert len(held) == 1
        db.session.remove()


def test_two_guides_scanning_one_ticket_at_once_check_it_in_once(make_database_url, tmp_path):
    app = build_app(make_database_url("checkin_race"), tmp_path)
    with app.test_request_context("/"):
        producer = factories.producer()
        guide = factories.member(producer)
        departure = builders.departure(builders.tour(producer))
        email = guide.email
        db.session.commit()
        order = bookings.book(
            departure_id=departure.id, adults=2, children=1, idempotency_key="ticket",
            contact=Contact("Lê Hoa", "0912345678", "hoa@example.vn", 0, 0, ""),
            method=PaymentMethod.BANK_TRANSFER,
        )  # fmt: skip
        lifecycle.confirm_payment(order)
        ticket = tickets.ticket_url(bookings.booking_of(order))
        db.session.commit()
        db.session.remove()
    scans = 6

    def prepare(_n):
        phone = Buyer(server.url)
        _status, page = phone.request("/account/login")
        credentials = {"email": email, "password": factories.PASSWORD}
        phone.request(
            "/account/login", {"csrf_token": input_value(page, "csrf_token"), **credentials}
        )
        _status, page = phone.request(ticket)
        return phone, input_value(page, "csrf_token")

    def scan(_n, state):
        phone, token = state
        status, _ = phone.request(ticket + "/check-in", {"csrf_token": token})
        return status, phone.request(ticket + "?lang=en")[1]

    with LiveServer(app) as server:
        results = _all_at_once(scans, prepare, scan)

    assert [status for status, _page in results] == [303] * scans
    pages = [page for _status, page in results]
    assert sum("Checked in: 2 adults" in page for page in pages) == 1
    assert sum("already used at" in page for page in pages) == scans - 1
    with app.app_context():
        check_ins = db.session.scalar(
            sa.select(sa.func.count(OrderEvent.id)).where(
                OrderEvent.subject == "booking", OrderEvent.to_state == "checked_in"
            )
        )
        assert check_ins == 1
        db.session.remove()


def test_buyer_and_operator_cancelling_at_once_refund_once(make_database_url, tmp_path):
    from storefront.orders.links import order_url
    from storefront.orders.models import Refund

    app = build_app(make_database_url("cancel_both"), tmp_path)
    with app.test_request_context("/"):
        producer = factories.producer()
        owner = factories.member(producer)
        departure = builders.departure(builders.tour(producer), capacity=10)
        departure_id, tour_id, email = departure.id, departure.tour_id, owner.email
        db.session.commit()
        order = bookings.book(
            departure_id=departure_id, adults=2, children=0, idempotency_key="both",
            contact=Contact("Lê Hoa", "0912345678", "hoa@example.vn", 0, 0, ""),
            method=PaymentMethod.BANK_TRANSFER,
        )  # fmt: skip
        lifecycle.confirm_payment(order)
        link, number = order_url(order), order.number
        db.session.commit()
        db.session.remove()

    def prepare(n):
        client = Buyer(server.url)
        if n == 0:  # the operator
            _status, page = client.request("/account/login")
            credentials = {"email": email, "password": factories.PASSWORD}
            client.request(
                "/account/login", {"csrf_token": input_value(page, "csrf_token"), **credentials}
            )
            _status, page = client.request(f"/portal/tours/{tour_id}/departures")
            return (
                client,
                f"/portal/departures/{departure_id}/cancel",
                {"csrf_token": input_value(page, "csrf_token")},
            )
        _status, page = client.request(link)
        form = {"csrf_token": input_value(page, "csrf_token"), "t": link.split("t=")[1]}
        return client, f"/orders/{number}/cancel-booking", form

    with LiveServer(app) as server:
        results = _all_at_once(4, prepare, lambda n, s: s[0].request(s[1], s[2])[0])

    assert 500 not in results
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Refund.id))) == 1
        assert db.session.get(Departure, departure_id).seats_taken == 0
        db.session.remove()
