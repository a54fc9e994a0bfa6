"""Fairs and booths: the office announces a fair, producers apply from the portal (refused
after the closing date, once the fair started, a second time, or unapproved, with a message
and nothing saved), the office accepts up to the booth count (a 409 past it) or declines,
producers hear by e-mail and may withdraw (freeing the booth), and the public page lists
the accepted producers only."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.extensions import db
from storefront.mail import outbox
from storefront.places import ward_name
from storefront.producers.models import ProducerStatus
from storefront.programme.fair_models import (
    ApplicationStatus,
    BoothApplication,
    Fair,
    FairKind,
)
from storefront.timeutil import today_local
from tests import factories
from tests.web import csrf_token, login


def fair(booths: int = 2, starts: int = 30, closes: int = 20, days: int = 3) -> Fair:
    today = today_local()
    found = Fair(
        name_vi="Lễ hội Xoài Cao Lãnh", name_en="Cao Lãnh Mango Festival",
        kind=FairKind.FESTIVAL, starts_on=today + timedelta(days=starts),
        ends_on=today + timedelta(days=starts + days - 1),
        applications_close_on=today + timedelta(days=closes),
        address="Quảng trường 30/4", ward_code=factories.LAI_VUNG, booths=booths,
    )  # fmt: skip
    db.session.add(found)
    db.session.flush()
    return found


def maker(name: str, status=ProducerStatus.APPROVED):
    """A producer with one product and its owner's account."""
    producer = factories.producer(name=name, status=status)
    product = factories.product(producer_=producer)
    return producer, product, factories.member(producer)


def _apply(client, fair_id: int, product_ids, note: str = "Cần ổ điện"):
    url = f"/portal/fairs/{fair_id}/apply?lang=en"
    data = {"csrf_token": csrf_token(client, url), "products": product_ids, "note": note}
    return client.post(url, data=data)


def _as(client, user):
    login(client, user)
    with client.session_transaction() as session:
        session["lang"] = "en"


def _decide(client, application_id: int, action: str, note: str = ""):
    data = {"csrf_token": csrf_token(client, "/admin/fairs/new"), "note": note, "action": action}
    return client.post(f"/admin/booths/{application_id}?lang=en", data=data)


def _applications() -> int:
    return db.session.scalar(sa.select(sa.func.count(BoothApplication.id)))


@pytest.fixture
def office(database):
    return factories.user(is_admin=True, email="vanphong@example.vn")


def test_the_office_announces_a_fair_and_refuses_dates_out_of_order(client, office):
    _as(client, office)
    today = today_local()
    form = {
        "csrf_token": csrf_token(client, "/admin/fairs/new"),
        "name_vi": "Hội chợ OCOP Đồng Tháp 2027", "name_en": "Dong Thap OCOP Fair 2027",
        "kind": "ocop_fair", "starts_on": str(today + timedelta(days=40)),
        "ends_on": str(today + timedelta(days=44)),
        "applications_close_on": str(today + timedelta(days=30)),
        "address": "Công viên Văn hóa Đồng Tháp", "ward": str(factories.LAI_VUNG),
        "booths": "40", "description_vi": "Gian hàng của các chủ thể OCOP.",
        "description_en": "",
    }  # fmt: skip
    bad = [
        ({"ends_on": str(today + timedelta(days=39))}, "cannot end before it starts"),
        ({"applications_close_on": str(today + timedelta(days=41))}, "close on or before"),
        ({"booths": "0"}, "Between 1 and 1000 booths"),
        ({"booths": "1e9"}, "whole number"),
        ({"ward": "99999999"}, "Choose a commune or ward"),
        ({"starts_on": str(today - timedelta(days=9)), "ends_on": str(today - timedelta(days=8)),
          "applications_close_on": str(today - timedelta(days=10))}, "already over"),
    ]  # fmt: skip
    for change, message in bad:
        response = client.post("/admin/fairs/new?lang=en", data=form | change)
        assert response.status_code == 400, change
        assert message in response.get_data(as_text=True), change
    assert db.session.scalar(sa.select(sa.func.count(Fair.id))) == 0
    response = client.post("/admin/fairs/new?lang=en", data=form)
    assert response.status_code == 302
    saved = db.session.scalar(sa.select(Fair))
    assert (saved.booths, saved.booths_taken, saved.kind) == (40, 0, FairKind.OCOP_FAIR)
    assert (
        db.session.scalar(sa.select(AuditEntry.action).where(AuditEntry.subject_type == "fair"))
        == "fair.announced"
    )
    page = client.get("/events?lang=en").get_data(as_text=True)
    assert "Dong Thap OCOP Fair 2027" in page and ward_name(factories.LAI_VUNG) in page


