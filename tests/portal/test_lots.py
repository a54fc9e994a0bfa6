"""A producer records and keeps lots from the portal: the whole flow through the app, forms
that refuse bad input next to the field and keep nothing, and another producer's lots,
variants and documents that answer 404."""

import io
from datetime import timedelta

import pytest
import sqlalchemy as sa

from storefront.catalog.lot_models import Lot, LotEvent, LotInput
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.timeutil import today_local
from tests import factories, lot_factories
from tests.media import corpus
from tests.portal.test_products import product_data
from tests.web import login, post

TODAY = today_local()  # the dates the producer types are Vietnam's


@pytest.fixture
def owner(client, database):
    maker = factories.producer(name="HTX Sen Hồng Tháp Mười")
    login(client, factories.member(maker))
    with client.session_transaction() as session:
        session["lang"] = "en"
    return maker


@pytest.fixture
def variant(owner):
    return factories.product(producer_=owner, prices=(150_000,), stock=0).variants[0]


def lot_data(variant: Variant, **changes) -> dict:
    data = {
        "variant_id": str(variant.id),
        "code": "",
        "quantity": "60",
        "produced_on": str(TODAY - timedelta(days=4)),
        "packed_on": str(TODAY - timedelta(days=2)),
        "best_before": str(TODAY + timedelta(days=365)),
        "growing_area_name": "Ao sen số 3",
        "growing_area_code": "VN-DT-TM-0003",
        "facility_name": "Xưởng HTX Sen Hồng",
        "facility_ward_code": str(factories.THAP_MUOI),
        "inputs-0-description": "Hoa sen hồng, ao số 3",
        "inputs-0-source_code": "VN-DT-TM-0003",
        "inputs-0-quantity": "120 kg",
    }
    data.update(changes)
    return data


def event_data(**changes) -> dict:
    data = {
        "kind": "harvested",
        "day": str(TODAY - timedelta(days=3)),
        "time": "06:30",
        "actor_name": "Nguyễn Thị Hoa",
        "actor_role": "farmer",
        "actor_ward_code": str(factories.THAP_MUOI),
        "place": "Ao sen số 3",
        "note": "",
    }
    data.update(changes)
    return data


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def stocks(variant: Variant) -> tuple[int, int]:
    db.session.expire_all()
    own = db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant.id))
    summed = db.session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(Lot.stock), 0)).where(Lot.variant_id == variant.id)
    )
    return own, summed


def _upload(client, url, data, token_from=None):
    return post(client, url, data, token_from=token_from or url, content_type="multipart/form-data")


def test_a_producer_records_a_lot_adds_events_corrects_one_and_counts_stock(client, variant):
    response = post(
        client, "/portal/lots/new", lot_data(variant, code="TM-2612-A"), "/portal/lots/new"
    )
    assert response.status_code == 302
    lot = db.session.scalar(sa.select(Lot).where(Lot.code == "TM-2612-A"))
    assert response.headers["Location"].endswith(f"/portal/lots/{lot.id}")
    assert stocks(variant) == (60, 60) and db.session.get(Variant, variant.id).lot_tracked
    assert [i.description for i in lot.inputs] == ["Hoa sen hồng, ao số 3"]

    page = f"/portal/lots/{lot.id}"
    events = f"{page}/events/new"
    assert post(client, events, event_data(), page).status_code == 302
    report = (io.BytesIO(corpus.pdf()), "ket-qua-thu-nghiem.pdf")
    inspected = event_data(kind="inspected", day=str(TODAY - timedelta(days=1)),
                           actor_role="inspector", actor_name="Trung tâm Kiểm nghiệm Đồng Tháp",
                           report_file=report, report_number="KN-0412")  # fmt: skip
    assert _upload(client, events, inspected, page).status_code == 302
    first = db.session.scalar(sa.select(LotEvent).where(LotEvent.kind == "harvested"))
    correction = client.get(f"{events}?corrects_id={first.id}").get_data(as_text=True)
    assert "Ao sen số 3" in correction and "never changed" in correction
    fixed = event_data(place="Ao sen số 4", corrects_id=str(first.id))
    assert post(client, events, fixed, page).status_code == 302

    shown = client.get(page).get_data(as_text=True)
    assert shown.count('class="is-corrected"') == 1 and "Ao sen số 4" in shown
    assert "KN-0412" in shown and "Corrected by a later event" in shown
    assert _count(LotEvent) == 3

    assert post(client, f"{page}/stock", {"stock": "55", "seen": "60"}, page).status_code == 302
    assert stocks(variant) == (55, 55)
    listing = client.get("/portal/lots").get_data(as_text=True)
    assert "TM-2612-A" in listing and "<strong>55</strong>" in listing


