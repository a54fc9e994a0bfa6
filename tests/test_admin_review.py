"""The office's page of a producer: it opens in every status and offers only the office's own
decisions (a rejected producer resubmits by itself, from its portal)."""

import pytest

from storefront.extensions import db
from storefront.producers.models import Producer, ProducerStatus
from tests import factories
from tests.web import login, post


@pytest.fixture
def office(client, database):
    login(client, factories.user(is_admin=True))


def _buttons(html: str) -> set[str]:
    return {part.split('"')[0] for part in html.split('name="action" value="')[1:]}


@pytest.mark.parametrize(
    ("status", "offered"),
    [
        (ProducerStatus.PENDING, {"approve", "reject"}),
        (ProducerStatus.APPROVED, {"suspend"}),
        (ProducerStatus.SUSPENDED, {"reinstate"}),
        (ProducerStatus.REJECTED, set()),
    ],
)
def test_the_page_opens_in_every_status_with_the_offices_actions(client, office, status, offered):
    producer = factories.producer(status=status, status_reason="Thiếu giấy chứng nhận.")
    response = client.get(f"/admin/producers/{producer.id}")
    assert response.status_code == 200
    assert _buttons(response.get_data(as_text=True)) == offered


def test_the_office_cannot_resubmit_a_rejected_producer(client, office):
    producer = factories.producer(status=ProducerStatus.REJECTED, status_reason="Thiếu ảnh.")
    url = f"/admin/producers/{producer.id}"
    response = post(client, url, {"action": "submit", "reason": ""}, token_from="/account")
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.get(Producer, producer.id).status == ProducerStatus.REJECTED


def test_an_unknown_action_is_refused_next_to_the_reason(client, office):
    producer = factories.producer(status=ProducerStatus.PENDING)
    url = f"/admin/producers/{producer.id}?lang=en"
    response = post(client, url, {"action": "<script>", "reason": ""}, token_from=url)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="reason-error"' in html and "cannot be changed that way" in html
    db.session.expire_all()
    assert db.session.get(Producer, producer.id).status == ProducerStatus.PENDING
