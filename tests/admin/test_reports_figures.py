"""The programme report's figures on a known world (tests/admin/report_world.py): exact per
commune and for the province, for the period and area asked, by one definition of a sale."""

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from storefront.admin import reports
from storefront.admin.reports import base, periods
from storefront.adoptions.models import Adoption, AdoptionStatus
from storefront.catalog.lot_models import Lot
from storefront.extensions import db
from storefront.orders import sales
from storefront.orders.lot_models import RecallNotice
from storefront.orders.models import OrderKind, OrderStatus
from storefront.programme.support_models import SupportKind, SupportStatus
from storefront.tours.models import Booking, BookingStatus
from tests import factories
from tests.admin import report_world
from tests.admin.report_world import MARCH
from tests.orders.builders import make_order
from tests.programme import support_factories
from tests.tours import builders as tour_builders

LAI_VUNG, THAP_MUOI = factories.LAI_VUNG, factories.THAP_MUOI


@pytest.fixture
def world(app, database):
    with app.test_request_context("/?lang=en"):
        yield report_world.build()


def _read(key: str, ward: int | None = None, period=MARCH) -> base.Result:
    return base.section(key).read(base.Scope(*period, ward, date(2026, 4, 2)))


def _rows(result: base.Result, table: str) -> dict:
    return {row[0]: row[1:] for row in result.table(table).rows}


def test_a_sale_is_a_paid_part_or_a_delivered_cod_part_placed_in_the_period(world):
    lines = sales.sale_lines(*MARCH)
    assert {line.order_id for line in lines} == {world.orders[0].id, world.orders[1].id}
    whole = sales.totals(lines)
    assert (whole.orders, whole.units, whole.revenue) == (2, 4, 270_000)


def test_sales_by_commune_group_stars_and_producer_are_exact(world):
    result = _read("sales")
    assert result.figures == [("Orders", 2, "count"), ("Units sold", 4, "count"),
                              ("Revenue", 270_000, "money")]  # fmt: skip
    assert _rows(result, "by_commune") == {"Xã Tháp Mười": [1, 1, 120_000],
                                            "Xã Lai Vung": [2, 3, 150_000]}  # fmt: skip
    assert _rows(result, "by_group") == {"Beverages": [1, 1, 120_000], "Food": [2, 3, 150_000]}
    assert _rows(result, "by_stars") == {"5 stars": [1, 1, 120_000], "4 stars": [2, 3, 150_000]}
    assert _rows(result, "by_producer") == {
        "Hộ kinh doanh Rượu Tháp Mười": [1, 1, 120_000], "HTX Xoài Lai Vung": [2, 3, 150_000],
    }  # fmt: skip


def test_one_commune_sees_only_its_producers_sales(world):
    result = _read("sales", LAI_VUNG)
    assert result.figures[2] == ("Revenue", 150_000, "money")
    assert list(_rows(result, "by_commune")) == ["Xã Lai Vung"]
    assert _read("sales", THAP_MUOI).figures[:2] == [("Orders", 1, "count"),
                                                      ("Units sold", 1, "count")]  # fmt: skip


def test_the_period_takes_vietnams_days_and_no_more(world):
    last_march = _read("sales", period=(date(2025, 3, 1), date(2025, 3, 31)))
    assert last_march.figures[2] == ("Revenue", 200_000, "money")  # order 6: 4 x 50,000
    april = _read("sales", period=(date(2026, 4, 1), date(2026, 4, 30)))
    assert april.figures[2] == ("Revenue", 120_000, "money")  # order 7, 01:00 on 1 April
    february = _read("sales", period=(date(2026, 2, 1), date(2026, 2, 28)))
    assert february.figures[0] == ("Orders", 0, "count")  # order 2 is 1 March in Vietnam


def test_delivering_the_cod_order_makes_it_count(world):
    world.orders[2].fulfilments[0].status = report_world.F.DELIVERED
    db.session.flush()
    assert _read("sales").figures[2] == ("Revenue", 360_000, "money")  # + 3 x 30,000


def test_producers_by_kind_and_commune(world):
    result = _read("producers")
    assert _rows(result, "by_kind") == {"Cooperative": [1, 0], "Household business": [1, 0],
                                        "Total": [2, 0]}  # fmt: skip
    assert _rows(result, "by_commune")["Xã Lai Vung"] == [1, 0]
    world.a.approved_at = datetime(2026, 3, 5, tzinfo=UTC)
    world.b.approved_at = datetime(2026, 5, 5, tzinfo=UTC)  # approved after the period
    db.session.flush()
    assert _rows(_read("producers"), "by_kind")["Total"] == [1, 1]
    assert _rows(_read("producers", THAP_MUOI), "by_kind") == {"Total": [0, 0]}


def test_products_by_group_and_verified_stars(world):
    result = _read("products")
    # Published only: A1, A2, B1, B3 (B2 is a draft); B3 holds no verified stars.
    assert _rows(result, "by_group") == {"Food": [1, 1, 0, 0, 2], "Beverages": [0, 0, 1, 1, 2],
                                         "Total": [1, 1, 1, 1, 4]}  # fmt: skip
    assert _rows(_read("products", THAP_MUOI), "by_group")["Total"] == [0, 0, 1, 1, 2]


