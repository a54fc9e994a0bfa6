"""Who recalls: the producer its own lot from the portal, the office any lot from /admin, both
through a confirm step; the office's list of open recalls counts buyers told, to tell and
without e-mail."""

import re

import pytest
import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.extensions import db
from storefront.mail import outbox
from tests import factories, lot_factories
from tests.orders.recall_helpers import order_of
from tests.web import login, post


@pytest.fixture
def mailbox(app):
    messages = outbox(app)
    messages.clear()
    yield messages
    messages.clear()


def english(client) -> None:
    with client.session_transaction() as session:
        session["lang"] = "en"


def test_a_producer_recalls_its_own_lot_after_confirming(client, database, mailbox):
    lot = lot_factories.lot(quantity=10)
    order_of(lot, email="lan@example.vn")
    login(client, factories.member(lot.product.producer))
    english(client)
    page = f"/portal/lots/{lot.id}/recall"
    first = post(client, page, {"reason": "Nhiễm khuẩn E. coli"}, token_from=page)
    assert first.status_code == 200
    html = first.get_data(as_text=True)
    assert "Yes, recall this lot" in html and 'name="confirmed" value="1"' in html
    assert db.session.get(Lot, lot.id).recalled_at is None and mailbox == []
    done = post(client, page, {"reason": "Nhiễm khuẩn E. coli", "confirmed": "1"},
                token_from=page, follow_redirects=True)  # fmt: skip
    assert done.status_code == 200
    assert "10 units taken off sale" in done.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Lot, lot.id).recall_reason == "Nhiễm khuẩn E. coli"
    assert [m["To"] for m in mailbox] == ["lan@example.vn"]
    again = post(client, page, {"reason": "Lần nữa", "confirmed": "1"}, token_from=page)
    assert again.status_code == 409 and "already recalled" in again.get_data(as_text=True)
    assert len(mailbox) == 1


def test_an_empty_reason_is_refused_next_to_its_field(client, database):
    lot = lot_factories.lot()
    login(client, factories.member(lot.product.producer))
    english(client)
    page = f"/portal/lots/{lot.id}/recall"
    response = post(client, page, {"reason": "  ", "confirmed": "1"}, token_from=page)
    assert response.status_code == 400 and 'id="reason-error"' in response.get_data(as_text=True)
    assert db.session.get(Lot, lot.id).recalled_at is None


def test_another_producers_lot_cannot_be_recalled_from_the_portal(client, database):
    mine, theirs = lot_factories.lot(), lot_factories.lot()
    login(client, factories.member(mine.product.producer))
    page = f"/portal/lots/{theirs.id}/recall"
    assert client.get(page).status_code == 404
    data = {"reason": "Phá", "confirmed": "1"}
    assert post(client, page, data, token_from=f"/portal/lots/{mine.id}/recall").status_code == 404
    assert db.session.get(Lot, theirs.id).recalled_at is None


def test_shoppers_and_producers_cannot_reach_the_office_recall(client, database):
    lot = lot_factories.lot()
    login(client, factories.member(lot.product.producer))
    assert client.get(f"/admin/lots/{lot.id}/recall").status_code in (403, 404)
    assert client.get("/admin/recalls").status_code in (403, 404)


def counts(html: str, code: str) -> tuple[int, ...]:
    item = html.split(f"lot {code}</strong>")[1].split("</li>")[0]
    return tuple(int(n) for n in re.findall(r"<dd>(\d+)</dd>", item))


def test_the_office_recalls_any_lot_and_sees_the_counts(client, auth, database, mailbox):
    lot = lot_factories.lot(code="SEN-2611", quantity=10)
    order_of(lot, email="a@example.vn")
    order_of(lot, email="b@example.vn")
    order_of(lot, email="")
    auth.login(auth.new_user(is_admin=True))
    english(client)
    found = client.get("/admin/recalls?code=sen-2611").get_data(as_text=True)
    assert f'href="/admin/lots/{lot.id}/recall"' in found
    page = f"/admin/lots/{lot.id}/recall"
    data = {"reason": "Kiểm nghiệm phát hiện chì vượt mức", "confirmed": "1"}
    done = post(client, page, data, token_from=page, follow_redirects=True)
    assert done.status_code == 200
    html = done.get_data(as_text=True)
    assert "1 order has no e-mail address" in html
    assert counts(html, "SEN-2611") == (2, 0, 1)  # told, to tell, without e-mail
    assert lot.product.producer.name in html and "chì vượt mức" in html
    assert 'aria-current="page">Recalls' in html
    assert sorted(m["To"] for m in mailbox) == ["a@example.vn", "b@example.vn"]
    db.session.expire_all()
    assert db.session.scalar(sa.select(Lot.recalled_by_id).where(Lot.id == lot.id)) is not None
