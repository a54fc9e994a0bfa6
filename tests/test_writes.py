"""@writes owns a write view's transaction: it commits what a view answering below 400 did,
rolls back what a refusal, a 4xx answer or an error did, and runs the view again when
PostgreSQL ends its transaction to break a deadlock (and only then). An app whose POST route
lacks it does not start."""

import pytest
from flask import Flask
from sqlalchemy.exc import OperationalError

from storefront.database import ATTEMPTS, check_write_views, refuse_changes, writes
from storefront.extensions import db
from storefront.producers.models import Producer
from tests import factories


class _Driver(Exception):
    def __init__(self, sqlstate):
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def _failing(sqlstate, times):
    calls = []

    @writes
    def view():
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError("UPDATE departure ...", {}, _Driver(sqlstate))
        return "done"

    return view, calls


def test_a_deadlocked_view_runs_again_and_succeeds(app, database):
    view, calls = _failing("40P01", times=2)
    with app.test_request_context("/"):
        assert view().get_data(as_text=True) == "done"
    assert len(calls) == 3


def test_it_gives_up_after_three_attempts(app, database):
    view, calls = _failing("40001", times=ATTEMPTS)
    with app.test_request_context("/"), pytest.raises(OperationalError):
        view()
    assert len(calls) == ATTEMPTS


def test_other_database_errors_are_not_retried(app, database):
    view, calls = _failing("53300", times=1)  # too many connections
    with app.test_request_context("/"), pytest.raises(OperationalError):
        view()
    assert len(calls) == 1


def _naming(answer):
    """A write view that renames a producer, then answers as `answer` says."""

    @writes
    def view(producer_id):
        db.session.get(Producer, producer_id).name = "Đổi tên"
        return answer()

    return view


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        (lambda: "saved", True),
        (lambda: ("refused", 400), False),
        (lambda: ("changed meanwhile", 409), False),
        (lambda: (refuse_changes(), "flashed, then redirected")[1], False),
    ],
    ids=["200 commits", "400 rolls back", "409 rolls back", "refuse_changes rolls back"],
)
def test_the_answer_decides_commit_or_rollback(app, database, answer, kept):
    producer = factories.producer(name="Tên cũ")
    db.session.commit()  # a savepoint of the test's transaction
    with app.test_request_context("/", method="POST"):
        _naming(answer)(producer.id)
    db.session.expire_all()
    assert (producer.name == "Đổi tên") is kept


def test_an_error_in_the_view_rolls_back(app, database):
    producer = factories.producer(name="Tên cũ")
    db.session.commit()

    @writes
    def view():
        producer.name = "Đổi tên"
        db.session.flush()
        raise LookupError("boom")

    with app.test_request_context("/", method="POST"), pytest.raises(LookupError):
        view()
    db.session.expire_all()
    assert producer.name == "Tên cũ"


def test_an_app_with_a_post_route_without_writes_does_not_start():
    app = Flask(__name__)

    @app.post("/forgot")
    def forgot():
        return "kept nothing"

    @app.post("/kept")
    @writes
    def kept():
        return "ok"

    with pytest.raises(RuntimeError, match="forgot"):
        check_write_views(app)
