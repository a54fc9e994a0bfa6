"""Concurrency drivers for the races of issue 9: clients press the same buttons at the same
moment (a barrier, no choreography) against real gunicorn workers and cron processes, on
SQLite and on a throwaway PostgreSQL 15; prints what each round ended with (and, for issue 11,
checkouts of the last units kept in lots).

    .venv/bin/python bench/races.py [--rounds 10] [--db sqlite|postgresql|both] [--only NAME]

A round is good when nothing answered 500, no cron failed, and no seat, unit of stock, store
credit or payment was counted twice or lost. The tests (tests/locks.py) make each race
happen every time on PostgreSQL; this script shows how often they happen on their own.
"""

import argparse
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import checkout, credit, lifecycle
from storefront.orders.contact import Contact
from storefront.orders.links import order_url
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.models import Order, OrderItem, OrderStatus, PaymentMethod, Refund
from storefront.tours import bookings, cancellation, waitlist
from storefront.tours.models import Booking, Departure, WaitlistEntry, WaitlistStatus
from tests import factories, lot_factories
from tests.conftest import build_app
from tests.fakestripe import FakeStripe, event, sign
from tests.gunicorn import SECRET_KEY, Buyer, flask_command, gunicorn
from tests.payments.helpers import WEBHOOK_SECRET, card_order, session_of
from tests.pgserver import PostgresServer
from tests.tours import builders
from tests.web import hidden_fields

GUEST = Contact("Lê Hoa", "0912345678", "hoa@example.vn", 0, 0, "")
ADDRESS = Contact("Khách", "0912345678", "k@example.vn", 82, 29905, "Ấp 1")
PRICES: dict[int, int] = {}  # a party of n adults, as the booking page prices it
CONTACT = {"phone": "0912345678", "name": "Khách", "email": "k@example.vn", "province": "82",
           "ward": "29905", "address": "Ấp 1"}  # fmt: skip


def at_once(*actions):
    """Run the actions on threads released together; their results in order."""
    barrier = threading.Barrier(len(actions))

    def run(action):
        barrier.wait()
        return action()

    with ThreadPoolExecutor(len(actions)) as pool:
        return list(pool.map(run, actions))


def logged_in(base, email) -> Buyer:
    client = Buyer(base)
    form = {**hidden_fields(client.request("/account/login")[1]), "email": email,
            "password": factories.PASSWORD}  # fmt: skip
    client.send("/account/login", form)
    return client


def offered_departure(app, n):
    """14 seats: two paid parties of 4, 4 kept for an offer, 3 waiting behind it, 2 free."""
    with app.test_request_context("/"):
        departure = builders.departure(builders.tour(), capacity=14)
        departure_id, slug = departure.id, departure.tour.slug
        db.session.commit()
        parties = []
        for party in range(3):
            order = bookings.book(departure_id=departure_id, adults=4, children=0, contact=GUEST,
                                  method=PaymentMethod.BANK_TRANSFER,
                                  idempotency_key=f"r{n}-p{party}")  # fmt: skip
            lifecycle.confirm_payment(order, actor_label="office")
            parties.append(bookings.booking_of(order))
            db.session.commit()
        departure = db.session.get(Departure, departure_id)
        offer = waitlist.join(departure, name="M", email="m@example.vn", seats=4, locale="vi")
        waitlist.join(departure, name="L", email="l@example.vn", seats=3, locale="vi")
        cancellation.cancel_by_buyer(parties[-1])
        db.session.commit()
        token = waitlist.offer_url(offer).split("offer=")[1].split("&")[0]
        offer_id = offer.id
        PRICES.update({n: bookings.party_total(departure.tour, n, 0) for n in (2, 4)})
        db.session.remove()
    return departure_id, offer_id, f"/tours/{slug}/book?departure={departure_id}", token


