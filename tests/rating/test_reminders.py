"""`flask certificates-remind`: every producer whose certificate ends within 90 days is told
once per certificate (a second run tells nobody) and invited to the next open round; the
office lists those certificates by commune."""

from datetime import timedelta

import pytest

from storefront.catalog.certificates import expiring
from storefront.extensions import db
from storefront.mail import outbox
from storefront.rating.reminders import remind_expiring
from storefront.timeutil import today_local
from tests import factories
from tests.rating import rating_factories as rf
from tests.web import login

TODAY = today_local()


def _ending_in(days: int, **fields):
    """A product whose verified certificate ends `days` from today."""
    product = factories.product(certified_on=TODAY - timedelta(days=200), **fields)
    product.certificates[0].expires_on = TODAY + timedelta(days=days)
    db.session.flush()
    return product


def _queued() -> list:
    return db.session.info.get("outbox", [])


def test_each_certificate_is_reminded_once_with_an_invitation(request_context):
    card = rf.scorecard()
    rf.round_(
        card, [rf.council_member()], name="Đợt 1 năm 2027", deadline=TODAY + timedelta(days=20)
    )
    soon = _ending_in(30, name_vi="Nem Lai Vung")
    owner = factories.member(soon.producer, factories.user(locale="en", name="Lan"))
    _ending_in(120)  # not yet
    _ending_in(-1)  # already expired: the storefront stopped showing it; nothing to remind

    assert remind_expiring(TODAY) == 1
    (message,) = _queued()
    assert message["To"] == owner.email and "Nem Lai Vung" in message["Subject"]
    body = message.get_content()
    assert "ends in 30 days" in body and "Đợt 1 năm 2027" in body
    assert soon.certificates[0].reminded_at is not None

    assert remind_expiring(TODAY) == 0  # the next day's run: nobody twice
    assert len(_queued()) == 1


def test_the_command_runs_the_reminder(app, database):
    _ending_in(10)
    result = app.test_cli_runner().invoke(args=["certificates-remind"])
    assert result.exit_code == 0, result.output
    assert "1 certificate reminders sent." in result.output
    again = app.test_cli_runner().invoke(args=["certificates-remind"])
    assert "0 certificate reminders sent." in again.output
    outbox(app).clear()


def test_expiring_lists_by_commune(request_context):
    a = _ending_in(15, ward_code=factories.LAI_VUNG)
    b = _ending_in(45, producer_=factories.producer(ward_code=factories.THAP_MUOI))
    everywhere = [row.product.id for row in expiring(90, TODAY)]
    assert a.id in everywhere and b.id in everywhere
    here = [row.product.id for row in expiring(90, TODAY, commune=factories.THAP_MUOI)]
    assert here == [b.id]
    assert [row.days_left for row in expiring(90, TODAY, commune=factories.THAP_MUOI)] == [45]


@pytest.mark.parametrize(
    "query", ["", f"?commune={factories.THAP_MUOI}", "?commune=x", "?commune=999999"]
)
def test_the_office_page_lists_them(client, database, query):
    _ending_in(15, name_vi="Xoài cát sắp hết hạn")
    login(client, factories.user(is_admin=True))
    response = client.get("/admin/rating/expiring" + query)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert ("Xoài cát sắp hết hạn" in page) is (query != f"?commune={factories.THAP_MUOI}")
