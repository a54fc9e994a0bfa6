"""The council's scores: each member's own (no one sees another's), a draft only they see,
final once sent; an option not on the scorecard is refused and nothing kept; a member of
another round, a user without the role, and a closed round are refused."""

import re

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.mail import outbox
from storefront.rating.errors import RatingError, ScoreFinal
from storefront.rating.models import RoundStatus
from storefront.rating.scoring import Pick, save_score, score_of
from storefront.rating.scoring_models import Score, ScoreLine
from tests import factories
from tests.rating import rating_factories as rf
from tests.web import login, post


@pytest.fixture
def scene(request_context):
    card = rf.scorecard()
    lan, minh = rf.council_member(name="Lan"), rf.council_member(name="Minh")
    found = rf.round_(card, [lan, minh])
    return found, rf.dossier(found), lan, minh


def _form(dossier, points: dict[str, int], send: bool = True, **extra) -> dict:
    data = {}
    for criterion in dossier.scorecard.criteria:
        option = next(o for o in criterion.options if o.points == points[criterion.code])
        data[f"c{criterion.id}"] = str(option.id)
        data[f"n{criterion.id}"] = f"ghi chú {criterion.code}"
    if send:
        data["send"] = "y"
    data.update(extra)
    return data


def _url(dossier) -> str:
    return f"/admin/council/dossiers/{dossier.id}?lang=en"


def test_a_member_keeps_a_draft_then_sends_it_once_and_it_is_final(client, scene):
    _found, dossier, lan, _minh = scene
    login(client, lan)
    url = _url(dossier)
    points = {"A1": 20, "A2": 20, "B1": 25, "C1": 15}
    response = post(client, url, _form(dossier, points, send=False), token_from=url)
    assert response.status_code == 302
    draft = score_of(dossier, lan)
    assert draft.sent_at is None and draft.total == 80
    page = client.get(url).get_data(as_text=True)
    assert "ghi chú A1" in page and "Save my score" in page  # her draft, still editable

    response = post(client, url, _form(dossier, points), token_from=url)
    assert response.status_code == 302
    db.session.expire_all()
    sent = score_of(dossier, lan)
    assert sent.sent_at is not None and sent.total == 80

    # A replay or a changed score after sending is refused; the sent one stays as it was.
    lower = {"A1": 0, "A2": 0, "B1": 0, "C1": 0}
    token_page = "/account"  # the sent score page has no form left
    response = post(client, url, _form(dossier, lower), token_from=token_page)
    assert response.status_code == 409
    db.session.expire_all()
    assert score_of(dossier, lan).total == 80
    assert "It is final" in client.get(url).get_data(as_text=True)


def test_no_member_sees_another_members_score(client, scene):
    _found, dossier, lan, minh = scene
    rf.send(dossier, lan, 75)
    db.session.flush()
    login(client, minh)
    page = client.get(_url(dossier)).get_data(as_text=True)
    assert "75" not in re.sub(r"<[^>]+>", " ", page).split()  # nowhere as a figure
    assert "Ghi chú A1" not in page  # nor her notes
    assert "checked" not in page  # nothing of hers pre-chosen on his screen


def test_an_option_of_another_criterion_is_refused_and_nothing_is_kept(client, scene):
    _found, dossier, lan, _minh = scene
    login(client, lan)
    a1, a2 = dossier.scorecard.criteria[0], dossier.scorecard.criteria[1]
    data = _form(dossier, {"A1": 20, "A2": 20, "B1": 25, "C1": 35})
    data[f"c{a1.id}"] = str(a2.options[-1].id)  # 20 points, but A2's option
    response = post(client, _url(dossier), data, token_from=_url(dossier))
    assert response.status_code == 400
    assert "A1: choose one of its options" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Score.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(ScoreLine.id))) == 0


@pytest.mark.parametrize("value", ["999999", "-1", "35.5", "abc", "0"])
def test_points_not_on_the_scorecard_are_refused(client, scene, value):
    _found, dossier, lan, _minh = scene
    login(client, lan)
    data = _form(dossier, {"A1": 20, "A2": 20, "B1": 25, "C1": 35})
    data[f"c{dossier.scorecard.criteria[0].id}"] = value
    response = post(client, _url(dossier), data, token_from=_url(dossier))
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(Score.id))) == 0