def test_coverage_counts_certified_products_listed_with_full_origin(world):
    result = _read("coverage")
    # Certified 3-5 stars: A1, A2, B1, B2; full origin and listed: A1, B1.
    assert result.figures[0] == ("Coverage (target 100 %)", 0.5, "percent")
    assert _rows(result, "by_commune") == {
        "Xã Lai Vung": [2, 1, 0.5], "Xã Tháp Mười": [2, 1, 0.5], "Total": [4, 2, 0.5],
    }  # fmt: skip
    gaps = {row[0]: row[3] for row in result.table("gaps").rows}
    assert gaps == {world.a2.name_vi: "ingredients", world.b2.name_vi: "listed"}


def test_coverage_follows_what_the_trace_page_would_show(world):
    world.a2.ingredients_vi = "Xoài, muối"
    world.b2.status = world.b1.status
    world.a.address = ""  # the producer's address is gone: both of its products miss it
    db.session.flush()
    result = _read("coverage")
    assert _rows(result, "by_commune")["Total"] == [4, 2, 0.5]
    assert _read("coverage", THAP_MUOI).figures[0][1] == 1.0
    missing = {row[0]: row[3] for row in result.table("gaps").rows}
    assert missing == {
        world.a1.name_vi: "producer's address",
        world.a2.name_vi: "producer's address",
    }


def test_only_verified_stars_count(world):
    world.b3.stars = 5  # typed in by the producer, never checked by the office
    report_world.certify(world.a2, 5, revoked_at=datetime(2026, 3, 2, tzinfo=UTC))
    db.session.flush()
    assert _rows(_read("products"), "by_group")["Total"] == [1, 1, 1, 1, 4]


def test_a_certificate_issued_after_the_period_does_not_count_in_it(world):
    report_world.certify(world.b3, 4, issued_on=date(2026, 4, 15))
    db.session.flush()
    assert _rows(_read("products"), "by_group")["Total"] == [1, 1, 1, 1, 4]
    april = _read("products", period=(date(2026, 4, 1), date(2026, 4, 30)))
    assert _rows(april, "by_group")["Total"] == [1, 2, 1, 0, 4]


def test_certificates_running_out_are_listed_by_commune(world):
    for certificate in world.a2.certificates:
        certificate.expires_on = date(2026, 6, 20)  # 81 days after the period's end
    for certificate in world.b1.certificates:
        certificate.expires_on = date(2026, 7, 20)  # beyond the 90 days
    db.session.flush()
    result = _read("certificates")
    assert [row[:2] for row in result.table("list").rows] == [[date(2026, 6, 20), world.a2.name_vi]]
    assert _rows(result, "by_commune") == {"Xã Lai Vung": [1]}
    assert _read("certificates", THAP_MUOI).table("list").rows == []


def test_every_dashboard_section_reads_the_world(world):
    scope = base.Scope(*MARCH, None, date(2026, 4, 2))
    keys = [result.key for result in reports.read_all(scope)]
    assert keys == ["producers", "products", "coverage", "certificates", "sales", "tourism",
                    "support", "recalls"]  # fmt: skip
    assert "traceability" not in keys  # sent yearly from the calendar, not on the dashboard


@pytest.mark.parametrize(
    ("preset", "expected"),
    [("month", (date(2026, 5, 1), date(2026, 5, 20))),
     ("quarter", (date(2026, 4, 1), date(2026, 5, 20))),
     ("year", (date(2026, 1, 1), date(2026, 5, 20))),
     ("last_year", (date(2025, 1, 1), date(2025, 12, 31)))],
)  # fmt: skip
def test_presets(app, preset, expected):
    with app.test_request_context():
        choice, scope = periods.choose({"preset": preset}, date(2026, 5, 20))
    assert (scope.start, scope.end) == expected and not choice.errors


@pytest.mark.parametrize(
    ("args", "field"),
    [({"from": "2026-13-01"}, "from"), ({"from": "2026-03-10", "to": "2026-03-01"}, "to"),
     ({"from": "1999-12-31"}, "from"), ({"from": "2000-01-01", "to": "2026-01-01"}, "to"),
     ({"ward": "1"}, "ward"), ({"ward": "26734"}, "ward"), ({"ward": "abc"}, "ward"),
     ({"preset": "forever"}, "preset")],
)  # fmt: skip
def test_bad_periods_and_areas_are_refused_by_field(app, args, field):
    with app.test_request_context():
        choice, scope = periods.choose(args, date(2026, 5, 20))
    assert field in choice.errors
    assert scope.ward_code is None and scope.start == date(2026, 1, 1)