def test_a_generated_code_and_a_second_lot_add_up(client, variant):
    for quantity in ("10", "15"):
        response = post(
            client, "/portal/lots/new", lot_data(variant, quantity=quantity), "/portal/lots/new"
        )
        assert response.status_code == 302
    assert stocks(variant) == (25, 25)
    codes = db.session.scalars(sa.select(Lot.code)).all()
    assert all(code.startswith("L") and len(code) == 10 for code in codes)


def test_hand_counted_stock_is_replaced_only_when_ticked(client, owner):
    variant = factories.product(producer_=owner, prices=(80_000,), stock=9).variants[0]
    form = client.get("/portal/lots/new").get_data(as_text=True)
    assert "9 units" in form and "counted from its lots" in form
    refused = post(client, "/portal/lots/new", lot_data(variant), "/portal/lots/new")
    assert refused.status_code == 400
    assert "9 units counted by hand" in refused.get_data(as_text=True)
    assert _count(Lot) == 0 and stocks(variant) == (9, 0)
    ticked = lot_data(variant, replace_untracked="y")
    assert post(client, "/portal/lots/new", ticked, "/portal/lots/new").status_code == 302
    assert stocks(variant) == (60, 60)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"best_before": str(TODAY - timedelta(days=3))}, "best-before date cannot come before"),
        ({"packed_on": str(TODAY - timedelta(days=9))}, "packing date cannot come before"),
        ({"produced_on": str(TODAY + timedelta(days=1)), "packed_on": ""}, "future"),
        ({"code": "LÔ SEN 01"}, "unaccented"),
        ({"code": "L" * 21}, "at most 20"),
        ({"code": "TAKEN"}, "already has a lot"),
        ({"quantity": "0"}, "1 to 1"),
        ({"quantity": "abc"}, "whole number"),
        ({"variant_id": ""}, "required"),
    ],
)
def test_a_bad_lot_is_refused_next_to_its_field_and_nothing_is_kept(
    client, variant, changes, message
):
    lot_factories.lot(variant, code="TAKEN", quantity=5)
    before = stocks(variant)
    response = post(client, "/portal/lots/new", lot_data(variant, **changes), "/portal/lots/new")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page
    assert 'role="alert"' in page
    assert _count(Lot) == 1 and _count(LotInput) == 0 and stocks(variant) == before


def test_another_producers_lot_variant_document_and_orchard_answer_404(client, variant):
    stranger = factories.product(stock=0)
    theirs = lot_factories.lot(stranger.variants[0])
    event = lot_factories.event(theirs)
    their_document = lot_factories.document(stranger.producer)
    for url in (f"/portal/lots/{theirs.id}", f"/portal/lots/{theirs.id}/edit",
                f"/portal/lots/{theirs.id}/events/new"):  # fmt: skip
        assert client.get(url).status_code == 404
    mine = lot_factories.lot(variant)
    assert (
        client.get(f"/portal/lots/{mine.id}/events/new?corrects_id={event.id}").status_code == 404
    )
    token_page = "/portal/lots/new"
    posts = [
        (f"/portal/lots/{theirs.id}/stock", {"stock": "1", "seen": "20"}),
        (f"/portal/lots/{theirs.id}/events/new", event_data()),
        (f"/portal/lots/{theirs.id}/edit", lot_data(variant)),
        ("/portal/lots/new", lot_data(stranger.variants[0])),
        ("/portal/lots/new", lot_data(variant, document_ids=str(their_document.id))),
        ("/portal/lots/new", lot_data(variant, **{"inputs-1-input_lot_id": str(theirs.id)})),
        (f"/portal/lots/{mine.id}/events/new", event_data(document_id=str(their_document.id))),
        (f"/portal/lots/{mine.id}/events/new", event_data(corrects_id=str(event.id))),
    ]
    for url, data in posts:
        assert post(client, url, data, token_page).status_code == 404, url
    assert _count(Lot) == 2 and _count(LotEvent) == 1
    assert stocks(stranger.variants[0]) == (20, 20)
    assert theirs.code not in client.get("/portal/lots").get_data(as_text=True)


def test_events_have_no_route_to_change_or_delete_them(client, app, variant):
    lot = lot_factories.lot(variant)
    event = lot_factories.event(lot)
    rules = [
        r
        for r in app.url_map.iter_rules()
        if "event" in r.rule and r.endpoint.startswith("portal.")
    ]
    assert {r.endpoint for r in rules} == {"portal.new_lot_event"}
    for method in ("post", "put", "delete", "patch"):
        url = f"/portal/lots/{lot.id}/events/{event.id}"
        assert getattr(client, method)(url).status_code in (404, 405)


