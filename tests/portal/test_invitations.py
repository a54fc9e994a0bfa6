"""Team invitations: one use, revoked by the owner or when the person is removed, expiring."""

import re
from datetime import timedelta

import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.extensions import db
from storefront.mail import outbox
from storefront.models_base import utcnow
from storefront.producers.models import Invitation, ProducerMember
from tests import factories
from tests.web import login, post

NEWCOMER = {"name": "Trần Văn Bạn", "password": "mật khẩu mới dài", "phone": "0912345678"}


def invite(app, client, email: str) -> str:
    """The owner (logged in on `client`) invites `email`; the path of the e-mailed link."""
    outbox(app).clear()
    response = post(client, "/portal/team", {"email": email}, token_from="/portal/team")
    assert response.status_code == 302
    (message,) = outbox(app)
    return re.search(r"https?://[^/\s]+(/producers/invitations/\S+)", message.get_content())[1]


def team(producer_id: int) -> set[str]:
    return set(
        db.session.scalars(
            sa.select(User.email)
            .join(ProducerMember, ProducerMember.user_id == User.id)
            .where(ProducerMember.producer_id == producer_id)
        )
    )


def owner_client(client):
    producer = factories.producer()
    login(client, factories.member(producer))
    return producer


def test_an_invitation_works_once(app, client, database):
    producer = owner_client(client)
    link = invite(app, client, "ban@example.vn")
    first = app.test_client()
    assert post(first, link, NEWCOMER, token_from=link).status_code == 302
    assert "ban@example.vn" in team(producer.id)

    second = app.test_client()
    response = second.get(link + "?lang=en")
    assert response.status_code == 400
    assert "This invitation link is not valid any more." in response.get_data(as_text=True)
    intruder = dict(NEWCOMER, name="Kẻ lạ")
    assert post(second, link, intruder, token_from="/account/login").status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(User.id)).where(User.name == "Kẻ lạ")) == 0


def test_a_removed_member_cannot_rejoin_with_the_old_link(app, client, database):
    producer = owner_client(client)
    link = invite(app, client, "ban@example.vn")
    newcomer = app.test_client()
    assert post(newcomer, link, NEWCOMER, token_from=link).status_code == 302
    membership = db.session.scalar(
        sa.select(ProducerMember).join(User).where(User.email == "ban@example.vn")
    )
    post(client, f"/portal/team/{membership.id}/remove", token_from="/portal/team")
    db.session.expire_all()
    assert "ban@example.vn" not in team(producer.id)

    response = post(newcomer, link, {}, token_from="/account")  # still logged in, same link
    assert response.status_code == 400
    assert newcomer.get("/portal/").status_code == 403
    assert "ban@example.vn" not in team(producer.id)


def test_removing_a_member_revokes_the_invitations_still_open_for_them(app, client, database):
    producer = owner_client(client)
    friend = factories.user(email="ban@example.vn")
    link = invite(app, client, "ban@example.vn")
    factories.member(producer, friend, role="member")  # joined some other way meanwhile
    membership = db.session.scalar(
        sa.select(ProducerMember).where(ProducerMember.user_id == friend.id)
    )
    post(client, f"/portal/team/{membership.id}/remove", token_from="/portal/team")

    login(app.test_client(), friend)
    again = app.test_client()
    login(again, friend)
    assert post(again, link, {}, token_from="/account").status_code == 400
    db.session.expire_all()
    assert "ban@example.vn" not in team(producer.id)


def test_the_owner_lists_and_revokes_pending_invitations(app, client, database):
    producer = owner_client(client)
    link = invite(app, client, "ban@example.vn")
    page = client.get("/portal/team").get_data(as_text=True)
    invitation = db.session.scalar(
        sa.select(Invitation).where(Invitation.producer_id == producer.id)
    )
    assert "ban@example.vn" in page
    assert f"/portal/team/invitations/{invitation.id}/revoke" in page
    assert link.rsplit("/", 1)[1] not in page  # the secret is only in the e-mail
    assert invitation.token_hash not in link  # and only its hash in the database

    response = post(
        client, f"/portal/team/invitations/{invitation.id}/revoke", token_from="/portal/team"
    )
    assert response.status_code == 302
    page = client.get("/portal/team").get_data(as_text=True)
    assert "Invitations not yet accepted" not in page and "Lời mời chưa được nhận" not in page
    assert app.test_client().get(link).status_code == 400


def test_a_new_invitation_replaces_the_earlier_link(app, client, database):
    owner_client(client)
    first = invite(app, client, "ban@example.vn")
    second = invite(app, client, "ban@example.vn")
    visitor = app.test_client()
    assert visitor.get(first).status_code == 400
    assert visitor.get(second).status_code == 200


def test_an_expired_invitation_is_refused(app, client, database):
    producer = owner_client(client)
    link = invite(app, client, "ban@example.vn")
    db.session.execute(
        sa.update(Invitation)
        .where(Invitation.producer_id == producer.id)
        .values(expires_at=utcnow() - timedelta(minutes=1))
    )
    newcomer = app.test_client()
    assert newcomer.get(link).status_code == 400
    assert post(newcomer, link, NEWCOMER, token_from="/account/login").status_code == 400
    assert "ban@example.vn" not in team(producer.id)
    assert "/revoke" not in client.get("/portal/team").get_data(as_text=True)


def test_another_producers_invitation_is_not_found(app, client, database):
    owner_client(client)
    link = invite(app, client, "ban@example.vn")
    invitation = db.session.scalar(sa.select(Invitation).order_by(Invitation.id.desc()))

    rival = app.test_client()
    owner_client(rival)
    url = f"/portal/team/invitations/{invitation.id}/revoke"
    assert post(rival, url, token_from="/portal/team").status_code == 404
    assert app.test_client().get(link).status_code == 200  # still works


def test_only_the_owner_revokes(app, client, database):
    producer = owner_client(client)
    invite(app, client, "ban@example.vn")
    invitation = db.session.scalar(
        sa.select(Invitation).where(Invitation.producer_id == producer.id)
    )
    helper = app.test_client()
    login(helper, factories.member(producer, role="member"))
    url = f"/portal/team/invitations/{invitation.id}/revoke"
    post(helper, url, token_from="/portal/team")
    db.session.refresh(invitation)
    assert invitation.revoked_at is None


def test_inviting_a_team_member_again_is_refused_next_to_the_address(app, client, database):
    producer = owner_client(client)
    owner_email = producer.members[0].user.email
    response = post(
        client, "/portal/team?lang=en", {"email": owner_email}, token_from="/portal/team"
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'id="email-error"' in page
    assert "This person is already in your team." in page
    assert db.session.scalar(sa.select(sa.func.count(Invitation.id))) == 0


def test_an_invitation_for_another_address_is_refused_with_400(app, client, database):
    owner_client(client)
    link = invite(app, client, "ban@example.vn")
    stranger = app.test_client()
    login(stranger, factories.user(email="khac@example.vn"))
    response = post(stranger, link + "?lang=en", {}, token_from=link)
    assert response.status_code == 400
    assert "This invitation was sent to ban@example.vn." in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(Invitation.used_at)) is None
