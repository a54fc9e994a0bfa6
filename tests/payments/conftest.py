"""Fixtures for payments: Stripe settings pointing at a local fake, never at Stripe."""

import pytest

from tests.fakestripe import FakeStripe
from tests.payments.helpers import WEBHOOK_SECRET


@pytest.fixture
def fake_stripe():
    with FakeStripe(webhook_secret=WEBHOOK_SECRET) as fake:
        yield fake


@pytest.fixture
def stripe_settings(app, monkeypatch, fake_stripe):
    """The shared app talks to the fake for this test (settings restored afterwards)."""
    monkeypatch.setitem(app.config, "STRIPE_SECRET_KEY", "sk_test_fake")
    monkeypatch.setitem(app.config, "STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setitem(app.config, "STRIPE_API_BASE", fake_stripe.url)
    return fake_stripe
