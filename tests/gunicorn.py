"""The app served by real gunicorn worker processes on 127.0.0.1, and browser-like clients,
for the tests where many people press the same button at the same moment."""

import http.cookiejar
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

SECRET_KEY = "rush-test-secret"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def gunicorn(
    database_url: str, instance, workers: int = 4, threads: int = 8, settings: dict | None = None
):
    """Serve the app on a free port (processes × threads); yields the base URL. `settings`:
    more environment variables (the rate limits are off unless they turn them on)."""
    port = _free_port()
    env = _environment(database_url, instance, f"http://127.0.0.1:{port}") | (settings or {})
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--threads", str(threads),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "storefront:create_app()"],
        env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def flask_command(database_url: str, instance, *args: str) -> subprocess.Popen:
    """Start `flask <args>` (a cron command) in a process of its own on the same database."""
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "storefront", *args],
        env=_environment(database_url, instance, "http://127.0.0.1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _environment(database_url: str, instance, site_url: str) -> dict:
    return {
        **os.environ,
        "SITE_URL": site_url,  # production refuses to start without it
        "DATABASE_URL": database_url,
        "STOREFRONT_INSTANCE": str(instance),
        "MEDIA_ROOT": str(instance / "media"),
        "SECRET_KEY": SECRET_KEY,
        "MAIL_BACKEND": "console",
        # Crowds from 127.0.0.1 are the point of these tests: limits only where asked for.
        "RATELIMIT_ENABLED": "0",
    }


class Buyer:
    """A browser-like client: its own cookies, no redirect following."""

    def __init__(self, base: str):
        self.base = base
        self.headers = None  # of the last response
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect()
        )

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        status, body, _location = self.send(path, data)
        return status, body

    def send(
        self, path: str, data: dict | None = None, body: bytes | None = None, headers=None
    ) -> tuple[int, str, str]:
        """(status, body, the Location it redirects to or ""): a form post of `data`, or of
        a raw `body` with its own `headers`."""
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(
            self.base + path, data=body, headers={"Accept-Language": "en", **(headers or {})}
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                self.headers = response.headers
                return response.status, response.read().decode(), ""
        except urllib.error.HTTPError as error:
            self.headers = error.headers
            return error.code, error.read().decode(), error.headers.get("Location", "")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
