"""Producers sign up, the OCOP office reviews them, owners build their team."""

import re

import pytest
import sqlalchemy as sa

from storefront.accounts.models import User
from storefront.extensions import db
from storefront.mail import outbox
from storefront.producers.lifecycle import (
    ProducerAction,
    ReasonRequired,
    change_status,
)
from storefront.producers.models import Producer, ProducerMember, ProducerStatus
from storefront.state_machine import IllegalTransition
from tests import factories
from tests.web import login, post

S, A = ProducerStatus, ProducerAction


def signup_data(**changes) -> dict:
    data = {
        "contact_name": "Nguyễn Thị Lan",
        "email": "lan@htxsen.example.vn",
        "password": "sen hồng tháp mười",
        "password_confirm": "sen hồng tháp mười",
        "name": "HTX Sen Hồng Tháp Mười",
        "kind": "cooperative",
        "province": "82",
        "ward": "30037",
        "address": "Ấp 1",
        "phone": "0277 3812 345",
        "story_vi": "Chúng tôi trồng sen.",
    }
    data.update(changes)
    return data


def _producers() -> int:
    return db.session.scalar(sa.select(sa.func.count(Producer.id)))


def test_sign_up_creates_a_pending_producer_owned_by_the_new_account(client, database):
    response = post(client, "/producers/join", signup_data(), token_from="/producers/join")
    assert response.status_code == 302 and response.headers["Location"].endswith("/portal/")

    producer = db.session.scalar(
        sa.select(Producer).where(Producer.name == "HTX Sen Hồng Tháp Mười")
    )
    assert producer.status == S.PENDING and producer.ward_code == 30037
    assert producer.phone == "02773812345"
    member = db.session.scalar(
        sa.select(ProducerMember).where(ProducerMember.producer_id == producer.id)
    )
    assert member.role.value == "owner" and member.user.email == "lan@htxsen.example.vn"
    assert "waiting" in client.get("/portal/?lang=en").get_data(as_text=True)
    assert client.get(f"/producers/{producer.slug}").status_code == 404


@pytest.mark.parametrize(
    "changes",
    [
        {"ward": "99999"},
        {"ward": "26740"},  # a real ward of Hồ Chí Minh City while the province says Đồng Tháp
        {"ward": ""},
        {"phone": "12345"},
        {"email": "not-an-email"},
        {"password": "short", "password_confirm": "short"},
        {"password_confirm": "different password"},
        {"name": "x" * 161},
        {"kind": "empire"},
    ],
)
def test_sign_up_refuses_bad_input_and_saves_nothing(client, database, changes):
    before = (_producers(), db.session.scalar(sa.select(sa.func.count(User.id))))
    response = post(client, "/producers/join", signup_data(**changes), token_from="/producers/join")
    assert response.status_code in (200, 400)
    assert 'class="error"' in response.get_data(as_text=True)
    assert (_producers(), db.session.scalar(sa.select(sa.func.count(User.id)))) == before


def test_province_change_without_javascript_lists_its_wards(client, database):
    response = post(
        client, "/producers/join", signup_data(province="79", reload_wards="1"),
        token_from="/producers/join",
    )  # fmt: skip
    html = response.get_data(as_text=True)
    assert "Phường Sài Gòn" in html and "Xã Lai Vung" not in html
    assert _producers() == 0


@pytest.mark.parametrize(
    ("state", "action", "expected"),
    [
        (S.PENDING, A.APPROVE, S.APPROVED),
        (S.PENDING, A.REJECT, S.REJECTED),
        (S.REJECTED, A.SUBMIT, S.PENDING),
        (S.APPROVED, A.SUSPEND, S.SUSPENDED),
        (S.SUSPENDED, A.REINSTATE, S.APPROVED),
        (S.PENDING, A.SUSPEND, None),
        (S.APPROVED, A.APPROVE, None),
        (S.REJECTED, A.APPROVE, None),
        (S.SUSPENDED, A.SUBMIT, None),
        (S.APPROVED, A.REJECT, None),
    ],
)
def test_producer_status_transitions(database, state, action, expected):
    producer = factories.producer(status=state)
    if expected is None:
        with pytest.raises(IllegalTransition):
            change_status(producer, action, "lý do")
        assert producer.status == state
    else:
        change_status(producer, action, "lý do")
        assert producer.status == expected


