"""The booking pages: the form, the waiting list, the ticket with its QR code, the guide's
check-in, and the buyer's cancellation from the order page."""

import re
from datetime import timedelta

import sqlalchemy as sa

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.contact import Contact
from storefront.orders.links import order_url
from storefront.orders.models import Order, OrderStatus, PaymentMethod, RefundStatus
from storefront.tours import bookings, cancellation, tickets
from storefront.tours.models import Booking, BookingStatus, WaitlistEntry
from tests import factories
from tests.tours import builders
from tests.web import csrf_token, input_value, login, quoted_total

FORM = {"adults": "2", "children": "1", "phone": "0912345678", "name": "Lê Hoa",
        "email": "hoa@example.vn", "method": "bank_transfer"}  # fmt: skip


def _book_url(departure) -> str:
    return f"/tours/{departure.tour.slug}/book?departure={departure.id}&lang=en"


def _post_booking(client, departure, **changes):
    """Fill the form and book, with the total the page's script shows for the party typed."""
    url = _book_url(departure)
    page = client.get(url).get_data(as_text=True)
    data = {**FORM, "csrf_token": csrf_token(client, url),
            "idempotency_key": input_value(page, "idempotency_key"), **changes}  # fmt: skip
    party = f"&adults={data['adults']}&children={data['children']}"
    quote = client.get(url.replace("/book?", "/book/quote?") + party)
    data.setdefault("total_seen", quoted_total(quote.get_data(as_text=True)))
    return client.post(url, data=data)


def test_booking_form_places_the_order_and_holds_the_seats(client, database):
    departure = builders.departure(builders.tour(), capacity=10)
    page = client.get(_book_url(departure)).get_data(as_text=True)
    assert "Cash on delivery" not in page and "10 seats left" in page

    response = _post_booking(client, departure)

    assert response.status_code == 302 and "/orders/DT-" in response.location
    order = db.session.scalar(sa.select(Order).order_by(Order.id.desc()))
    assert order.total == 900_000 and order.status == OrderStatus.AWAITING_PAYMENT
    db.session.refresh(departure)
    assert departure.seats_taken == 3
    html = client.get(response.location).get_data(as_text=True)
    assert "Your booking" in html and "Adults: 2, children: 1" in html


def test_bad_booking_input_is_refused_next_to_the_field(client, database):
    departure = builders.departure(builders.tour(), capacity=5)
    for changes, message in (
        ({"adults": "0", "children": "0"}, "at least one adult"),
        ({"adults": "1", "children": "6"}, "Only 5 seats are left"),
        ({"adults": "-1"}, "from 0 to 99"),
        ({"adults": "two"}, ""),
        ({"method": "cod"}, ""),
    ):
        response = _post_booking(client, departure, **changes)
        assert response.status_code == 400, changes
        assert message in response.get_data(as_text=True), changes
    db.session.refresh(departure)
    assert departure.seats_taken == 0
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0


def test_unknown_past_or_foreign_departures_are_not_found(client, database):
    tour, other = builders.tour(), builders.tour()
    past = builders.departure(tour, starts_at=utcnow() - timedelta(days=1))
    foreign = builders.departure(other)
    assert client.get(f"/tours/{tour.slug}/book?departure={past.id}").status_code == 404
    assert client.get(f"/tours/{tour.slug}/book?departure={foreign.id}").status_code == 404
    assert client.get(f"/tours/{tour.slug}/book").status_code == 404
    assert client.get(f"/tours/{tour.slug}/book?departure=99999999").status_code == 404
    # Beyond 64 bits the id reached SQLite as an int it cannot hold: a 500 (issue 9).
    huge = "99999999999999999999999"
    assert client.get(f"/tours/{tour.slug}/book?departure={huge}").status_code == 404
    assert client.get(f"/tours/{tour.slug}/book/quote?departure={huge}").status_code == 404


def test_after_a_refused_waiting_list_entry_the_booking_form_still_books(client, database):
    departure = builders.departure(builders.tour())
    url = _book_url(departure)
    response = client.post(
        f"/tours/{departure.tour.slug}/waitlist?departure={departure.id}&lang=en",
        data={"csrf_token": csrf_token(client, url), "name": "Minh\x00", "email": "", "seats": "2"},
    )  # fmt: skip
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="waitlist-name-error"' in html and "control characters" in html
    book_form = re.search(r'<form method="post" action="([^"]+)"[^>]*id="book-form"', html)
    assert book_form and book_form[1].startswith(f"/tours/{departure.tour.slug}/book?")


