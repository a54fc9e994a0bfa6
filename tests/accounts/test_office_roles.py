"""Office roles: administrators reach every office page; council members and commune
officers only the views marked for their role; the audit log only grows."""

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry, AuditIsAppendOnly, record
from storefront.accounts.models import OfficeRole
from storefront.extensions import db
from tests import factories


@pytest.mark.parametrize("role", list(OfficeRole))
def test_an_office_role_alone_does_not_open_the_administrators_pages(auth, client, role):
    auth.login(auth.new_user(office_role=role, commune_code=29954))
    for url in ("/admin/", "/admin/producers", "/admin/orders", "/admin/accounts"):
        assert client.get(url).status_code == 403, url


def test_a_buyer_gets_403_and_a_visitor_is_sent_to_log_in(auth, client):
    assert client.get("/admin/producers").status_code == 302
    auth.login(auth.new_user())
    assert client.get("/admin/producers").status_code == 403


def test_the_audit_log_keeps_who_and_what_and_refuses_changes(app, auth):
    actor = factories.user(is_admin=True)
    producer = factories.producer()
    entry = record(
        "producer.approved", producer, summary=producer.name, before={"status": "pending"},
        after={"status": "approved"}, actor=actor,
    )  # fmt: skip
    db.session.commit()
    stored = db.session.get(AuditEntry, entry.id)
    assert (stored.actor_email, stored.subject_type, stored.subject_id) == (
        actor.email, "producer", producer.id,
    )  # fmt: skip
    assert stored.after == {"status": "approved"}

    stored.summary = "rewritten"
    with pytest.raises(AuditIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    db.session.delete(db.session.get(AuditEntry, entry.id))
    with pytest.raises(AuditIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) >= 1
