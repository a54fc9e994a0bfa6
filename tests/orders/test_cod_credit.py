"""Cash on delivery with store credit: each parcel's carrier collects its goods and shipping
less its share of the credit, the packing slip says so, and what is recorded as collected
adds up to what the buyer owed."""

import pytest

from storefront.orders import credit
from storefront.orders.models import PaymentMethod, PaymentStatus
from tests import factories
from tests.orders import settlement_world as world
from tests.web import login


@pytest.fixture
def request_context(app, database):
    with app.test_request_context("/"):
        yield


def test_the_carriers_collect_the_total_less_the_credit(request_context, client):
    month = world.Month()
    for key in ("a", "b"):
        month.producers[key] = factories.producer()
    month.products["a1"] = factories.product(producer_=month.producers["a"], prices=(120_000,))
    month.products["b1"] = factories.product(producer_=month.producers["b"], prices=(88_333,))
    month.buyer = factories.user()
    credit.grant(month.buyer.id, 50_001, "mùa xoài thiếu")
    at = world.local(2026, 11, 3, 9)
    order = world._place(month, "cod", [("a1", 1), ("b1", 2)], PaymentMethod.COD, at,
                         use_credit=True)  # fmt: skip
    assert order.credit_used == 50_001
    dues = [part.amount_due for part in order.fulfilments]
    assert sum(dues) == order.total == order.subtotal + order.shipping_total - 50_001

    by_id = {producer.id: key for key, producer in month.producers.items()}
    for part in order.fulfilments:
        owner = factories.member(month.producers[by_id[part.producer_id]])
        login(client, owner)
        slip = client.get(f"/portal/orders/{part.id}/slip").get_data(as_text=True)
        assert f"{part.amount_due:,}".replace(",", ".") + "\xa0₫" in slip
        world.deliver(order, by_id[part.producer_id], world.local(2026, 11, 6, 9),
                      month.producers)  # fmt: skip
    collected = [p.amount for p in order.payments if p.status == PaymentStatus.PAID]
    assert sorted(collected) == sorted(dues)
    assert sum(collected) == order.total
