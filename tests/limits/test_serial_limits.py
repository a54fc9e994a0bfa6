"""Guessing item serials: codes that do not exist count per address (in memory and in a real
redis-server); over the limit that address gets 429 for every code, while real codes keep
working for everyone else and never count against the shop assistant who scans many."""

import pytest

from storefront.catalog.digital_link import gtin14, serial_path
from tests import lot_factories
from tests.catalog.serial_helpers import gtin_lot

pytestmark = pytest.mark.usefixtures("counters")


def from_address(address: str) -> dict:
    return {"environ_base": {"REMOTE_ADDR": address}}


def test_guessing_serials_is_stopped_per_address(client, database):
    item = lot_factories.serials(gtin_lot(), 1)[0]
    real = serial_path(item.lot.variant, item.serial)
    prefix = f"/01/{gtin14(item.lot.variant.gtin)}/21/"
    guesser = from_address("203.0.113.7")
    statuses = [
        client.get(f"{prefix}GUESS{n:07d}?lang=en", **guesser).status_code for n in range(12)
    ]
    assert statuses == [404] * 10 + [429] * 2  # RATELIMIT_SERIAL_MISSES_PER_ADDRESS: 10 a minute
    refused = client.get(f"{prefix}GUESS9999999?lang=en", **guesser)
    assert refused.status_code == 429
    assert "Too many unknown codes were checked" in refused.get_data(as_text=True)
    assert client.get(real, **guesser).status_code == 429  # even a real code, for the guesser
    assert client.get(real, **from_address("198.51.100.2")).status_code == 200


def test_real_serials_never_count_against_anyone(client, database):
    items = lot_factories.serials(gtin_lot(), 30)
    shop = from_address("192.0.2.10")
    for item in items:
        assert client.get(serial_path(item.lot.variant, item.serial), **shop).status_code == 200
    prefix = f"/01/{gtin14(items[0].lot.variant.gtin)}/21/"
    assert client.get(f"{prefix}TYPO0000000", **shop).status_code == 404
