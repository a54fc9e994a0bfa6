"""Settings read from the environment, with safe defaults for a laptop."""

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_PATH = Path(os.environ.get("STOREFRONT_INSTANCE", PROJECT_ROOT / "instance"))


def _secret_key(instance_path: Path) -> str:
    """Return SECRET_KEY from the environment, or one generated once into instance/."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    path = instance_path / "secret_key"
    if not path.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _database_url(instance_path: Path) -> str:
    url = os.environ.get("DATABASE_URL", f"sqlite:///{instance_path / 'storefront.db'}")
    # Heroku-style URLs name the driver "postgres"; SQLAlchemy wants psycopg 3.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


LOCAL_SITE_URL = "http://127.0.0.1:5000"

# Limits on the POSTs that guess a secret or send mail (storefront.limits), each overridable
# by an environment variable of the same name ("10 per minute; 100 per hour"). A limit per
# address stops one machine trying many accounts; a limit per account (or order, or buyer)
# stops many machines trying one. Many Vietnamese phones share one IPv4 address behind their
# carrier's NAT, so the limits per address are the looser ones.
RATE_LIMITS = {
    # A person who forgot their password tries a few; a guesser gets 5 a minute and 20 an
    # hour for one account (under 500 a day), whatever addresses they come from.
    "RATELIMIT_LOGIN_PER_ADDRESS": "10 per minute; 100 per hour",
    "RATELIMIT_LOGIN_PER_ACCOUNT": "5 per minute; 20 per hour",
    # Shoppers' and producers' sign-ups together: a family or an office signs up a few people;
    # an e-mail address tried again and again is someone asking whether it has an account.
    "RATELIMIT_SIGNUP_PER_ADDRESS": "10 per hour; 50 per day",
    "RATELIMIT_SIGNUP_PER_ACCOUNT": "5 per hour",
    # Each request sends an e-mail: a few per inbox, so nobody can flood someone's mailbox.
    "RATELIMIT_RESET_PER_ADDRESS": "10 per hour; 50 per day",
    "RATELIMIT_RESET_PER_ACCOUNT": "3 per hour; 10 per day",
    # Number and phone: a buyer mistypes a few times; a guesser tries phones for one number,
    # or numbers for one phone (from one address).
    "RATELIMIT_LOOKUP_PER_ADDRESS": "10 per minute; 60 per hour",
    "RATELIMIT_LOOKUP_PER_ORDER": "10 per hour",
    # Typing ticket codes by hand, when the QR code cannot be scanned, for a whole coach.
    "RATELIMIT_CHECKIN_PER_ADDRESS": "60 per minute",
    "RATELIMIT_CHECKIN_PER_ACCOUNT": "30 per minute; 300 per hour",
    # Placing an order (checkout, tour booking, tree adoption together): each one holds stock
    # or seats, so a flood of unpaid orders would empty the shop for real buyers.
    "RATELIMIT_ORDER_PER_ADDRESS": "60 per hour",
    "RATELIMIT_ORDER_PER_BUYER": "10 per 10 minutes; 20 per hour",
    # Item serials (/01/{GTIN}/21/{serial}): only codes that do not exist count, so a shop
    # assistant scanning a shelf of real labels is never stopped, and a guesser is.
    "RATELIMIT_SERIAL_MISSES_PER_ADDRESS": "10 per minute; 50 per hour",
    # Reports of a copied label e-mail the producer and the office.
    "RATELIMIT_SERIAL_REPORT_PER_ADDRESS": "5 per hour",
}


class SiteURLError(RuntimeError):
    """SITE_URL is missing or not an http(s) address: the site refuses to start."""


def require_site_url(app) -> None:
    """Refuse to start without a usable SITE_URL, except when debugging or testing (where the
    local address `make run` serves on stands in)."""
    url = app.config.get("SITE_URL") or ""
    if not url and (app.debug or app.testing):
        app.config["SITE_URL"] = LOCAL_SITE_URL
        return
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        found = f"is {url!r}, not a web address" if url else "is not set"
        raise SiteURLError(
            f"SITE_URL {found}. Set it to the site's public address, for example "
            "SITE_URL=https://cho.example.vn: links in e-mails are built from it. "
            "Only FLASK_DEBUG=1 (or `make run`) runs without it."
        )


class Config:
    """Production-safe defaults; every value can be overridden by the environment."""

    def __init__(self, instance_path: Path = INSTANCE_PATH):
        self.SECRET_KEY = _secret_key(instance_path)
        self.SQLALCHEMY_DATABASE_URI = _database_url(instance_path)
        self.MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(instance_path / "media"))
        self.SESSION_COOKIE_SECURE = os.environ.get("SESSION_COOKIE_SECURE", "0") == "1"
        self.REMEMBER_COOKIE_SECURE = self.SESSION_COOKIE_SECURE
        self.PREFERRED_URL_SCHEME = "https" if self.SESSION_COOKIE_SECURE else "http"
        if self.SESSION_COOKIE_SECURE:
            # Browsers keep a __Host- cookie only if it is Secure, for Path=/ and without a
            # Domain: no plain-http page and no other subdomain can plant or replace it.
            self.SESSION_COOKIE_NAME = "__Host-session"
            self.REMEMBER_COOKIE_NAME = "__Host-remember_token"
        env = os.environ.get
        # A JSON object overriding fields of orders.shipping.ShippingRules (read by orders).
        self.SHIPPING_RULES = env("SHIPPING_RULES", "")
        # Hours an unpaid bank-transfer order keeps its stock before it expires.
        self.TRANSFER_HOURS = int(env("TRANSFER_HOURS", "24"))
        # Minutes an unpaid card order of goods keeps its stock: Stripe's page closes then
        # (Stripe needs at least 30), and the order is released by `flask expire-orders`.
        self.CARD_HOLD_MINUTES = int(env("CARD_HOLD_MINUTES", "60"))
        # The public address: every link in an e-mail, QR code or payment page starts with it
        # (never with the Host header of a request). Required unless debugging or testing.
        self.SITE_URL = env("SITE_URL", "").strip().rstrip("/")
        # Minutes a tree or tour seats stay held for an unpaid adoption or booking.
        self.HOLD_MINUTES = int(env("HOLD_MINUTES", "15"))
        # The same for a bank transfer, which the office confirms from the bank statement.
        self.TRANSFER_HOLD_MINUTES = int(env("TRANSFER_HOLD_MINUTES", "120"))
        # Hours `flask media sweep` leaves unreferenced files and records alone: uploads in
        # flight wait in the staging folder until their commit.
        self.MEDIA_SWEEP_GRACE_HOURS = float(env("MEDIA_SWEEP_GRACE_HOURS", "24"))
        # Hours a waiting-list offer keeps the freed seats for the person it was sent to.
        self.WAITLIST_OFFER_HOURS = int(env("WAITLIST_OFFER_HOURS", "2"))
        # Where the card payment form lives (the CSP lets checkout redirect there).
        self.STRIPE_CHECKOUT_ORIGIN = env("STRIPE_CHECKOUT_ORIGIN", "https://checkout.stripe.com")
        # Host names this site answers to; any other Host header gets a 400 page.
        hosts = [h.strip() for h in env("TRUSTED_HOSTS", "").split(",") if h.strip()]
        self.TRUSTED_HOSTS = hosts or None
        self.MAIL_BACKEND = env("MAIL_BACKEND", "folder")
        self.MAIL_FOLDER = env("MAIL_FOLDER", str(instance_path / "mail"))
        self.MAIL_FROM = env("MAIL_FROM", "Đất Sen Hồng <no-reply@ocop-dongthap.vn>")
        self.MAIL_HOST = env("MAIL_HOST", "localhost")
        self.MAIL_PORT = int(env("MAIL_PORT", "25"))
        self.MAIL_USE_TLS = env("MAIL_USE_TLS", "0") == "1"
        self.MAIL_USERNAME = env("MAIL_USERNAME", "")
        self.MAIL_PASSWORD = env("MAIL_PASSWORD", "")
        # Bank transfers: the account the VietQR code pays into (BIN 970436 is Vietcombank).
        self.BANK_BIN = env("BANK_BIN", "970436")
        self.BANK_ACCOUNT = env("BANK_ACCOUNT", "0011004299999")
        self.BANK_ACCOUNT_NAME = env("BANK_ACCOUNT_NAME", "HTX DAT SEN HONG")
        self.BANK_NAME = env("BANK_NAME", "Vietcombank")
        # Cards through Stripe Checkout; without a secret key the card option is hidden.
        # STRIPE_API_BASE points the SDK elsewhere (tests use a local fake of Stripe).
        self.STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", "")
        self.STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", "")
        self.STRIPE_API_BASE = env("STRIPE_API_BASE") or None
        # Limits on guessing and flooding; the counters live where every worker sees them:
        # memory:// serves one process (`make run`), several gunicorn workers need Redis
        # (RATELIMIT_STORAGE_URI=redis://127.0.0.1:6379/0).
        self.RATELIMIT_ENABLED = env("RATELIMIT_ENABLED", "1") == "1"
        self.RATELIMIT_STORAGE_URI = env("RATELIMIT_STORAGE_URI", "memory://")
        for name, default in RATE_LIMITS.items():
            setattr(self, name, env(name, default))
        # Reverse proxies in front of the site, each adding the address it saw to
        # X-Forwarded-For. 0: the header is ignored (anyone can write it, and a guesser would
        # send a new address with each try); 1 behind one nginx.
        self.PROXY_COUNT = int(env("PROXY_COUNT", "0"))
        # Scans of one item serial past which its page warns that the label may be copied.
        self.SERIAL_COPY_WARNING = int(env("SERIAL_COPY_WARNING", "5"))

    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_NAME = "session"
    REMEMBER_COOKIE_NAME = "remember_token"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    # "Keep me logged in" lasts a month (Flask-Login's default is a year).
    REMEMBER_COOKIE_DURATION = timedelta(days=30)
    WTF_CSRF_TIME_LIMIT = None  # the token lives as long as the session
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    # Static URLs carry a content hash (templating.asset_url), so a year of caching is safe.
    SEND_FILE_MAX_AGE_DEFAULT = 365 * 24 * 3600
    BABEL_DEFAULT_LOCALE = "vi"
    BABEL_DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
    LANGUAGES = ("vi", "en")
    # Widths (px) each uploaded image is stored in, as WebP plus a JPEG fallback.
    MEDIA_WIDTHS: tuple[int, ...] = (320, 640, 1280)
    # Uploads: bytes (under MAX_CONTENT_LENGTH), pixels checked before decoding (a 12 MP photo
    # is far below; bigger headers are decompression bombs), and the shorter side of a picture.
    MEDIA_MAX_UPLOAD_BYTES = 15 * 1024 * 1024
    MEDIA_MAX_PIXELS = 50_000_000
    MEDIA_MIN_SIDE = 400
    # Side (px) of the packaging mock-ups that `flask seed-demo` draws.
    DEMO_IMAGE_SIZE = 1200
    CATALOG_PAGE_SIZE = 24
    # argon2id parameters (argon2-cffi's RFC 9106 low-memory profile, above OWASP's minimum).
    ARGON2_TIME_COST = 3
    ARGON2_MEMORY_COST = 65536
    ARGON2_PARALLELISM = 4
    # A moving window: never more than the limit in any minute (a fixed window lets twice
    # the limit through across its edge), and the 429 page knows when a try frees up.
    RATELIMIT_STRATEGY = "moving-window"
    RATELIMIT_KEY_PREFIX = "storefront"
    # Redis away: each worker counts on its own (and logs it) rather than answering 500.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_STORAGE_OPTIONS = {"socket_timeout": 1, "socket_connect_timeout": 1}


class TestConfig(Config):
    """Fast, deterministic settings for the test suite."""

    __test__ = False  # not a pytest test class

    TESTING = True

    def __init__(self, instance_path: Path = INSTANCE_PATH):
        super().__init__(instance_path)
        self.MAIL_BACKEND = "memory"
        # Another host than the test client's, so a test reading a link sees where it came from.
        self.SITE_URL = "https://cho.example.vn"
        # Never Stripe itself: tests that need it start tests/fakestripe.py and set these.
        self.STRIPE_SECRET_KEY = self.STRIPE_WEBHOOK_SECRET = ""
        self.STRIPE_API_BASE = None
        # The suite logs in hundreds of times from one address; tests/limits turns them on.
        self.RATELIMIT_ENABLED = False

    WTF_CSRF_ENABLED = True
    MEDIA_WIDTHS = (320, 640)
    DEMO_IMAGE_SIZE = 480
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST = 1024
    ARGON2_PARALLELISM = 1
