"""The audit log: the office's decisions land in it with who, before and after; the office
searches and exports it; roles are given from the accounts page, and every change is logged."""

import csv
import io

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.accounts.models import OfficeRole, User
from storefront.extensions import db
from storefront.producers.models import ProducerStatus
from tests import factories
from tests.web import login, post

COMMUNE = 29954  # Phường An Bình, Đồng Tháp


@pytest.fixture
def office(client, database):
    account = factories.user(is_admin=True, email="office@ocop.example.vn")
    login(client, account)
    return account


def _entries(action: str) -> list[AuditEntry]:
    db.session.expire_all()
    return list(db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == action)))


def test_approving_a_producer_is_logged_with_who_before_and_after(client, office):
    producer = factories.producer(status=ProducerStatus.PENDING, name="HTX Xoài Mỹ Xương")
    url = f"/admin/producers/{producer.id}"
    assert post(client, url, {"action": "approve", "reason": ""}, token_from=url).status_code < 400
    (entry,) = _entries("producer.approve")
    assert (entry.actor_email, entry.subject_id) == (office.email, producer.id)
    assert entry.before == {"status": "pending"}
    assert entry.after["status"] == "approved"


def test_the_office_gives_roles_and_each_change_is_logged(client, office):
    member = factories.user(email="hoidong@example.vn")
    url = f"/admin/accounts/{member.id}/role"
    form = "/admin/accounts?email=hoidong"
    assert (
        post(client, url, {"role": "council", "commune_code": ""}, token_from=form).status_code
        == 302
    )
    data = {"role": "commune_officer", "commune_code": str(COMMUNE)}
    assert post(client, url, data, token_from=form).status_code == 302
    db.session.expire_all()
    changed = db.session.get(User, member.id)
    assert (changed.office_role, changed.commune_code) == (OfficeRole.COMMUNE_OFFICER, COMMUNE)
    first, second = sorted(_entries("account.role_changed"), key=lambda e: e.id)
    assert first.before == {"role": "", "commune_code": None}
    assert second.after == {"role": "commune_officer", "commune_code": COMMUNE}


@pytest.mark.parametrize(
    "data",
    [
        {"role": "commune_officer", "commune_code": ""},  # which commune?
        {"role": "commune_officer", "commune_code": "26887"},  # a ward of Hồ Chí Minh City
        {"role": "superuser", "commune_code": ""},
    ],
)
def test_a_bad_role_is_refused_with_a_message_and_nothing_changes(client, office, data):
    member = factories.user(email="canbo@example.vn")
    response = post(client, f"/admin/accounts/{member.id}/role?lang=en", data,
                    token_from="/admin/accounts?lang=en")  # fmt: skip
    assert response.status_code == 400
    assert "role" in response.get_data(as_text=True).lower()
    db.session.expire_all()
    assert db.session.get(User, member.id).office_role is None
    assert _entries("account.role_changed") == []


def test_an_administrator_cannot_change_their_own_role(client, office):
    response = post(client, f"/admin/accounts/{office.id}/role", {"role": "", "commune_code": ""},
                    token_from="/account")  # fmt: skip
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.get(User, office.id).is_admin


def test_the_log_is_searched_by_words_action_and_days_and_exported(client, office):
    target = factories.user(email="tat@example.vn")
    post(client, f"/admin/accounts/{target.id}/off", {}, token_from="/admin/accounts")
    other = factories.producer(status=ProducerStatus.PENDING, name="Cơ sở Nem Lai Vung")
    post(client, f"/admin/producers/{other.id}", {"action": "approve", "reason": ""},
         token_from=f"/admin/producers/{other.id}")  # fmt: skip

    html = client.get("/admin/audit?text=tat@example").get_data(as_text=True)
    assert "account.switched_off" in html and "producer.approve" not in html
    html = client.get("/admin/audit?action=producer").get_data(as_text=True)
    assert "Cơ sở Nem Lai Vung" in html and "account.switched_off" not in html
    assert "producer.approve" not in client.get("/admin/audit?until=2020-01-01").get_data(
        as_text=True
    )

    response = client.get("/admin/audit.csv?action=account")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert [row[2] for row in rows[1:]] == ["account.switched_off"]
    assert rows[1][1] == office.email and '"active": false' in rows[1][7]


def test_a_bad_day_gets_a_400_and_nothing_is_exported(client, office):
    assert client.get("/admin/audit?since=15/07/2026").status_code == 400
    assert client.get("/admin/audit.csv?since=2026-07-15&until=2026-07-01").status_code == 400


def test_nothing_on_the_site_edits_the_log(client, office):
    factories.user()
    for method in (client.post, client.put, client.delete):
        assert method("/admin/audit").status_code in (400, 405)
