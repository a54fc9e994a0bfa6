"""Races of recalls: two recalls of one lot at once make one (stock set aside once), and two
`flask recalls notify` at once send each notice once."""

import threading
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.mail import outbox
from storefront.models_base import utcnow
from storefront.orders import recalls
from storefront.orders.lot_models import RecallNotice
from tests import factories, lot_factories
from tests.conftest import build_app
from tests.orders.recall_helpers import order_of

COPIES = 4


def _setup(app, orders: int, recalled: bool):
    with app.test_request_context("/"):
        lot = lot_factories.lot(quantity=10)
        other = lot_factories.lot(lot.variant, quantity=5)
        for n in range(orders):
            order_of(lot, email=f"mua{n}@example.vn")
        user = factories.user()
        if recalled:
            lot.recalled_at, lot.recall_reason = utcnow(), "Sai nhãn"
            db.session.flush()
            for order_id, _email in recalls._orders_carrying(lot.id):
                db.session.add(RecallNotice(lot_id=lot.id, order_id=order_id))
        db.session.commit()
        ids = lot.id, lot.variant_id, user.id, other.id
        db.session.remove()
    return ids


def test_two_recalls_at_once_make_one(make_database_url, tmp_path):
    app = build_app(make_database_url("recall_race"), tmp_path)
    lot_id, variant_id, user_id, _other = _setup(app, 2, recalled=False)
    barrier = threading.Barrier(COPIES, timeout=60)

    def recall(n: int) -> str:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            lot, actor = db.session.get(Lot, lot_id), db.session.get(User, user_id)
            try:
                recalls.recall_lot(lot, f"Lý do {n}", actor)
            except recalls.RecallError:
                db.session.rollback()
                return "refused"
            db.session.commit()
            return "recalled"

    with ThreadPoolExecutor(COPIES) as pool:
        results = list(pool.map(recall, range(COPIES)))
    assert sorted(results) == ["recalled"] + ["refused"] * (COPIES - 1)
    with app.app_context():
        lot = db.session.get(Lot, lot_id)
        assert (lot.stock, lot.set_aside) == (0, 10)
        assert db.session.get(Variant, variant_id).stock == 5  # the other lot's 5 units
        assert db.session.scalar(sa.select(sa.func.count(RecallNotice.id))) == 2
        assert len(outbox(app)) == 2
        db.session.remove()


def test_two_notify_runs_at_once_send_each_notice_once(make_database_url, tmp_path):
    app = build_app(make_database_url("notify_race"), tmp_path)
    _setup(app, 5, recalled=True)
    barrier = threading.Barrier(COPIES, timeout=60)

    def notify(_n: int) -> int:
        # What `flask recalls notify` runs (click's test runner swaps sys.stdout, so it cannot
        # run in threads; test_recalls runs the command itself twice in a row).
        with app.test_request_context("/", base_url=app.config["SITE_URL"]):
            barrier.wait()
            begin_write_transaction()
            sent = recalls.send_notices(utcnow())
            db.session.commit()
            return sent

    with ThreadPoolExecutor(COPIES) as pool:
        sent = list(pool.map(notify, range(COPIES)))
    assert sum(sent) == 5, sent
    assert sorted(m["To"] for m in outbox(app)) == [f"mua{n}@example.vn" for n in range(5)]
