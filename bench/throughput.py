"""Requests per second of the public pages beside a lean reference page, in one run.

    .venv/bin/python bench/throughput.py [--products 10000] [--seconds 5] [--rounds 3]

Loads a scratch SQLite database (bench/catalog.py's loader), then serves the site and
bench/lean_app.py (a page of 24 cards from one raw query, and Flask's hello page) each under
gunicorn with 2 sync workers, and measures every page with wrk (8 connections) in
interleaved rounds. The machine is shared and noisy: only the ratios to the lean page within
one run mean anything, so they are what it prints, with the load average before and after.
Needs Debian's `wrk` (apt-get install wrk).
"""

import argparse
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import flask_migrate

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from catalog import load  # noqa: E402  (bench/ is not a package)

from storefront import create_app  # noqa: E402
from storefront.config import Config  # noqa: E402
from storefront.extensions import db  # noqa: E402

RATE = re.compile(r"Requests/sec:\s+([0-9.]+)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(app_spec: str, env: dict, check: str):
    """gunicorn with 2 sync workers on a free port; yields the base URL."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning", app_spec],
        env=env, cwd=BENCH.parent, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + check, timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def rate(url: str, seconds: int) -> float:
    """wrk's requests per second for one URL (2 threads, 8 connections)."""
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", url], capture_output=True, text=True, check=True
    ).stdout
    if "Non-2xx" in out:
        raise SystemExit(f"{url} answered errors under load:\n{out}")
    return float(RATE.search(out).group(1))


def build(products: int, scratch: Path) -> tuple[str, list[str]]:
    url = f"sqlite:///{scratch / 'bench.db'}"
    media = str(scratch / "media")
    app = create_app(Config(scratch), SQLALCHEMY_DATABASE_URI=url, MEDIA_ROOT=media,
                     SITE_URL="http://127.0.0.1")  # fmt: skip
    with app.app_context():
        flask_migrate.upgrade()
        slugs = load(products)
        db.session.remove()
    return url, slugs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("bench/throughput.py needs wrk: apt-get install wrk")
    scratch = Path(tempfile.mkdtemp(prefix="bench-throughput-"))
    database_url, slugs = build(args.products, scratch)
    slug = random.Random(3).choice(slugs)
    env = {
        **os.environ, "DATABASE_URL": database_url, "STOREFRONT_INSTANCE": str(scratch),
        "MEDIA_ROOT": str(scratch / "media"), "SECRET_KEY": "bench", "MAIL_BACKEND": "console",
        "RATELIMIT_ENABLED": "0", "LEAN_DATABASE": str(scratch / "bench.db"),
    }  # fmt: skip
    with ExitStack() as stack:
        site = stack.enter_context(
            served("storefront:create_app()", env | {"SITE_URL": "http://127.0.0.1"}, "/healthz")
        )
        lean = stack.enter_context(served("bench.lean_app:app", env, "/hello"))
        targets = {
            "lean page (reference)": lean + "/lean",
            "flask hello": lean + "/hello",
            "catalogue /products": site + "/products",
            "catalogue filtered": site + "/products?group=food&stars=4&sort=price_asc",
            "catalogue search": site + "/products?q=thu+12",
            "product page": f"{site}/products/{slug}",
            "home": site + "/",
            "producer page": site + "/producers/bench-producer-7",
        }
        print(f"{args.products} products, SQLite; load average before: {os.getloadavg()}")
        rates: dict[str, list[float]] = {name: [] for name in targets}
        for _round in range(args.rounds):
            for name, url in targets.items():
                rates[name].append(rate(url, args.seconds))
        lean_rate = statistics.median(rates["lean page (reference)"])
        print(f"{'page':<24} {'req/s':>8} {'x lean':>7}")
        for name, found in rates.items():
            median = statistics.median(found)
            print(f"{name:<24} {median:>8.1f} {median / lean_rate:>7.3f}")
        print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
