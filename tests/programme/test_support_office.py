"""Support requests from the office's side: an administrator sees and answers every request,
a commune officer only those of their commune's producers (any other is a 404, by its page,
its answer, its assignment or its closing, ids guessed included); a request goes only to an
office account that may see it; the first answer sets the response time and tells the
producer; assignments and closing are in the audit log; a closed request takes no answer."""

import io

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.extensions import db
from storefront.mail import outbox
from storefront.programme.support_models import SupportMessage, SupportStatus
from tests import factories
from tests.programme import support_factories as make
from tests.web import login, post

LIST = "/admin/support"


def page_of(ticket) -> str:
    return f"/admin/support/{ticket.id}"


def as_user(client, user):
    login(client, user)
    with client.session_transaction() as session:
        session["lang"] = "en"
    return user


@pytest.fixture
def world(database, app):
    """Two communes' producers, each with a request; the officer of Lai Vung."""
    here = factories.producer(name="HTX Xoài Lai Vung", ward_code=factories.LAI_VUNG)
    there = factories.producer(name="HTX Sen Tháp Mười", ward_code=factories.THAP_MUOI)
    mine = make.request(here, subject="Gian hàng hội chợ xoài")
    theirs = make.request(there, subject="Đưa sản phẩm lên sàn TMĐT", kind="ecommerce")
    officer = make.officer(factories.LAI_VUNG, name="Anh Tùng")
    outbox(app).clear()
    return {"here": here, "there": there, "mine": mine, "theirs": theirs, "officer": officer}


def answer(client, ticket, body="Sở đã ghi nhận, sẽ gọi lại trong tuần.", files=None):
    data = {"body": body, "files": files or []}
    url = page_of(ticket)
    return post(client, url, data, token_from=url, content_type="multipart/form-data")


def test_an_administrator_sees_every_request_and_answers_with_a_file(client, world, app):
    boss = as_user(client, make.admin())
    page = client.get(LIST).get_data(as_text=True)
    assert "Gian hàng hội chợ xoài" in page and "Đưa sản phẩm lên sàn TMĐT" in page
    photo = [(io.BytesIO(make.photo_bytes()), "so-do-gian-hang.jpg")]
    assert answer(client, world["theirs"], files=photo).status_code == 302
    db.session.expire_all()
    ticket = world["theirs"]
    assert ticket.status == SupportStatus.ANSWERED and ticket.waiting_since is None
    assert ticket.first_response_at is not None
    last = ticket.messages[-1]
    assert last.from_office and last.author_id == boss.id
    assert last.attachments[0].document.content_type == "image/jpeg"
    # The producer's member who opened it is told, with a link to the portal's page.
    (mail,) = outbox(app)
    assert mail["To"] == ticket.opened_by.email
    assert f"https://cho.example.vn/portal/support/{ticket.id}" in mail.get_content()
    assert "Sở đã ghi nhận" in mail.get_content()
    # Both sides see the thread.
    office_page = client.get(page_of(ticket)).get_data(as_text=True)
    assert "Sở đã ghi nhận" in office_page and "so-do-gian-hang.jpg" in office_page
    login(client, ticket.opened_by)
    portal = client.get(f"/portal/support/{ticket.id}").get_data(as_text=True)
    assert "Sở đã ghi nhận" in portal and "so-do-gian-hang.jpg" in portal


def test_a_commune_officer_lands_on_the_support_list_of_their_commune_only(client, world):
    as_user(client, world["officer"])
    page = client.get(LIST).get_data(as_text=True)
    assert "Gian hàng hội chợ xoài" in page
    assert "Đưa sản phẩm lên sàn TMĐT" not in page
    assert "HTX Sen Tháp Mười" not in page
    # Even asking for the other commune by the filter shows nothing of it.
    other = client.get(f"{LIST}?commune={factories.THAP_MUOI}").get_data(as_text=True)
    assert "Đưa sản phẩm lên sàn TMĐT" not in other
    assert client.get(page_of(world["mine"])).status_code == 200
    assert client.get("/admin/").status_code == 403  # the rest of the office is not theirs
    assert client.get("/admin/producers").status_code == 403


def test_a_commune_officer_gets_404_on_other_communes_requests_by_page_and_by_post(
    client, world, app
):
    officer = as_user(client, world["officer"])
    theirs = world["theirs"]
    token = page_of(world["mine"])
    for guess in (theirs.id, theirs.id + 500):
        url = f"/admin/support/{guess}"
        assert client.get(url).status_code == 404
        sent = {"body": "Trả lời lén", "files": []}
        response = post(client, url, sent, token_from=token, content_type="multipart/form-data")
        assert response.status_code == 404
        assigned = post(client, f"{url}/assign", {"assignee": str(officer.id)}, token_from=token)
        assert assigned.status_code == 404
        assert post(client, f"{url}/close", token_from=token).status_code == 404
    db.session.expire_all()
    assert theirs.status == SupportStatus.OPEN and theirs.assignee_id is None
    assert not any(m.from_office for m in theirs.messages)
    assert outbox(app) == []
    # Their own commune's request they answer.
    assert answer(client, world["mine"]).status_code == 302


def test_an_officer_of_another_province_role_or_a_buyer_cannot_reach_support(client, world):
    council = factories.user(office_role="council")
    as_user(client, council)
    assert client.get(LIST).status_code == 403
    assert client.get(page_of(world["mine"])).status_code == 403
    as_user(client, factories.user())
    assert client.get(LIST).status_code == 403
    # A commune officer switched off, or one with no commune, sees nothing.
    lost = make.officer(commune=None)
    as_user(client, lost)
    assert client.get(page_of(world["mine"])).status_code == 404
    assert "Gian hàng hội chợ xoài" not in client.get(LIST).get_data(as_text=True)


