"""Migrations keep existing data: upgrading a database that has products loses no row."""

from datetime import UTC, datetime

import flask_migrate
import sqlalchemy as sa

from storefront import create_app
from storefront.config import TestConfig
from storefront.extensions import db

FIRST_REVISION = "b6372e9cb97c"


def test_upgrading_a_filled_database_keeps_every_row(make_database_url, tmp_path):
    app = create_app(
        TestConfig(tmp_path),
        SQLALCHEMY_DATABASE_URI=make_database_url("migrations"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    with app.app_context():
        flask_migrate.upgrade(revision=FIRST_REVISION)
        now = datetime(2026, 1, 1, tzinfo=UTC)
        rows = {
            "category": {"id": 1, "slug": "food", "name_vi": "Thực phẩm", "name_en": "Food",
                         "position": 0},
            "media_asset": {"id": 1, "key": "k1", "width": 640, "height": 640,
                            "widths_csv": "320,640", "created_at": now},
            "producer": {"id": 1, "slug": "p", "name": "HTX", "kind": "cooperative",
                         "ward_code": 30226, "status": "approved", "created_at": now,
                         **dict.fromkeys(("address", "phone", "email", "website", "tagline_vi",
                                          "tagline_en", "story_vi", "story_en"), "")},
            "product": {"id": 1, "producer_id": 1, "category_id": 1, "slug": "nem",
                        "name_vi": "Nem", "ward_code": 30226, "certifications": "[]",
                        "featured": False, "status": "published", "search_text": "nem",
                        "created_at": now,
                        **dict.fromkeys(("name_en", "short_vi", "short_en", "description_vi",
                                         "description_en", "certificate_no", "ingredients_vi",
                                         "ingredients_en", "shelf_life_vi", "shelf_life_en",
                                         "storage_vi", "storage_en", "growing_area_code"), "")},
            "variant": {"id": 1, "product_id": 1, "label_vi": "Gói", "label_en": "", "sku": "N-1",
                        "price": 50000, "stock": 5, "weight_g": 300, "position": 0},
            "product_image": {"id": 1, "product_id": 1, "asset_id": 1, "position": 0,
                              "alt_vi": "", "alt_en": ""},
        }  # fmt: skip
        for table, row in rows.items():
            columns = ", ".join(row)
            values = ", ".join(f":{name}" for name in row)
            db.session.execute(sa.text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)
        db.session.commit()

        flask_migrate.upgrade()

        for table in ("producer", "product", "variant", "product_image", "media_asset"):
            assert db.session.scalar(sa.text(f"SELECT count(*) FROM {table}")) == 1, table
        db.session.remove()
