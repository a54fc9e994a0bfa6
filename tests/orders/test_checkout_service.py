"""place_order: stock reserved atomically, snapshots, one fulfilment per producer, refusals."""

from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask_babel import force_locale

from storefront import places
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders import credit
from storefront.orders.checkout import place_order
from storefront.orders.checkout_errors import CheckoutError, OutOfStockError, TotalChangedError
from storefront.orders.contact import Contact
from storefront.orders.models import (
    FulfilmentStatus,
    Order,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
)
from storefront.orders.quote import quote as quote_order
from tests import factories


@pytest.fixture(autouse=True)
def request_context(app, database):
    """place_order writes links into e-mails, as it does inside a real request."""
    with app.test_request_context("/checkout?lang=en"):
        yield


HOME = Contact("Lê Thị Mua", "0912 345 678", "mua@example.vn", 82, 30226, "Ấp 2", "Giờ hành chính")


def _place(lines, method=PaymentMethod.COD, key="k-1", contact=HOME, **kw) -> Order:
    return place_order(lines=lines, contact=contact, method=method, idempotency_key=key, **kw)


def _stock(variant) -> int:
    return db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant.id))


def _orders() -> int:
    return db.session.scalar(sa.select(sa.func.count(Order.id)))


def test_cod_order_is_confirmed_split_by_producer_and_takes_the_stock(database):
    lotus = factories.product(name_vi="Trà sen", prices=(150_000,), stock=5)
    nem = factories.product(name_vi="Nem Lai Vung", prices=(60_000,), stock=9)
    order = _place([(lotus.variants[0].id, 2), (nem.variants[0].id, 3)])

    assert order.status == OrderStatus.CONFIRMED and order.number.startswith("DT-")
    assert [f.status for f in order.fulfilments] == [FulfilmentStatus.NEW] * 2
    assert {f.producer_name for f in order.fulfilments} == {lotus.producer.name, nem.producer.name}
    assert order.subtotal == 2 * 150_000 + 3 * 60_000
    assert order.total == order.subtotal + order.shipping_total
    fees = {f.producer_id: f.shipping_fee for f in order.fulfilments}
    assert fees == {lotus.producer_id: 18_000, nem.producer_id: 25_000}  # 1 kg / 1.5 kg, inside
    assert _stock(lotus.variants[0]) == 3 and _stock(nem.variants[0]) == 6
    assert order.payments == []  # COD is recorded on delivery
    assert [e.subject for e in order.events].count("fulfilment") == 2


def test_order_lines_keep_their_snapshot(database):
    product = factories.product(name_vi="Hạt sen sấy", prices=(80_000,))
    order = _place([(product.variants[0].id, 1)])
    product.name_vi, product.variants[0].price = "Đổi tên", 1
    db.session.flush()
    item = order.items[0]
    assert (item.product_name, item.unit_price, item.quantity) == ("Hạt sen sấy", 80_000, 1)
    assert item.producer_id == product.producer_id


def test_shipping_elsewhere_costs_more_and_is_free_above_the_threshold(database):
    cheap = factories.product(prices=(50_000,))
    dear = factories.product(prices=(600_000,))
    far = Contact("Mua", "0912345678", "", 79, 26740, "1 Lê Lợi")
    order = _place([(cheap.variants[0].id, 1), (dear.variants[0].id, 1)], contact=far)
    fees = {f.producer_id: f.shipping_fee for f in order.fulfilments}
    assert fees[cheap.producer_id] == 30_000 and fees[dear.producer_id] == 0


def test_bank_transfer_waits_for_payment(database):
    product = factories.product(prices=(100_000,))
    order = _place([(product.variants[0].id, 1)], method=PaymentMethod.BANK_TRANSFER)
    assert order.status == OrderStatus.AWAITING_PAYMENT
    assert order.fulfilments[0].status == FulfilmentStatus.PENDING
    payment = order.payment
    assert (payment.status, payment.amount, payment.provider_reference) == (
        PaymentStatus.PENDING, order.total, order.number,
    )  # fmt: skip
    assert order.pay_by > utcnow() + timedelta(hours=23)


def test_not_enough_stock_says_how_many_are_left_and_saves_nothing(database):
    product = factories.product(name_vi="Quýt hồng", stock=2)
    other = factories.product(stock=5)
    with pytest.raises(OutOfStockError, match="Only 2 left"), db.session.begin_nested():
        _place([(other.variants[0].id, 1), (product.variants[0].id, 3)])
    assert _orders() == 0
    assert _stock(product.variants[0]) == 2 and _stock(other.variants[0]) == 5


def test_the_same_idempotency_key_makes_one_order(database):
    product = factories.product(stock=10)
    first = _place([(product.variants[0].id, 2)], key="double-click")
    second = _place([(product.variants[0].id, 2)], key="double-click")
    assert first.id == second.id
    assert _stock(product.variants[0]) == 8 and _orders() == 1


