"""Time `flask media sweep` and a photo deletion over many stored pictures (issue 9).

    .venv/bin/python bench/media_sweep.py [--assets 20000] [--orphans 2000]
                                          [--database-url URL | --throwaway-postgres]

Loads picture records (nine in ten shown by a product, one in ten referred to by nothing) and
their files (tiny, with old mtimes) plus orphan files no record names, then prints the time
of a dry run, a real run and a second run of the sweep, and of `catalog.photos.delete_photo`
(one photo's reference check and deletion, rolled back each time).
"""

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import flask_migrate
import sqlalchemy as sa

from storefront import create_app
from storefront.catalog import photos
from storefront.catalog.editing import ensure_ocop_groups
from storefront.catalog.models import Product, ProductImage
from storefront.config import LOCAL_SITE_URL, Config
from storefront.extensions import db
from storefront.media.models import MediaAsset
from storefront.producers.models import Producer, ProducerKind, ProducerStatus

PRODUCTS = 1000
OLD = time.time() - 3 * 24 * 3600


def load(root: Path, assets: int, orphans: int) -> None:
    category = next(c for c in ensure_ocop_groups().values() if c.parent is not None)
    maker = Producer(
        slug="bench-sweep", name="HTX Bench", kind=ProducerKind.COOPERATIVE, ward_code=30226,
        status=ProducerStatus.APPROVED,
    )  # fmt: skip
    db.session.add(maker)
    db.session.flush()
    db.session.execute(
        sa.insert(Product),
        [
            {"producer_id": maker.id, "category_id": category.id, "slug": f"bench-{n}",
             "name_vi": f"Sản phẩm {n}", "ward_code": 30226, "status": "published"}
            for n in range(PRODUCTS)
        ],
    )  # fmt: skip
    product_ids = list(db.session.scalars(sa.select(Product.id)))
    created = datetime.now(UTC) - timedelta(days=3)
    keys = [secrets.token_hex(16) for _ in range(assets)]
    db.session.execute(
        sa.insert(MediaAsset),
        [
            {"key": k, "width": 640, "height": 640, "widths_csv": "320,640", "created_at": created}
            for k in keys
        ],
    )
    ids = dict(db.session.execute(sa.select(MediaAsset.key, MediaAsset.id)).all())
    shown = keys[: assets * 9 // 10]
    db.session.execute(
        sa.insert(ProductImage),
        [
            {"product_id": product_ids[n % PRODUCTS], "asset_id": ids[k], "position": n}
            for n, k in enumerate(shown)
        ],
    )
    db.session.commit()
    db.session.execute(sa.text("ANALYZE"))
    db.session.commit()
    names = [f"{k[:2]}/{k}-{w}.{fmt}" for k in keys for w in (320, 640) for fmt in ("webp", "jpg")]
    names += [f"{k[:2]}/{k}-320.webp" for k in (secrets.token_hex(16) for _ in range(orphans))]
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"bench")
        os.utime(path, (OLD, OLD))


def timed_sweep(app, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    result = app.test_cli_runner().invoke(args=["media", "sweep", *args])
    elapsed = time.perf_counter() - start
    assert result.exit_code == 0, result.output
    summary = [line for line in result.output.splitlines() if "looked at" in line]
    return elapsed, summary[0]


def time_deletions(runs: int = 50) -> list[float]:
    timings = []
    images = db.session.scalars(sa.select(ProductImage).limit(runs)).all()
    for image in images:
        start = time.perf_counter()
        photos.delete_photo(image.product, image)
        timings.append((time.perf_counter() - start) * 1000)
        db.session.rollback()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assets", type=int, default=20_000)
    parser.add_argument("--orphans", type=int, default=2_000)
    parser.add_argument("--database-url")
    parser.add_argument(
        "--throwaway-postgres", action="store_true", help="start a scratch PostgreSQL 15 server"
    )
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-sweep-"))
    url = args.database_url or f"sqlite:///{scratch / 'bench.db'}"
    if args.throwaway_postgres:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.pgserver import PostgresServer

        server = PostgresServer()
        server.start()
        url = server.create_database("bench")
    root = scratch / "media"
    app = create_app(
        Config(scratch), SQLALCHEMY_DATABASE_URI=url, MEDIA_ROOT=str(root), SITE_URL=LOCAL_SITE_URL
    )
    with app.app_context():
        flask_migrate.upgrade()
        start = time.perf_counter()
        load(root, args.assets, args.orphans)
        print(
            f"loaded {args.assets} picture records ({args.assets // 10} referred to by nothing),",
            f"{args.assets * 4 + args.orphans} files in {time.perf_counter() - start:.1f} s",
            f"({db.engine.dialect.name})",
        )
        timings = time_deletions()
        print(
            "delete_photo (reference check over every table):",
            f"median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms",
            f"over {len(timings)}",
        )
        for label, extra in (("dry run", ("--dry-run",)), ("sweep", ()), ("second run", ())):
            elapsed, summary = timed_sweep(app, *extra)
            print(f"{label:10} {elapsed:6.1f} s  {summary}")
    if args.throwaway_postgres:
        server.stop()


if __name__ == "__main__":
    main()