def _ticket(producer, at: datetime, minutes: int | None, kind):
    ticket = support_factories.request(producer, subject=f"Hỏi {kind.value}")
    ticket.kind, ticket.created_at = kind, at
    ticket.first_response_at = at + timedelta(minutes=minutes) if minutes is not None else None
    ticket.waiting_since = None if minutes is not None else at
    ticket.status = SupportStatus.ANSWERED if minutes is not None else SupportStatus.OPEN
    db.session.flush()
    return ticket


def test_support_requests_by_kind_and_response_times(world):
    march = datetime(2026, 3, 5, 2, tzinfo=UTC)
    _ticket(world.a, march, 30, SupportKind.PACKAGING)
    _ticket(world.a, march, 90, SupportKind.PACKAGING)
    _ticket(world.b, march, 60, SupportKind.TRADE_FAIR)
    _ticket(world.b, march, None, SupportKind.TRAINING)
    _ticket(world.b, datetime(2026, 4, 5, 2, tzinfo=UTC), 5, SupportKind.TRAINING)  # April
    result = _read("support")
    assert result.figures[:4] == [("Requests opened", 4, "count"), ("Answered", 3, "count"),
                                  ("Median minutes to a first answer", 60.0, "count"),
                                  ("90 % answered within (minutes)", 84.0, "count")]  # fmt: skip
    assert _rows(result, "by_kind") == {"Packaging or label design": [2, 2, 0],
                                        "Trade fair": [1, 1, 0], "Training": [1, 0, 0],
                                        "Total": [4, 3, 0]}  # fmt: skip
    local = _read("support", LAI_VUNG)
    assert local.figures[2] == ("Median minutes to a first answer", 60.0, "count")
    assert _rows(local, "by_kind")["Total"] == [2, 2, 0]
    assert [row[0] for row in result.table("waiting").rows] == ["Hỏi training"]


def _order_of(kind, total: int, at: datetime):
    order = make_order([factories.product()], status=OrderStatus.CONFIRMED, kind=kind,
                       created_at=at)  # fmt: skip
    order.total = total
    return order


def test_adoptions_and_tour_bookings_paid_in_the_period(world):
    march = datetime(2026, 3, 8, 3, tzinfo=UTC)
    buyer = factories.user()
    orchard = tour_builders.orchard(world.a)
    plan = tour_builders.plan(orchard)
    for n, status in enumerate((AdoptionStatus.ACTIVE, AdoptionStatus.HELD)):
        tree = tour_builders.tree(orchard)
        order = _order_of(OrderKind.ADOPTION, 1_500_000, march)
        db.session.add(Adoption(order=order, tree=tree, plan=plan, user=buyer, status=status,
                                claim=f"{tree.id}:{plan.id}", plate_name=f"Cây {n}",
                                created_at=march))  # fmt: skip
    departure = tour_builders.departure(tour_builders.tour(world.b))
    for code, (adults, status) in enumerate(((2, BookingStatus.CONFIRMED),
                                             (3, BookingStatus.CHECKED_IN),
                                             (1, BookingStatus.CANCELLED))):  # fmt: skip
        db.session.add(Booking(order=_order_of(OrderKind.BOOKING, 200_000 * adults, march),
                               departure=departure, adults=adults, children=1, status=status,
                               ticket_code=f"TK{code:04d}", created_at=march))  # fmt: skip
    db.session.flush()
    result = _read("tourism")
    assert _rows(result, "by_producer") == {"HTX Xoài Lai Vung": [1, 0, 0, 1_500_000],
                                            "Hộ kinh doanh Rượu Tháp Mười": [0, 2, 7, 1_000_000],
                                            "Total": [1, 2, 7, 2_500_000]}  # fmt: skip
    assert _rows(_read("tourism", LAI_VUNG), "by_producer")["Total"] == [1, 0, 0, 1_500_000]
    april = _read("tourism", period=(date(2026, 4, 1), date(2026, 4, 30)))
    assert _rows(april, "by_producer") == {"Total": [0, 0, 0, 0]}


def test_recalls_in_the_period_with_buyers_told_and_to_tell(world):
    lot = db.session.scalar(sa.select(Lot).where(Lot.product_id == world.b1.id))
    lot.recalled_at, lot.recall_reason, lot.set_aside = (
        datetime(2026, 3, 20, 3, tzinfo=UTC),
        "Nắp chai hở",
        12,
    )
    for order, sent in ((world.orders[0], True), (world.orders[3], False)):
        told = datetime(2026, 3, 20, 4, tzinfo=UTC) if sent else None
        db.session.add(RecallNotice(lot=lot, order=order, sent_at=told))
    db.session.flush()
    (row,) = _read("recalls").table("lots").rows
    assert row[0] == date(2026, 3, 20) and row[1] == lot.code
    assert row[5:] == [12, 2, 1, 1]
    assert _read("recalls").figures == [("Lots recalled", 1, "count"),
                                        ("Units set aside", 12, "count"),
                                        ("Buyers still to tell", 1, "count")]  # fmt: skip
    assert _read("recalls", LAI_VUNG).table("lots").rows == []
    assert _read("recalls", period=(date(2026, 4, 1), date(2026, 4, 30))).figures[0][1] == 0
