"""Support requests from the producer's side: opening one with real files (a Pillow photo and
a PDF), the thread both sides write in, a disguised or too many files and empty or oversize
text refused next to their field with nothing kept, another producer's request a 404 by page
and by post, a closed request reopened by writing again, and the office told by e-mail."""

import io

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.mail import outbox
from storefront.media.models import Document
from storefront.programme import support
from storefront.programme.support_models import (
    SupportEvent,
    SupportMessage,
    SupportRequest,
    SupportStatus,
)
from tests import factories
from tests.portal.test_photo_files import media_files
from tests.programme import support_factories as make
from tests.web import login, post

NEW = "/portal/support/new"


@pytest.fixture
def owner(client, database, app):
    maker = factories.producer(name="HTX Sen Tháp Mười", ward_code=factories.LAI_VUNG)
    login(client, factories.member(maker, factories.user(name="Cô Hạnh")))
    with client.session_transaction() as session:
        session["lang"] = "en"
    outbox(app).clear()
    return maker


def new_data(**changes) -> dict:
    data = {
        "kind": "packaging",
        "subject": "Thiết kế lại nhãn trà sen",
        "description": "Nhãn cũ thiếu mã truy xuất; chúng tôi cần bản mới trước Tết.",
        "files": [
            (io.BytesIO(make.photo_bytes()), "nhan-cu.jpg"),
            (io.BytesIO(make.PDF()), "bao-gia.pdf"),
        ],
    }
    data.update(changes)
    return data


def _upload(client, url, data, token_from=NEW):
    return post(client, url, data, token_from=token_from, content_type="multipart/form-data")


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def test_a_producer_opens_a_request_with_a_photo_and_a_pdf_and_sees_its_thread(client, owner, app):
    officer = make.officer(email="canbo.laivung@example.vn")
    make.officer(commune=factories.THAP_MUOI, email="canbo.khac@example.vn")
    response = _upload(client, NEW, new_data())
    assert response.status_code == 302
    ticket = db.session.scalar(sa.select(SupportRequest))
    assert response.headers["Location"].endswith(f"/portal/support/{ticket.id}")
    assert (ticket.producer_id, ticket.status, ticket.kind.value) == (
        owner.id,
        SupportStatus.OPEN,
        "packaging",
    )
    assert ticket.waiting_since == ticket.created_at and ticket.first_response_at is None
    (message,) = ticket.messages
    types = sorted(a.document.content_type for a in message.attachments)
    assert types == ["application/pdf", "image/jpeg"]
    page = client.get(f"/portal/support/{ticket.id}").get_data(as_text=True)
    assert "Nhãn cũ thiếu mã truy xuất" in page and "Waiting for the office" in page
    for attachment in message.attachments:
        assert client.get(f"/media/{attachment.document.filename}").status_code == 200
        assert attachment.document.original_name in page
    assert "Thiết kế lại nhãn trà sen" in client.get("/portal/support").get_data(as_text=True)
    # The officer of the producer's commune is told, not the other commune's.
    (mail,) = outbox(app)
    assert mail["To"] == officer.email and "HTX Sen Tháp Mười" in mail["Subject"]
    assert f"https://cho.example.vn/admin/support/{ticket.id}" in mail.get_content()


def test_without_a_commune_officer_the_administrators_are_told(client, owner, app):
    boss = make.admin(email="so.nn@example.vn")
    assert _upload(client, NEW, new_data(files=[])).status_code == 302
    assert [m["To"] for m in outbox(app)] == [boss.email]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"files": [(io.BytesIO(make.EXE_AS_PNG), "nhan.png")]}, "files", "nhan.png"),
        ({"files": [(io.BytesIO(b"%PDF-1.4 cut short"), "cut.pdf")]}, "files", "damaged"),
        (
            {"files": [(io.BytesIO(make.png_bytes()), f"{n}.png") for n in range(6)]},
            "files",
            "at most 5 files",
        ),
        ({"subject": "   "}, "subject", "Please write something here."),
        ({"description": ""}, "description", "Please write something here."),
        ({"subject": "x" * 161}, "subject", "under 160 characters"),
        ({"description": "dài " * 1300}, "description", "under 5000 characters"),
        ({"kind": "loan_shark"}, "kind", None),
    ],
)
def test_a_bad_request_is_refused_next_to_its_field_and_nothing_is_kept(
    client, owner, app, changes, field, message
):
    make.admin()
    files = media_files()
    # The good photo goes first: a refusal after it must not keep it either.
    if changes.get("files") and len(changes["files"]) == 1:
        changes["files"] = [(io.BytesIO(make.photo_bytes()), "tot.jpg"), *changes["files"]]
    response = _upload(client, NEW, new_data(**changes))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'id="{field}-error"' in page
    if message:
        assert message in page
    assert _count(SupportRequest) == 0 and _count(SupportMessage) == 0
    assert _count(Document) == 0 and _count(SupportEvent) == 0
    assert media_files() == files
    assert outbox(app) == []


