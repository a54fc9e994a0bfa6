"""Fixtures shared by the portal's farm-tourism tests."""

import pytest

from tests import factories
from tests.payments.conftest import fake_stripe, stripe_settings  # noqa: F401
from tests.web import login


@pytest.fixture
def owner(client, database):
    """A logged-in member of an orchard-keeping producer, reading the portal in English.

    Test modules with their own `owner` fixture (products, adoptions, bookings) override it.
    """
    maker = factories.producer(name="HTX Xoài Mỹ Xương")
    login(client, factories.member(maker))
    with client.session_transaction() as session:
        session["lang"] = "en"  # messages checked in English, whatever the catalogue holds
    return maker