def seats_add_up(app, departure_id) -> bool:
    with app.app_context():
        taken = db.session.get(Departure, departure_id).seats_taken
        on_it = db.session.scalars(sa.select(Booking).where(Booking.departure_id == departure_id))
        booked = sum(b.seats for b in on_it if b.status.value in ("held", "confirmed"))
        kept = sum(e.seats for e in db.session.scalars(
            sa.select(WaitlistEntry).where(WaitlistEntry.departure_id == departure_id)
        ) if e.status == WaitlistStatus.OFFERED)  # fmt: skip
        db.session.remove()
    return taken == booked + kept <= 14


def book_action(base, path, n, adults=2):
    guest = Buyer(base)
    form = {**hidden_fields(guest.request(path)[1]), "adults": str(adults), "children": "0",
            "total_seen": str(PRICES[adults]),
            "phone": f"09{n:08d}", "name": f"K {n}", "email": f"k{n}@example.vn",
            "method": "bank_transfer"}  # fmt: skip
    return lambda: guest.send(path, form)[0]


def waitlist_lapse(app, url, base, n):
    """Two `flask expire-orders` and 20 bookings as an offer lapses."""
    departure_id, offer_id, path, _token = offered_departure(app, n)
    with app.app_context():
        db.session.get(WaitlistEntry, offer_id).offer_expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
        db.session.remove()
    instance = Path(app.config["MEDIA_ROOT"]).parent

    def cron():
        return flask_command(url, instance, "expire-orders").wait(timeout=300)

    results = at_once(cron, cron, *[book_action(base, path, i) for i in range(20)])
    if any(results[:2]):
        return "a cron failed"
    if 500 in results[2:]:
        return "500"
    return "good" if seats_add_up(app, departure_id) else "seats miscounted"


def five_tabs(app, url, base, n):
    departure_id, _offer_id, path, token = offered_departure(app, n)
    link = f"{path}&offer={token}"
    results = at_once(*[book_action(base, link, i, adults=4) for i in range(5)])
    if 500 in results:
        return "500"
    booked = results.count(302)
    return "good" if booked == 1 and seats_add_up(app, departure_id) else f"{booked} bookings"


def transfer_vs_cancel(app, url, base, n):
    with app.test_request_context("/"):
        variant_id = factories.product(stock=5).variants[0].id
        db.session.commit()
        order = checkout.place_order(lines=[(variant_id, 1)], contact=ADDRESS,
                                     method=PaymentMethod.BANK_TRANSFER,
                                     idempotency_key=f"t{n}")  # fmt: skip
        db.session.commit()
        order_id, number, link = order.id, order.number, order_url(order)
        db.session.remove()
    office, buyer = logged_in(base, app.config["BENCH_ADMIN"]), Buyer(base)
    mark = hidden_fields(office.request("/admin/orders")[1])
    cancel = hidden_fields(buyer.request(link)[1])
    results = at_once(lambda: buyer.send(f"/orders/{number}/cancel", cancel)[0],
                      lambda: office.send(f"/admin/orders/{order_id}/transfer-received",
                                          mark)[0])  # fmt: skip
    if 500 in results:
        return "500"
    with app.app_context():
        order = db.session.get(Order, order_id)
        refunded = db.session.scalar(sa.select(sa.func.count(Refund.id)).where(
            Refund.payment_id.in_([p.id for p in order.payments])))  # fmt: skip
        paid = any(p.status.value in ("paid", "refunded") for p in order.payments)
        db.session.remove()
    if order.status == OrderStatus.CANCELLED and paid and not refunded:
        return "cancelled, paid, no refund"
    return "good"


def webhook_vs_cancel(app, url, base, n):
    with app.test_request_context("/"):
        order = card_order()
        number, link = order.number, order_url(order)
        body = event("checkout.session.completed", session_of(order), f"evt_bench_{n}")
        db.session.commit()
        db.session.remove()
    buyer = Buyer(base)
    cancel = hidden_fields(buyer.request(link)[1])
    signed = {"Stripe-Signature": sign(body, WEBHOOK_SECRET)}
    results = at_once(lambda: buyer.send(f"/orders/{number}/cancel", cancel)[0],
                      lambda: Buyer(base).send("/payments/stripe/webhook", body=body,
                                               headers=signed)[0])  # fmt: skip
    return "500" if 500 in results else "good"


