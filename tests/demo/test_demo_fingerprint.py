"""The demo's fingerprint: what `flask seed-demo` loads into a fresh database, every row of
every table and every stored picture, so that moving the demo's data into data files or
splitting its drawing code cannot change the demo unnoticed.

The seed runs on its own app and database (the browser tests add rows to the session's demo
database), once for this module, with the clock stopped at SEEDED_AT: dates in the demo count
from the day it is loaded (certificates, plans, departures on the tours' weekdays, the farmers'
news) and every `created_at` is the moment of the insert, so only a fixed clock gives the same
rows on any day. What is random by design is left out: see RANDOM_COLUMNS and
HASH_ORDER_COLOURS.
"""

import hashlib
import json
from datetime import UTC, date, datetime, time
from enum import Enum

import pytest
import sqlalchemy as sa
import time_machine

from storefront.extensions import db
from storefront.media.models import MediaAsset
from storefront.media.storage import media_root
from tests.conftest import build_app

SEEDED_AT = datetime(2026, 3, 4, 3, 0, tzinfo=UTC)  # a Wednesday, 10:00 in Vietnam

# Secrets made by `secrets` or a salted hash: a new value on every load.
RANDOM_COLUMNS = {
    ("media_asset", "key"),
    ("user", "password_hash"),
    ("user", "session_token"),
    ("order", "number"),  # DT-YYMMDD-XXXXXX, a random suffix
    ("payment", "provider_reference"),  # the order number, for a bank transfer
    ("booking", "ticket_code"),
    ("document", "key"),  # the name of a stored scan
    ("lot_serial", "serial"),  # a printed item code: 60 random bits
    ("settlement_line", "order_number"),  # a copy of the order's number
    # A sent report's files: openpyxl orders an XLSX's parts by Python's string hashes, which
    # change with every process (the figures, frozen as JSON, are fingerprinted).
    ("report_file", "content"),
}

EXPECTED_COUNTS = {
    "adoption": 6,
    "adoption_plan": 3,
    "article": 3,
    "audit_entry": 90,
    "booking": 29,
    "booth_application": 7,
    "booth_product": 10,
    "cart_item": 0,
    "category": 22,
    "claim_review": 58,
    "criterion": 24,
    "criterion_option": 83,
    "departure": 243,
    "document": 66,
    "dossier": 8,
    "dossier_evidence": 77,
    "dossier_question": 0,
    "fair": 2,
    "fulfilment": 44,
    "harvest_delivery": 21,
    "invitation": 0,
    "lot": 4,
    "lot_document": 8,
    "lot_event": 16,
    "lot_input": 2,
    "lot_serial": 24,
    "media_asset": 358,
    "ocop_certificate": 64,
    "orchard": 3,
    "orchard_photo": 6,
    "order": 40,
    "order_event": 344,
    "order_item": 68,
    "order_item_lot": 0,
    "payment": 41,
    "processed_webhook": 0,
    "producer": 27,
    "producer_document": 6,
    "producer_event": 0,
    "producer_member": 4,
    "product": 64,
    "product_image": 192,
    "rating_decision": 6,
    "rating_event": 24,
    "rating_round": 2,
    "recall_notice": 0,
    "refund": 1,
    "refund_line": 1,
    "report_due": 5,
    "report_file": 3,
    "round_member": 6,
    "round_scorecard": 2,
    "saved_address": 0,
    "score": 18,
    "score_line": 432,
    "scorecard": 1,
    "serial_report": 0,
    "settlement": 4,
    "settlement_line": 19,
    "settlement_setting": 1,
    "star_rule": 5,
    "store_credit_entry": 0,
    "support_attachment": 2,
    "support_event": 11,
    "support_message": 10,
    "support_request": 4,
    "tour": 11,
    "tour_photo": 22,
    "tree": 38,
    "tree_photo": 6,
    "tree_update": 16,
    "tree_update_photo": 23,
    "user": 11,
    "variant": 138,
    "waitlist_entry": 0,
}
ROWS_SHA256 = "8d90d662ffc96dac6c081a3052d9103021663fee47d1c372822229a1424bac41"
IMAGES_SHA256 = "89550147c19c7f5fcc3e7010cd558cb4047ae0b4a1c7fc23ecaaa27c98f1fcb2"


@pytest.fixture(scope="module")
def seeded(make_database_url, tmp_path_factory):
    """A fresh app, its schema built and the demo loaded at SEEDED_AT."""
    with time_machine.travel(SEEDED_AT, tick=False):
        app = build_app(make_database_url("fingerprint"), tmp_path_factory.mktemp("fingerprint"))
        result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    return app


def _plain(value):
    """A value as JSON that reads the same from SQLite and PostgreSQL."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _rows():
    """Every table's rows in primary-key order, as one canonical JSON line each."""
    for table in db.metadata.sorted_tables:
        columns = [c for c in table.columns if (table.name, c.name) not in RANDOM_COLUMNS]
        order = table.primary_key.columns or table.columns
        for row in db.session.execute(sa.select(*columns).order_by(*order)).mappings():
            fields = {name: _plain(value) for name, value in row.items()}
            yield json.dumps([table.name, fields], sort_keys=True, ensure_ascii=False)


def test_the_demo_loads_the_same_number_of_rows_into_every_table(seeded):
    with seeded.app_context():
        counts = {
            table.name: db.session.scalar(sa.select(sa.func.count()).select_from(table))
            for table in db.metadata.sorted_tables
        }
    assert counts == EXPECTED_COUNTS


def test_the_demo_loads_the_same_rows(seeded):
    digest = hashlib.sha256()
    with seeded.app_context():
        for line in _rows():
            digest.update(line.encode() + b"\n")
    assert digest.hexdigest() == ROWS_SHA256


def test_the_demo_draws_the_same_pictures(seeded):
    digest = hashlib.sha256()
    with seeded.app_context():
        for asset in db.session.scalars(sa.select(MediaAsset).order_by(MediaAsset.id)):
            for name in asset.filenames:  # every width, WebP and JPEG: the key is random
                digest.update(f"{asset.id} {name.rsplit('-', 1)[1]}\n".encode())
                digest.update(hashlib.sha256((media_root() / name).read_bytes()).digest())
    assert digest.hexdigest() == IMAGES_SHA256
