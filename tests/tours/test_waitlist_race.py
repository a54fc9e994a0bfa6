"""A waiting-list offer is used or given back once, however many transactions reach it at the
same moment: two `flask expire-orders` runs, twenty bookings as the offer lapses, one offer
link opened in five tabs. Real processes (gunicorn workers, the flask command) on a committed
database; on PostgreSQL the contenders are made to queue on the offer's row (tests.locks) and
let go together, so the race happens on every run."""

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.contact import Contact
from storefront.orders.models import PaymentMethod
from storefront.tours import bookings, cancellation, waitlist
from storefront.tours.models import Booking, BookingStatus, Departure, WaitlistEntry, WaitlistStatus
from tests.conftest import LiveServer, build_app
from tests.gunicorn import SECRET_KEY, Buyer, flask_command, gunicorn
from tests.locks import RowLocks
from tests.tours import builders
from tests.web import hidden_fields

CAPACITY, PARTY, PARTIES, OFFERED, WAITING = 14, 4, 3, 4, 3
GUEST = Contact("Lê Hoa", "0912345678", "hoa@example.vn", 0, 0, "")
HOLDING = (BookingStatus.HELD, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)
TOTALS: dict[int, int] = {}  # what a party of n adults costs, as the booking page says


@pytest.fixture
def full_departure(make_database_url, tmp_path, request):
    """A departure of 14 seats: two paid parties of 4, 4 seats kept for a waiting-list offer
    (a third party cancelled), 3 more people waiting behind it, and 2 seats free."""
    url = make_database_url(request.node.name[5:40])
    app = build_app(
        url,
        tmp_path,
        SECRET_KEY=SECRET_KEY,  # the gunicorn workers' key
        SQLALCHEMY_ENGINE_OPTIONS={"pool_size": 25, "pool_pre_ping": True},  # 20 at once
    )
    with app.test_request_context("/"):
        departure = builders.departure(builders.tour(), capacity=CAPACITY)
        departure_id = departure.id
        db.session.commit()
        parties = []
        for n in range(PARTIES):
            order = bookings.book(
                departure_id=departure_id, adults=PARTY, children=0, contact=GUEST,
                method=PaymentMethod.BANK_TRANSFER, idempotency_key=f"party-{n}",
            )  # fmt: skip
            lifecycle.confirm_payment(order, actor_label="office")
            parties.append(bookings.booking_of(order))
            db.session.commit()
        departure = db.session.get(Departure, departure_id)
        offer = waitlist.join(departure, name="Minh", email="minh@example.vn", seats=OFFERED,
                              locale="vi")  # fmt: skip
        waitlist.join(departure, name="Lan", email="lan@example.vn", seats=WAITING, locale="en")
        cancellation.cancel_by_buyer(parties[-1])
        db.session.commit()
        assert offer.status == WaitlistStatus.OFFERED
        token = waitlist.offer_url(offer).split("offer=")[1].split("&")[0]
        path = f"/tours/{departure.tour.slug}/book?departure={departure_id}"
        offer_id = offer.id
        TOTALS.update({n: bookings.party_total(departure.tour, n, 0) for n in (2, PARTY)})
        db.session.remove()
    return app, url, tmp_path, departure_id, offer_id, path, token


def _lapse(app, offer_id) -> None:
    with app.app_context():
        db.session.get(WaitlistEntry, offer_id).offer_expires_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
        db.session.remove()


def _seats(app, departure_id) -> tuple[int, int, int]:
    """(seats taken, seats of live bookings, seats kept for live offers) on the departure."""
    with app.app_context():
        taken = db.session.get(Departure, departure_id).seats_taken
        booked = sum(
            b.seats
            for b in db.session.scalars(
                sa.select(Booking).where(Booking.departure_id == departure_id)
            )
            if b.status in HOLDING
        )
        kept = sum(
            e.seats
            for e in db.session.scalars(sa.select(WaitlistEntry))
            if e.status == WaitlistStatus.OFFERED
        )
        db.session.remove()
    return taken, booked, kept


def _booking_form(guest: Buyer, path: str, n: int, adults: int) -> dict:
    _status, page = guest.request(path)
    return {
        **hidden_fields(page), "adults": str(adults), "children": "0",
        "total_seen": str(TOTALS[adults]), "phone": f"09{n:08d}", "name": f"Khách {n}",
        "email": f"khach{n}@example.vn", "method": "bank_transfer",
    }  # fmt: skip


def _book_all_at_once(base, path, count, url, offer_id, adults) -> list[tuple[int, str]]:
    """`count` guests post the booking form for `adults` together, queued on the offer's row
    meanwhile."""
    guests = [Buyer(base) for _ in range(count)]
    forms = [_booking_form(guest, path, n, adults) for n, guest in enumerate(guests)]
    with RowLocks(url) as locks, ThreadPoolExecutor(count) as pool:
        locks.hold("waitlist_entry", offer_id)
        sent = [
            pool.submit(guest.request, path, form)
            for guest, form in zip(guests, forms, strict=True)
        ]
        locks.wait_for(count)
        locks.release()
        return [future.result() for future in sent]


def test_two_expiry_runs_at_once_lapse_an_offer_once(full_departure):
    app, url, instance, departure_id, offer_id, _path, _token = full_departure
    _lapse(app, offer_id)

    with RowLocks(url) as locks:
        locks.hold("waitlist_entry", offer_id)
        runs = [flask_command(url, instance, "expire-orders") for _ in range(2)]
        locks.wait_for(2)
        locks.release()
        outputs = [run.communicate(timeout=120)[0] for run in runs]

    assert [run.returncode for run in runs] == [0, 0], outputs
    assert sum("1 waiting-list offers lapsed" in output for output in outputs) == 1
    booked = PARTY * (PARTIES - 1)
    assert _seats(app, departure_id) == (booked + WAITING, booked, WAITING)


def test_twenty_bookings_as_an_offer_lapses_never_oversell(full_departure):
    app, url, _instance, departure_id, offer_id, path, _token = full_departure
    _lapse(app, offer_id)

    with LiveServer(app) as server:  # one process: gunicorn's threads would queue some
        results = _book_all_at_once(server.url, path, 20, url, offer_id, adults=2)

    statuses = [status for status, _body in results]
    assert 500 not in statuses, [body[:300] for status, body in results if status == 500]
    # 2 free + 4 lapsed seats: 3 offered to the next in line, 2 booked by one of the twenty
    assert statuses.count(302) == 1, statuses
    booked = PARTY * (PARTIES - 1) + 2
    assert _seats(app, departure_id) == (booked + WAITING, booked, WAITING)
    refused = [body for status, body in results if status != 302]
    assert all(re.search(r"now full|Only \d+ seats", body) for body in refused)


def test_one_offer_opened_in_five_tabs_books_once(full_departure):
    app, url, instance, departure_id, offer_id, path, token = full_departure

    with gunicorn(url, instance) as base:
        results = _book_all_at_once(base, f"{path}&offer={token}", 5, url, offer_id, adults=PARTY)

    statuses = [status for status, _body in results]
    assert statuses.count(302) == 1, statuses
    assert all(status == 400 for status in statuses if status != 302)
    booked = PARTY * PARTIES
    assert _seats(app, departure_id) == (booked, booked, 0)
    with app.app_context():
        assert db.session.get(WaitlistEntry, offer_id).status == WaitlistStatus.BOOKED
        db.session.remove()