def test_the_code_and_quantity_are_fixed_once_a_lot_has_events(client, variant):
    lot = lot_factories.lot(variant, code="FIX-1", quantity=20)
    lot_factories.event(lot)
    edit = f"/portal/lots/{lot.id}/edit"
    assert "readonly" in client.get(edit).get_data(as_text=True)
    response = post(client, edit, lot_data(variant, code="FIX-2", quantity="20"), edit)
    assert response.status_code == 400 and "fixed once the lot has events" in response.get_data(
        as_text=True
    )
    response = post(
        client,
        edit,
        lot_data(variant, code="FIX-1", quantity="20", facility_name="Xưởng mới"),
        edit,
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert (lot.code, lot.facility_name) == ("FIX-1", "Xưởng mới")


def test_an_untouched_lots_quantity_moves_its_stock_and_the_variants(client, variant):
    lot = lot_factories.lot(variant, code="Q-1", quantity=20)
    edit = f"/portal/lots/{lot.id}/edit"
    assert post(client, edit, lot_data(variant, code="Q-1", quantity="32"), edit).status_code == 302
    assert stocks(variant) == (32, 32)


def test_a_bad_event_is_refused_next_to_its_field(client, variant):
    lot = lot_factories.lot(variant)
    url = f"/portal/lots/{lot.id}/events/new"
    future = event_data(day=str(TODAY + timedelta(days=1)))
    response = post(client, url, future, url)
    assert response.status_code == 400 and "cannot be in the future" in response.get_data(
        as_text=True
    )
    bad_report = event_data(report_file=(io.BytesIO(b"MZ\x90\x00 not a report"), "virus.exe"))
    response = _upload(client, url, bad_report)
    assert response.status_code == 400
    assert _count(LotEvent) == 0


def test_a_stock_count_from_a_stale_page_is_refused(client, variant):
    lot = lot_factories.lot(variant, quantity=20)
    page = f"/portal/lots/{lot.id}"
    response = post(client, f"{page}/stock", {"stock": "12", "seen": "19"}, page)
    assert response.status_code == 409 and "changed meanwhile" in response.get_data(as_text=True)
    response = post(client, f"{page}/stock", {"stock": "21", "seen": "20"}, page)
    assert response.status_code == 400
    assert stocks(variant) == (20, 20)


def test_the_stock_page_shows_lot_kept_stock_read_only_and_refuses_setting_it(client, variant):
    lot_factories.lot(variant, quantity=20)
    page = client.get("/portal/stock").get_data(as_text=True)
    assert "counted from lots" in page and f'name="stock-{variant.id}"' not in page
    response = post(client, "/portal/stock", {f"stock-{variant.id}": "500"}, "/portal/stock")
    assert response.status_code == 400
    assert "counted from its lots" in response.get_data(as_text=True)
    assert stocks(variant) == (20, 20)


def test_the_product_form_keeps_a_lot_kept_stock(client, owner):
    factories.categories()
    response = post(client, "/portal/products/new", product_data(), "/portal/products/new")
    assert response.status_code == 302
    variant = db.session.scalar(sa.select(Variant).where(Variant.sku == "TSH-100"))
    lot_factories.lot(variant, quantity=7)
    edit = f"/portal/products/{variant.product_id}/edit"
    assert "counted from lots" in client.get(edit).get_data(as_text=True)
    data = product_data(**{"variants-0-id": str(variant.id), "variants-0-stock": "999"})
    assert post(client, edit, data, edit).status_code == 302
    assert stocks(variant) == (7, 7)
    data["variants-0-remove"] = "y"
    data["variants-1-label_vi"], data["variants-1-sku"] = "Hộp 200 g", "TSH-200"
    data.update(
        {"variants-1-price": "200000", "variants-1-stock": "3", "variants-1-weight_g": "300"}
    )
    assert post(client, edit, data, edit).status_code == 400
    assert db.session.get(Variant, variant.id) is not None


@pytest.mark.parametrize(
    ("lang", "words"), [("vi", ("Lô hàng", "Ghi lô")), ("en", ("Lots", "Record a lot"))]
)
def test_the_lot_pages_render_in_both_languages(client, variant, lang, words):
    lot = lot_factories.lot(variant, code="VI-1")
    lot_factories.event(lot)
    with client.session_transaction() as session:
        session["lang"] = lang
    for url in ("/portal/lots", "/portal/lots/new", f"/portal/lots/{lot.id}", "/portal/documents"):
        response = client.get(url)
        assert response.status_code == 200, url
    page = client.get(f"/portal/lots/{lot.id}").get_data(as_text=True)
    assert f'lang="{lang}"' in page
    listing = client.get("/portal/lots").get_data(as_text=True)
    for word in words:
        assert word in listing