def checkout_vs_release(app, url, base, n):
    with app.test_request_context("/"):
        product = factories.product(prices=(100_000, 200_000), stock=10)
        low, high = sorted(v.id for v in product.variants)
        db.session.commit()
        order = checkout.place_order(lines=[(high, 1), (low, 1)], contact=ADDRESS,
                                     method=PaymentMethod.BANK_TRANSFER,
                                     idempotency_key=f"c{n}")  # fmt: skip
        db.session.commit()
        number, link, slug = order.number, order_url(order), product.slug
        db.session.remove()
    buyer, shopper = Buyer(base), Buyer(base)
    cancel = hidden_fields(buyer.request(link)[1])
    token = hidden_fields(shopper.request(f"/products/{slug}")[1])["csrf_token"]
    for variant_id in (low, high):
        shopper.send("/cart/add", {"csrf_token": token, "variant_id": variant_id})
    form = {**hidden_fields(shopper.request("/checkout")[1]), **CONTACT, "method": "cod"}
    results = at_once(lambda: buyer.send(f"/orders/{number}/cancel", cancel)[0],
                      lambda: shopper.send("/checkout", form)[0])  # fmt: skip
    return "500" if 500 in results else "good"


def credit_twice(app, url, base, n):
    with app.app_context():
        product = factories.product(prices=(100_000,), stock=10)
        user = factories.user()
        credit.grant(user.id, 150_000, "short harvest")
        email, user_id, slug, variant_id = user.email, user.id, product.slug, product.variants[0].id
        db.session.commit()
        db.session.remove()
    tabs = logged_in(base, email)
    token = hidden_fields(tabs.request(f"/products/{slug}")[1])["csrf_token"]
    tabs.send("/cart/add", {"csrf_token": token, "variant_id": variant_id})
    forms = [{**hidden_fields(tabs.request("/checkout")[1]), **CONTACT, "method": "cod",
              "use_credit": "y"} for _ in range(2)]  # fmt: skip
    results = at_once(*[lambda form=form: tabs.send("/checkout", form)[0] for form in forms])
    if 500 in results:
        return "500"
    with app.app_context():
        left = credit.balance(user_id)
        db.session.remove()
    return "good" if left >= 0 else "credit spent twice"


def card_rush(app, url, base, n):
    """Ten card checkouts and five cash ones at once; Stripe takes 0.3 s to answer."""
    with app.app_context():
        product = factories.product(prices=(100_000,), stock=50)
        slug, variant_id = product.slug, product.variants[0].id
        db.session.commit()
        db.session.remove()
    actions = []
    for i in range(15):
        client = Buyer(base)
        token = hidden_fields(client.request(f"/products/{slug}")[1])["csrf_token"]
        client.send("/cart/add", {"csrf_token": token, "variant_id": variant_id})
        form = {**hidden_fields(client.request("/checkout")[1]), **CONTACT,
                "method": "card" if i < 10 else "cod"}  # fmt: skip
        actions.append(lambda client=client, form=form: client.send("/checkout", form)[0])
    results = at_once(*actions)
    return f"{results.count(500)} × 500" if 500 in results else "good"


def _lots_add_up(app, variant_id) -> bool:
    """The variant's stock is its lots' and each lot's made units are left + sold (in orders
    that still stand)."""
    with app.app_context():
        lots = db.session.scalars(sa.select(Lot).where(Lot.variant_id == variant_id)).all()
        sold = dict(db.session.execute(
            sa.select(OrderItemLot.lot_id, sa.func.sum(OrderItemLot.quantity))
            .join(OrderItem, OrderItem.id == OrderItemLot.order_item_id)
            .join(Order, Order.id == OrderItem.order_id)
            .where(Order.status.not_in((OrderStatus.CANCELLED, OrderStatus.EXPIRED)))
            .group_by(OrderItemLot.lot_id)
        ).all())  # fmt: skip
        stock = db.session.get(Variant, variant_id).stock
        db.session.remove()
    return stock == sum(x.stock for x in lots) and all(
        x.stock >= 0 and x.quantity == x.stock + x.set_aside + sold.get(x.id, 0) for x in lots
    )


