"""Recalling a lot: its stock set aside and its variant's stock lowered exactly, one notice
per order that carries it, each e-mail sent once in the order's language, a second recall
refused; the product page shows the notice, the office sees the counts."""

import pytest
import sqlalchemy as sa

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.extensions import db
from storefront.mail import outbox
from storefront.orders import recalls
from storefront.orders.lot_models import RecallNotice
from storefront.orders.models import OrderStatus
from tests import factories, lot_factories
from tests.orders.recall_helpers import order_of


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


def notices(lot) -> list[RecallNotice]:
    return db.session.scalars(sa.select(RecallNotice).where(RecallNotice.lot_id == lot.id)).all()


def test_recall_sets_the_stock_aside_and_lowers_the_variant_exactly(in_request):
    variant = factories.product(prices=(60_000,)).variants[0]
    recalled = lot_factories.lot(variant, quantity=30, stock=12)
    kept = lot_factories.lot(variant, quantity=20, stock=8)
    assert variant.stock == 20
    outcome = recalls.recall_lot(recalled, "Nhiễm nấm mốc", factories.user())
    db.session.expire_all()
    assert outcome.set_aside == 12
    assert db.session.get(Lot, recalled.id).stock == 0
    assert db.session.get(Lot, recalled.id).set_aside == 12
    assert db.session.get(Lot, kept.id).stock == 8
    assert db.session.get(Variant, variant.id).stock == 8
    assert db.session.get(Lot, recalled.id).recall_reason == "Nhiễm nấm mốc"


def test_one_notice_per_order_and_none_for_orders_that_never_shipped(in_request):
    lot = lot_factories.lot(quantity=50)
    first = order_of(lot, 2)
    # Two lines of one order carry the lot: still one notice.
    second = order_of(lot)
    other_line = second.items[0]
    other_lot = lot_factories.lot(lot.variant)
    order_of(other_lot)  # carries another lot: not told
    db.session.add(recalls.OrderItemLot(order_item=other_line, lot=other_lot, quantity=1))
    cancelled = order_of(lot, status=OrderStatus.CANCELLED)
    expired = order_of(lot, status=OrderStatus.EXPIRED)
    shipped = order_of(lot, status=OrderStatus.DELIVERED)
    outcome = recalls.recall_lot(lot, "Sai nhãn", factories.user())
    told = {n.order_id for n in notices(lot)}
    assert told == {first.id, second.id, shipped.id}
    assert cancelled.id not in told and expired.id not in told
    assert outcome.notices == 3


def test_an_empty_reason_or_a_second_recall_is_refused(in_request):
    lot = lot_factories.lot(quantity=10)
    for reason in ("", "   \n "):
        with pytest.raises(recalls.RecallError, match="Say why") as refused:
            recalls.recall_lot(lot, reason, factories.user())
        assert refused.value.field == "reason"
    assert db.session.get(Lot, lot.id).recalled_at is None
    recalls.recall_lot(lot, "Sai nhãn", factories.user())
    with pytest.raises(recalls.RecallError, match="already recalled"):
        recalls.recall_lot(lot, "Lần nữa", factories.user())
    db.session.expire_all()
    assert db.session.get(Lot, lot.id).recall_reason == "Sai nhãn"
    assert db.session.get(Lot, lot.id).set_aside == 10


def test_each_buyer_is_told_once_in_the_orders_language(app, in_request, mailbox):
    lot = lot_factories.lot(quantity=10)
    vi = order_of(lot, email="lan@example.vn", locale="vi")
    en = order_of(lot, email="tom@example.com", locale="en")
    silent = order_of(lot, email="")
    outcome = recalls.recall_lot(lot, "Phát hiện dị vật", factories.user())
    assert (outcome.sent, outcome.without_email) == (2, 1)
    db.session.commit()  # the savepoint: mail waits for the outermost commit in real requests
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(args=["recalls", "notify"])
        assert result.exit_code == 0, result.output
        assert "0 recall notices sent." in result.output
    sent = {m["To"]: m for m in mailbox}
    assert len(mailbox) == 2 and set(sent) == {vi.email, en.email}
    assert sent[vi.email]["Subject"].startswith("Thu hồi")
    assert "Chào Lê Văn Mua" in sent[vi.email].get_content()
    assert sent[en.email]["Subject"].startswith("Recall")
    assert lot.product.name_en in sent[en.email]["Subject"]
    assert "Phát hiện dị vật" in sent[en.email].get_content()
    assert "https://cho.example.vn/trace/" in sent[en.email].get_content()
    unsent = [n.order_id for n in notices(lot) if n.sent_at is None]
    assert unsent == [silent.id]


def test_notify_sends_what_is_left_once(app, in_request, mailbox):
    lot = lot_factories.lot(quantity=10)
    order = order_of(lot, email="lan@example.vn")
    db.session.add(RecallNotice(lot_id=lot.id, order_id=order.id))  # as left by a failed run
    lot.recalled_at, lot.recall_reason = order.created_at, "Sai nhãn"
    db.session.flush()
    runner = app.test_cli_runner()
    outputs = [runner.invoke(args=["recalls", "notify"]).output for _ in range(2)]
    assert outputs == ["1 recall notices sent.\n", "0 recall notices sent.\n"]
    assert [m["To"] for m in mailbox] == ["lan@example.vn"]


def test_the_product_page_shows_the_notice_of_each_recalled_lot(client, in_request):
    product = factories.product(prices=(60_000,))
    variant = product.variants[0]
    bad = lot_factories.lot(variant, code="XOAI-0412")
    lot_factories.lot(variant, code="XOAI-0420")
    old = lot_factories.lot(variant, code="XOAI-2019", best_before=None)
    page = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)
    assert "notice-recall" not in page
    recalls.recall_lot(bad, "Dư lượng thuốc trừ sâu vượt ngưỡng", factories.user())
    recalls.recall_lot(old, "Bao bì hở", factories.user())
    page = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)
    assert page.count('class="notice notice-recall"') == 2
    assert "Recalled: lot XOAI-0412" in page and "vượt ngưỡng" in page
    assert "XOAI-0420" not in page


def test_a_lot_past_its_best_before_is_no_longer_shown(client, in_request):
    from datetime import date, timedelta

    product = factories.product(prices=(60_000,))
    lot = lot_factories.lot(
        product.variants[0], code="CU-01", packed_on=date.today() - timedelta(days=400),
        best_before=date.today() - timedelta(days=1),
    )  # fmt: skip
    recalls.recall_lot(lot, "Sai nhãn", factories.user())
    assert "CU-01" not in client.get(f"/products/{product.slug}").get_data(as_text=True)
