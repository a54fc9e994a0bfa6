"""The settlement pages: the office makes, reads and pays statements and sets the commission;
a producer reads and downloads only its own; nobody else reaches either."""

import csv
import io
from datetime import date

import pytest
import sqlalchemy as sa

from storefront.accounts.models import OfficeRole
from storefront.admin.settlement_forms import last_month
from storefront.extensions import db
from storefront.orders import settling
from storefront.orders.models import Refund
from storefront.orders.settlement_models import RefundLine, Settlement, SettlementStatus
from tests import factories, pdf_tools
from tests.orders import settlement_world as world
from tests.web import login, post

LIST = "/admin/settlements"


@pytest.fixture
def month(app, client):
    with app.test_request_context("/"):
        built = world.build()
        office = factories.user(is_admin=True)
        settling.make_statements(world.START, world.END, office)
        db.session.flush()
    built.office = office
    return built


def _statement_of(month, key: str) -> Settlement:
    return db.session.scalars(
        sa.select(Settlement).where(Settlement.producer_id == month.producers[key].id)
    ).one()


def _as_office(client, month):
    login(client, month.office)
    with client.session_transaction() as session:
        session["lang"] = "en"


def _as_producer(client, month, key: str):
    login(client, factories.member(month.producers[key]))
    with client.session_transaction() as session:
        session["lang"] = "en"


def test_the_office_lists_statements_with_their_totals(client, month):
    _as_office(client, month)
    page = client.get(LIST).get_data(as_text=True)
    for producer in month.producers.values():
        assert producer.name in page
    net = sum(s.net_owed for s in db.session.scalars(sa.select(Settlement)))
    assert f"{net:,}".replace(",", ".") in page
    start, end = last_month()
    assert f'value="{start.isoformat()}"' in page and f'value="{end.isoformat()}"' in page


def test_the_office_makes_a_period_and_a_clashing_one_is_refused(client, month):
    _as_office(client, month)
    statement = _statement_of(month, "b")
    settling.mark_paid(statement, bank_reference="VCB 1", paid_on=date(2026, 12, 2),
                       actor=month.office)  # fmt: skip
    db.session.flush()
    before = db.session.scalars(sa.select(Settlement.id).order_by(Settlement.id)).all()
    refused = post(client, f"{LIST}/make", {"start": "2026-11-20", "end": "2026-12-03",
                                             "producer": ""}, token_from=LIST)  # fmt: skip
    assert refused.status_code == 400
    assert "overlaps statements already paid" in refused.get_data(as_text=True)
    assert db.session.scalars(sa.select(Settlement.id).order_by(Settlement.id)).all() == before

    made = post(client, f"{LIST}/make", {"start": "2026-11-01", "end": "2026-11-30",
                                          "producer": ""}, token_from=LIST)  # fmt: skip
    assert made.status_code == 302
    assert db.session.get(Settlement, statement.id).status == SettlementStatus.PAID


@pytest.mark.parametrize(
    "values",
    [{"start": "2026-11-30", "end": "2026-11-01"}, {"start": "", "end": "2026-11-30"},
     {"start": "hôm qua", "end": "2026-11-30"}, {"start": "2026-11-01", "end": "2999-01-01"},
     {"start": "2026-11-01", "end": "2026-11-30", "producer": "99999"},
     {"start": "2026-11-01", "end": "2026-11-30", "producer": "abc"}],
)  # fmt: skip
def test_bad_periods_get_a_message_and_change_nothing(client, month, values):
    _as_office(client, month)
    before = db.session.scalars(sa.select(Settlement.id).order_by(Settlement.id)).all()
    response = post(client, f"{LIST}/make", {"producer": "", **values}, token_from=LIST)
    assert response.status_code == 400
    assert 'role="alert"' in response.get_data(as_text=True)
    assert db.session.scalars(sa.select(Settlement.id).order_by(Settlement.id)).all() == before


