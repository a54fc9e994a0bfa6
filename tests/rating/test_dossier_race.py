"""Two sends of one dossier at the same moment, and two entries of one product in a round,
each in its own transaction on a database of their own: one send wins and one event is left,
one dossier is made and the other gets the clear refusal."""

import threading
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.media.services import store_document
from storefront.producers.models import Producer
from storefront.rating import dossiers
from storefront.rating.models import RatingEvent, RatingRound
from storefront.rating.scoring_models import Dossier, DossierEvidence, DossierStatus
from tests import factories
from tests.conftest import build_app
from tests.locks import RowLocks
from tests.media import corpus
from tests.rating import dossier_factories as make

CONTENDERS = 4


def _race(app, url: str, table: str, row_id: int, attempt) -> list[str]:
    """Run `attempt()` in CONTENDERS threads at once (queued behind a lock of the row on
    PostgreSQL); each answers "ok" or the refusal's code."""
    barrier = threading.Barrier(CONTENDERS, timeout=60)

    def run(_n: int) -> str:
        with app.app_context():
            barrier.wait()
            try:
                begin_write_transaction()
                attempt()
                db.session.commit()
                return "ok"
            except dossiers.DossierError as error:
                db.session.rollback()
                return error.code
            finally:
                db.session.remove()

    with RowLocks(url) as locks:
        locks.hold(table, row_id)
        with ThreadPoolExecutor(CONTENDERS) as pool:
            futures = [pool.submit(run, n) for n in range(CONTENDERS)]
            locks.wait_for(CONTENDERS)
            locks.release()
            return sorted(f.result() for f in futures)


def test_simultaneous_sends_leave_one_sent_dossier(make_database_url, tmp_path):
    url = make_database_url("dossier_sends")
    app = build_app(url, tmp_path)
    with app.app_context():
        owner = factories.member()
        producer_id = owner.memberships[0].producer_id
        product = factories.product(producer_=db.session.get(Producer, producer_id),
                                    category="tea-coffee")  # fmt: skip
        dossier = make.dossier(make.rating_round(make.scorecard()), product)
        document = store_document(corpus.pdf(), "dkkd.pdf")
        db.session.add(DossierEvidence(dossier=dossier, kind="upload", document_id=document.id,
                                       criterion_id=dossier.scorecard.criteria[0].id))  # fmt: skip
        db.session.commit()
        dossier_id, owner_id = dossier.id, owner.id
        db.session.remove()

    def send() -> None:
        found = db.session.get(Dossier, dossier_id)
        actor = db.session.get(type(owner), owner_id)
        dossiers.send_dossier(found, db.session.get(Producer, producer_id), actor)

    results = _race(app, url, "dossier", dossier_id, send)
    assert results == ["dossier_sent"] * (CONTENDERS - 1) + ["ok"]
    with app.app_context():
        assert db.session.get(Dossier, dossier_id).status == DossierStatus.SENT
        sent = (
            sa.select(sa.func.count())
            .select_from(RatingEvent)
            .where(RatingEvent.thing_id == dossier_id, RatingEvent.to_state == "sent")
        )
        assert db.session.scalar(sent) == 1
        db.session.remove()


def test_simultaneous_entries_of_a_product_make_one_dossier(make_database_url, tmp_path):
    url = make_database_url("dossier_entries")
    app = build_app(url, tmp_path)
    with app.app_context():
        owner = factories.member()
        producer_id = owner.memberships[0].producer_id
        product = factories.product(producer_=db.session.get(Producer, producer_id),
                                    category="tea-coffee")  # fmt: skip
        rating_round = make.rating_round(make.scorecard())
        db.session.commit()
        round_id, product_id, owner_id = rating_round.id, product.id, owner.id
        db.session.remove()

    def enter() -> None:
        producer = db.session.get(Producer, producer_id)
        actor = db.session.get(type(owner), owner_id)
        dossiers.start_dossier(producer, round_id, product_id, actor)

    results = _race(app, url, "rating_round", round_id, enter)
    assert results == ["dossier_refused"] * (CONTENDERS - 1) + ["ok"]
    with app.app_context():
        assert db.session.get(RatingRound, round_id) is not None
        count = (
            sa.select(sa.func.count()).select_from(Dossier).where(Dossier.product_id == product_id)
        )
        assert db.session.scalar(count) == 1
        db.session.remove()
