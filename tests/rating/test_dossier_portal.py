"""The producer's dossier through the portal: the rounds open to its groups, entering a product
once (refused twice, after the deadline, for another's product or a group the round does not
rate), the checklist's missing list, a draft kept between visits, uploads (a PDF kept, a
program refused), links to its own things only (an attacker's ids answer 404, nothing kept),
sending once (twice, after the deadline, by another producer), and a read-only sent dossier."""

import io
from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.extensions import db
from storefront.media.models import Document
from storefront.rating.models import EvidenceKind, RatingEvent
from storefront.rating.scoring_models import Dossier, DossierEvidence, DossierStatus
from storefront.timeutil import today_local
from tests import factories, lot_factories
from tests.media import corpus
from tests.rating import dossier_factories as make
from tests.web import login, post


@pytest.fixture
def maker(client, database):
    """A logged-in member of a food producer, reading the portal in English."""
    producer = factories.producer(name="HTX Sen Hồng Tháp Mười", story_vi="Sen hồng Tháp Mười.")
    login(client, factories.member(producer))
    with client.session_transaction() as session:
        session["lang"] = "en"
    return producer


@pytest.fixture
def tea(maker):
    return factories.product(
        producer_=maker, category="tea-coffee", name_vi="Trà sen Tháp Mười", name_en=""
    )


@pytest.fixture
def food_round(database):
    return make.rating_round(make.scorecard("food"))


def _count(model, *where) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def _enter(client, rating_round, product):
    url = f"/portal/rating/rounds/{rating_round.id}/enter"
    return post(client, url, {"product_id": str(product.id)}, token_from="/portal/rating")


def _dossier_of(product) -> Dossier:
    return db.session.scalar(sa.select(Dossier).where(Dossier.product_id == product.id))


def _criterion(dossier: Dossier, code: str):
    return next(c for c in dossier.scorecard.criteria if c.code == code)


def _upload(client, dossier, code, content: bytes, name: str, note: str = ""):
    criterion = _criterion(dossier, code)
    prefix = f"c{criterion.id}-file"
    url = f"/portal/rating/dossiers/{dossier.id}/criteria/{criterion.id}/upload"
    data = {f"{prefix}-file": (io.BytesIO(content), name), f"{prefix}-note": note}
    return post(client, url, data, token_from=f"/portal/rating/dossiers/{dossier.id}",
                content_type="multipart/form-data")  # fmt: skip


def _link(client, dossier, code, target: str, **fields):
    criterion = _criterion(dossier, code)
    prefix = f"c{criterion.id}-link"
    url = f"/portal/rating/dossiers/{dossier.id}/criteria/{criterion.id}/link"
    data = {f"{prefix}-target": target, **{f"{prefix}-{k}": v for k, v in fields.items()}}
    return post(client, url, data, token_from=f"/portal/rating/dossiers/{dossier.id}")


def _send(client, dossier):
    url = f"/portal/rating/dossiers/{dossier.id}/send"
    return post(client, url, {}, token_from=f"/portal/rating/dossiers/{dossier.id}")


def test_the_list_shows_only_rounds_that_rate_my_groups(client, maker, tea, food_round):
    drinks = make.rating_round(make.scorecard("beverages"))
    page = _page(client, "/portal/rating")
    assert food_round.name in page
    assert drinks.name not in page
    assert "Trà sen Tháp Mười" in page
    assert 'href="/portal/rating"' in _page(client, "/portal/")  # in the nav


def test_a_product_is_entered_once_and_lands_on_its_checklist(client, maker, tea, food_round):
    response = _enter(client, food_round, tea)
    assert response.status_code == 302
    dossier = _dossier_of(tea)
    assert response.headers["Location"].endswith(f"/portal/rating/dossiers/{dossier.id}")
    assert (dossier.status, dossier.producer_id) == (DossierStatus.DRAFT, maker.id)
    again = _enter(client, food_round, tea)
    assert again.status_code == 400
    assert "already entered" in again.get_data(as_text=True)
    assert _count(Dossier, Dossier.product_id == tea.id) == 1


