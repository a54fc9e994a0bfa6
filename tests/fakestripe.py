"""A local fake of the few Stripe endpoints we call, so tests drive the real SDK offline.

    with FakeStripe(webhook_url=f"{live.url}/payments/stripe/webhook", webhook_secret=S) as fake:
        app.config["STRIPE_API_BASE"] = fake.url

It answers POST/GET /v1/checkout/sessions and POST /v1/refunds as Stripe would (form-encoded
requests, JSON objects), records every API request, and serves a "pay" page at /pay/<id>:
pressing its button completes the session, sends the signed `checkout.session.completed`
webhook to `webhook_url`, then redirects to the session's success_url.

Idempotency keys behave as Stripe documents them: a key's first request is processed and its
answer saved; a later request with the same key and the same endpoint and parameters gets the
saved answer, one with other parameters a 400 `idempotency_error`, and one arriving while the
first is still being processed a 409 `idempotency_error` (code `idempotency_key_in_use`).
A request refused by validation (an `expires_at` outside 30 minutes to 24 hours from now) or
by `fail_next` saves nothing. Set `gate` to a threading.Event to hold every session creation
until it is set (its key is in flight meanwhile); `held` is released once per creation that
arrives at the gate. `answer_gate` and `answered` do the same after the session is made and
its answer saved, before it is sent. `latency` (seconds) is how long each session creation
takes, as Stripe's own time on the network.
"""

import html
import json
import re
import secrets
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

from stripe import WebhookSignature

API_VERSION = "2025-01-01"