def test_a_full_departure_offers_the_waiting_list(client, database):
    departure = builders.departure(builders.tour(), capacity=2, seats_taken=2)
    url = _book_url(departure)
    page = client.get(url).get_data(as_text=True)
    assert "This departure is full." in page and 'id="book-form"' not in page

    response = client.post(
        f"/tours/{departure.tour.slug}/waitlist?departure={departure.id}&lang=en",
        data={"csrf_token": csrf_token(client, url), "name": "Minh", "email": "minh@example.vn",
              "seats": "2"},
    )  # fmt: skip

    assert response.status_code == 302
    [entry] = db.session.scalars(sa.select(WaitlistEntry)).all()
    assert (entry.email, entry.seats) == ("minh@example.vn", 2)


def _confirmed(app, departure, **kw):
    with app.test_request_context("/"):
        order = bookings.book(
            departure_id=departure.id, adults=2, children=1, idempotency_key="k1",
            contact=Contact("Lê Hoa", "0912345678", "hoa@example.vn", 0, 0, ""),
            method=PaymentMethod.BANK_TRANSFER, **kw,
        )  # fmt: skip
        lifecycle.confirm_payment(order)
        booking = bookings.booking_of(order)
        return booking, tickets.ticket_url(booking), order_url(order)


def test_ticket_shows_a_qr_code_and_only_the_tours_guide_checks_it_in_once(app, client, database):
    producer = factories.producer()
    departure = builders.departure(builders.tour(producer))
    booking, ticket, _order = _confirmed(app, departure)

    html = client.get(ticket + "?lang=en").get_data(as_text=True)
    assert 'src="data:image/svg+xml' in html and booking.ticket_code in html
    assert "Check in" not in html

    login(client, factories.member(factories.producer()))  # another producer's guide
    token = csrf_token(client, "/account")
    assert client.post(ticket + "/check-in", data={"csrf_token": token}).status_code == 403

    login(client, factories.member(producer))
    token = csrf_token(client, ticket)
    first = client.post(ticket + "/check-in?lang=en", data={"csrf_token": token},
                        follow_redirects=True)  # fmt: skip
    assert "Checked in: 2 adults, 1 children." in first.get_data(as_text=True)
    second = client.post(ticket + "/check-in?lang=en", data={"csrf_token": token},
                         follow_redirects=True)  # fmt: skip
    assert "This ticket was already used at" in second.get_data(as_text=True)
    db.session.refresh(booking)
    assert booking.status == BookingStatus.CHECKED_IN


def test_a_forged_ticket_link_is_not_found(client, database):
    assert client.get("/tickets/not-a-real-token").status_code == 404


def test_the_buyer_cancels_from_the_order_page_and_sees_the_refund(app, client, database):
    tour = builders.tour(cancellation_policy=[[7, 100], [2, 50]])
    departure = builders.departure(tour, starts_at=utcnow() + timedelta(days=4))
    booking, _ticket, link = _confirmed(app, departure)
    page = client.get(link + "&lang=en").get_data(as_text=True)
    assert "If you cancel now you get 450.000" in page

    token = link.split("t=")[1]
    response = client.post(
        f"/orders/{booking.order.number}/cancel-booking?lang=en",
        data={"csrf_token": csrf_token(client, link), "t": token}, follow_redirects=True,
    )  # fmt: skip

    assert "Your booking is cancelled. Refund: 450.000" in response.get_data(as_text=True)
    db.session.refresh(booking)
    assert booking.status == BookingStatus.CANCELLED
    forged = client.post(
        f"/orders/{booking.order.number}/cancel-booking",
        data={"csrf_token": csrf_token(client), "t": "forged"},
    )  # fmt: skip
    assert forged.status_code == 404


def test_bookings_stay_out_of_the_producers_parcel_list(app, client, database):
    producer = factories.producer()
    departure = builders.departure(builders.tour(producer))
    booking, _ticket, _link = _confirmed(app, departure)
    login(client, factories.member(producer))

    parcels = client.get("/portal/orders").get_data(as_text=True)
    listed = client.get(f"/portal/departures/{departure.id}/bookings").get_data(as_text=True)

    assert booking.order.number not in parcels
    assert booking.ticket_code in listed
    part = booking.order.fulfilments[0]
    assert client.get(f"/portal/orders/{part.id}").status_code == 404


