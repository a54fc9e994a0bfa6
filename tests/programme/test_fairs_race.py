"""Booths under concurrency, with real threads on SQLite and PostgreSQL: two office tabs
accepting the last booth at once (one succeeds, the other gets a 409 that says why), many
acceptances at once never exceed the booths, and a withdrawal racing an acceptance leaves
the count right."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import sqlalchemy as sa

from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.programme import fairs
from storefront.programme.fair_models import ApplicationStatus, BoothApplication, Fair, FairKind
from storefront.timeutil import today_local
from tests import factories
from tests.conftest import LiveServer, build_app
from tests.gunicorn import Buyer
from tests.locks import RowLocks
from tests.web import input_value


def _festival(booths: int, applicants: int, accepted: int = 0):
    """A fair with `applicants` waiting applications, the first `accepted` of them accepted;
    (fair id, application ids), committed."""
    today = today_local()
    fair = Fair(
        name_vi="Hội chợ OCOP Cao Lãnh", kind=FairKind.OCOP_FAIR,
        starts_on=today + timedelta(days=20), ends_on=today + timedelta(days=22),
        applications_close_on=today + timedelta(days=10), address="Phường 1",
        ward_code=factories.LAI_VUNG, booths=booths,
    )  # fmt: skip
    db.session.add(fair)
    db.session.flush()
    ids = []
    for n in range(applicants):
        producer = factories.producer(name=f"HTX Đua {n}")
        factories.member(producer)
        product = factories.product(producer_=producer)
        ids.append(fairs.apply(fair, producer, [product.id], "").id)
    for application_id in ids[:accepted]:
        fairs.decide(db.session.get(BoothApplication, application_id), "accept")
    db.session.commit()
    return fair.id, ids


def _counts(app, fair_id: int) -> tuple[int, int]:
    with app.app_context():
        taken = db.session.scalar(sa.select(Fair.booths_taken).where(Fair.id == fair_id))
        accepted = db.session.scalar(
            sa.select(sa.func.count(BoothApplication.id)).where(
                BoothApplication.fair_id == fair_id,
                BoothApplication.status == ApplicationStatus.ACCEPTED,
            )
        )
        db.session.remove()
    return taken, accepted


def test_two_office_tabs_accepting_the_last_booth(make_database_url, tmp_path):
    url = make_database_url("last_booth")
    app = build_app(url, tmp_path)
    with app.test_request_context("/"):
        fair_id, (_first, a, b) = _festival(booths=2, applicants=3, accepted=1)
        admin = factories.user(is_admin=True, email="vanphong@example.vn")
        email = admin.email
        db.session.commit()
        db.session.remove()

    with LiveServer(app) as server:
        tab = Buyer(server.url)  # one office account, two tabs: the same cookies
        _status, page = tab.request("/account/login")
        status, _ = tab.request("/account/login", {
            "csrf_token": input_value(page, "csrf_token"), "email": email,
            "password": factories.PASSWORD,
        })  # fmt: skip
        assert status == 302
        _status, page = tab.request(f"/admin/fairs/{fair_id}")
        token = input_value(page, "csrf_token")
        barrier = threading.Barrier(2, timeout=60)

        def accept(application_id: int):
            barrier.wait()
            return tab.request(
                f"/admin/booths/{application_id}?lang=en",
                {"csrf_token": token, "note": "", "action": "accept"},
            )

        with RowLocks(url) as locks, ThreadPoolExecutor(2) as pool:
            locks.hold("fair", fair_id)  # PostgreSQL: both queue behind it, then go together
            futures = [pool.submit(accept, n) for n in (a, b)]
            locks.wait_for(2)
            locks.release()
            results = [f.result() for f in futures]
    statuses = sorted(status for status, _body in results)
    assert statuses == [302, 409], statuses
    refused = next(body for status, body in results if status == 409)
    assert "Every booth of this fair is taken" in refused
    assert _counts(app, fair_id) == (2, 2)


def test_many_acceptances_at_once_never_exceed_the_booths(make_database_url, tmp_path):
    url = make_database_url("booth_rush")
    app = build_app(url, tmp_path)
    with app.test_request_context("/"):
        fair_id, ids = _festival(booths=3, applicants=8)
        db.session.remove()
    barrier = threading.Barrier(len(ids), timeout=60)

    def accept(application_id: int) -> str:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            try:
                fairs.decide(db.session.get(BoothApplication, application_id), "accept")
            except fairs.BoothsFull:
                db.session.rollback()
                return "full"
            db.session.commit()
            return "accepted"

    with ThreadPoolExecutor(len(ids)) as pool:
        outcomes = list(pool.map(accept, ids))
    assert sorted(outcomes) == ["accepted"] * 3 + ["full"] * 5
    assert _counts(app, fair_id) == (3, 3)


def test_withdrawals_racing_acceptances_keep_the_count(make_database_url, tmp_path):
    url = make_database_url("booth_swap")
    app = build_app(url, tmp_path)
    with app.test_request_context("/"):
        fair_id, ids = _festival(booths=2, applicants=6, accepted=2)
        db.session.remove()
    leaving = ids[:2]
    barrier = threading.Barrier(len(ids), timeout=60)

    def act(application_id: int) -> str:
        with app.test_request_context("/"):
            barrier.wait()
            begin_write_transaction()
            application = db.session.get(BoothApplication, application_id)
            try:
                if application_id in leaving:
                    fairs.withdraw(application)
                else:
                    fairs.decide(application, "accept")
            except fairs.BoothsFull:
                db.session.rollback()
                return "full"
            db.session.commit()
            return "done"

    with RowLocks(url) as locks, ThreadPoolExecutor(len(ids)) as pool:
        locks.hold("fair", fair_id)
        futures = [pool.submit(act, n) for n in ids]
        locks.wait_for(len(ids))
        locks.release()
        outcomes = [f.result() for f in futures]
    assert outcomes[:2] == ["done", "done"]  # withdrawing never fails
    taken, accepted = _counts(app, fair_id)
    assert taken == accepted == outcomes[2:].count("done")
    assert 0 <= taken <= 2