def test_reject_and_suspend_need_a_reason(database):
    producer = factories.producer(status=S.PENDING)
    with pytest.raises(ReasonRequired):
        change_status(producer, A.REJECT, "   ")
    assert producer.status == S.PENDING


def test_office_rejects_producer_fixes_and_resubmits_then_is_approved(client, database):
    producer = factories.producer(status=S.PENDING, name="HTX Chờ Duyệt")
    product = factories.product(producer_=producer, name_vi="Hạt sen sấy")
    owner = factories.member(producer)
    admin = factories.user(is_admin=True)

    login(client, admin)
    queue = client.get("/admin/producers").get_data(as_text=True)
    assert "HTX Chờ Duyệt" in queue
    url = f"/admin/producers/{producer.id}"
    assert post(client, url, {"action": "reject", "reason": ""}, token_from=url).status_code == 400
    post(client, url, {"action": "reject", "reason": "Thiếu giấy chứng nhận OCOP"}, token_from=url)
    db.session.expire_all()
    assert db.session.get(Producer, producer.id).status == S.REJECTED

    login(client, owner)
    assert "Thiếu giấy chứng nhận OCOP" in client.get("/portal/").get_data(as_text=True)
    post(client, "/portal/brand/resubmit", token_from="/portal/brand")
    db.session.expire_all()
    assert db.session.get(Producer, producer.id).status == S.PENDING

    login(client, admin)
    post(client, url, {"action": "approve"}, token_from=url)
    assert client.get(f"/products/{product.slug}").status_code == 200

    post(client, url, {"action": "suspend", "reason": "Hàng giả"}, token_from=url)
    assert client.get(f"/products/{product.slug}").status_code == 404
    assert client.get(f"/producers/{producer.slug}").status_code == 404


def _invitation_link(app) -> str:
    message = outbox(app)[-1]
    return re.search(
        r"https://cho.example.vn(/producers/invitations/\S+)", message.get_content()
    ).group(1)


def test_owner_invites_a_member_who_joins_and_can_be_removed(app, client, database):
    producer = factories.producer()
    owner = factories.member(producer)
    login(client, owner)
    outbox(app).clear()
    response = post(client, "/portal/team", {"email": "ban@example.vn"}, token_from="/portal/team")
    assert response.status_code == 302
    assert outbox(app)[-1]["To"] == "ban@example.vn"
    link = _invitation_link(app)

    newcomer = app.test_client()
    data = {"name": "Trần Văn Bạn", "password": "mật khẩu mới dài", "phone": "0912345678"}
    assert post(newcomer, link, data, token_from=link).status_code == 302
    assert producer.name in newcomer.get("/portal/").get_data(as_text=True)

    friend = db.session.scalar(sa.select(User).where(User.email == "ban@example.vn"))
    membership = friend.memberships[0]
    assert membership.producer_id == producer.id and membership.role.value == "member"

    membership_id = membership.id
    post(client, f"/portal/team/{membership_id}/remove", token_from="/portal/team")
    db.session.expire_all()
    assert db.session.get(ProducerMember, membership_id) is None


def test_the_last_owner_cannot_be_removed_and_members_cannot_invite(client, database):
    producer = factories.producer()
    owner = factories.member(producer)
    helper = factories.member(producer, role="member")
    login(client, helper)
    response = post(client, "/portal/team", {"email": "x@example.vn"}, token_from="/portal/team")
    assert response.status_code == 400
    login(client, owner)
    own_membership = owner.memberships[0]
    post(client, f"/portal/team/{own_membership.id}/remove", token_from="/portal/team")
    db.session.expire_all()
    assert db.session.get(ProducerMember, own_membership.id) is not None


def test_invitation_links_are_checked(client, database):
    assert client.get("/producers/invitations/forged-token").status_code == 400