def test_the_thread_goes_both_ways_and_a_closed_request_reopens_when_the_producer_writes(
    client, owner, app
):
    ticket = make.request(owner, owner.members[0].user)
    boss = make.admin()
    support.office_answers(ticket, boss, "Chào chị, gửi giúp file nhãn gốc (AI/PDF).", [])
    support.assign(ticket, boss, boss.id)
    db.session.flush()
    page_url = f"/portal/support/{ticket.id}"
    page = client.get(page_url).get_data(as_text=True)
    assert "gửi giúp file nhãn gốc" in page and "Answered" in page
    outbox(app).clear()
    reply = {"body": "Dạ, em gửi file PDF.", "files": [(io.BytesIO(make.PDF()), "nhan.pdf")]}
    assert _upload(client, page_url, reply, token_from=page_url).status_code == 302
    db.session.expire_all()
    assert ticket.status == SupportStatus.OPEN and ticket.waiting_since is not None
    assert [m["To"] for m in outbox(app)] == [boss.email]  # the assignee hears of it
    # The producer closes it, then writes again: it reopens and waits for the office.
    close = f"/portal/support/{ticket.id}/close"
    assert post(client, close, token_from=page_url).status_code == 302
    db.session.expire_all()
    assert ticket.status == SupportStatus.CLOSED and ticket.closed_at is not None
    assert "Send and reopen" in client.get(page_url).get_data(as_text=True)
    again = {"body": "Nhãn in ra bị lệch màu, nhờ Sở xem lại.", "files": []}
    assert _upload(client, page_url, again, token_from=page_url).status_code == 302
    db.session.expire_all()
    assert ticket.status == SupportStatus.OPEN and ticket.closed_at is None
    steps = db.session.execute(
        sa.select(SupportEvent.from_state, SupportEvent.to_state)
        .where(SupportEvent.request_id == ticket.id)
        .order_by(SupportEvent.id)
    ).all()
    assert [tuple(s) for s in steps] == [
        ("", "open"),
        ("open", "answered"),
        ("answered", "open"),
        ("open", "closed"),
        ("closed", "open"),
    ]
    # Closing twice is refused with a message, not a 500.
    assert post(client, close, token_from=page_url).status_code == 302
    assert post(client, close, token_from=page_url).status_code == 409


def test_the_same_message_sent_twice_is_kept_once(client, owner):
    ticket = make.request(owner, owner.members[0].user)
    page_url = f"/portal/support/{ticket.id}"
    message = {"body": "Cho hỏi tiến độ ạ?", "files": []}
    assert _upload(client, page_url, message, token_from=page_url).status_code == 302
    response = _upload(client, page_url, message, token_from=page_url)
    assert response.status_code == 400 and "already sent" in response.get_data(as_text=True)
    assert _count(SupportMessage) == 2


def test_another_producers_request_is_a_404_by_page_and_by_post(client, owner):
    theirs = make.request(subject="Hỏi về gian hàng hội chợ")
    mine = make.request(owner, owner.members[0].user, subject="Của tôi")
    token_page = f"/portal/support/{mine.id}"
    for guess in (theirs.id, mine.id + 1000, 2**31 - 1):
        assert client.get(f"/portal/support/{guess}").status_code == 404
        sent = {"body": "Chen ngang vào đây", "files": []}
        assert _upload(client, f"/portal/support/{guess}", sent, token_page).status_code == 404
        closing = post(client, f"/portal/support/{guess}/close", token_from=token_page)
        assert closing.status_code == 404
    db.session.expire_all()
    assert [m.body for m in theirs.messages] == ["Chúng tôi cần nhãn mới cho hộp trà sen 100 g."]
    assert theirs.status == SupportStatus.OPEN
    assert "Hỏi về gian hàng hội chợ" not in client.get("/portal/support").get_data(as_text=True)


def test_someone_outside_any_producer_cannot_open_the_portal_support(client, database):
    login(client, factories.user())
    assert client.get("/portal/support").status_code == 403
    assert client.get(NEW).status_code == 403
