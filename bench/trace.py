"""Time a lot's trace page (and its JSON-LD and EPCIS export) beside the product page.

    .venv/bin/python -P bench/trace.py [--products 2000] [--requests 200]
                                       [--database-url URL | --throwaway-postgres]

(`-P`: bench/ stays off sys.path, where bench/limits.py would stand in for the `limits`
library that Flask-Limiter imports.)

Loads the catalogue of bench/catalog.py, gives every product's first variant a GTIN (893
prefix) and a lot with 12 events (one corrected), 3 documents and 2 input lots, then prints
per page the median and 95th-percentile server time (through the WSGI app, no network) and
the SQL queries of one request.
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
from stdnum import ean

from storefront import create_app
from storefront.catalog.digital_link import lot_path
from storefront.catalog.lot_models import (
    ActorRole,
    DocumentKind,
    EventKind,
    Lot,
    LotEvent,
    LotInput,
    ProducerDocument,
)
from storefront.catalog.models import Product, Variant
from storefront.config import Config
from storefront.extensions import db

KINDS = list(EventKind)
# bench/catalog.py's loader and timer, loaded by path (bench/ is not a package).
_spec = importlib.util.spec_from_file_location(
    "bench_catalog", Path(__file__).with_name("catalog.py")
)
assert _spec and _spec.loader
bench_catalog = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_catalog)
load, measure = bench_catalog.load, bench_catalog.measure


def gtin(n: int) -> str:
    body = f"893{n:09d}"
    return body + ean.calc_check_digit(body)


def add_lots(slugs: list[str]) -> list[Lot]:
    """One traced lot per product (first variant), with its events, documents and inputs."""
    rng = random.Random(11)
    today = date.today()
    variants = db.session.scalars(
        sa.select(Variant).where(Variant.position == 0).join(Product).order_by(Product.id)
    ).all()
    found = []
    for n, variant in enumerate(variants):
        variant.gtin = gtin(n)
        lot = Lot(
            product_id=variant.product_id,
            variant=variant,
            code=f"B{n:05d}",
            quantity=100,
            stock=100,
            produced_on=today - timedelta(days=20),
            packed_on=today - timedelta(days=15),
            best_before=today + timedelta(days=90),
            growing_area_name="Vườn thử",
            growing_area_code=f"VN-DT-{n:04d}",
        )
        db.session.add(lot)
        found.append(lot)
    db.session.flush()
    producer_ids = dict(db.session.execute(sa.select(Product.id, Product.producer_id)).all())
    for n, lot in enumerate(found):
        for k in range(12):
            db.session.add(
                LotEvent(
                    lot=lot,
                    kind=KINDS[k % len(KINDS)],
                    occurred_at=datetime.now(UTC) - timedelta(days=14 - k),
                    actor_name=f"Người {k}",
                    actor_role=ActorRole.COOPERATIVE,
                    place="Xưởng",
                )
            )
        for kind in (DocumentKind.VIETGAP, DocumentKind.LAB_REPORT, DocumentKind.FOOD_SAFETY):
            lot.documents.append(
                ProducerDocument(
                    producer_id=producer_ids[lot.product_id],
                    kind=kind,
                    number=f"D-{n}",
                    valid_from=today - timedelta(days=100),
                    valid_until=today + timedelta(days=rng.choice((-5, 200))),
                )
            )
        for source in (found[(n + 1) % len(found)], found[(n + 2) % len(found)]):
            lot.inputs.append(LotInput(input_lot=source, description="Nguyên liệu"))
    db.session.commit()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--database-url")
    parser.add_argument("--throwaway-postgres", action="store_true")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-trace-"))
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
        flask_migrate.upgrade()
        start = time.perf_counter()
        slugs = load(args.products)
        lots = add_lots(slugs)
        print(
            f"loaded {len(slugs)} products and {len(lots)} lots",
            f"in {time.perf_counter() - start:.1f} s ({db.engine.dialect.name})",
        )
        rng = random.Random(5)
        sample = [rng.choice(lots) for _ in range(50)]
        paths = [lot_path(lot) for lot in sample]
        client = app.test_client()
        pages = {
            "product page": [f"/products/{lot.product.slug}" for lot in sample],
            "trace page": paths,
            "trace JSON-LD": paths,
            "trace linkset": [path + "&linkType=all" for path in paths],
            "trace EPCIS": [path.split("?")[0] + "/epcis" for path in paths],
        }
        print(f"{'page':<16} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
        for name, urls in pages.items():
            if name == "trace JSON-LD":
                client.environ_base["HTTP_ACCEPT"] = "application/ld+json"
            median, p95, queries = measure(client, urls, args.requests)
            client.environ_base.pop("HTTP_ACCEPT", None)
            print(f"{name:<16} {median:>10.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()
