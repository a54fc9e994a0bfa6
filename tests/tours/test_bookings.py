"""Booking a departure: seats held then confirmed or released, tickets checked in once,
cancellation refunds by the policy, operator cancellation, waiting list and reminders."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.models import (
    OrderKind,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
    RefundStatus,
)
from storefront.tours import bookings, cancellation, reminders, tickets, waitlist
from storefront.tours.bookings import SeatsGoneError, book
from storefront.tours.errors import BookingError
from storefront.tours.models import Booking, BookingStatus, Departure, WaitlistStatus
from tests import factories
from tests.tours import builders

GUEST = Contact("Lê Thị Hoa", "0912345678", "hoa@example.vn", 0, 0, "")


@pytest.fixture(autouse=True)
def request_context(app, database):
    with app.test_request_context("/"):
        yield


def _book(departure, adults=2, children=1, key="b-1", **kw):
    """Each call needs its own key: a failed call's order stays in the test's transaction."""
    values = {
        "departure_id": departure.id,
        "adults": adults,
        "children": children,
        "contact": GUEST,
        "method": PaymentMethod.BANK_TRANSFER,
        "idempotency_key": key,
    }
    values.update(kw)
    return book(**values)


def _seats_taken(departure) -> int:
    return db.session.scalar(sa.select(Departure.seats_taken).where(Departure.id == departure.id))


def _paid_booking(departure, **kw) -> Booking:
    order = _book(departure, **kw)
    lifecycle.confirm_payment(order, actor_label="office")
    return bookings.booking_of(order)


def test_a_booking_holds_seats_for_adults_and_children_and_prices_both():
    departure = builders.departure(builders.tour(), capacity=10)
    order = _book(departure, adults=2, children=1)

    assert order.kind == OrderKind.BOOKING and order.status == OrderStatus.AWAITING_PAYMENT
    assert order.total == 2 * 350_000 + 200_000 and order.ward_code is None
    assert _seats_taken(departure) == 3
    booking = bookings.booking_of(order)
    assert booking.status == BookingStatus.HELD and len(booking.ticket_code) == 8
    assert timedelta(minutes=115) < order.pay_by - utcnow() <= timedelta(minutes=120)
    card = _book(departure, adults=1, children=0, key="card", method=PaymentMethod.CARD)
    assert timedelta(minutes=14) < card.pay_by - utcnow() <= timedelta(minutes=15)


def test_payment_confirms_the_booking_and_mails_the_ticket():
    departure = builders.departure(builders.tour())
    booking = _paid_booking(departure)
    assert booking.status == BookingStatus.CONFIRMED
    [ticket] = [m for m in db.session.info["outbox"] if "/tickets/" in m.get_content()]
    assert ticket["To"] == "hoa@example.vn" and booking.ticket_code in ticket.get_content()


def test_an_unpaid_hold_expires_and_gives_the_seats_back():
    departure = builders.departure(builders.tour(), capacity=3)
    first = _book(departure, adults=3, children=0, key="first")
    with pytest.raises(SeatsGoneError):
        _book(departure, adults=1, children=0, key="second")
    first.pay_by = utcnow() - timedelta(seconds=1)
    db.session.flush()

    _book(departure, adults=3, children=0, key="third")

    assert first.status == OrderStatus.EXPIRED
    assert bookings.booking_of(first).status == BookingStatus.RELEASED
    assert _seats_taken(departure) == 3


@pytest.mark.parametrize(
    ("adults", "children", "field"),
    [(0, 0, "adults"), (0, 2, "adults"), (1, -1, "children"), (15, 6, "children")],
)
def test_bad_party_sizes_are_refused_before_anything_is_saved(adults, children, field):
    departure = builders.departure(builders.tour(), capacity=50)
    with pytest.raises(CheckoutError) as raised:
        _book(departure, adults=adults, children=children)
    assert raised.value.field == field
    assert _seats_taken(departure) == 0
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0


def test_more_children_than_seats_left_is_refused_with_the_seats_left():
    departure = builders.departure(builders.tour(), capacity=4)
    with pytest.raises(SeatsGoneError) as raised:
        _book(departure, adults=1, children=4)
    assert "4" in str(raised.value)
    assert _seats_taken(departure) == 0


def test_cash_on_delivery_past_cancelled_and_unpublished_departures_are_refused():
    tour = builders.tour()
    with pytest.raises(CheckoutError):
        _book(builders.departure(tour), method=PaymentMethod.COD, key="cod")
    with pytest.raises(CheckoutError):
        _book(builders.departure(tour, starts_at=utcnow() - timedelta(hours=1)), key="past")
    with pytest.raises(CheckoutError):
        _book(builders.departure(tour, cancelled=True), key="cancelled")
    hidden = builders.tour(published=False)
    with pytest.raises(CheckoutError):
        _book(builders.departure(hidden), key="hidden")


def test_a_ticket_checks_in_once_and_the_second_scan_says_when():
    departure = builders.departure(builders.tour())
    booking = _paid_booking(departure)
    guide = factories.user()

    assert tickets.check_in(booking, guide) is True
    first_time = booking.checked_in_at
    assert tickets.check_in(booking, guide) is False
    assert booking.status == BookingStatus.CHECKED_IN and booking.checked_in_at == first_time


def test_an_unpaid_ticket_cannot_be_checked_in():
    departure = builders.departure(builders.tour())
    booking = bookings.booking_of(_book(departure))
    with pytest.raises(BookingError):
        tickets.check_in(booking, factories.user())


@pytest.mark.parametrize(
    ("days_ahead", "percent"), [(10, 100), (7.5, 100), (5, 50), (2.1, 50), (1, 0)]
)
def test_refund_follows_the_policy_at_the_moment_of_cancelling(days_ahead, percent):
    tour = builders.tour(cancellation_policy=[[7, 100], [2, 50]])
    departure = builders.departure(tour, starts_at=utcnow() + timedelta(days=days_ahead))
    booking = _paid_booking(departure)
    total = booking.order.total

    refunded = cancellation.cancel_by_buyer(booking)

    assert refunded == total * percent // 100
    assert booking.status == BookingStatus.CANCELLED
    assert booking.order.status == OrderStatus.CANCELLED
    assert _seats_taken(departure) == 0
    refunds = booking.order.payment.refunds
    if percent:
        assert [(r.amount, r.status) for r in refunds] == [(refunded, RefundStatus.TO_PAY)]
    else:
        assert refunds == []


def test_a_card_booking_is_refunded_through_stripe(stripe_settings):
    departure = builders.departure(builders.tour(), starts_at=utcnow() + timedelta(days=3))
    order = _book(departure, method=PaymentMethod.CARD)
    order.payment.charge_reference = "pi_test_booking"
    lifecycle.confirm_payment(order, actor_label="stripe")
    booking = bookings.booking_of(order)

    refunded = cancellation.cancel_by_buyer(booking)

    assert refunded == order.total // 2
    [sent] = stripe_settings.refunds
    assert sent["payment_intent"] == "pi_test_booking" and sent["amount"] == refunded
    [refund] = order.payment.refunds
    assert refund.status == RefundStatus.DONE and refund.provider_reference == sent["id"]
    assert order.payment.status == PaymentStatus.PAID  # half of it is kept


def test_operator_cancels_a_departure_refunds_everyone_in_full_and_tells_them():
    departure = builders.departure(builders.tour(), capacity=10)
    paid = _paid_booking(departure, key="paid")
    unpaid = bookings.booking_of(_book(departure, adults=1, children=0, key="unpaid"))
    entry = waitlist.join(departure, name="Minh", email="minh@example.vn", seats=20, locale="vi")
    db.session.info["outbox"] = []

    count = cancellation.cancel_departure(departure, actor=factories.user())

    assert count == 2 and departure.cancelled
    assert paid.status == BookingStatus.CANCELLED and unpaid.status == BookingStatus.RELEASED
    assert [r.amount for r in paid.order.payment.refunds] == [paid.order.total]
    assert paid.order.payment.status == PaymentStatus.REFUNDED
    assert unpaid.order.status == OrderStatus.CANCELLED
    assert _seats_taken(departure) == 0
    db.session.refresh(entry)
    assert entry.status == WaitlistStatus.LAPSED
    mails = [m for m in db.session.info["outbox"] if m["To"] == "hoa@example.vn"]
    assert any("refunded in full" in m.get_content() or "hoàn" in m.get_content() for m in mails)


def test_freed_seats_are_offered_to_the_first_in_line_who_can_book_them():
    departure = builders.departure(builders.tour(), capacity=3)
    booking = _paid_booking(departure, adults=3, children=0, key="full")
    first = waitlist.join(departure, name="Minh", email="minh@example.vn", seats=2, locale="vi")
    second = waitlist.join(departure, name="Lan", email="lan@example.vn", seats=1, locale="en")
    db.session.info["outbox"] = []

    cancellation.cancel_by_buyer(booking)

    assert first.status == WaitlistStatus.OFFERED and second.status == WaitlistStatus.OFFERED
    assert _seats_taken(departure) == 3  # kept for the two offers
    [offer_mail] = [m for m in db.session.info["outbox"] if m["To"] == "minh@example.vn"]
    link = next(line for line in offer_mail.get_content().splitlines() if "offer=" in line)
    token = link.split("offer=")[1].split("&")[0]

    order = _book(departure, adults=2, children=0, key="from-offer", offer_token=token)

    assert bookings.booking_of(order).status == BookingStatus.HELD
    assert first.status == WaitlistStatus.BOOKED
    assert _seats_taken(departure) == 3


def test_an_unused_offer_lapses_and_passes_the_seats_on():
    departure = builders.departure(builders.tour(), capacity=2)
    booking = _paid_booking(departure, adults=2, children=0, key="full")
    first = waitlist.join(departure, name="Minh", email="minh@example.vn", seats=2, locale="vi")
    second = waitlist.join(departure, name="Lan", email="lan@example.vn", seats=2, locale="vi")
    cancellation.cancel_by_buyer(booking)
    assert first.status == WaitlistStatus.OFFERED and second.status == WaitlistStatus.WAITING

    assert waitlist.expire_offers(utcnow() + timedelta(hours=3)) == 1

    assert first.status == WaitlistStatus.LAPSED and second.status == WaitlistStatus.OFFERED
    assert _seats_taken(departure) == 2


def test_reminders_go_once_to_tomorrows_confirmed_bookings():
    from storefront.timeutil import VIETNAM, to_local

    now = utcnow()
    tomorrow_9am = (to_local(now) + timedelta(days=1)).replace(hour=9, minute=0, tzinfo=VIETNAM)
    tour = builders.tour()
    tomorrow = builders.departure(tour, starts_at=tomorrow_9am)
    later = builders.departure(tour, starts_at=tomorrow_9am + timedelta(days=2))
    confirmed = _paid_booking(tomorrow, key="t1")
    _book(tomorrow, adults=1, children=0, key="t2")  # unpaid: no reminder
    _paid_booking(later, key="t3")
    db.session.info["outbox"] = []

    assert reminders.send_reminders(now) == 1
    assert reminders.send_reminders(now) == 0

    [reminder] = db.session.info["outbox"]
    db.session.refresh(confirmed)
    assert reminder["To"] == "hoa@example.vn" and confirmed.reminder_sent_at is not None


def test_a_failed_card_payment_gives_the_seats_back(stripe_settings, client):
    from tests.fakestripe import event, sign
    from tests.payments.helpers import WEBHOOK_SECRET

    departure = builders.departure(builders.tour(), capacity=5)
    order = _book(departure, method=PaymentMethod.CARD)
    order.payment.provider_reference = "cs_test_failed"
    db.session.flush()
    session = {"id": "cs_test_failed", "amount_total": order.total, "currency": "vnd",
               "client_reference_id": order.number, "payment_status": "unpaid"}  # fmt: skip
    body = event("checkout.session.async_payment_failed", session)

    headers = {"Stripe-Signature": sign(body, WEBHOOK_SECRET), "Content-Type": "application/json"}
    response = client.post("/payments/stripe/webhook", data=body, headers=headers)

    assert response.json["outcome"] == "cancelled"
    db.session.expire_all()
    assert bookings.booking_of(order).status == BookingStatus.RELEASED
    assert _seats_taken(departure) == 0