def test_the_office_pays_a_transfer_refund_by_hand_once(app, client, database):
    departure = builders.departure(builders.tour(), starts_at=utcnow() + timedelta(days=10))
    booking, _ticket, _link = _confirmed(app, departure)
    with app.test_request_context("/"):
        cancellation.cancel_by_buyer(booking)
    [refund] = booking.order.payment.refunds
    login(client, factories.user(is_admin=True))
    listing = client.get("/admin/orders?lang=en").get_data(as_text=True)
    assert "Refunds to pay by hand" in listing and booking.order.number in listing

    url = f"/admin/refunds/{refund.id}/paid"
    token = csrf_token(client, "/admin/orders")
    first = client.post(url, data={"csrf_token": token})
    second = client.post(url, data={"csrf_token": token})

    assert first.status_code == second.status_code == 302
    db.session.refresh(refund)
    assert refund.status == RefundStatus.PAID_BY_HAND
    assert f"/admin/refunds/{refund.id}/paid" not in client.get("/admin/orders").get_data(
        as_text=True
    )


def _button_amount(page: str) -> str:
    return re.search(r'data-quote-part="pay-amount">([^<]+)<', page).group(1)


def test_the_form_shows_the_running_total_and_the_refund_policy_before_paying(client, database):
    tour = builders.tour(adult_price=450_000, child_price=220_000,
                         cancellation_policy=[[7, 100], [3, 50], [0, 0]])  # fmt: skip
    departure = builders.departure(tour)
    page = client.get(_book_url(departure)).get_data(as_text=True)  # two adults by default

    assert quoted_total(page) == input_value(page, "total_seen") == "900000"
    assert _button_amount(page) == "900.000\xa0₫"
    policy = page[page.index('id="refund-title"') : page.index('data-quote-part="pay-amount"')]
    assert "7 days or more before departure: <strong>full refund" in policy
    assert "3 days or more before departure: <strong>50% refunded" in policy
    assert "Less than 3 days before departure: <strong>no refund" in policy

    quote = client.get(
        _book_url(departure).replace("/book?", "/book/quote?") + "&adults=2&children=1"
    )

    assert quoted_total(quote.get_data(as_text=True)) == "1120000"
    assert _button_amount(quote.get_data(as_text=True)) == "1.120.000\xa0₫"
    assert "1 child × 220.000" in quote.get_data(as_text=True)


def test_a_party_changed_without_the_script_is_priced_and_confirmed_again(client, database):
    departure = builders.departure(builders.tour(), capacity=10)
    url = _book_url(departure)
    page = client.get(url).get_data(as_text=True)  # priced for two adults
    data = {**FORM, "csrf_token": input_value(page, "csrf_token"),
            "idempotency_key": input_value(page, "idempotency_key"),
            "total_seen": input_value(page, "total_seen")}  # fmt: skip

    again = client.post(url, data={**data, "recalculate": "1"})
    assert (
        again.status_code == 200 and _button_amount(again.get_data(as_text=True)) == "900.000\xa0₫"
    )
    refused = client.post(url, data=data)

    assert refused.status_code == 409
    html = refused.get_data(as_text=True)
    assert "The total has changed to 900.000" in html
    assert input_value(html, "total_seen") == "900000" and input_value(html, "children") == "1"
    db.session.refresh(departure)
    assert departure.seats_taken == 0 and db.session.scalar(sa.select(sa.func.count(Order.id))) == 0

    booked = client.post(url, data={**data, "total_seen": "900000"})

    assert booked.status_code == 302
    assert db.session.scalar(sa.select(Order.total)) == 900_000


def test_a_price_edited_after_the_page_was_shown_is_not_charged(client, database):
    tour = builders.tour()
    departure = builders.departure(tour)
    url = _book_url(departure)
    page = client.get(url).get_data(as_text=True)
    tour.adult_price = 400_000
    db.session.flush()

    response = client.post(url, data={**FORM, "adults": "2", "children": "0",
                                      "csrf_token": input_value(page, "csrf_token"),
                                      "idempotency_key": input_value(page, "idempotency_key"),
                                      "total_seen": input_value(page, "total_seen")})  # fmt: skip

    assert response.status_code == 409
    assert _button_amount(response.get_data(as_text=True)) == "800.000\xa0₫"
    assert db.session.scalar(sa.select(sa.func.count(Order.id))) == 0


def test_the_quote_survives_nonsense(client, database):
    departure = builders.departure(builders.tour())
    base = _book_url(departure).replace("/book?", "/book/quote?")
    for party in ("adults=abc", "adults=-3&children=2", "adults=1" + "0" * 40, "children=%00"):
        response = client.get(f"{base}&{party}")
        assert response.status_code == 200, party
    assert client.get(f"/tours/{departure.tour.slug}/book/quote?departure=x").status_code == 404
