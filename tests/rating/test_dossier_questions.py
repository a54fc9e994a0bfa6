"""The council's questions on a dossier: asked from the office's dossier page by an
administrator or a council member of the round (another round's member gets 403, a draft is
not theirs to read), the producer told by e-mail and answering once in the portal, both sides
seeing the thread, and nobody else reaching it."""

import pytest
import sqlalchemy as sa

from storefront.accounts.models import OfficeRole
from storefront.extensions import db
from storefront.mail import outbox
from storefront.media.services import store_document
from storefront.models_base import utcnow
from storefront.rating.scoring_models import DossierEvidence, DossierQuestion, DossierStatus
from tests import factories
from tests.media import corpus
from tests.rating import dossier_factories as make
from tests.web import csrf_token, login, post


@pytest.fixture
def setting(app, database):
    """A sent dossier of a tea, its producer's owner, two council members (one of the round)."""
    outbox(app).clear()
    producer = factories.producer(name="HTX Sen Hồng")
    owner = factories.member(producer)
    owner.locale = "en"
    product = factories.product(producer_=producer, category="tea-coffee", name_en="")
    sitting = make.council_member(email="hoidong@ocop.example.vn")
    rating_round = make.rating_round(make.scorecard(), members=[sitting])
    dossier = make.dossier(rating_round, product)
    criterion = dossier.scorecard.criteria[0]
    document = store_document(corpus.pdf(), "dkkd.pdf")
    db.session.add(
        DossierEvidence(dossier=dossier, criterion_id=criterion.id, kind="upload",
                        document_id=document.id)
    )  # fmt: skip
    dossier.status, dossier.sent_at = DossierStatus.SENT, utcnow()
    other = make.council_member()
    make.rating_round(make.scorecard(), members=[other])
    db.session.flush()
    yield {"dossier": dossier, "owner": owner, "sitting": sitting, "other": other,
           "criterion": criterion}  # fmt: skip
    outbox(app).clear()


def _english(client):
    with client.session_transaction() as session:
        session["lang"] = "en"


def _ask(client, dossier, text="Xin bổ sung hợp đồng liên kết vùng nguyên liệu?", about=""):
    url = f"/admin/rating/dossiers/{dossier.id}/questions"
    data = {"question": text, "about": about}
    return post(client, url, data, token_from=f"/admin/rating/dossiers/{dossier.id}")


def test_a_council_member_of_the_round_asks_and_the_producer_is_told(client, app, setting):
    dossier, criterion = setting["dossier"], setting["criterion"]
    login(client, setting["sitting"])
    _english(client)
    page = client.get(f"/admin/rating/dossiers/{dossier.id}").get_data(as_text=True)
    assert criterion.title_en in page and "dkkd.pdf" in page
    response = _ask(client, dossier, about=str(criterion.id))
    assert response.status_code == 302
    question = db.session.scalar(sa.select(DossierQuestion))
    assert (question.asked_by_id, question.criterion_id) == (setting["sitting"].id, criterion.id)
    (message,) = outbox(app)
    assert message["To"] == setting["owner"].email
    body = message.get_content()
    assert "Xin bổ sung hợp đồng liên kết vùng nguyên liệu?" in body
    assert "/portal" in body


def test_the_producer_answers_once_and_both_sides_see_the_thread(client, app, setting):
    dossier = setting["dossier"]
    login(client, setting["sitting"])
    _ask(client, dossier)
    question = db.session.scalar(sa.select(DossierQuestion))
    login(client, setting["owner"])
    _english(client)
    portal = f"/portal/rating/dossiers/{dossier.id}"
    assert "Xin bổ sung hợp đồng" in client.get(portal).get_data(as_text=True)
    url = f"{portal}/questions/{question.id}/answer"
    empty = post(client, url, {f"q{question.id}-answer": "  "}, token_from=portal)
    assert empty.status_code == 400
    response = post(
        client,
        url,
        {f"q{question.id}-answer": "Đã tải lên hợp đồng với 42 hộ trồng sen."},
        token_from=portal,
    )
    assert response.status_code == 302
    db.session.refresh(question)
    assert question.answered_by_id == setting["owner"].id
    again = post(client, url, {f"q{question.id}-answer": "Sửa lại câu trả lời"}, token_from=portal)
    assert again.status_code == 409
    db.session.refresh(question)
    assert question.answer == "Đã tải lên hợp đồng với 42 hộ trồng sen."
    login(client, setting["sitting"])
    page = client.get(f"/admin/rating/dossiers/{dossier.id}").get_data(as_text=True)
    assert "Đã tải lên hợp đồng với 42 hộ trồng sen." in page


def test_a_member_of_another_round_and_a_commune_officer_are_refused(client, setting):
    dossier = setting["dossier"]
    login(client, setting["other"])
    for path in ("", "/dossier.pdf", "/dossier.zip"):
        assert client.get(f"/admin/rating/dossiers/{dossier.id}{path}").status_code == 403
    url = f"/admin/rating/dossiers/{dossier.id}/questions"
    assert post(client, url, {"question": "?"}, token_from="/account").status_code == 403
    officer = factories.user(office_role=OfficeRole.COMMUNE_OFFICER, commune_code=30226)
    login(client, officer)
    assert client.get(f"/admin/rating/dossiers/{dossier.id}").status_code == 403
    login(client, factories.user())  # a buyer
    assert client.get(f"/admin/rating/dossiers/{dossier.id}").status_code == 403
    assert db.session.scalar(sa.select(sa.func.count()).select_from(DossierQuestion)) == 0


def test_a_post_by_another_rounds_member_saves_nothing(client, app, setting):
    dossier = setting["dossier"]
    login(client, setting["sitting"])
    token_page = f"/admin/rating/dossiers/{dossier.id}"
    token = csrf_token(client, token_page)
    login(client, setting["other"])
    response = client.post(
        f"/admin/rating/dossiers/{dossier.id}/questions",
        data={"csrf_token": token, "question": "Câu hỏi lạ"},
    )
    assert response.status_code == 403
    assert db.session.scalar(sa.select(sa.func.count()).select_from(DossierQuestion)) == 0
    assert outbox(app) == []


def test_a_draft_is_the_producers_until_sent(client, setting):
    dossier = setting["dossier"]
    dossier.status, dossier.sent_at = DossierStatus.DRAFT, None
    db.session.flush()
    login(client, setting["sitting"])
    assert client.get(f"/admin/rating/dossiers/{dossier.id}").status_code == 403
    admin = factories.user(is_admin=True)
    login(client, admin)
    page = client.get(f"/admin/rating/dossiers/{dossier.id}").get_data(as_text=True)
    assert "Ask the producer" not in page  # questions wait for the sent dossier


def test_the_office_asks_on_the_whole_dossier(client, app, setting):
    dossier = setting["dossier"]
    login(client, factories.user(is_admin=True))
    assert _ask(client, dossier, text="Đề nghị gửi bản gốc giấy chứng nhận.").status_code == 302
    question = db.session.scalar(sa.select(DossierQuestion))
    assert question.criterion_id is None
    too_long = _ask(client, dossier, text="x" * 2001)
    assert too_long.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count()).select_from(DossierQuestion)) == 1