def test_the_office_marks_a_statement_paid_once(client, month):
    _as_office(client, month)
    statement = _statement_of(month, "a")
    url = f"{LIST}/{statement.id}"
    page = client.get(url).get_data(as_text=True)
    assert "Mark it paid" in page and month.orders["o5"].number in page
    paid = post(client, f"{url}/pay", {"bank_reference": "VCB 20261202-01",
                                       "paid_on": "2026-12-02"}, token_from=url)  # fmt: skip
    assert paid.status_code == 302
    db.session.expire_all()
    assert db.session.get(Settlement, statement.id).bank_reference == "VCB 20261202-01"
    again = post(client, f"{url}/pay", {"bank_reference": "VCB 2", "paid_on": "2026-12-03"},
                 token_from=LIST)  # fmt: skip
    assert again.status_code == 409
    assert "already paid" in again.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Settlement, statement.id).bank_reference == "VCB 20261202-01"


@pytest.mark.parametrize(
    ("typed", "expected"), [("2,5", 250), ("2.5 %", 250), ("0", 0), ("12.75", 1275)]
)
def test_the_office_sets_the_commission(client, month, typed, expected):
    _as_office(client, month)
    url = f"{LIST}/commission"
    assert post(client, url, {"rate": typed}, token_from=url).status_code == 302
    assert settling.setting().commission_bp == expected


@pytest.mark.parametrize("typed", ["abc", "-1", "31", "2,555", ""])
def test_a_wrong_commission_is_refused_next_to_its_field(client, month, typed):
    _as_office(client, month)
    url = f"{LIST}/commission"
    response = post(client, url, {"rate": typed}, token_from=url)
    assert response.status_code == 400
    assert settling.setting().commission_bp == 0


def test_the_producer_sees_its_statements_and_downloads_them(client, month):
    _as_producer(client, month, "a")
    statement = _statement_of(month, "a")
    listing = client.get("/portal/settlements").get_data(as_text=True)
    assert f"/portal/settlements/{statement.id}" in listing
    assert "Settlements" in client.get("/portal/").get_data(as_text=True)
    page = client.get(f"/portal/settlements/{statement.id}").get_data(as_text=True)
    assert month.orders["o1"].number in page

    response = client.get(f"/portal/settlements/{statement.id}/statement.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["Statement", "Producer", "Period start", "Period end", "Kind", "Order",
                       "Payment", "Date", "Item", "Quantity", "Unit price", "Amount",
                       "Effect on net owed"]  # fmt: skip
    body = rows[1:]
    assert len(body) == len(statement.lines) + 2
    assert {row[1] for row in body} == {"HTX Bánh phồng Sa Giao"}
    assert sum(int(row[12]) for row in body if row[12]) == statement.net_owed
    assert body[-1][4:6] == ["net_owed", ""] and int(body[-1][11]) == statement.net_owed
    goods = [row for row in body if row[4] == "goods"]
    assert sum(int(row[11]) for row in goods) == statement.goods_total
    assert {row[6] for row in goods} == {"bank_transfer", "cod"}


def test_the_pdf_carries_the_heading_and_the_figures_in_vietnamese(client, month):
    _as_producer(client, month, "a")
    with client.session_transaction() as session:
        session["lang"] = "vi"
    statement = _statement_of(month, "a")
    response = client.get(f"/portal/settlements/{statement.id}/statement.pdf")
    assert response.mimetype == "application/pdf"
    pdf = response.get_data()
    text = pdf_tools.text(pdf)
    for expected in ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "HTX Bánh phồng Sa Giao", "hộp bánh bị vỡ", "01/11/2026 - 30/11/2026",
                     f"{statement.net_owed:,}".replace(",", "."),
                     month.orders["o5"].number):  # fmt: skip
        assert expected in text, expected
    assert all(embedded for _name, embedded in pdf_tools.fonts(pdf))
    assert any("DejaVu" in name for name, _embedded in pdf_tools.fonts(pdf))


@pytest.mark.parametrize("suffix", ["", "/statement.csv", "/statement.pdf"])
def test_another_producers_statement_is_a_404(client, month, suffix):
    _as_producer(client, month, "a")
    theirs = _statement_of(month, "b")
    assert client.get(f"/portal/settlements/{theirs.id}{suffix}").status_code == 404
    assert client.get(f"/portal/settlements/99999{suffix}").status_code == 404


