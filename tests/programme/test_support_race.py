"""Double submits at the same moment, each in its own transaction: the same message sent by
several taps is kept once (the request's row is locked before the thread is read), and
answers racing to be the first leave one first-response time, that of a kept answer."""

import threading
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.producers.models import Producer
from storefront.programme import support
from storefront.programme.support_models import SupportMessage, SupportRequest
from storefront.programme.support_reads import SupportError, office_request, producer_request
from tests import factories
from tests.conftest import build_app
from tests.locks import RowLocks
from tests.programme import support_factories as make

TAPS = 6


def _world(app):
    with app.app_context():
        producer = factories.producer()
        member = factories.member(producer)
        ticket = make.request(producer, member)
        officers = [make.admin(email=f"so{n}@example.vn") for n in range(TAPS)]
        ids = (producer.id, member.id, ticket.id, [o.id for o in officers])
        db.session.commit()
        db.session.remove()
    return ids


def _race(url, request_id, attempt):
    barrier = threading.Barrier(TAPS, timeout=60)

    def contender(n: int) -> bool:
        barrier.wait()
        return attempt(n)

    with RowLocks(url) as locks:
        locks.hold("support_request", request_id)
        with ThreadPoolExecutor(TAPS) as pool:
            futures = [pool.submit(contender, n) for n in range(TAPS)]
            locks.wait_for(TAPS)
            locks.release()
            return [f.result() for f in futures]


def test_the_same_message_tapped_several_times_at_once_is_kept_once(make_database_url, tmp_path):
    url = make_database_url("support_taps")
    app = build_app(url, tmp_path)
    producer_id, member_id, request_id, _officers = _world(app)

    def tap(_n: int) -> bool:
        with app.app_context():
            begin_write_transaction()
            producer = db.session.get(Producer, producer_id)
            ticket = producer_request(producer, request_id, lock=True)
            try:
                support.producer_writes(ticket, ticket.opened_by, "Cho hỏi tiến độ ạ?", [])
            except SupportError:
                db.session.rollback()
                return False
            finally:
                if db.session.is_active:
                    db.session.commit()
                db.session.remove()
            return True

    kept = _race(url, request_id, tap)
    assert sorted(kept) == [False] * (TAPS - 1) + [True]
    with app.app_context():
        sent = db.session.execute(
            sa.select(SupportMessage.author_id).where(
                SupportMessage.request_id == request_id,
                SupportMessage.body == "Cho hỏi tiến độ ạ?",
            )
        ).all()
        db.session.remove()
    assert [tuple(row) for row in sent] == [(member_id,)]


def test_answers_racing_to_be_first_leave_one_first_response_time(make_database_url, tmp_path):
    url = make_database_url("support_first")
    app = build_app(url, tmp_path)
    _producer, _member, request_id, officer_ids = _world(app)

    def answer(n: int) -> bool:
        with app.app_context():
            begin_write_transaction()
            officer = db.session.get(User, officer_ids[n])
            ticket = office_request(officer, request_id, lock=True)
            support.office_answers(ticket, officer, f"Trả lời số {n}", [])
            db.session.commit()
            db.session.remove()
            return True

    assert _race(url, request_id, answer) == [True] * TAPS
    with app.app_context():
        ticket = db.session.get(SupportRequest, request_id)
        answers = [m for m in ticket.messages if m.from_office]
        assert len(answers) == TAPS
        assert ticket.first_response_at == min(m.created_at for m in answers)
        db.session.remove()
