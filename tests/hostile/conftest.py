"""The walk pays by card through the same local fake of Stripe as the payments tests."""

from tests.payments.conftest import fake_stripe, stripe_settings  # noqa: F401