def test_entering_is_refused_after_the_deadline_for_anothers_product_and_unrated_groups(
    client, maker, tea, food_round
):
    late = make.rating_round(make.scorecard("food"), days_left=-1)
    assert "deadline" in _enter(client, late, tea).get_data(as_text=True)
    theirs = factories.product(category="tea-coffee")  # another producer's
    response = _enter(client, food_round, theirs)
    assert response.status_code == 400
    assert "Choose one of your products" in response.get_data(as_text=True)
    wine = factories.product(producer_=maker, category="tea-coffee")
    drinks_only = make.rating_round(make.scorecard("beverages"))
    assert "does not rate" in _enter(client, drinks_only, wine).get_data(as_text=True)
    assert _count(Dossier) == 0


def test_the_checklist_lists_what_is_missing_until_each_criterion_has_evidence(
    client, maker, tea, food_round
):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    page = _page(client, f"/portal/rating/dossiers/{dossier.id}")
    assert "6 criteria have no evidence yet" in page
    for code in ("A1", "A2", "B1", "B2", "C1", "C2"):
        assert f'href="#criterion-{_criterion(dossier, code).id}"' in page
    assert "Giấy đăng ký kinh doanh, hợp đồng liên kết" in page or "Evidence for A1" in page
    assert _link(client, dossier, "B2", "brand_story").status_code == 302
    page = _page(client, f"/portal/rating/dossiers/{dossier.id}")
    assert "5 criteria have no evidence yet" in page
    missing = page.split('id="missing"')[1].split("</div>")[0]
    assert f"#criterion-{_criterion(dossier, 'B2').id}" not in missing
    assert "Sen hồng Tháp Mười." in page  # the story, told as evidence


def test_a_draft_keeps_its_evidence_between_visits(client, maker, tea, food_round):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    response = _upload(client, dossier, "A1", corpus.pdf(), "giay-dkkd.pdf", "Bản sao")
    assert response.status_code == 302
    client.get("/account")  # leave, log out and back in
    login(client, db.session.scalar(sa.select(Dossier)).producer.members[0].user)
    page = _page(client, f"/portal/rating/dossiers/{dossier.id}")
    assert "giay-dkkd.pdf" in page and "Bản sao" in page
    db.session.refresh(dossier)
    assert dossier.status == DossierStatus.DRAFT
    assert [p.kind for p in dossier.evidence] == [EvidenceKind.UPLOAD]


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"MZ\x90\x00\x03 a program", "ho-so.exe"), (b"<html>not a pdf</html>", "ho-so.pdf")],
)
def test_a_file_that_is_not_a_pdf_or_a_picture_is_refused(
    client, maker, tea, food_round, content, name
):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    documents = _count(Document)
    response = _upload(client, dossier, "A1", content, name)
    assert response.status_code == 400
    assert "not a PDF, JPEG or PNG" in response.get_data(as_text=True)
    assert _count(DossierEvidence) == 0
    assert _count(Document) == documents


def test_an_attacker_cannot_link_another_producers_lot_document_or_photos(
    client, maker, tea, food_round
):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    stranger = factories.product(category="tea-coffee")
    their_lot = lot_factories.lot(stranger.variants[0])
    their_paper = lot_factories.document(stranger.producer)
    attempts = [
        ("A2", f"lots:{their_lot.id}"),
        ("A2", f"trace_pages:{their_lot.id}"),
        ("C2", f"documents:{their_paper.id}"),
        ("B1", f"packaging_photos:{stranger.images[0].id}"),
    ]
    for code, target in attempts:
        response = _link(client, dossier, code, target)
        assert response.status_code == 404, target
        assert "Choose one of yours" in response.get_data(as_text=True)
    assert _count(DossierEvidence) == 0
    mine = lot_factories.lot(tea.variants[0])
    assert _link(client, dossier, "A2", f"trace_pages:{mine.id}").status_code == 302
    piece = db.session.scalar(sa.select(DossierEvidence))
    assert piece.reference_id == mine.id
    assert piece.url.endswith(f"/trace/{tea.slug}/{mine.code}")


