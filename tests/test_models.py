"""Model rules that hold whatever writes the data, and migrations that match the models."""

from datetime import date

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storefront.catalog.editing import certificate_expiry
from storefront.extensions import db
from storefront.places import is_valid_ward, ward_label, wards_of
from tests import factories


def test_migrations_build_exactly_the_models(database):
    context = MigrationContext.configure(db.session.connection())
    assert compare_metadata(context, db.metadata) == []


def test_ward_codes_must_exist_in_vietnam_provinces(database):
    with pytest.raises(ValueError, match="unknown ward"):
        factories.producer(ward_code=99999)


@pytest.mark.parametrize(
    ("price", "stock"), [(-1, 5), (100_000_001, 5), (10_000, -1)], ids=["negative", "huge", "stock"]
)
def test_database_refuses_impossible_prices_and_stock(database, price, stock):
    with pytest.raises(sa.exc.IntegrityError):
        factories.product(prices=(price,), stock=stock)
    db.session.rollback()


def test_dong_thap_has_its_102_communes_and_wards():
    wards = wards_of()
    assert len(wards) == 102
    assert is_valid_ward(30226, 82) and not is_valid_ward(30226, 79)
    assert ward_label(30226) == "Xã Lai Vung, Đồng Tháp"
    names = [w.name.split(" ", 1)[1] for w in wards]
    assert names.index("An Bình") < names.index("Ba Sao") < names.index("Đạo Thạnh")


@pytest.mark.parametrize(
    ("issued", "expires"),
    [("2024-03-15", "2027-03-15"), ("2024-02-29", "2027-02-28"), ("2025-02-28", "2028-02-28")],
)
def test_ocop_certificate_runs_36_months(issued, expires):
    assert certificate_expiry(date.fromisoformat(issued)) == date.fromisoformat(expires)


def test_ward_list_endpoint_feeds_the_address_selects(client, database):
    wards = client.get("/places/provinces/82/wards").get_json()
    assert len(wards) == 102 and [30226, "Xã Lai Vung"] in wards
    assert client.get("/places/provinces/99/wards").status_code == 404
