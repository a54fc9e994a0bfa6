"""The office's decision: only once every member has sent a score; the average of the sent
scores only (drafts never count); stars by the star rules (data); a certificate for 36 months
for three and four stars, five stars only proposed until the central council decides; the
audit log and the producer's e-mail."""

import re
from datetime import date

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.catalog.certificates import CertificateSource, GrantingLevel, OcopCertificate
from storefront.extensions import db
from storefront.mail import outbox
from storefront.rating import deciding
from storefront.rating.errors import RatingError
from storefront.rating.models import StarRule
from storefront.rating.scoring_models import Decision, DossierStatus
from tests import factories
from tests.rating import rating_factories as rf
from tests.web import login, post


@pytest.fixture
def scene(request_context):
    card = rf.scorecard()
    members = [rf.council_member(name=n) for n in ("Lan", "Minh", "Hoa")]
    found = rf.round_(card, members)
    owner = factories.user(name="Chủ HTX", locale="en")
    product = factories.product(verified=False, stars=None, certificate_no="", name_vi="Mứt sen")
    factories.member(product.producer, owner)
    return found, rf.dossier(found, product), members, owner


def _queued() -> list:
    return db.session.info.get("outbox", [])


def test_no_decision_until_every_member_has_sent(scene):
    _found, dossier, (lan, minh, hoa), _owner = scene
    rf.send(dossier, lan, 80)
    rf.send(dossier, minh, 80)
    rf.send(dossier, hoa, 80, send_it=False)  # a draft is not a score
    with pytest.raises(RatingError, match="1 still to come"):
        deciding.record_decision(dossier, "12/QĐ-UBND", date(2026, 11, 30), lan)
    assert db.session.scalar(sa.select(sa.func.count(Decision.id))) == 0
    assert dossier.status == DossierStatus.SENT


def test_the_average_counts_sent_scores_only(scene):
    _found, dossier, (lan, minh, hoa), _owner = scene
    rf.send(dossier, lan, 90)
    rf.send(dossier, minh, 80, send_it=False)  # a draft of 80: not counted
    assert deciding.dossier_average(dossier) == 9000
    rf.send(dossier, minh, 70)
    rf.send(dossier, hoa, 75)
    assert deciding.dossier_average(dossier) == 7833  # (90 + 70 + 75) / 3 = 78.33
    decision = deciding.record_decision(dossier, "12/QĐ-UBND", date(2026, 11, 30), lan)
    assert (decision.average_hundredths, decision.stars, decision.members_counted) == (7833, 4, 3)


@pytest.mark.parametrize(
    ("hundredths", "stars"),
    [(0, 1), (2900, 1), (2999, 1), (3000, 2), (4900, 2), (4999, 2), (5000, 3), (6900, 3),
     (6999, 3), (7000, 4), (8900, 4), (8999, 4), (9000, 5), (10000, 5)],
)  # fmt: skip
def test_stars_by_the_thresholds(request_context, hundredths, stars):
    assert deciding.stars_for(hundredths)[0] == stars


def test_the_average_is_rounded_half_up_in_hundredths():
    assert deciding.average_hundredths([70, 69]) == 6950
    assert deciding.average_hundredths([70, 70, 69]) == 6967  # 69.666... -> 69.67
    assert deciding.average_hundredths([90, 90, 89]) == 8967
    assert deciding.average_hundredths([100, 100, 100]) == 10000


def test_the_star_rules_are_data_the_office_can_change(scene):
    rule = db.session.scalar(sa.select(StarRule).where(StarRule.stars == 4))
    assert (rule.lowest_total, rule.granting_level) == (70, GrantingLevel.PROVINCE)
    rule.lowest_total = 75
    db.session.flush()
    assert deciding.stars_for(7400) == (3, GrantingLevel.PROVINCE)
    assert deciding.stars_for(9000) == (5, GrantingLevel.CENTRAL)
    assert deciding.stars_for(4000) == (2, GrantingLevel.NONE)


@pytest.mark.parametrize(
    ("decided", "expires"),
    [(date(2026, 11, 30), date(2029, 11, 30)), (date(2024, 2, 29), date(2027, 2, 28)),
     (date(2026, 1, 31), date(2029, 1, 31))],
)  # fmt: skip
def test_four_stars_make_a_certificate_for_36_months(scene, decided, expires):
    _found, dossier, members, owner = scene
    for member in members:
        rf.send(dossier, member, 80)
    decision = deciding.record_decision(dossier, " 12/QĐ-UBND ", decided, members[0])
    cert = decision.certificate
    assert (cert.stars, cert.issued_on, cert.expires_on) == (4, decided, expires)
    assert (cert.decision_number, cert.decision_date) == ("12/QĐ-UBND", decided)
    assert cert.source == CertificateSource.COUNCIL_DECISION
    assert cert.granting_level == GrantingLevel.PROVINCE
    assert dossier.status == DossierStatus.DECIDED
    db.session.expire(dossier.product, ["certificates"])
    assert dossier.product.verified_stars(decided) == 4
    actions = set(db.session.scalars(sa.select(AuditEntry.action)))
    assert {"rating.decided", "certificate.granted"} <= actions
    (message,) = _queued()
    assert message["To"] == owner.email
    assert "certified with 4 OCOP stars" in message["Subject"]


