"""The portal's item codes: a producer makes serials for its own lot within bounds and
downloads them as one URL per line; another producer's lot is 404 at every step."""

import pytest
import sqlalchemy as sa

from storefront.catalog.digital_link import gtin14
from storefront.catalog.lot_models import LotSerial
from storefront.extensions import db
from tests import factories, lot_factories
from tests.catalog.serial_helpers import gtin_lot
from tests.web import login, post


@pytest.fixture
def own(client, database):
    """A lot (with a GTIN) of the logged-in producer, who reads the portal in English."""
    lot = gtin_lot()
    login(client, factories.member(lot.product.producer))
    with client.session_transaction() as session:
        session["lang"] = "en"
    return lot


def stored(lot) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(LotSerial.id)).where(LotSerial.lot_id == lot.id)
    )


def test_a_producer_makes_serials_and_downloads_them(client, own):
    page = f"/portal/lots/{own.id}/serials"
    response = post(client, page, {"count": "25"}, token_from=page, follow_redirects=True)
    assert response.status_code == 200
    assert "25 codes made" in response.get_data(as_text=True)
    assert stored(own) == 25
    csv = client.get(f"{page}.csv")
    assert csv.status_code == 200 and csv.mimetype == "text/csv"
    assert "attachment" in csv.headers["Content-Disposition"]
    lines = csv.get_data(as_text=True).splitlines()
    prefix = f"https://cho.example.vn/01/{gtin14(own.variant.gtin)}/21/"
    codes = set(db.session.scalars(sa.select(LotSerial.serial).where(LotSerial.lot_id == own.id)))
    assert len(lines) == 25 and all(line.startswith(prefix) for line in lines)
    assert {line.removeprefix(prefix) for line in lines} == codes


@pytest.mark.parametrize("count", ["0", "-3", "100000", "", "mười"])
def test_bad_counts_are_refused_next_to_the_field(client, own, count):
    page = f"/portal/lots/{own.id}/serials"
    response = post(client, page, {"count": count}, token_from=page)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'class="error"' in html and 'id="count-error"' in html
    assert stored(own) == 0


def test_a_variant_without_gtin_is_told_to_add_one(client, database):
    lot = lot_factories.lot()
    login(client, factories.member(lot.product.producer))
    page = f"/portal/lots/{lot.id}/serials?lang=en"
    response = post(client, page, {"count": "5"}, token_from=page)
    assert response.status_code == 400 and "GTIN" in response.get_data(as_text=True)
    assert stored(lot) == 0


def test_another_producers_lot_is_404(client, own):
    theirs = gtin_lot()
    lot_factories.serials(theirs, 3)
    page = f"/portal/lots/{theirs.id}/serials"
    assert client.get(page).status_code == 404
    assert client.get(f"{page}.csv").status_code == 404
    mine = f"/portal/lots/{own.id}/serials"
    assert post(client, page, {"count": "5"}, token_from=mine).status_code == 404
    assert stored(theirs) == 3
