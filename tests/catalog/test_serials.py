"""Item serials: made in bulk within bounds, unique and unguessable; each scan counted; the
page's first, later and copied messages; a copied label reported to the producer and office."""

import re
import time

import pytest
import sqlalchemy as sa

from storefront.catalog import serials
from storefront.catalog.digital_link import gtin14, serial_path
from storefront.catalog.lot_models import LotSerial, SerialReport
from storefront.extensions import db
from storefront.mail import outbox
from tests import factories, lot_factories
from tests.catalog.serial_helpers import gtin_lot
from tests.web import post


def stored(lot) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(LotSerial.id)).where(LotSerial.lot_id == lot.id)
    )


@pytest.fixture
def mailbox(app):
    messages = outbox(app)
    messages.clear()
    yield messages
    messages.clear()


@pytest.fixture
def in_request(app, database):
    with app.test_request_context("/?lang=en"):
        yield


@pytest.mark.parametrize("count", [0, -1, 5_001, 100_000])
def test_counts_out_of_bounds_are_refused_and_nothing_stored(in_request, count):
    lot = gtin_lot()
    with pytest.raises(serials.SerialError, match="between 1 and 5,000") as refused:
        serials.make_serials(lot, count)
    assert refused.value.field == "count"
    assert stored(lot) == 0


def test_a_lot_without_gtin_gets_no_serials(in_request):
    lot = lot_factories.lot()
    assert lot.variant.gtin is None
    with pytest.raises(serials.SerialError, match="GTIN"):
        serials.make_serials(lot, 10)
    assert stored(lot) == 0


def test_five_thousand_serials_at_once_are_unique_random_and_quick(database, backend):
    lot = gtin_lot()
    started = time.perf_counter()
    assert serials.make_serials(lot, 5_000) == 5_000
    elapsed = time.perf_counter() - started
    codes = db.session.scalars(sa.select(LotSerial.serial).where(LotSerial.lot_id == lot.id)).all()
    assert len(codes) == len(set(codes)) == 5_000
    assert all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{12}", code) for code in codes)  # no I L O U
    # Random, not counted up: codes share no long common prefix.
    assert len({code[:4] for code in codes}) > 4_000
    # Well under a second on SQLite; PostgreSQL's round trips (and a busy shared machine) give
    # it more room.
    assert elapsed < (1.0 if backend == "sqlite" else 2.0), f"5,000 serials took {elapsed:.3f}s"
    print(f"\n5,000 serials stored in {elapsed * 1000:.0f} ms")
    # A second batch of the same lot never repeats a code of the first.
    serials.make_serials(lot, 100)
    assert len(set(db.session.scalars(sa.select(LotSerial.serial)).all())) == stored(lot)


def test_a_clash_with_a_stored_serial_is_drawn_again(database, monkeypatch):
    lot = gtin_lot()
    taken = lot_factories.serials(lot, 1)[0].serial
    draws = iter([taken, taken, "ZZZZZZZZZZZZ"])
    monkeypatch.setattr(serials, "new_serial", lambda: next(draws))
    assert serials.make_serials(lot, 1) == 1
    assert db.session.scalar(sa.select(LotSerial.lot_id).where(LotSerial.serial == "ZZZZZZZZZZZZ"))


def url(item) -> str:
    return serial_path(item.lot.variant, item.serial)


def test_first_later_and_copied_messages(client, database):
    item = lot_factories.serials(gtin_lot(), 1)[0]
    first = client.get(url(item) + "?lang=vi").get_data(as_text=True)
    assert "Kiểm tra lần đầu" in first and "sao chép" not in first
    assert item.lot.code in first and item.lot.product.name_vi in first
    second = client.get(url(item) + "?lang=en").get_data(as_text=True)
    assert "Checked 2 times since" in second and "may be copied" not in second
    third = client.get(url(item) + "?lang=en").get_data(as_text=True)
    assert "Checked 3 times since" in third and "First checked" not in third
    for _ in range(2):
        client.get(url(item))
    fifth = client.get(url(item) + "?lang=en").get_data(as_text=True)
    assert "may be copied" in fifth  # 6 scans: past SERIAL_COPY_WARNING (5)
    assert "checked 6 times" in fifth and 'name="message"' in fifth
    db.session.expire_all()
    assert db.session.get(LotSerial, item.id).scan_count == 6


def test_the_page_names_no_other_serial_and_links_the_lot(client, database):
    lot = gtin_lot()
    mine, other = lot_factories.serials(lot, 2)
    page = client.get(url(mine)).get_data(as_text=True)
    assert mine.serial in page and other.serial not in page
    assert f'href="/01/{gtin14(lot.variant.gtin)}/10/{lot.code}?17=' in page


@pytest.mark.parametrize("bad", ["unknown", "gtin", "other-gtin", "long"])
def test_unknown_codes_get_a_friendly_404_in_the_buyers_language(client, database, bad):
    item = lot_factories.serials(gtin_lot(), 1)[0]
    other = gtin_lot()
    gtin = gtin14(item.lot.variant.gtin)
    path = {
        "unknown": f"/01/{gtin}/21/NOPE12345678",
        "gtin": f"/01/{gtin[:-1]}0/21/{item.serial}".replace("00", "01", 1),
        "other-gtin": f"/01/{gtin14(other.variant.gtin)}/21/{item.serial}",
        "long": f"/01/{gtin}/21/{'A' * 21}",
    }[bad]
    response = client.get(path + "?lang=en")
    assert response.status_code == 404
    assert "We do not know this code" in response.get_data(as_text=True)
    assert "Chúng tôi không biết mã này" in client.get(path + "?lang=vi").get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(LotSerial, item.id).scan_count == 0


def test_a_copied_label_is_reported_to_the_producer_and_the_office(client, auth, database, mailbox):
    lot = gtin_lot()
    owner = factories.member(lot.product.producer)
    owner.locale = "en"
    admin = auth.new_user(is_admin=True, email="vanphong@example.vn")
    item = lot_factories.serials(lot, 1)[0]
    for _ in range(6):
        client.get(url(item))
    response = post(
        client, url(item) + "/report",
        {"message": "Mua ở chợ Cao Lãnh, giá rẻ bất thường", "contact": "0912345678"},
        token_from=url(item),
    )  # fmt: skip
    assert response.status_code == 200
    assert "your report was sent" in response.get_data(as_text=True) or "Cảm ơn" in (
        response.get_data(as_text=True)
    )
    report = db.session.scalar(sa.select(SerialReport).where(SerialReport.serial_id == item.id))
    assert report.message.startswith("Mua ở chợ") and report.contact == "0912345678"
    sent = {m["To"]: m for m in mailbox}
    assert set(sent) == {owner.email, admin.email}
    assert "copied" in sent[owner.email]["Subject"]  # in the owner's language
    assert "sao chép" in sent[admin.email]["Subject"]
    assert "giá rẻ bất thường" in sent[owner.email].get_content()
    db.session.expire_all()
    assert db.session.get(LotSerial, item.id).scan_count == 7  # the report adds no scan


def test_reports_are_refused_before_the_warning_and_without_a_message(client, database, mailbox):
    item = lot_factories.serials(gtin_lot(), 1)[0]
    early = post(client, url(item) + "/report", {"message": "x"}, token_from="/account/login")
    assert early.status_code == 404
    for _ in range(6):
        client.get(url(item))
    empty = post(client, url(item) + "/report?lang=en", {"message": "  "}, token_from=url(item))
    assert empty.status_code == 400
    assert "Tell us what you saw." in empty.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(SerialReport.id))) == 0
    assert mailbox == []
