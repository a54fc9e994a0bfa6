"""Scorecards are data the office edits and versions (in force only when parts A/B/C reach
40/25/35; editing one in force makes a new draft; a round keeps its version); rounds open
with in-force scorecards, a future deadline and council members, and refuse dossiers once
their deadline is past or they moved on."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.accounts.models import OfficeRole
from storefront.extensions import db
from storefront.rating import rounds, scorecards
from storefront.rating.errors import RatingError, RoundNotAccepting
from storefront.rating.models import RoundStatus, ScorecardStatus
from storefront.rating.states import RoundAction
from storefront.state_machine import IllegalTransition
from storefront.timeutil import today_local
from tests import factories
from tests.rating import rating_factories as rf
from tests.web import login, post

TODAY = today_local()


def test_a_scorecard_goes_in_force_only_when_the_parts_reach_their_maxima(request_context):
    card = rf.scorecard(in_force=False)
    b1 = next(c for c in card.criteria if c.code == "B1")
    scorecards.save_criterion(card, b1, scorecards.CriterionValues(
        "B", "B1", "Câu chuyện", "Story", "", "", [], "0 | Không | No\n20 | Có | Yes"))  # fmt: skip
    with pytest.raises(RatingError, match="Part B gives at most 20 points; it must be 25"):
        scorecards.put_in_force(card)
    assert card.status == ScorecardStatus.DRAFT
    scorecards.save_criterion(card, b1, scorecards.CriterionValues(
        "B", "B1", "Câu chuyện", "Story", "", "", [], "0 | Không | No\n25 | Có | Yes"))  # fmt: skip
    scorecards.put_in_force(card)
    assert card.status == ScorecardStatus.IN_FORCE


def test_editing_a_scorecard_in_force_makes_a_new_draft_and_rounds_keep_theirs(request_context):
    card = rf.scorecard()
    found = rf.round_(card, [rf.council_member()])
    draft = scorecards.editable(card)
    assert (draft.status, draft.version, draft.based_on_id) == (ScorecardStatus.DRAFT, 2, card.id)
    assert scorecards.editable(card) is draft  # one draft at a time
    with pytest.raises(RatingError):
        scorecards.save_criterion(card, card.criteria[0], scorecards.CriterionValues(
            "A", "A1", "x", "x", "", "", [], "0 | a\n20 | b"))  # fmt: skip
    scorecards.delete_criterion(draft, draft.criteria[0])
    scorecards.save_criterion(draft, None, scorecards.CriterionValues(
        "A", "A9", "Mới", "New", "", "", ["lots", "bogus"], "0 | a | a\n20 | b | b"))  # fmt: skip
    assert [c.code for c in draft.criteria if c.part.value == "A"] == ["A2", "A9"]
    assert draft.criteria[-1].evidence_kinds == ["lots"]  # outside the fixed set: dropped
    scorecards.put_in_force(draft)
    assert card.status == ScorecardStatus.RETIRED
    assert found.scorecards == [card]  # the round rates with the version it opened with
    assert [c.code for c in card.criteria][:2] == ["A1", "A2"]


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "between 1 and"), ("abc", "Line 1"), ("5 |", "Line 1"), ("0 | a\n99 | b", "Line 2")],
)
def test_bad_option_lines_are_refused(request_context, text, message):
    card = rf.scorecard(in_force=False)
    with pytest.raises(RatingError, match=message):
        scorecards.save_criterion(card, None, scorecards.CriterionValues(
            "A", "A7", "x", "", "", "", [], text))  # fmt: skip


def test_opening_a_round_checks_its_scorecards_deadline_and_members(request_context):
    card = rf.scorecard()
    draft = rf.scorecard("beverages", in_force=False)
    member = rf.council_member()
    buyer = factories.user()
    good = rounds.RoundValues("Đợt 1", [card.id], TODAY + timedelta(days=10), [member.id])
    for change, field in (
        ({"dossier_deadline": TODAY - timedelta(days=1)}, "dossier_deadline"),
        ({"scorecard_ids": []}, "scorecard_ids"),
        ({"scorecard_ids": [draft.id]}, "scorecard_ids"),
        ({"member_ids": [buyer.id]}, "member_ids"),
        ({"member_ids": []}, "member_ids"),
    ):
        values = rounds.RoundValues(**{**vars(good), **change})
        with pytest.raises(RatingError) as refused:
            rounds.open_round(values, TODAY)
        assert refused.value.field == field
    found = rounds.open_round(good, TODAY)
    assert found.status == RoundStatus.OPEN and found.has_member(member.id)


def test_a_round_whose_deadline_is_past_refuses_new_dossiers(request_context):
    found = rf.round_(rf.scorecard(), [rf.council_member()], deadline=TODAY)
    rounds.check_accepts_dossiers(found, TODAY)  # the deadline day itself is still open
    with pytest.raises(RoundNotAccepting, match="deadline"):
        rounds.check_accepts_dossiers(found, TODAY + timedelta(days=1))
    rounds.move_round(found, RoundAction.START_SCORING)
    with pytest.raises(RoundNotAccepting):
        rounds.check_accepts_dossiers(found, TODAY)
    rounds.move_round(found, RoundAction.CLOSE)
    with pytest.raises(IllegalTransition):
        rounds.move_round(found, RoundAction.START_SCORING)


def test_the_office_opens_a_round_through_its_form(client, database):
    with client.application.test_request_context("/"):
        card = rf.scorecard()
    member = factories.user(office_role=OfficeRole.COUNCIL, name="Trần Văn Hội")
    login(client, factories.user(is_admin=True))
    url = "/admin/rating/rounds/new?lang=en"
    form = client.get(url).get_data(as_text=True)
    assert "Trần Văn Hội" in form and f'value="{card.id}"' in form
    past = {"name": "Đợt 2", "scorecard_ids": str(card.id), "member_ids": str(member.id),
            "dossier_deadline": (TODAY - timedelta(days=1)).isoformat()}  # fmt: skip
    refused = post(client, url, past, token_from=url)
    assert refused.status_code == 400
    assert "cannot be in the past" in refused.get_data(as_text=True)
    response = post(client, url, {**past, "dossier_deadline": TODAY.isoformat()}, token_from=url)
    assert response.status_code == 302, response.get_data(as_text=True)
    round_page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Đợt 2" in round_page and "Trần Văn Hội" in round_page


def test_the_office_pages_answer(client, database):
    with client.application.test_request_context("/"):
        card = rf.scorecard()
        found = rf.round_(card, [rf.council_member()])
        dossier = rf.dossier(found)
    login(client, factories.user(is_admin=True))
    for url in ("/admin/rating", "/admin/rating/scorecards", f"/admin/rating/scorecards/{card.id}",
                f"/admin/rating/scorecards/{card.id}/criteria/{card.criteria[0].id}",
                f"/admin/rating/scorecards/{card.id}/criteria/new",
                f"/admin/rating/rounds/{found.id}", f"/admin/rating/dossiers/{dossier.id}/decision",
                "/admin/rating/claims", "/admin/rating/expiring", "/admin/council",
                f"/admin/council/rounds/{found.id}",
                f"/admin/council/dossiers/{dossier.id}"):  # fmt: skip
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/rating/scorecards/999999").status_code == 404
    other = rf.scorecard("herbal")
    url = f"/admin/rating/scorecards/{card.id}/criteria/{other.criteria[0].id}"
    assert client.get(url).status_code == 404  # a criterion of another scorecard


def test_the_office_puts_a_draft_in_force_and_versions_it(client, database):
    with client.application.test_request_context("/"):
        card = rf.scorecard(in_force=False)
    login(client, factories.user(is_admin=True))
    page = f"/admin/rating/scorecards/{card.id}"
    assert post(client, f"{page}/in-force", {}, token_from=page).status_code == 302
    assert post(client, f"{page}/in-force", {}, token_from=page).status_code == 400  # not a draft
    response = post(client, f"{page}/edit", {}, token_from=page)
    assert response.status_code == 302
    db.session.expire_all()
    versions = db.session.scalars(sa.select(card.__class__.version).where(
        card.__class__.group_slug == "food")).all()  # fmt: skip
    assert sorted(versions) == [1, 2]