OFFICE_URLS = [LIST, f"{LIST}/commission", f"{LIST}/{{id}}", f"{LIST}/{{id}}/statement.csv",
               f"{LIST}/{{id}}/statement.pdf"]  # fmt: skip


@pytest.mark.parametrize("who", ["buyer", "producer", OfficeRole.COUNCIL,
                                 OfficeRole.COMMUNE_OFFICER])  # fmt: skip
def test_only_administrators_reach_the_office_pages(client, month, who):
    if who == "producer":
        account = factories.member(month.producers["a"])
    elif who == "buyer":
        account = factories.user()
    else:
        account = factories.user(office_role=who, commune_code=30280)
    login(client, account)
    statement = _statement_of(month, "a")
    for url in OFFICE_URLS:
        assert client.get(url.format(id=statement.id)).status_code == 403, url
    values = {"bank_reference": "X", "paid_on": "2026-12-02"}
    paid = post(client, f"{LIST}/{statement.id}/pay", values, token_from="/account")
    assert paid.status_code == 403
    made = post(client, f"{LIST}/make", {"start": "2026-11-01", "end": "2026-11-30"},
                token_from="/account")  # fmt: skip
    assert made.status_code == 403
    db.session.expire_all()
    assert db.session.get(Settlement, statement.id).status == SettlementStatus.OPEN


@pytest.mark.parametrize("who", ["buyer", OfficeRole.COUNCIL, "visitor"])
def test_people_without_a_producer_get_no_producer_statement(client, month, who):
    if who == "buyer":
        login(client, factories.user())
    elif who != "visitor":
        login(client, factories.user(office_role=who, commune_code=30280))
    statement = _statement_of(month, "a")
    for suffix in ("", f"/{statement.id}", f"/{statement.id}/statement.csv"):
        status = client.get(f"/portal/settlements{suffix}").status_code
        assert status in ((302,) if who == "visitor" else (403,)), (suffix, status)


def test_the_office_refunds_units_of_a_delivered_line(client, month):
    _as_office(client, month)
    order = month.orders["o1"]
    item = next(i for i in order.items if i.product_id == month.products["a1"].id)
    url = f"/admin/orders/{order.id}/refund-lines"
    page = client.get(url).get_data(as_text=True)
    assert f'name="units-{item.id}"' in page
    done = post(client, url, {f"units-{item.id}": "1", "reason": "Bánh bị ẩm"}, token_from=url)
    assert done.status_code == 302
    lines = db.session.scalars(sa.select(RefundLine).where(RefundLine.order_item_id == item.id))
    assert [(line.quantity, line.amount) for line in lines] == [(1, 120_000)]

    before = db.session.scalar(sa.select(sa.func.count(Refund.id)))
    for wrong in ({f"units-{item.id}": "2"}, {f"units-{item.id}": "-1"},
                  {f"units-{item.id}": "một"}, {}):  # fmt: skip
        refused = post(client, url, {**wrong, "reason": "lần nữa"}, token_from=url)
        assert refused.status_code == 400, wrong
        assert 'role="alert"' in refused.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Refund.id))) == before


def test_a_cancelled_order_offers_nothing_to_refund(client, month):
    _as_office(client, month)
    order = month.orders["o6"]
    url = f"/admin/orders/{order.id}/refund-lines"
    assert 'name="units-' not in client.get(url).get_data(as_text=True)
    item = order.items[0]
    refused = post(client, url, {f"units-{item.id}": "1", "reason": "x"}, token_from=url)
    assert refused.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(Refund.id))) == 2  # the month's two


def test_only_administrators_refund_lines(client, month):
    order = month.orders["o1"]
    login(client, factories.user(office_role=OfficeRole.COUNCIL, commune_code=30280))
    assert client.get(f"/admin/orders/{order.id}/refund-lines").status_code == 403
    login(client, factories.member(month.producers["a"]))
    assert client.get(f"/admin/orders/{order.id}/refund-lines").status_code == 403
