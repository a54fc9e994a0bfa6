"""The lot write service: GS1 lot codes, dates in order, a variant's stock that stays the sum
of its lots' stock through every change, and events that can only be appended."""

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from storefront.catalog import lot_events, lot_services, lots
from storefront.catalog.errors import LotCodeError, LotError, LotNotYours, LotStockChanged
from storefront.catalog.lot_models import EventsAreAppendOnly, Lot, LotEvent
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.timeutil import today_local
from tests import factories, lot_factories

TODAY = today_local()  # the dates the producer types are Vietnam's


def values(**changes) -> dict:
    data = {
        "code": "",
        "quantity": 40,
        "produced_on": TODAY - timedelta(days=3),
        "packed_on": TODAY - timedelta(days=2),
        "best_before": TODAY + timedelta(days=180),
        "growing_area_name": "Ao sen số 3, Tháp Mười",
        "growing_area_code": "VN-DT-TM-0003",
        "facility_name": "Xưởng HTX Sen Hồng",
        "facility_ward_code": factories.THAP_MUOI,
    }
    data.update(changes)
    return data


def stock_of(variant: Variant) -> tuple[int, int]:
    """(the variant's stock, the sum of its lots' stock), both read from the database."""
    db.session.expire_all()
    own = db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant.id))
    summed = db.session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(Lot.stock), 0)).where(Lot.variant_id == variant.id)
    )
    return own, summed


@pytest.fixture(autouse=True)
def english(app, database):
    """Messages read in English, as in a request."""
    with app.test_request_context("/?lang=en"):
        yield


@pytest.fixture
def variant(database):
    return factories.product(prices=(120_000,), stock=0).variants[0]


def test_a_first_lot_makes_the_variant_lot_kept_and_lots_add_up(variant):
    producer = variant.product.producer
    first = lots.record_lot(producer, variant, values(code="TM-2612-01"))
    assert variant.lot_tracked and stock_of(variant) == (40, 40)
    lots.record_lot(producer, variant, values(quantity=25))
    assert stock_of(variant) == (65, 65)
    lots.adjust_stock(first, 31, 40)
    assert stock_of(variant) == (56, 56)
    lots.update_lot(producer, first, values(code="TM-2612-01", quantity=50))
    assert (first.quantity, first.stock) == (50, 41)
    assert stock_of(variant) == (66, 66)


def test_hand_counted_units_are_replaced_only_when_the_producer_confirms(database):
    variant = factories.product(prices=(90_000,), stock=7).variants[0]
    producer = variant.product.producer
    with pytest.raises(LotError) as refused:
        lots.record_lot(producer, variant, values())
    assert refused.value.field == "replace_untracked" and "7" in str(refused.value)
    assert db.session.scalar(sa.select(sa.func.count(Lot.id))) == 0
    lots.record_lot(producer, variant, values(), replace_untracked=True)
    assert stock_of(variant) == (40, 40)


def test_a_generated_code_is_L_the_day_and_three_characters(variant):
    made = lots.record_lot(variant.product.producer, variant, values())
    assert made.code.startswith("L" + today_local().strftime("%y%m%d"))
    assert len(made.code) == 10 and made.code.isalnum() and made.code.isupper()


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("LÔ-01", "accents"),  # a Vietnamese letter is not in GS1's set 82
        ("LOT 01", "accents"),  # no spaces
        ("L#01", "accents"),
        ("L" * 21, "20"),
        ("TAKEN", "already"),
    ],
)
def test_bad_lot_codes_are_refused(variant, code, reason):
    lots.record_lot(variant.product.producer, variant, values(code="TAKEN"))
    with pytest.raises(LotCodeError, match=reason) as refused:
        lots.record_lot(variant.product.producer, variant, values(code=code))
    assert refused.value.field == "code"
    assert stock_of(variant) == (40, 40)


def test_the_same_code_may_name_lots_of_two_products(variant):
    other = factories.product(producer_=variant.product.producer).variants[0]
    lots.record_lot(variant.product.producer, variant, values(code="A-1"))
    lots.record_lot(other.product.producer, other, values(code="A-1"), replace_untracked=True)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"best_before": TODAY - timedelta(days=3)}, "best_before"),  # before packing
        ({"packed_on": TODAY - timedelta(days=5)}, "packed_on"),  # before production
        ({"produced_on": TODAY + timedelta(days=2), "packed_on": None}, "produced_on"),
        ({"produced_on": None}, "produced_on"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": 1_000_001}, "quantity"),
        ({"facility_ward_code": 99999999}, "facility_ward_code"),
    ],
)
def test_bad_lots_are_refused_at_their_field(variant, changes, field):
    with pytest.raises(LotError) as refused:
        lots.record_lot(variant.product.producer, variant, values(**changes))
    assert refused.value.field == field
    assert not db.session.get(Variant, variant.id).lot_tracked