def lot_rush(app, url, base, n):
    """Eight checkouts of 2 each of the last 7 units, kept in two lots (3 expiring first, then
    4), while the buyer of 2 more cancels (giving them back to their lot)."""
    with app.test_request_context("/"):
        variant = factories.product(prices=(180_000,)).variants[0]
        for code, units, days in (("A", 5, 10), ("B", 4, 40)):
            lot_factories.lot(variant, code=f"{n}-{code}"[-20:], quantity=units,
                              best_before=date.today() + timedelta(days=days))  # fmt: skip
        db.session.commit()
        order = checkout.place_order(lines=[(variant.id, 2)], contact=ADDRESS,
                                     method=PaymentMethod.BANK_TRANSFER,
                                     idempotency_key=f"l{n}")  # fmt: skip
        db.session.commit()
        number, link, slug, variant_id = (
            order.number,
            order_url(order),
            variant.product.slug,
            variant.id,
        )
        db.session.remove()
    buyer = Buyer(base)
    cancel = hidden_fields(buyer.request(link)[1])
    actions = [lambda: buyer.send(f"/orders/{number}/cancel", cancel)[0]]
    for _ in range(8):
        client = Buyer(base)
        token = hidden_fields(client.request(f"/products/{slug}")[1])["csrf_token"]
        client.send("/cart/add", {"csrf_token": token, "variant_id": variant_id, "quantity": 2})
        form = {**hidden_fields(client.request("/checkout")[1]), **CONTACT, "method": "cod"}
        actions.append(lambda client=client, form=form: client.send("/checkout", form)[0])
    results = at_once(*actions)
    if 500 in results:
        return "500"
    placed = results[1:].count(302)
    if not _lots_add_up(app, variant_id):
        return "lots miscounted"
    return (
        "good" if placed in (3, 4) and results[1:].count(400) == 8 - placed else f"{placed} placed"
    )


SCENARIOS = [waitlist_lapse, five_tabs, transfer_vs_cancel, webhook_vs_cancel,
             checkout_vs_release, credit_twice, card_rush, lot_rush]  # fmt: skip


def run(backend: str, rounds: int, scenarios=SCENARIOS) -> None:
    server = PostgresServer() if backend == "postgresql" else None
    root = Path(tempfile.mkdtemp(prefix="races-"))
    try:
        if server:
            server.start()
            url = server.create_database("races")
        else:
            url = f"sqlite:///{root / 'races.db'}"
        with FakeStripe(webhook_secret=WEBHOOK_SECRET) as fake:
            fake.latency = 0.3
            os.environ.update(STRIPE_SECRET_KEY="sk_test_bench", STRIPE_API_BASE=fake.url,
                              STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET)  # fmt: skip
            app = build_app(
                url, root, SECRET_KEY=SECRET_KEY, STRIPE_SECRET_KEY="sk_test_bench",
                STRIPE_API_BASE=fake.url, STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
            )  # fmt: skip
            with app.app_context():
                app.config["BENCH_ADMIN"] = factories.user(is_admin=True).email
                db.session.commit()
                db.session.remove()
            with gunicorn(url, root) as base:
                for scenario in scenarios:
                    started, outcomes = time.monotonic(), Counter()
                    for n in range(rounds):
                        outcomes[scenario(app, url, base, f"{scenario.__name__}{n}")] += 1
                    seconds = time.monotonic() - started
                    summary = ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items()))
                    print(f"{backend:10} {scenario.__name__:20} {rounds:3} rounds "
                          f"{seconds:6.1f} s  {summary}", flush=True)  # fmt: skip
    finally:
        if server:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--only", choices=[s.__name__ for s in SCENARIOS], action="append",
                        help="run only this race (repeatable)")  # fmt: skip
    args = parser.parse_args()
    chosen = [s for s in SCENARIOS if not args.only or s.__name__ in args.only]
    for backend in ("sqlite", "postgresql") if args.db == "both" else (args.db,):
        run(backend, args.rounds, chosen)


if __name__ == "__main__":
    main()
