"""@writes runs a view again when PostgreSQL ends its transaction to break a deadlock, and
only then."""

import pytest
from sqlalchemy.exc import OperationalError

from storefront.database import ATTEMPTS, writes


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
        assert view() == "done"
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