def test_a_kind_the_criterion_does_not_take_is_refused(client, maker, tea):
    uploads_only = make.rating_round(make.scorecard("food", kinds=()))
    _enter(client, uploads_only, tea)
    dossier = _dossier_of(tea)
    response = _link(client, dossier, "B2", "brand_story")
    assert response.status_code == 400
    assert _count(DossierEvidence) == 0


def test_sales_are_linked_for_a_past_period_only(client, maker, tea, food_round):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    today = today_local()
    future = _link(client, dossier, "B1", "sales", start=str(today), end=str(today + timedelta(1)))
    assert future.status_code == 400 and "future" in future.get_data(as_text=True)
    backwards = _link(
        client, dossier, "B1", "sales", start=str(today), end=str(today - timedelta(9))
    )
    assert backwards.status_code == 400
    start = today - timedelta(days=90)
    assert (
        _link(client, dossier, "B1", "sales", start=str(start), end=str(today)).status_code == 302
    )
    piece = db.session.scalar(sa.select(DossierEvidence))
    page = _page(client, piece.url)
    assert "Orders delivered" in page and "₫" in page


def test_a_dossier_is_sent_once_and_is_then_read_only(client, maker, tea, food_round):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    _upload(client, dossier, "A1", corpus.pdf(), "dkkd.pdf")
    assert _send(client, dossier).status_code == 302
    db.session.refresh(dossier)
    assert dossier.status == DossierStatus.SENT and dossier.sent_at is not None
    again = _send(client, dossier)
    assert again.status_code == 409
    assert "was sent to the council" in again.get_data(as_text=True)
    events = _count(RatingEvent, RatingEvent.subject == "dossier", RatingEvent.to_state == "sent")
    assert events == 1
    (entry,) = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == "dossier.sent"))
    assert (entry.subject_id, entry.after["status"]) == (dossier.id, "sent")
    assert _upload(client, dossier, "A2", corpus.pdf(), "more.pdf").status_code == 409
    piece = dossier.evidence[0]
    url = f"/portal/rating/dossiers/{dossier.id}/evidence/{piece.id}/remove"
    assert (
        post(client, url, {}, token_from=f"/portal/rating/dossiers/{dossier.id}").status_code == 409
    )
    assert _count(DossierEvidence) == 1
    assert "Send the dossier" not in _page(client, f"/portal/rating/dossiers/{dossier.id}")


def test_an_empty_or_late_dossier_is_not_sent(client, maker, tea, food_round):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    assert _send(client, dossier).status_code == 400  # nothing in it
    _upload(client, dossier, "A1", corpus.pdf(), "dkkd.pdf")
    food_round.dossier_deadline = today_local() - timedelta(days=1)
    db.session.flush()
    response = _send(client, dossier)
    assert response.status_code == 409
    assert "deadline" in response.get_data(as_text=True)
    db.session.refresh(dossier)
    assert dossier.status == DossierStatus.DRAFT and dossier.sent_at is None


def test_another_producers_member_can_neither_see_nor_send_it(client, maker, tea, food_round):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    _upload(client, dossier, "A1", corpus.pdf(), "dkkd.pdf")
    login(client, factories.member(factories.producer()))
    for path in ("", "/dossier.pdf", "/dossier.zip"):
        assert client.get(f"/portal/rating/dossiers/{dossier.id}{path}").status_code == 404
    url = f"/portal/rating/dossiers/{dossier.id}/send"
    assert post(client, url, {}, token_from="/portal/rating").status_code == 404
    db.session.refresh(dossier)
    assert dossier.status == DossierStatus.DRAFT


def test_removing_a_piece_of_a_draft_takes_its_file_away(client, maker, tea, food_round):
    _enter(client, food_round, tea)
    dossier = _dossier_of(tea)
    documents = _count(Document)
    _upload(client, dossier, "A1", corpus.pdf(), "dkkd.pdf")
    piece = db.session.scalar(sa.select(DossierEvidence))
    url = f"/portal/rating/dossiers/{dossier.id}/evidence/{piece.id}/remove"
    assert (
        post(client, url, {}, token_from=f"/portal/rating/dossiers/{dossier.id}").status_code == 302
    )
    assert _count(DossierEvidence) == 0
    assert _count(Document) == documents