def test_sending_with_a_criterion_unscored_is_refused(scene):
    _found, dossier, lan, _minh = scene
    picks = rf.picks_for(dossier, rf.total_points(100))
    del picks[dossier.scorecard.criteria[-1].id]
    with pytest.raises(RatingError, match="Score every criterion"):
        save_score(dossier, lan, picks, send=True)


def test_a_member_of_another_round_or_without_the_role_is_refused(client, scene):
    _found, dossier, _lan, _minh = scene
    other = rf.council_member()
    rf.round_(dossier.scorecard, [other], name="Đợt khác")
    login(client, other)
    assert client.get(_url(dossier)).status_code == 404
    response = post(client, _url(dossier), _form(dossier, rf.total_points(100)),
                    token_from="/account")  # fmt: skip
    assert response.status_code == 404
    assert client.get(f"/admin/council/rounds/{dossier.round_id}").status_code == 404
    assert db.session.scalar(sa.select(sa.func.count(Score.id))) == 0

    buyer = factories.user()
    login(client, buyer)
    assert client.get(_url(dossier)).status_code == 403
    assert client.get("/admin/council").status_code == 403
    with pytest.raises(RatingError):
        save_score(dossier, other, rf.picks_for(dossier, rf.total_points(100)), send=True)


def test_the_landing_lists_only_the_members_rounds(client, scene):
    found, _dossier, lan, _minh = scene
    rf.round_(found.scorecards[0], [rf.council_member()], name="Đợt không có Lan")
    login(client, lan)
    page = client.get("/admin/council").get_data(as_text=True)
    assert found.name in page and "Đợt không có Lan" not in page


def test_scores_are_refused_once_the_round_is_closed(scene):
    found, dossier, lan, _minh = scene
    found.status = RoundStatus.CLOSED
    with pytest.raises(RatingError, match="closed"):
        rf.send(dossier, lan, 100)
    assert score_of(dossier, lan) is None


def test_a_draft_dossier_is_not_scored(scene):
    found, _dossier, lan, _minh = scene
    draft = rf.dossier(found, sent=False)
    with pytest.raises(RatingError):
        rf.send(draft, lan, 100)


def test_a_sent_score_cannot_be_sent_again_by_the_service(scene):
    _found, dossier, lan, _minh = scene
    rf.send(dossier, lan, 100)
    with pytest.raises(ScoreFinal):
        save_score(dossier, lan, {c.id: Pick(None) for c in dossier.scorecard.criteria}, send=False)


def test_a_member_asks_the_producer_a_question(app, client, scene):
    _found, dossier, lan, _minh = scene
    owner = factories.member(dossier.producer, factories.user(locale="en"))
    login(client, lan)
    url = f"/admin/council/dossiers/{dossier.id}/questions"
    criterion = dossier.scorecard.criteria[0]
    empty = post(client, url, {"about": "", "question": " "}, token_from=_url(dossier))
    assert empty.status_code == 400 and "This field is required." in empty.get_data(as_text=True)
    other = post(client, url, {"about": "999999", "question": "?"},
                 token_from=_url(dossier))  # fmt: skip
    assert other.status_code == 400
    outbox(app).clear()
    asked = post(client, url, {"about": str(criterion.id),
                               "question": "Xin bổ sung hợp đồng liên kết."},
                 token_from=_url(dossier))  # fmt: skip
    assert asked.status_code == 302
    (question,) = dossier.questions
    assert (question.criterion_id, question.asked_by_id) == (criterion.id, lan.id)
    (message,) = outbox(app)
    assert (
        message["To"] == owner.email and "Xin bổ sung hợp đồng liên kết." in message.get_content()
    )
    outsider = rf.council_member()
    login(client, outsider)
    response = post(client, url, {"question": "?"}, token_from="/account")
    assert response.status_code == 404