@pytest.mark.parametrize(
    ("lines", "contact", "method"),
    [
        ("zero", HOME, PaymentMethod.COD),
        ("negative", HOME, PaymentMethod.COD),
        ("huge", HOME, PaymentMethod.COD),
        ("unknown", HOME, PaymentMethod.COD),
        ("draft", HOME, PaymentMethod.COD),
        ("empty", HOME, PaymentMethod.COD),
        ("ok", Contact("Mua", "12345", "", 82, 30226, "Ấp 1"), PaymentMethod.COD),
        ("ok", Contact("Mua", "0912345678", "", 82, 26740, "Ấp 1"), PaymentMethod.COD),
        ("ok", Contact("Mua", "0912345678", "", 82, 30226, "Ấp 1", "x" * 501), PaymentMethod.COD),
        ("ok", Contact("", "0912345678", "", 82, 30226, "Ấp 1"), PaymentMethod.COD),
        ("ok", Contact("Mua", "0912345678", "", 82, 30226, "Ấp 1"), PaymentMethod.CARD),
    ],
)
def test_bad_orders_are_refused_and_nothing_is_saved(database, lines, contact, method):
    product = factories.product(stock=10)
    draft = factories.product(published=False)
    variant_id = product.variants[0].id
    cases = {
        "zero": [(variant_id, 0)], "negative": [(variant_id, -2)], "huge": [(variant_id, 100)],
        "unknown": [(999_999, 1)], "draft": [(draft.variants[0].id, 1)], "empty": [],
        "ok": [(variant_id, 1)],
    }  # fmt: skip
    with pytest.raises(CheckoutError), db.session.begin_nested():
        _place(cases[lines], contact=contact, method=method)
    assert _orders() == 0 and _stock(product.variants[0]) == 10


def test_quote_matches_the_placed_order(database):
    product = factories.product(prices=(120_000,))

    class Line:
        variant, product_, quantity, unit_price = product.variants[0], product, 2, 120_000

    line = Line()
    line.product, line.producer = product, product.producer
    quote = quote_order([line], 82)
    order = _place([(product.variants[0].id, 2)])
    assert (quote.subtotal, quote.shipping_total, quote.total) == (
        order.subtotal, order.shipping_total, order.total,
    )  # fmt: skip


def test_expire_orders_releases_the_stock_of_unpaid_transfers_once(app, database):
    product = factories.product(stock=4)
    order = _place([(product.variants[0].id, 3)], method=PaymentMethod.BANK_TRANSFER, key="t1")
    fresh = _place([(product.variants[0].id, 1)], method=PaymentMethod.BANK_TRANSFER, key="t2")
    order.pay_by = utcnow() - timedelta(minutes=1)
    db.session.flush()
    assert _stock(product.variants[0]) == 0

    from storefront.orders.lifecycle import expire_due

    assert expire_due(utcnow()) == [order.number]
    assert expire_due(utcnow()) == []
    assert order.status == OrderStatus.EXPIRED and fresh.status == OrderStatus.AWAITING_PAYMENT
    assert order.payment.status == PaymentStatus.CANCELLED
    assert _stock(product.variants[0]) == 3


def test_order_lines_keep_both_languages_and_show_the_readers(app, database):
    product = factories.product(name_vi="Trà sen Tháp Mười", name_en="Tháp Mười lotus tea")
    order = _place([(product.variants[0].id, 1)], key="both-languages")
    [item] = order.items
    assert (item.product_name, item.product_name_en) == ("Trà sen Tháp Mười", "Tháp Mười lotus tea")
    with force_locale("en"):
        assert item.name == "Tháp Mười lotus tea"
    with force_locale("vi"):
        assert item.name == "Trà sen Tháp Mười"
    product.name_en = "Renamed later"
    assert item.product_name_en == "Tháp Mười lotus tea"  # a snapshot


def test_an_order_costing_other_than_the_total_seen_is_refused_and_writes_nothing(database):
    buyer = factories.user()
    credit.grant(buyer.id, 30_000, "short harvest")
    product = factories.product(prices=(100_000,), stock=5)
    lines = [(product.variants[0].id, 2)]
    agreed = 2 * 100_000 + 18_000 - 30_000  # 1 kg inside Đồng Tháp, less the credit
    for seen in (agreed + 12_000, agreed + 30_000, -1):  # shipping, credit, no total sent
        with pytest.raises(TotalChangedError) as refused, db.session.begin_nested():
            _place(lines, user=buyer, use_credit=True, total_seen=seen)
        assert refused.value.total == agreed and "188.000" in str(refused.value)
        assert _orders() == 0 and _stock(product.variants[0]) == 5
        assert credit.balance(buyer.id) == 30_000

    order = _place(lines, user=buyer, use_credit=True, total_seen=agreed)

    assert order.total == agreed and order.credit_used == 30_000


def test_the_quote_with_credit_is_what_the_order_costs(database):
    buyer = factories.user()
    credit.grant(buyer.id, 50_000, "short harvest")
    product = factories.product(prices=(120_000,), stock=5)

    class Line:
        variant, quantity, unit_price = product.variants[0], 3, 120_000

    Line.product, Line.producer = product, product.producer
    hanoi = quote_order([Line()], 1, credit_balance=50_000)
    order = _place(
        [(product.variants[0].id, 3)],
        contact=Contact("Mua", "0912345678", "", 1, _hanoi_ward(), "Phố Huế"),
        user=buyer,
        use_credit=True,
        total_seen=hanoi.total,
    )
    assert (hanoi.subtotal, hanoi.shipping_total, hanoi.credit, hanoi.total) == (
        order.subtotal, order.shipping_total, order.credit_used, order.total,
    )  # fmt: skip
    assert hanoi.shipping_total == 42_000  # 1.5 kg to another province


def _hanoi_ward() -> int:
    return int(places.wards_of(1)[0].code)