def test_a_request_is_assigned_only_to_an_office_account_that_may_see_it(client, world):
    boss = as_user(client, make.admin(name="Chị Lan"))
    ticket = world["mine"]
    url = f"{page_of(ticket)}/assign"
    foreign = make.officer(factories.THAP_MUOI, name="Cán bộ Tháp Mười")
    buyer = factories.user(name="Người mua")
    council = factories.user(office_role="council", name="Hội đồng")
    switched_off = make.officer(factories.LAI_VUNG, is_active_account=False)
    page = client.get(page_of(ticket)).get_data(as_text=True)
    assert "Anh Tùng" in page and "Cán bộ Tháp Mười" not in page and "Người mua" not in page
    for stranger in (foreign, buyer, council, switched_off):
        response = post(client, url, {"assignee": str(stranger.id)}, token_from=page_of(ticket))
        assert response.status_code == 400
        assert "cannot see the request" in response.get_data(as_text=True)
    for made_up in ("999999", "abc", "-1"):
        response = post(client, url, {"assignee": made_up}, token_from=page_of(ticket))
        assert response.status_code in (302, 400)
    db.session.expire_all()
    assert ticket.assignee_id is None
    entries = db.session.scalars(sa.select(AuditEntry)).all()
    assert entries == []
    officer = world["officer"]
    assert post(client, url, {"assignee": str(officer.id)}, token_from=page_of(ticket)).status_code
    db.session.expire_all()
    assert ticket.assignee_id == officer.id
    (entry,) = db.session.scalars(sa.select(AuditEntry)).all()
    assert (entry.action, entry.actor_id, entry.subject_type, entry.subject_id) == (
        "support.assigned",
        boss.id,
        "support_request",
        ticket.id,
    )
    assert entry.before == {"assignee": None} and entry.after == {"assignee": officer.email}
    # The filter by assignee finds it; "nobody yet" does not.
    listed = f'href="{page_of(ticket)}"><strong>'
    assert listed in client.get(f"{LIST}?assignee={officer.id}").get_data(as_text=True)
    assert listed not in client.get(f"{LIST}?assignee=none").get_data(as_text=True)


def test_a_made_up_assignee_id_is_refused(client, world):
    as_user(client, make.admin())
    ticket = world["mine"]
    url = f"{page_of(ticket)}/assign"
    response = post(client, url, {"assignee": "999999"}, token_from=page_of(ticket))
    assert response.status_code == 400
    db.session.expire_all()
    assert ticket.assignee_id is None


def test_closing_is_audited_and_a_closed_request_takes_no_answer_until_reopened(client, world, app):
    officer = as_user(client, world["officer"])
    ticket = world["mine"]
    assert post(client, f"{page_of(ticket)}/close", token_from=page_of(ticket)).status_code == 302
    db.session.expire_all()
    assert ticket.status == SupportStatus.CLOSED and ticket.waiting_since is None
    (entry,) = db.session.scalars(sa.select(AuditEntry)).all()
    assert (entry.action, entry.actor_id) == ("support.closed", officer.id)
    assert entry.before == {"status": "open"} and entry.after == {"status": "closed"}
    messages = len(ticket.messages)
    refused = answer(client, ticket, body="Thêm một ý nữa")
    assert refused.status_code == 409
    assert "reopen it before answering" in refused.get_data(as_text=True)
    db.session.expire_all()
    assert len(ticket.messages) == messages and outbox(app) == []
    assert post(client, f"{page_of(ticket)}/close", token_from=page_of(ticket)).status_code == 409
    assert post(client, f"{page_of(ticket)}/reopen", token_from=page_of(ticket)).status_code == 302
    db.session.expire_all()
    assert ticket.status == SupportStatus.OPEN and ticket.waiting_since is not None
    assert answer(client, ticket, body="Thêm một ý nữa").status_code == 302


@pytest.mark.parametrize(
    ("body", "message"),
    [("", "Please write something here."), ("ừ " * 2600, "under 5000 characters")],
)
def test_an_empty_or_oversize_answer_is_refused_and_nothing_is_kept(
    client, world, app, body, message
):
    as_user(client, make.admin())
    ticket = world["mine"]
    response = answer(client, ticket, body=body)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'id="body-error"' in page and message in page
    db.session.expire_all()
    assert ticket.status == SupportStatus.OPEN and ticket.first_response_at is None
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SupportMessage)) == 2
    assert outbox(app) == []


def test_the_request_page_shows_the_time_to_the_first_answer(client, world):
    from datetime import timedelta

    as_user(client, make.admin())
    ticket = world["mine"]
    ticket.created_at = ticket.created_at - timedelta(hours=3, minutes=25, seconds=40)
    db.session.flush()
    page = client.get(page_of(ticket)).get_data(as_text=True)
    assert "not yet" in page
    assert answer(client, ticket).status_code == 302
    page = client.get(page_of(ticket)).get_data(as_text=True)
    assert "after 3 h 25 min" in page
    assert "first answer after 3 h 25 min" in client.get(LIST).get_data(as_text=True)


def test_the_desk_reads_in_vietnamese(client, world):
    login(client, make.admin())
    ticket = world["mine"]
    assert answer(client, ticket).status_code == 302
    listing = client.get(LIST)
    assert listing.status_code == 200
    text = listing.get_data(as_text=True)
    assert "Yêu cầu hỗ trợ" in text and "9/10 yêu cầu được trả lời trong vòng" in text
    page = client.get(page_of(ticket)).get_data(as_text=True)
    assert "Đã trả lời" in page and "Trả lời đầu tiên" in page
    login(client, ticket.opened_by)
    portal = client.get(f"/portal/support/{ticket.id}").get_data(as_text=True)
    assert "Đã trả lời" in portal and "Sở đã ghi nhận" in portal
