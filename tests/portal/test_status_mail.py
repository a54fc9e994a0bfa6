"""The producer's owners hear of the office's decisions by e-mail, in their language, with the
reason when there is one."""

import pytest

from storefront.mail import outbox
from storefront.producers.models import ProducerStatus
from tests import factories
from tests.web import login, post

S = ProducerStatus


@pytest.fixture
def office(app, client, database):
    login(client, factories.user(is_admin=True))
    outbox(app).clear()
    yield client
    outbox(app).clear()


def decide(client, producer, action: str, reason: str = ""):
    url = f"/admin/producers/{producer.id}"
    response = post(client, url, {"action": action, "reason": reason}, token_from="/account")
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("status", "action", "reason", "subject", "says"),
    [
        (S.PENDING, "approve", "", "HTX Sen is approved on Đất Sen Hồng",
         "The provincial OCOP office has approved HTX Sen."),
        (S.PENDING, "reject", "Thiếu giấy chứng nhận OCOP", "HTX Sen was not approved yet",
         "Correct your profile in the producer portal"),
        (S.APPROVED, "suspend", "Hàng giả", "HTX Sen is suspended on Đất Sen Hồng",
         "your products are hidden from the shop"),
        (S.SUSPENDED, "reinstate", "", "HTX Sen is active again on Đất Sen Hồng",
         "your products are back in the shop"),
    ],
)  # fmt: skip
def test_owners_get_the_decision_by_email(app, office, status, action, reason, subject, says):
    producer = factories.producer(status=status, name="HTX Sen")
    owner = factories.member(producer, factories.user(locale="en", name="Lan"))
    factories.member(producer, role="member")  # a helper: not told
    decide(office, producer, action, reason)

    (message,) = outbox(app)
    body = message.get_content()
    assert message["To"] == owner.email
    assert message["Subject"] == subject
    assert body.startswith("Hello Lan,") and says in body
    assert (reason in body) if reason else "Their reason" not in body
    assert "https://cho.example.vn/portal/" in body


def test_the_email_is_in_the_owners_language(app, office):
    producer = factories.producer(status=S.PENDING, name="HTX Sen")
    vietnamese = factories.member(producer, factories.user(locale="vi"))
    english = factories.member(producer, factories.user(locale="en"))
    decide(office, producer, "reject", "Ảnh bao bì quá mờ")
    messages = {message["To"]: message for message in outbox(app)}
    assert set(messages) == {vietnamese.email, english.email}
    assert "Ảnh bao bì quá mờ" in messages[vietnamese.email].get_content()
    assert "did not approve" not in messages[vietnamese.email].get_content()
    assert "did not approve" in messages[english.email].get_content()


def test_a_refused_decision_sends_nothing(app, office):
    producer = factories.producer(status=S.PENDING, name="HTX Sen")
    factories.member(producer)
    url = f"/admin/producers/{producer.id}"
    response = post(office, url, {"action": "reject", "reason": " "}, token_from=url)
    assert response.status_code == 400
    assert outbox(app) == []
