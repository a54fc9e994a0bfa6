"""Side effects wait for the outermost commit: releasing a savepoint is not the commit, and what
a savepoint or a transaction rolls back goes with it (e-mails here, files in tests/media)."""

from types import SimpleNamespace

import pytest

from storefront import mail
from storefront.extensions import db
from tests import factories


def _queue_mail(to: str) -> None:
    mail.queue(
        to,
        "mail/accounts/password_reset_subject.txt",
        "mail/accounts/password_reset_body.txt",
        user=SimpleNamespace(name="An"),
        token="token",
    )


@pytest.fixture
def sent(app, database):
    with app.test_request_context("/"):
        mail.outbox(app).clear()
        yield lambda: [message["To"] for message in mail.outbox(app)]
        mail.outbox(app).clear()


def test_a_released_savepoint_sends_nothing_before_the_commit(sent):
    _queue_mail("an@example.vn")
    with db.session.begin_nested():
        factories.producer()
    assert sent() == []
    db.session.rollback()
    assert sent() == []


def test_what_a_rolled_back_savepoint_queued_goes_with_it(sent):
    _queue_mail("an@example.vn")
    with pytest.raises(LookupError), db.session.begin_nested():
        _queue_mail("binh@example.vn")
        raise LookupError
    with db.session.begin_nested():
        _queue_mail("chi@example.vn")
    factories.producer()
    assert sent() == []
    db.session.commit()
    db.session.commit()
    assert sent() == ["an@example.vn", "chi@example.vn"]  # once each, after the commit


def test_a_rollback_drops_the_queue_for_good(sent):
    _queue_mail("an@example.vn")
    db.session.rollback()
    db.session.commit()
    assert sent() == []