def test_applying_accepting_declining_and_the_public_list(client, office, app):
    festival = fair(booths=2)
    (a, a_product, a_owner), (b, _bp, b_owner), (c, _cp, c_owner) = (
        maker("HTX Xoài Tân Thuận"), maker("Cơ sở Bánh Phồng Sa Đéc"), maker("HTX Sen Tháp Mười")
    )  # fmt: skip
    _as(client, a_owner)
    assert _apply(client, festival.id, [a_product.id]).status_code == 302
    for owner, producer in ((b_owner, b), (c_owner, c)):
        _as(client, owner)
        product = factories.product(producer_=producer)
        assert _apply(client, festival.id, [product.id]).status_code == 302
    applications = {x.producer_id: x for x in db.session.scalars(sa.select(BoothApplication))}
    assert all(x.status == ApplicationStatus.WAITING for x in applications.values())

    _as(client, office)
    page = client.get(f"/admin/fairs/{festival.id}?lang=en").get_data(as_text=True)
    assert a_product.name_vi in page and "Cần ổ điện" in page
    assert _decide(client, applications[a.id].id, "accept", "Gian số 5").status_code == 302
    assert _decide(client, applications[b.id].id, "accept").status_code == 302
    full = _decide(client, applications[c.id].id, "accept")
    assert full.status_code == 409
    assert "Every booth of this fair is taken" in full.get_data(as_text=True)
    assert _decide(client, applications[c.id].id, "decline", "Hết gian").status_code == 302
    replay = _decide(client, applications[c.id].id, "decline")
    assert replay.status_code == 409 and "already moved on" in replay.get_data(as_text=True)
    db.session.expire_all()
    assert festival.booths_taken == 2
    assert applications[c.id].status == ApplicationStatus.DECLINED

    mails = {m["To"]: m for m in outbox(app)}
    assert (
        mails[a_owner.email]["Subject"]
        == "Gian hàng của bạn tại Lễ hội Xoài Cao Lãnh đã được xác nhận"
    )
    assert "Gian số 5" in mails[a_owner.email].get_content()
    assert "chưa thể xếp gian hàng cho HTX Sen Tháp Mười" in mails[c_owner.email].get_content()
    actions = db.session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.subject_type == "booth_application")
    ).all()
    assert sorted(actions) == sorted(
        ["booth.waiting"] * 3 + ["booth.accepted"] * 2 + ["booth.declined"]
    )

    public = client.get(f"/events/{festival.id}?lang=en").get_data(as_text=True)
    assert f'href="/producers/{a.slug}"' in public and f'href="/producers/{b.slug}"' in public
    assert c.name not in public
    assert "0 booths left of 2" in public


