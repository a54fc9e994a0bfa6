"""The cron commands as cron runs them (committed data, no request): expire-orders frees held
seats and passes lapsed waiting-list offers on; send-reminders e-mails tomorrow's tourists once."""

from datetime import timedelta

import sqlalchemy as sa

from storefront.extensions import db
from storefront.mail import outbox
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.contact import Contact
from storefront.orders.models import PaymentMethod
from storefront.timeutil import VIETNAM, to_local
from storefront.tours import bookings, waitlist
from storefront.tours.models import Booking, BookingStatus, Departure, WaitlistEntry, WaitlistStatus
from tests.conftest import build_app
from tests.tours import builders

GUEST = Contact("Lê Hoa", "0912345678", "hoa@example.vn", 0, 0, "")


def _book(departure_id, key, adults=2):
    return bookings.book(departure_id=departure_id, adults=adults, children=0, contact=GUEST,
                         method=PaymentMethod.BANK_TRANSFER, idempotency_key=key)  # fmt: skip


def test_send_reminders_twice_sends_one_e_mail_with_a_full_link(make_database_url, tmp_path):
    app = build_app(make_database_url("reminders"), tmp_path, SITE_URL="https://cho.example.vn")
    tomorrow = (to_local(utcnow()) + timedelta(days=1)).replace(hour=7, minute=30, tzinfo=VIETNAM)
    with app.test_request_context("/"):
        departure_id = builders.departure(builders.tour(), starts_at=tomorrow).id
        db.session.commit()
        order = _book(departure_id, "tomorrow")
        lifecycle.confirm_payment(order)
        db.session.commit()
    outbox(app).clear()
    runner = app.test_cli_runner()

    first = runner.invoke(args=["send-reminders"])
    second = runner.invoke(args=["send-reminders"])

    assert first.exit_code == 0 and "1 reminders sent." in first.output
    assert second.exit_code == 0 and "0 reminders sent." in second.output
    [reminder] = outbox(app)
    assert reminder["To"] == "hoa@example.vn"
    assert "https://cho.example.vn/tickets/" in reminder.get_content()


def test_expire_orders_frees_held_seats_and_moves_the_waiting_list(make_database_url, tmp_path):
    app = build_app(make_database_url("expiry"), tmp_path, SITE_URL="https://cho.example.vn")
    with app.test_request_context("/"):
        departure = builders.departure(builders.tour(), capacity=2)
        departure_id = departure.id
        db.session.commit()
        held = _book(departure_id, "held")
        db.session.commit()
        waitlist.join(db.session.get(Departure, departure_id), name="Minh",
                      email="minh@example.vn", seats=2, locale="vi")  # fmt: skip
        held.pay_by = utcnow() - timedelta(minutes=1)
        held_id = held.id
        db.session.commit()
    outbox(app).clear()

    result = app.test_cli_runner().invoke(args=["expire-orders"])

    assert result.exit_code == 0, result.output
    assert "1 unpaid orders expired" in result.output
    with app.app_context():
        [entry] = db.session.scalars(sa.select(WaitlistEntry)).all()
        assert entry.status == WaitlistStatus.OFFERED
        assert db.session.get(Departure, departure_id).seats_taken == 2  # kept for the offer
        booking = db.session.scalar(sa.select(Booking).where(Booking.order_id == held_id))
        assert booking.status == BookingStatus.RELEASED
        db.session.remove()
    [offer] = outbox(app)
    assert (
        offer["To"] == "minh@example.vn" and "https://cho.example.vn/tours/" in offer.get_content()
    )