def test_another_producers_variant_documents_and_input_lots_are_not_found(variant):
    stranger = factories.product(stock=0).variants[0]
    theirs = lot_factories.lot(stranger)
    their_document = lot_factories.document(stranger.product.producer)
    producer = variant.product.producer
    with pytest.raises(LotNotYours):
        lots.record_lot(producer, stranger, values())
    with pytest.raises(LotNotYours):
        lots.record_lot(producer, variant, values(document_ids=[their_document.id]))
    with pytest.raises(LotNotYours):
        lots.record_lot(producer, variant, values(inputs=[{"input_lot_id": theirs.id}]))


def test_inputs_are_another_lot_or_a_described_source(variant):
    producer = variant.product.producer
    flowers = lots.record_lot(producer, variant, values(code="SEN-01"))
    tea = lots.record_lot(
        producer,
        variant,
        values(
            inputs=[
                {"input_lot_id": flowers.id},
                {
                    "description": "Hoa sen hồng, ao số 3",
                    "source_code": "VN-DT-TM-0003",
                    "quantity": "120 kg",
                },
                {"description": "  "},  # an empty row of the form
            ]
        ),
    )
    assert [i.input_lot_id for i in tea.inputs] == [flowers.id, None]
    assert tea.inputs[1].quantity == "120 kg"
    assert lots.locked(flowers)  # used by another lot: its code is fixed


def test_a_stock_count_of_a_page_shown_before_an_order_is_refused(variant):
    lot = lots.record_lot(variant.product.producer, variant, values())
    db.session.execute(sa.update(Lot).where(Lot.id == lot.id).values(stock=Lot.stock - 2))
    db.session.execute(sa.update(Variant).where(Variant.id == variant.id).values(stock=38))
    with pytest.raises(LotStockChanged) as refused:
        lots.adjust_stock(lot, 30, 40)  # the page showed 40; an order took 2 since
    assert refused.value.status == 409
    with pytest.raises(LotError):
        lots.adjust_stock(lot, 41, 38)  # more than were made


def test_code_and_quantity_are_fixed_once_the_lot_has_events(variant):
    producer = variant.product.producer
    lot = lots.record_lot(producer, variant, values(code="FIX-1"))
    lot_factories.event(lot, days_ago=1)
    with pytest.raises(LotError, match="fixed"):
        lots.update_lot(producer, lot, values(code="FIX-2"))
    with pytest.raises(LotError, match="fixed"):
        lots.update_lot(producer, lot, values(code="FIX-1", quantity=41))
    lots.update_lot(producer, lot, values(code="FIX-1", facility_name="Xưởng mới"))
    assert lot.facility_name == "Xưởng mới"


def event_values(**changes) -> dict:
    data = {
        "kind": "harvested",
        "occurred_at": datetime.now(UTC) - timedelta(days=4),
        "actor_name": "Nguyễn Thị Hoa",
        "actor_role": "farmer",
        "actor_ward_code": factories.THAP_MUOI,
        "place": "Ao sen số 3",
    }
    data.update(changes)
    return data


def test_events_are_appended_and_a_correction_names_one_of_the_same_lot(variant):
    producer = variant.product.producer
    lot = lots.record_lot(producer, variant, values())
    first = lot_events.record_event(producer, lot, event_values())
    fixed = lot_events.record_event(
        producer, lot, event_values(place="Ao sen số 4", corrects_id=first.id)
    )
    assert fixed.corrects == first
    other = lot_factories.lot(factories.product(producer_=producer).variants[0])
    with pytest.raises(LotNotYours):
        lot_events.record_event(producer, other, event_values(corrects_id=first.id))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"occurred_at": datetime.now(UTC) + timedelta(hours=2)}, "future"),
        ({"occurred_at": datetime.now(UTC) - timedelta(days=100)}, "90 days"),
        ({"kind": "packed", "occurred_at": datetime.now(UTC) - timedelta(days=5)}, "before"),
        ({"kind": "eaten"}, "list"),
        ({"actor_role": "king"}, "list"),
        ({"actor_name": " "}, "who"),
    ],
)
def test_bad_events_are_refused(variant, changes, message):
    lot = lots.record_lot(variant.product.producer, variant, values())
    with pytest.raises(LotError, match=message):
        lot_events.record_event(variant.product.producer, lot, event_values(**changes))
    assert db.session.scalar(sa.select(sa.func.count(LotEvent.id))) == 0


def test_the_model_layer_refuses_to_change_or_delete_an_event(variant):
    lot = lot_factories.lot(variant)
    event = lot_factories.event(lot)
    event.note = "rewritten history"
    with pytest.raises(EventsAreAppendOnly):
        db.session.flush()
    db.session.rollback()
    event = lot_factories.event(lot_factories.lot())
    db.session.delete(event)
    with pytest.raises(EventsAreAppendOnly):
        db.session.flush()


def test_a_document_is_valid_expiring_expired_or_not_yet(database):
    producer = factories.producer()
    today = TODAY
    later = lot_factories.document(producer)
    later.valid_from = today + timedelta(days=3)  # the factory's validity starts a month ago
    cases = {
        lot_factories.document(producer, valid_days=365): "valid",
        lot_factories.document(producer, valid_days=10): "expiring",
        lot_factories.document(producer, valid_days=-1): "expired",
        later: "not_yet",
    }
    for document, state in cases.items():
        assert lot_services.document_state(document, today) == state