def test_withdrawing_frees_the_booth_for_another(client, office):
    festival = fair(booths=1)
    (a, a_product, a_owner), (_b, b_product, b_owner) = maker("HTX A"), maker("HTX B")
    _as(client, a_owner)
    _apply(client, festival.id, [a_product.id])
    _as(client, b_owner)
    _apply(client, festival.id, [b_product.id])
    first, second = db.session.scalars(sa.select(BoothApplication).order_by(BoothApplication.id))
    _as(client, office)
    _decide(client, first.id, "accept")
    assert _decide(client, second.id, "accept").status_code == 409
    public = client.get(f"/events/{festival.id}").get_data(as_text=True)
    assert a.name in public and "HTX B" not in public  # B still waits: not listed

    _as(client, b_owner)  # another producer cannot withdraw A's application
    token = csrf_token(client, "/portal/fairs")
    assert (
        client.post(f"/portal/booths/{first.id}/withdraw", data={"csrf_token": token}).status_code
        == 404
    )
    _as(client, a_owner)
    token = csrf_token(client, "/portal/fairs")
    assert (
        client.post(f"/portal/booths/{first.id}/withdraw", data={"csrf_token": token}).status_code
        == 302
    )
    db.session.expire_all()
    assert (first.status, festival.booths_taken) == (ApplicationStatus.WITHDRAWN, 0)
    assert a.name not in client.get(f"/events/{festival.id}").get_data(as_text=True)
    _as(client, office)
    assert _decide(client, second.id, "accept").status_code == 302
    db.session.expire_all()
    assert festival.booths_taken == 1

    _as(client, a_owner)  # applying again after withdrawing: waiting, no booth taken
    assert _apply(client, festival.id, [a_product.id]).status_code == 302
    db.session.expire_all()
    assert first.status == ApplicationStatus.WAITING and festival.booths_taken == 1


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("closed", "Applications for this fair are closed."),
        ("started", "This fair has already started."),
        ("over", "This fair has already started."),
        ("twice", "You have already applied for a booth at this fair."),
        ("pending", "Only producers approved by the OCOP office can apply"),
        ("suspended", "Only producers approved by the OCOP office can apply"),
        ("no products", "Choose at least one product"),
        ("another's product", "is not a valid choice"),
    ],
)
def test_refused_applications_say_why_and_save_nothing(client, database, case, message):
    dates = {"closed": (10, -1), "started": (-1, -5), "over": (-30, -40)}.get(case, (30, 20))
    festival = fair(starts=dates[0], closes=dates[1])
    status = {"pending": ProducerStatus.PENDING, "suspended": ProducerStatus.SUSPENDED}
    _producer, product, owner = maker("HTX Thử", status.get(case, ProducerStatus.APPROVED))
    _as(client, owner)
    if case == "twice":
        assert _apply(client, festival.id, [product.id]).status_code == 302
    before = _applications()
    chosen = {"no products": [], "another's product": [factories.product().id]}
    response = _apply(client, festival.id, chosen.get(case, [product.id]))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _applications() == before


def test_withdrawing_once_the_fair_started_is_refused(client, database):
    festival = fair(starts=5, closes=3)
    _producer, product, owner = maker("HTX Muộn")
    _as(client, owner)
    _apply(client, festival.id, [product.id])
    festival.starts_on = today_local()
    db.session.flush()
    application = db.session.scalar(sa.select(BoothApplication))
    token = csrf_token(client, "/portal/fairs")
    response = client.post(
        f"/portal/booths/{application.id}/withdraw?lang=en", data={"csrf_token": token},
        follow_redirects=True,
    )  # fmt: skip
    assert "The fair has started" in response.get_data(as_text=True)
    db.session.expire_all()
    assert application.status == ApplicationStatus.WAITING


def test_only_the_office_decides(client, database):
    festival = fair()
    _producer, product, owner = maker("HTX Tự Duyệt")
    _as(client, owner)
    _apply(client, festival.id, [product.id])
    application = db.session.scalar(sa.select(BoothApplication))
    token = csrf_token(client, "/portal/fairs")
    response = client.post(
        f"/admin/booths/{application.id}", data={"csrf_token": token, "action": "accept"}
    )
    assert response.status_code == 403
    assert client.get(f"/admin/fairs/{festival.id}").status_code == 403
    db.session.expire_all()
    assert application.status == ApplicationStatus.WAITING


def test_the_office_cannot_give_fewer_booths_than_it_accepted(client, office):
    festival = fair(booths=3)
    for name in ("HTX Một", "HTX Hai"):
        _producer, product, owner = maker(name)
        _as(client, owner)
        _apply(client, festival.id, [product.id])
    _as(client, office)
    for application in db.session.scalars(sa.select(BoothApplication)).all():
        _decide(client, application.id, "accept")
    url = f"/admin/fairs/{festival.id}/edit?lang=en"
    form = {
        "csrf_token": csrf_token(client, url), "name_vi": festival.name_vi, "name_en": "",
        "kind": "festival", "starts_on": str(festival.starts_on), "ends_on": str(festival.ends_on),
        "applications_close_on": str(festival.applications_close_on),
        "address": festival.address, "ward": str(festival.ward_code), "booths": "1",
        "description_vi": "", "description_en": "",
    }  # fmt: skip
    response = client.post(url, data=form)
    assert response.status_code == 400
    assert "2 booths are already given" in response.get_data(as_text=True)
    assert client.post(url, data=form | {"booths": "2"}).status_code == 302
    db.session.expire_all()
    assert (festival.booths, festival.booths_taken) == (2, 2)
