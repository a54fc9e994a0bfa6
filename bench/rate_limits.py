"""Hammer the login of two gunicorn workers for one minute and count the tries let through.

    .venv/bin/python bench/rate_limits.py [--seconds 59] [--storage redis|memory|both]

The workers run with the production limits (RATELIMIT_LOGIN_PER_ACCOUNT, _PER_ADDRESS) and
count in a throwaway redis-server (or, as a control, each in its own memory). Behind one
trusted proxy (PROXY_COUNT=1), as in production, so the script can play many addresses with
X-Forwarded-For. Within one minute, at the same time:

- "one account, new address each try": wrong passwords for one account, each from another
  address (a botnet); the limit per account should let RATELIMIT_LOGIN_PER_ACCOUNT through;
- "one address, new account each try": wrong passwords for ever new accounts from one address
  (credential stuffing); the limit per address should let RATELIMIT_LOGIN_PER_ADDRESS through;

then the right password for the attacked account, which must be refused as well. Requests go
only to 127.0.0.1, a bounded number for a bounded time.
"""

import argparse
import itertools
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# The project instead of bench/, where this file's name would hide the `limits` library.
sys.path.pop(0)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storefront.config import RATE_LIMITS
from storefront.extensions import db
from tests import factories
from tests.conftest import build_app
from tests.gunicorn import Buyer, gunicorn
from tests.redisserver import RedisServer
from tests.web import hidden_fields

VICTIM = "lan@example.vn"
THREADS = 4  # per scenario
PAUSE = 0.02  # seconds between two tries of one thread
MAX_TRIES = 20_000  # per scenario, whatever the time


def attack(base: str, seconds: float, email_of, address_of) -> Counter:
    """Wrong passwords from THREADS clients until `seconds` pass; statuses counted."""
    counter, numbers, lock = Counter(), itertools.count(), threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        buyer = Buyer(base)
        form = hidden_fields(buyer.request("/account/login")[1])
        while time.monotonic() < deadline:
            n = next(numbers)
            if n >= MAX_TRIES:
                return
            data = {**form, "email": email_of(n), "password": "not-the-password"}
            status = buyer.send("/account/login", data, headers={"X-Forwarded-For": address_of(n)})[
                0
            ]
            with lock:
                counter[status] += 1
            time.sleep(PAUSE)

    with ThreadPoolExecutor(THREADS) as pool:
        for future in [pool.submit(client) for _ in range(THREADS)]:
            future.result()
    return counter


def right_password(base: str) -> int:
    buyer = Buyer(base)
    form = {**hidden_fields(buyer.request("/account/login")[1]), "email": VICTIM,
            "password": factories.PASSWORD}  # fmt: skip
    return buyer.send("/account/login", form, headers={"X-Forwarded-For": "198.51.100.250"})[0]


def run(storage: str, seconds: float) -> None:
    root = Path(tempfile.mkdtemp(prefix="limits-"))
    url = f"sqlite:///{root / 'limits.db'}"
    app = build_app(url, root)
    with app.app_context():
        factories.user(email=VICTIM)
        db.session.commit()
        db.session.remove()
    with RedisServer() as redis:
        settings = {
            "RATELIMIT_ENABLED": "1",
            "RATELIMIT_STORAGE_URI": redis.url if storage == "redis" else "memory://",
            "PROXY_COUNT": "1",
        }
        with gunicorn(url, root, workers=2, threads=8, settings=settings) as base:
            scenarios = {
                "one account, new address each try": (
                    lambda n: VICTIM,
                    lambda n: f"203.0.{n // 250 % 250}.{n % 250 + 1}",
                ),
                "one address, new account each try": (
                    lambda n: f"khach{n}@example.vn",
                    lambda n: "198.51.100.9",
                ),
            }
            started = time.monotonic()
            with ThreadPoolExecutor(len(scenarios)) as pool:
                futures = {
                    name: pool.submit(attack, base, seconds, *keys)
                    for name, keys in scenarios.items()
                }
                results = {name: future.result() for name, future in futures.items()}
            elapsed = time.monotonic() - started
            after = right_password(base)
    print(f"storage {storage}, 2 gunicorn workers, {elapsed:.0f} s:")
    limits = {
        "one account, new address each try": RATE_LIMITS["RATELIMIT_LOGIN_PER_ACCOUNT"],
        "one address, new account each try": RATE_LIMITS["RATELIMIT_LOGIN_PER_ADDRESS"],
    }
    print(f"  {'scenario':36} {'tries':>6} {'allowed':>8} {'429':>6}  limit")
    for name, counter in results.items():
        tries = sum(counter.values())
        others = {k: v for k, v in counter.items() if k not in (400, 429)}
        extra = f"  other: {others}" if others else ""
        print(f"  {name:36} {tries:6} {counter[400]:8} {counter[429]:6}  {limits[name]}{extra}")
    print(f"  then the right password for {VICTIM}: {after}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=59.0, help="stay inside one minute")
    parser.add_argument("--storage", choices=("redis", "memory", "both"), default="both")
    args = parser.parse_args()
    for storage in ("redis", "memory") if args.storage == "both" else (args.storage,):
        run(storage, args.seconds)


if __name__ == "__main__":
    main()
