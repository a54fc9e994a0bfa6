"""Members sending their scores at the same moment, each in its own transaction: every
member's score counts once, and a member's own double send keeps one score."""

import threading
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.rating.deciding import dossier_average
from storefront.rating.errors import ScoreFinal
from storefront.rating.scoring_models import Dossier, Score
from tests.conftest import build_app
from tests.locks import RowLocks
from tests.rating import rating_factories as rf


def test_simultaneous_sends_count_once_each(make_database_url, tmp_path):
    url = make_database_url("rating_race")
    app = build_app(url, tmp_path)
    with app.test_request_context("/"):
        card = rf.scorecard()
        members = [rf.council_member() for _ in range(3)]
        found = rf.round_(card, members)
        dossier_id = rf.dossier(found).id
        member_ids = [m.id for m in members]
        db.session.commit()
        db.session.remove()
    # Each member sends once, and the first one twice at once (a double click).
    senders = [*member_ids, member_ids[0]]
    totals = {member_ids[0]: 80, member_ids[1]: 70, member_ids[2]: 90}
    barrier = threading.Barrier(len(senders), timeout=60)

    def send(member_id: int) -> str:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            dossier = db.session.get(Dossier, dossier_id)
            member = db.session.get(User, member_id)
            try:
                rf.send(dossier, member, totals[member_id])
                db.session.commit()
                return "sent"
            except ScoreFinal:
                db.session.rollback()
                return "final"
            finally:
                db.session.remove()

    with RowLocks(url) as locks:
        locks.hold("dossier", dossier_id)  # PostgreSQL: all queue up behind it, then go
        with ThreadPoolExecutor(len(senders)) as pool:
            futures = [pool.submit(send, m) for m in senders]
            locks.wait_for(len(senders))
            locks.release()
            outcomes = [f.result() for f in futures]

    assert sorted(outcomes) == ["final", "sent", "sent", "sent"]
    with app.test_request_context("/"):
        rows = db.session.execute(
            sa.select(Score.member_id, Score.total).where(Score.sent_at.is_not(None))
        ).all()
        assert sorted(rows) == sorted(totals.items())
        assert dossier_average(db.session.get(Dossier, dossier_id)) == 8000
        db.session.remove()
