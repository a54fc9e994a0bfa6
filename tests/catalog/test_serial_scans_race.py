"""Scans of one serial at the same moment, each in its own transaction: every one is counted
(one relative UPDATE), the first time is kept and the last one moves."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from storefront.catalog import serials
from storefront.catalog.lot_models import LotSerial
from storefront.database import begin_write_transaction
from storefront.extensions import db
from tests import lot_factories
from tests.catalog.serial_helpers import gtin_lot
from tests.conftest import build_app
from tests.locks import RowLocks

SCANS = 8


def test_simultaneous_scans_are_all_counted(make_database_url, tmp_path):
    url = make_database_url("serial_scans")
    app = build_app(url, tmp_path)
    with app.app_context():
        lot = gtin_lot()
        item = lot_factories.serials(lot, 1)[0]
        gtin, code, serial_id = lot.variant.gtin, item.serial, item.id
        db.session.commit()
        db.session.remove()
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    barrier = threading.Barrier(SCANS, timeout=60)

    def scan(n: int) -> int:
        with app.app_context():
            barrier.wait()
            begin_write_transaction()
            found = serials.record_scan(gtin, code, start + timedelta(minutes=n))
            db.session.commit()
            db.session.remove()
            return 0 if found is None else 1

    with RowLocks(url) as locks:
        locks.hold("lot_serial", serial_id)  # PostgreSQL: all queue up behind it, then go
        with ThreadPoolExecutor(SCANS) as pool:
            futures = [pool.submit(scan, n) for n in range(SCANS)]
            locks.wait_for(SCANS)
            locks.release()
            found = [f.result() for f in futures]

    assert found == [1] * SCANS
    with app.app_context():
        row = db.session.execute(
            sa.select(
                LotSerial.scan_count, LotSerial.first_scanned_at, LotSerial.last_scanned_at
            ).where(LotSerial.id == serial_id)
        ).one()
        db.session.remove()
    assert row.scan_count == SCANS
    times = {start + timedelta(minutes=n) for n in range(SCANS)}
    # The first committed scan's time stays (COALESCE); the last committed one's is last.
    assert row.first_scanned_at.replace(tzinfo=UTC) in times
    assert row.last_scanned_at.replace(tzinfo=UTC) in times
