"""Time the office's programme reports (/admin/reports) on a large data set.

    .venv/bin/python -P bench/reports.py [--products 2000] [--orders 5000] [--requests 20]
                                         [--database-url URL | --throwaway-postgres]

(`-P`: bench/ stays off sys.path, where bench/limits.py would stand in for the `limits`
library that Flask-Limiter imports.)

Loads the catalogue of bench/catalog.py (60 producers in random communes), certifies its
products (OcopCertificate rows, as the council's decisions make them), then places
`--orders` goods orders over the last year: one to three lines each, paid by card, bank
transfer or cash on delivery, in every state (delivered, new, awaiting payment, cancelled).
Prints the median and 95th-percentile server time (through the WSGI app, no network) and
the SQL queries of one request, for the dashboard of this year (the province, then one
commune) and for the whole report as XLSX and PDF.
"""

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import flask_migrate
import sqlalchemy as sa

from storefront import create_app
from storefront.accounts.models import User
from storefront.catalog.certificates import CertificateSource, OcopCertificate
from storefront.catalog.models import Product, Variant
from storefront.config import Config
from storefront.extensions import db
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderItem,
    OrderStatus,
    PaymentMethod,
)

_spec = importlib.util.spec_from_file_location(
    "bench_catalog", Path(__file__).with_name("catalog.py")
)
assert _spec and _spec.loader
bench_catalog = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_catalog)
load, measure = bench_catalog.load, bench_catalog.measure

# (order status, its parts' status, payment method): what a year of orders looks like.
SHAPES = [
    (OrderStatus.DELIVERED, FulfilmentStatus.DELIVERED, PaymentMethod.COD),
    (OrderStatus.DELIVERED, FulfilmentStatus.DELIVERED, PaymentMethod.CARD),
    (OrderStatus.CONFIRMED, FulfilmentStatus.NEW, PaymentMethod.BANK_TRANSFER),
    (OrderStatus.CONFIRMED, FulfilmentStatus.NEW, PaymentMethod.COD),
    (OrderStatus.AWAITING_PAYMENT, FulfilmentStatus.PENDING, PaymentMethod.BANK_TRANSFER),
    (OrderStatus.CANCELLED, FulfilmentStatus.CANCELLED, PaymentMethod.CARD),
]


def certify() -> int:
    """A certificate for each product with typed stars, from its typed dates."""
    rows = [
        {"product_id": pid, "number": number, "stars": stars, "issued_on": issued,
         "expires_on": expires, "source": CertificateSource.VERIFIED_CLAIM}
        for pid, number, stars, issued, expires in db.session.execute(
            sa.select(Product.id, Product.certificate_no, Product.stars, Product.certified_on,
                      Product.certificate_expires_on)
        )
    ]  # fmt: skip
    db.session.execute(sa.insert(OcopCertificate), rows)
    db.session.commit()
    return len(rows)


def place_orders(count: int) -> None:
    """`count` orders over the last 365 days, built row by row (no checkout: only figures)."""
    rng = random.Random(3)
    variants = db.session.execute(
        sa.select(Variant.id, Variant.product_id, Variant.price, Variant.sku, Product.producer_id)
        .join(Product)
        .where(Variant.position == 0)
    ).all()
    now = datetime.now(UTC)
    for n in range(count):
        status, part_status, method = rng.choice(SHAPES)
        order = Order(
            number=f"B-{n:07d}", idempotency_key=f"bench-{n}", contact_name="Khách thử",
            phone="0912345678", province_code=82, ward_code=30226, payment_method=method,
            status=status, subtotal=0, shipping_total=0, total=0,
            created_at=now - timedelta(minutes=rng.randrange(365 * 24 * 60)),
        )  # fmt: skip
        parts: dict[int, Fulfilment] = {}
        for line in rng.sample(variants, rng.randint(1, 3)):
            part = parts.get(line.producer_id)
            if part is None:
                part = parts[line.producer_id] = Fulfilment(
                    producer_id=line.producer_id, producer_name="HTX Bench", status=part_status,
                    subtotal=0, shipping_fee=20_000, weight_g=0,
                )  # fmt: skip
                order.fulfilments.append(part)
            quantity = rng.randint(1, 4)
            item = OrderItem(
                product_id=line.product_id, variant_id=line.id, producer_id=line.producer_id,
                product_name="Sản phẩm thử", variant_label="Gói", sku=line.sku,
                unit_price=line.price, quantity=quantity, weight_g=500,
            )  # fmt: skip
            order.items.append(item)
            part.items.append(item)
            part.subtotal += line.price * quantity
        order.subtotal = sum(p.subtotal for p in parts.values())
        order.total = order.subtotal + 20_000 * len(parts)
        db.session.add(order)
        if n % 500 == 499:
            db.session.commit()
    db.session.commit()
    db.session.execute(sa.text("ANALYZE"))
    db.session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=2_000)
    parser.add_argument("--orders", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--database-url")
    parser.add_argument("--throwaway-postgres", action="store_true")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    url = args.database_url or f"sqlite:///{scratch / 'bench.db'}"
    if args.throwaway_postgres:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.pgserver import PostgresServer

        server = PostgresServer()
        server.start()
        url = server.create_database("bench")
    app = create_app(
        Config(scratch),
        SQLALCHEMY_DATABASE_URI=url,
        MEDIA_ROOT=str(scratch / "media"),
        SITE_URL="https://cho.example.vn",
    )
    with app.app_context():
        flask_migrate.upgrade(revision="heads")
        start = time.perf_counter()
        load(args.products)
        certified = certify()
        place_orders(args.orders)
        office = User(email="vanphong@example.vn", name="Văn phòng", password_hash="-",
                      is_admin=True)  # fmt: skip
        db.session.add(office)
        db.session.commit()
        commune = db.session.scalar(sa.select(Product.ward_code).limit(1))
        print(
            f"loaded {args.products} products ({certified} certified) and {args.orders} orders",
            f"in {time.perf_counter() - start:.1f} s ({db.engine.dialect.name})",
        )
        client = app.test_client()
        with client.session_transaction() as session:
            session["_user_id"], session["_fresh"] = office.get_id(), True
        year = f"from={date.today().year}-01-01&to={date.today().isoformat()}"
        pages = {
            "dashboard, province": [f"/admin/reports?{year}"],
            "dashboard, commune": [f"/admin/reports?{year}&ward={commune}"],
            "whole report XLSX": [f"/admin/reports/download.xlsx?{year}"],
            "whole report PDF": [f"/admin/reports/download.pdf?{year}"],
        }
        print(f"{'page':<22} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
        for name, urls in pages.items():
            median, p95, queries = measure(client, urls, args.requests)
            print(f"{name:<22} {median:>10.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()
