"""Load 10,000 products into a scratch database and time the catalogue and product pages.

    .venv/bin/python bench/catalog.py [--products 10000] [--requests 200]
                                      [--database-url URL | --throwaway-postgres]

Prints, per page, the median and 95th-percentile server time (through the WSGI app,
no network) and the number of SQL queries one request runs.
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import flask_migrate
import sqlalchemy as sa
from PIL import Image

from storefront import create_app
from storefront.catalog.certificates import OcopCertificate
from storefront.catalog.editing import certificate_expiry, ensure_ocop_groups
from storefront.catalog.models import Product, ProductImage, Variant
from storefront.config import Config
from storefront.extensions import db
from storefront.media.services import store_image
from storefront.places import DONG_THAP, wards_of
from storefront.producers.models import Producer, ProducerKind, ProducerStatus


def load(products: int) -> list[str]:
    """Bulk-insert producers, products, variants and images; return the product slugs."""
    rng = random.Random(7)
    categories = [c for c in ensure_ocop_groups().values() if c.parent is not None]
    wards = [int(w.code) for w in wards_of(DONG_THAP)]
    images = [
        store_image(Image.new("RGB", (800, 800), (rng.randrange(256), 90, 120))) for _ in range(4)
    ]
    makers = []
    for n in range(60):
        maker = Producer(
            slug=f"bench-producer-{n}",
            name=f"HTX Bench {n}",
            kind=ProducerKind.COOPERATIVE,
            ward_code=rng.choice(wards),
            status=ProducerStatus.APPROVED,
        )
        db.session.add(maker)
        makers.append(maker)
    db.session.flush()
    now = datetime.now(UTC)
    product_rows, slugs = [], []
    for n in range(products):
        maker = rng.choice(makers)
        certified = date.today() - timedelta(days=rng.randrange(30, 1300))
        slug = f"bench-product-{n}"
        slugs.append(slug)
        product_rows.append(
            {
                "producer_id": maker.id,
                "category_id": rng.choice(categories).id,
                "slug": slug,
                "name_vi": f"Sản phẩm thử {n}",
                "name_en": f"Bench product {n}",
                "ward_code": maker.ward_code,
                "stars": rng.choice((3, 3, 4, 5)),
                "certificate_no": f"OCOP-BENCH-{n}",
                "certified_on": certified,
                "certificate_expires_on": certificate_expiry(certified),
                "certifications": ["VietGAP"],
                "status": "published",
                "price_from": 0,
                "search_text": f"san pham thu {n} bench product {n}",
                "published_at": now - timedelta(minutes=n),
            }
        )
    db.session.execute(sa.insert(Product), product_rows)
    ids = dict(db.session.execute(sa.select(Product.slug, Product.id)).all())
    variant_rows, image_rows = [], []
    for n, slug in enumerate(slugs):
        prices = sorted(rng.randrange(20, 2000) * 1000 for _ in range(3))
        for position, price in enumerate(prices):
            variant_rows.append(
                {
                    "product_id": ids[slug],
                    "label_vi": f"Gói {position}",
                    "sku": f"B-{n}-{position}",
                    "price": price,
                    "stock": rng.randrange(0, 200),
                    "weight_g": 500,
                    "position": position,
                }
            )
        for position in range(3):
            image_rows.append(
                {"product_id": ids[slug], "asset_id": rng.choice(images).id, "position": position}
            )
    db.session.execute(sa.insert(Variant), variant_rows)
    db.session.execute(sa.insert(ProductImage), image_rows)
    # The office verified each typed claim: the stars the storefront shows and filters on.
    certificate_rows = [
        {
            "product_id": ids[row["slug"]], "number": row["certificate_no"],
            "stars": row["stars"], "issued_on": row["certified_on"],
            "expires_on": row["certificate_expires_on"], "source": "verified_claim",
            "granting_level": "province", "created_at": now,
        }
        for row in product_rows
    ]  # fmt: skip
    db.session.execute(sa.insert(OcopCertificate), certificate_rows)
    db.session.execute(
        sa.update(Product).values(
            price_from=sa.select(sa.func.min(Variant.price))
            .where(Variant.product_id == Product.id)
            .scalar_subquery()
        )
    )
    db.session.commit()
    # Fresh planner statistics, as autovacuum (PostgreSQL) would gather after a bulk load.
    db.session.execute(sa.text("ANALYZE"))
    db.session.commit()
    return slugs


def measure(client, urls: list[str], requests: int) -> tuple[float, float, int]:
    """Median and p95 milliseconds, and queries of one request, over `requests` requests."""
    statements = []
    sa.event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    client.get(urls[0])  # warm caches and templates
    statements.clear()
    client.get(urls[0])
    queries = len(statements)
    timings = []
    for n in range(requests):
        start = time.perf_counter()
        response = client.get(urls[n % len(urls)])
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--database-url")
    parser.add_argument(
        "--throwaway-postgres", action="store_true", help="start a scratch PostgreSQL 15 server"
    )
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-catalog-"))
    url = args.database_url or f"sqlite:///{scratch / 'bench.db'}"
    if args.throwaway_postgres:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.pgserver import PostgresServer

        server = PostgresServer()
        server.start()
        url = server.create_database("bench")
    app = create_app(
        Config(scratch), SQLALCHEMY_DATABASE_URI=url, MEDIA_ROOT=str(scratch / "media")
    )
    with app.app_context():
        flask_migrate.upgrade()
        start = time.perf_counter()
        slugs = load(args.products)
        print(
            f"loaded {len(slugs)} products in {time.perf_counter() - start:.1f} s",
            f"({db.engine.dialect.name})",
        )
        client = app.test_client()
        rng = random.Random(3)
        pages = {
            "catalogue /products": ["/products"],
            "catalogue filtered": [
                "/products?group=food&stars=4&sort=price_asc",
                "/products?sort=stars&page=7",
            ],
            "catalogue search": ["/products?q=thu+12"],
            "product page": [f"/products/{rng.choice(slugs)}" for _ in range(50)],
            "home": ["/"],
        }
        print(f"{'page':<22} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
        for name, urls in pages.items():
            median, p95, queries = measure(client, urls, args.requests)
            print(f"{name:<22} {median:>10.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()