def test_five_stars_are_proposed_and_certified_only_by_the_central_decision(scene):
    _found, dossier, members, _owner = scene
    for member in members:
        rf.send(dossier, member, 90)
    decision = deciding.record_decision(dossier, "20/QĐ-UBND", date(2026, 11, 30), members[0])
    assert (decision.stars, decision.granting_level) == (5, GrantingLevel.CENTRAL)
    assert decision.awaits_central and decision.certificate is None
    assert db.session.scalar(sa.select(sa.func.count(OcopCertificate.id))) == 0
    with pytest.raises(RatingError):
        deciding.record_central(decision, "99/QĐ-BNN", date(2026, 11, 1), members[0])  # before
    deciding.record_central(decision, "99/QĐ-BNN", date(2026, 12, 20), members[0])
    cert = decision.certificate
    assert (cert.stars, cert.decision_number, cert.issued_on) == (
        5,
        "99/QĐ-BNN",
        date(2026, 12, 20),
    )
    assert cert.granting_level == GrantingLevel.CENTRAL
    with pytest.raises(RatingError):  # once only
        deciding.record_central(decision, "100/QĐ-BNN", date(2026, 12, 21), members[0])


def test_one_and_two_stars_grant_no_certificate(scene):
    _found, dossier, members, _owner = scene
    for member in members:
        rf.send(dossier, member, 40)
    decision = deciding.record_decision(dossier, "21/QĐ-UBND", date(2026, 11, 30), members[0])
    assert (decision.stars, decision.certificate) == (2, None)


def test_a_dossier_is_decided_once(scene):
    _found, dossier, members, _owner = scene
    for member in members:
        rf.send(dossier, member, 80)
    deciding.record_decision(dossier, "22/QĐ-UBND", date(2026, 11, 30), members[0])
    with pytest.raises(RatingError, match="not waiting for a decision"):
        deciding.record_decision(dossier, "23/QĐ-UBND", date(2026, 11, 30), members[0])
    assert db.session.scalar(sa.select(sa.func.count(Decision.id))) == 1


def test_the_office_records_it_and_the_product_page_shows_the_verified_stars(app, client, database):
    with app.test_request_context("/"):
        card = rf.scorecard()
        members = [rf.council_member(), rf.council_member()]
        found = rf.round_(card, members)
        product = factories.product(verified=False, stars=None, certificate_no="")
        owner = factories.member(product.producer, factories.user(locale="en"))
        dossier = rf.dossier(found, product)
        rf.send(dossier, members[0], 80)
    login(client, factories.user(is_admin=True))
    url = f"/admin/rating/dossiers/{dossier.id}/decision?lang=en"
    page = client.get(url).get_data(as_text=True)
    assert "has not sent a score yet" in page and "Record the decision" not in page
    refused = post(client, url, {"number": "12/QĐ-UBND", "decided_on": "2026-11-30"},
                   token_from="/account")  # fmt: skip
    assert refused.status_code == 400
    with app.test_request_context("/"):
        rf.send(dossier, members[1], 70)
    page = client.get(url).get_data(as_text=True)
    assert "Average 75.00: 4 stars" in page
    outbox(app).clear()
    today = date.today().isoformat()
    response = post(client, url, {"number": "12/QĐ-UBND", "decided_on": today}, token_from=url)
    assert response.status_code == 302
    shown = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)
    assert "Verified by the OCOP council, decision No. 12/QĐ-UBND of" in shown
    assert "★★★★" in shown
    (message,) = outbox(app)
    assert message["To"] == owner.email and "certified with 4 OCOP stars" in message["Subject"]
    assert "12/QĐ-UBND" in message.get_content()


def test_the_round_page_shows_who_sent_but_no_values_before_all_have(app, client, database):
    with app.test_request_context("/"):
        card = rf.scorecard()
        lan, minh = rf.council_member(name="Lan"), rf.council_member(name="Minh")
        found = rf.round_(card, [lan, minh])
        dossier = rf.dossier(found)
        rf.send(dossier, lan, 55)
    login(client, factories.user(is_admin=True))
    page = client.get(f"/admin/rating/rounds/{found.id}?lang=en").get_data(as_text=True)
    assert "Scores sent: 1 of 2" in page and "waiting for: Minh" in page
    assert "55" not in re.sub(r"<[^>]+>", " ", page).split() and "Totals" not in page
    decision_page = client.get(f"/admin/rating/dossiers/{dossier.id}/decision?lang=en")
    assert "55" not in re.sub(r"<[^>]+>", " ", decision_page.get_data(as_text=True)).split()
    with app.test_request_context("/"):
        rf.send(dossier, minh, 75)
    page = client.get(f"/admin/rating/rounds/{found.id}?lang=en").get_data(as_text=True)
    assert "Totals: 55, 75" in page and "Record the decision" in page


def test_the_office_records_the_central_decision_on_its_page(app, client, database):
    with app.test_request_context("/"):
        card = rf.scorecard()
        members = [rf.council_member(), rf.council_member()]
        dossier = rf.dossier(rf.round_(card, members))
        for member in members:
            rf.send(dossier, member, 100)
        decision = deciding.record_decision(dossier, "5/QĐ-UBND", date(2026, 10, 1), members[0])
    login(client, factories.user(is_admin=True))
    url = f"/admin/rating/decisions/{decision.id}/central?lang=en"
    early = post(client, url, {"number": "9/QĐ-BNN", "decided_on": "2026-09-01"}, token_from=url)
    assert early.status_code == 400 and "comes after the province" in early.get_data(as_text=True)
    assert decision.certificate is None
    done = post(client, url, {"number": "9/QĐ-BNN", "decided_on": "2026-11-15"}, token_from=url)
    assert done.status_code == 302
    db.session.expire_all()
    cert = db.session.get(Decision, decision.id).certificate
    assert (cert.stars, cert.decision_number, cert.expires_on) == (
        5,
        "9/QĐ-BNN",
        date(2029, 11, 15),
    )
    again = client.get(url).get_data(as_text=True)
    assert "Recorded: decision No. 9/QĐ-BNN" in again