def sign(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """The Stripe-Signature header for a body, computed by the SDK's own signing helper."""
    return WebhookSignature.generate_signature_header(payload.decode("utf-8"), secret, timestamp)


def event(event_type: str, session: dict, event_id: str | None = None) -> bytes:
    """The JSON body of a Stripe event about a Checkout Session."""
    body = {
        "id": event_id or f"evt_test_{secrets.token_hex(12)}",
        "object": "event",
        "api_version": API_VERSION,
        "created": int(time.time()),
        "livemode": False,
        "pending_webhooks": 1,
        "type": event_type,
        "data": {"object": session},
    }
    return json.dumps(body).encode("utf-8")


def decode_form(body: str) -> dict:
    """Stripe's form encoding (`a[b][0][c]=v`) back into nested dicts and lists."""
    root: dict = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        parts = re.findall(r"[^\[\]]+", key)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return _lists(root)


def _lists(node):
    if not isinstance(node, dict):
        return node
    if node and all(key.isdigit() for key in node):
        return [_lists(node[key]) for key in sorted(node, key=int)]
    return {key: _lists(value) for key, value in node.items()}


@dataclass
class Recorded:
    """One API request the fake received."""

    method: str
    path: str
    params: dict
    headers: dict = field(default_factory=dict)


class FakeStripe:
    """The fake Stripe API on 127.0.0.1 (a random port), as a context manager."""

    def __init__(self, webhook_url: str = "", webhook_secret: str = "whsec_test_fake"):
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.requests: list[Recorded] = []
        self.sessions: dict[str, dict] = {}
        self.refunds: list[dict] = []
        self.deliveries: list[tuple[str, int]] = []  # (event type, our app's HTTP status)
        self.fail_next: tuple[int, str] | None = None  # (status, message) for the next API call
        self.gate: threading.Event | None = None
        self.held = threading.Semaphore(0)
        self.answer_gate: threading.Event | None = None
        self.answered = threading.Semaphore(0)
        self.latency = 0.0
        self._idempotent: dict[str, tuple[str, dict, tuple[int, dict] | None]] = {}
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def created(self) -> list[Recorded]:
        """The Checkout Session creations received, oldest first."""
        return [
            r for r in self.requests if r.method == "POST" and r.path == "/v1/checkout/sessions"
        ]

    def complete(self, session_id: str) -> int:
        """The buyer paid: mark the session paid and send `checkout.session.completed`."""
        session = self.sessions[session_id]
        session.update(
            status="complete",
            payment_status="paid",
            payment_intent=f"pi_test_{secrets.token_hex(12)}",
        )
        return self.send("checkout.session.completed", session)

    def expire(self, session_id: str) -> int:
        """Stripe gave up on the session: send `checkout.session.expired`."""
        session = self.sessions[session_id]
        session.update(status="expired")
        return self.send("checkout.session.expired", session)

    def send(self, event_type: str, session: dict, event_id: str | None = None) -> int:
        """POST a signed event to webhook_url, as Stripe does; return the app's HTTP status."""
        body = event(event_type, session, event_id)
        request = urllib.request.Request(
            self.webhook_url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Stripe-Signature": sign(body, self.webhook_secret),
                "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        self.deliveries.append((event_type, status))
        return status

    def _idempotent_answer(self, key: str, path: str, params: dict) -> tuple[int, dict] | None:
        """The answer a known key gets (replay, 400 or 409), or None: a new key, now in flight."""
        with self._lock:
            if key not in self._idempotent:
                self._idempotent[key] = (path, params, None)
                return None
            first_path, first_params, answer = self._idempotent[key]
        if answer is None:
            return 409, _error(
                "There is currently another in-progress request using this Idempotent Key "
                "(that probably means you submitted twice, and the other request is still "
                f"going through): {key}. Please try again later.",
                "idempotency_error",
                code="idempotency_key_in_use",
            )
        if (first_path, first_params) != (path, params):
            return 400, _error(
                "Keys for idempotent requests can only be used with the same parameters they "
                f"were first used with. Try using a key other than '{key}' if you meant to "
                "execute a different request.",
                "idempotency_error",
            )
        return answer

    def _save(self, key: str | None, answer: tuple[int, dict] | None) -> None:
        """Keep a key's answer for its later copies, or forget a key whose request saved none."""
        if key is None:
            return
        with self._lock:
            if answer is None:
                del self._idempotent[key]
            else:
                path, params, _none = self._idempotent[key]
                self._idempotent[key] = (path, params, answer)

    def _create_session(self, params: dict) -> tuple[int, dict]:
        time.sleep(self.latency)
        if self.gate is not None:
            self.held.release()
            self.gate.wait(timeout=60)
        expires_at = int(params.get("expires_at") or time.time() + 24 * 3600)
        if not time.time() + 30 * 60 <= expires_at <= time.time() + 24 * 3600:
            message = "The `expires_at` timestamp must be between 30 minutes and 24 hours away."
            return 400, _error(message, "invalid_request_error", param="expires_at")
        session_id = f"cs_test_{secrets.token_hex(16)}"
        lines = params.get("line_items", [])
        session = {
            "id": session_id,
            "object": "checkout.session",
            "url": f"{self.url}/pay/{session_id}",
            "mode": params.get("mode", "payment"),
            "amount_total": sum(
                int(line["price_data"]["unit_amount"]) * int(line.get("quantity", 1))
                for line in lines
            ),
            "currency": params.get("currency") or lines[0]["price_data"]["currency"],
            "status": "open",
            "payment_status": "unpaid",
            "payment_intent": None,
            "client_reference_id": params.get("client_reference_id"),
            "metadata": params.get("metadata", {}),
            "customer_email": params.get("customer_email"),
            "success_url": params.get("success_url"),
            "cancel_url": params.get("cancel_url"),
            "expires_at": expires_at,
            "livemode": False,
        }
        with self._lock:
            self.sessions[session_id] = session
        return 200, session

    def _refund(self, params: dict) -> tuple[int, dict]:
        refund = {
            "id": f"re_test_{secrets.token_hex(12)}",
            "object": "refund",
            "amount": int(params["amount"]),
            "currency": "vnd",
            "payment_intent": params.get("payment_intent"),
            "status": "succeeded",
        }
        self.refunds.append(refund)
        return 200, refund


def _error(message: str, kind: str, **details) -> dict:
    return {"error": {"message": message, "type": kind, **details}}


CREATE = {"/v1/checkout/sessions": FakeStripe._create_session, "/v1/refunds": FakeStripe._refund}


def _handler(fake: FakeStripe):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep test output quiet
            pass

        def do_GET(self):
            if self.path.startswith("/v1/"):
                self._api("GET", {})
            elif match := re.fullmatch(r"/pay/(cs_test_\w+)", self.path):
                self._pay_page(match.group(1))
            else:
                self._send(404, b"not found", "text/plain")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8")
            if self.path.startswith("/v1/"):
                self._api("POST", decode_form(body))
            elif match := re.fullmatch(r"/pay/(cs_test_\w+)", self.path):
                self._pay(match.group(1))
            else:
                self._send(404, b"not found", "text/plain")

        def _api(self, method: str, params: dict):
            fake.requests.append(Recorded(method, self.path, params, dict(self.headers)))
            if not self.headers.get("Authorization", "").startswith("Bearer sk_"):
                return self._error(401, "Invalid API Key provided.", "invalid_request_error")
            if fake.fail_next is not None:
                (status, message), fake.fail_next = fake.fail_next, None
                return self._error(status, message, "api_error")
            if method == "POST" and self.path in CREATE:
                return self._create(CREATE[self.path], params)
            match = re.fullmatch(r"/v1/checkout/sessions/(\w+)", self.path)
            if method == "GET" and match and match.group(1) in fake.sessions:
                return self._json(200, fake.sessions[match.group(1)])
            return self._error(404, f"No such resource: {self.path}", "invalid_request_error")

        def _create(self, create, params: dict):
            """A POST that creates something, under its Idempotency-Key if it has one."""
            key = self.headers.get("Idempotency-Key")
            known = fake._idempotent_answer(key, self.path, params) if key else None
            if known is not None:
                return self._json(*known)
            status, body = create(fake, params)
            fake._save(key, (status, body) if status == 200 else None)
            if fake.answer_gate is not None and body.get("object") == "checkout.session":
                fake.answered.release()
                fake.answer_gate.wait(timeout=60)
            return self._json(status, body)

        def _pay_page(self, session_id: str):
            session = fake.sessions.get(session_id)
            if session is None or session["status"] != "open":
                return self._send(404, b"This checkout session is not open.", "text/plain")
            amount = f"{session['amount_total']:,}".replace(",", ".")
            page = (
                "<!doctype html><html lang='en'><meta charset='utf-8'>"
                "<title>Fake Stripe Checkout</title>"
                f"<h1>Pay {amount} ₫</h1>"
                f"<p>Order {html.escape(str(session['client_reference_id']))}</p>"
                f"<form method='post' action='/pay/{session_id}'>"
                "<button type='submit' id='pay'>Pay</button></form>"
                f"<a href='{html.escape(session['cancel_url'] or '')}' id='cancel'>Cancel</a>"
            )
            self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")

        def _pay(self, session_id: str):
            session = fake.sessions.get(session_id)
            if session is None or session["status"] != "open":
                return self._send(404, b"This checkout session is not open.", "text/plain")
            fake.complete(session_id)
            self.send_response(303)
            success = session["success_url"] or "/"
            self.send_header("Location", success.replace("{CHECKOUT_SESSION_ID}", session_id))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _error(self, status: int, message: str, kind: str):
            self._json(status, _error(message, kind))

        def _json(self, status: int, body: dict):
            self._send(status, json.dumps(body).encode("utf-8"), "application/json")

        def _send(self, status: int, body: bytes, content_type: str):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Request-Id", f"req_test_{secrets.token_hex(6)}")
            self.end_headers()
            self.wfile.write(body)

    return Handler
