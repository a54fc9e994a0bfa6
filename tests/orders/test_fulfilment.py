"""Producers prepare and ship their own parts of orders; the office marks transfers received."""

import itertools
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderEvent,
    OrderItem,
    OrderStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
)
from storefront.orders.states import record_creation
from tests import factories
from tests.web import login, post

_numbers = itertools.count(1)
F = FulfilmentStatus


def build_order(products, *, method=PaymentMethod.COD, user=None, quantity=2, **fields) -> Order:
    """An order for `quantity` of each product's first variant, one fulfilment per producer.

    COD orders are confirmed with their parts new; bank transfers await payment, parts pending
    (as checkout makes them).
    """
    n = next(_numbers)
    paid_later = method != PaymentMethod.COD
    values = {
        "number": f"DT-TEST-{n:06d}",
        "idempotency_key": f"test-order-{n}",
        "user_id": getattr(user, "id", None),
        "contact_name": "Lê Văn Mua",
        "phone": "0912345678",
        "email": "",
        "province_code": 82,
        "ward_code": factories.THAP_MUOI,
        "street": "123 Ấp Mỹ Đông",
        "note": "Gọi trước khi giao",
        "payment_method": method,
        "status": OrderStatus.AWAITING_PAYMENT if paid_later else OrderStatus.CONFIRMED,
        "subtotal": 0,
        "shipping_total": 0,
        "total": 0,
    }
    values.update(fields)
    order = Order(**values)
    parts: dict[int, Fulfilment] = {}
    for product in products:
        variant = product.variants[0]
        part = parts.get(product.producer_id)
        if part is None:
            part = parts[product.producer_id] = Fulfilment(
                producer_id=product.producer_id, producer_name=product.producer.name,
                status=F.PENDING if paid_later else F.NEW, subtotal=0, shipping_fee=25_000,
                weight_g=0,
            )  # fmt: skip
            order.fulfilments.append(part)
        item = OrderItem(
            product_id=product.id, variant_id=variant.id, producer_id=product.producer_id,
            product_name=product.name_vi, variant_label=variant.label_vi, sku=variant.sku,
            unit_price=variant.price, quantity=quantity, weight_g=variant.weight_g,
        )  # fmt: skip
        order.items.append(item)
        part.items.append(item)
        part.subtotal += item.line_total
        part.weight_g += variant.weight_g * quantity
    order.subtotal = sum(p.subtotal for p in parts.values())
    order.shipping_total = sum(p.shipping_fee for p in parts.values())
    order.total = order.subtotal + order.shipping_total
    if paid_later:
        order.payments.append(
            Payment(method=method, status=PaymentStatus.PENDING, amount=order.total,
                    provider_reference=order.number)
        )  # fmt: skip
    db.session.add(order)
    for thing in (order, *order.fulfilments, *order.payments):
        record_creation(thing, actor=user, actor_label="buyer" if user else "guest")
    db.session.flush()
    return order


@pytest.fixture
def shop(database):
    """Two producers with a member and a product each."""
    mine = factories.producer(name="HTX Xoài Của Tôi", phone="0277388123")
    theirs = factories.producer(name="HTX Sen Người Khác")
    return SimpleNamespace(
        mine=mine,
        theirs=theirs,
        me=factories.member(mine),
        them=factories.member(theirs),
        my_product=factories.product(producer_=mine, name_vi="Xoài cát Hòa Lộc"),
        their_product=factories.product(producer_=theirs, name_vi="Trà tim sen"),
    )


def _part(order: Order, producer) -> Fulfilment:
    return next(f for f in order.fulfilments if f.producer_id == producer.id)


def _reload(model, id_):
    db.session.expire_all()
    return db.session.get(model, id_)


def _flashes(client) -> list[tuple[str, str]]:
    with client.session_transaction() as session:
        return list(session.get("_flashes", []))


def test_list_shows_only_this_producers_parts(client, shop):
    order = build_order([shop.my_product, shop.their_product])
    login(client, shop.me)

    html = client.get("/portal/orders").get_data(as_text=True)

    assert order.number in html
    assert "Xoài cát Hòa Lộc" in html and "Trà tim sen" not in html
    assert "Lê Văn Mua" in html
    assert "Xã Tháp Mười" in html or "Tháp Mười" in html
    assert f'/portal/orders/{_part(order, shop.mine).id}"' in html
    assert f'/portal/orders/{_part(order, shop.theirs).id}"' not in html


def test_list_filters_by_status_newest_first(client, shop):
    older = build_order([shop.my_product])
    newer = build_order([shop.my_product])
    older.created_at = newer.created_at.replace(year=newer.created_at.year - 1)
    _part(newer, shop.mine).status = F.PACKED
    db.session.flush()
    login(client, shop.me)

    everything = client.get("/portal/orders").get_data(as_text=True)
    packed = client.get("/portal/orders?status=packed").get_data(as_text=True)

    assert everything.index(newer.number) < everything.index(older.number)
    assert newer.number in packed and older.number not in packed


def test_list_loads_orders_in_a_fixed_number_of_queries(client, shop, count_queries):
    login(client, shop.me)
    build_order([shop.my_product, shop.their_product])
    with count_queries() as few:
        client.get("/portal/orders")
    for _ in range(4):
        build_order([shop.my_product])
    with count_queries() as many:
        client.get("/portal/orders")
    assert len(many) == len(few), many


ROUTES = [
    ("GET", "/portal/orders/{id}"),
    ("GET", "/portal/orders/{id}/slip"),
    ("POST", "/portal/orders/{id}/pack"),
    ("POST", "/portal/orders/{id}/ship"),
    ("POST", "/portal/orders/{id}/deliver"),
    ("POST", "/portal/orders/{id}/transfer-received"),
]


@pytest.mark.parametrize("method", [PaymentMethod.COD, PaymentMethod.BANK_TRANSFER])
@pytest.mark.parametrize(("verb", "pattern"), ROUTES)
def test_another_producers_part_is_not_found(client, shop, verb, pattern, method):
    order = build_order([shop.my_product, shop.their_product], method=method)
    theirs = _part(order, shop.theirs)
    before = (theirs.status, theirs.seen_by_producer, order.status)
    login(client, shop.me)

    url = pattern.format(id=theirs.id)
    if verb == "GET":
        response = client.get(url)
    else:
        response = post(client, url, {"carrier": "GHN", "tracking": "GHN123"})

    assert response.status_code == 404
    theirs = _reload(Fulfilment, theirs.id)
    assert (theirs.status, theirs.seen_by_producer, theirs.order.status) == before
    assert theirs.carrier == ""


def test_buyers_without_a_producer_get_no_order_pages(client, shop):
    order = build_order([shop.my_product])
    login(client, factories.user())
    assert client.get("/portal/orders").status_code == 403
    assert client.get(f"/portal/orders/{_part(order, shop.mine).id}").status_code == 403


def test_two_producers_ship_and_deliver_and_the_order_follows(client, shop):
    order = build_order([shop.my_product, shop.their_product])
    mine, theirs = _part(order, shop.mine).id, _part(order, shop.theirs).id

    login(client, shop.me)
    assert post(client, f"/portal/orders/{mine}/pack").status_code == 302
    assert _reload(Fulfilment, mine).status == F.PACKED
    response = post(client, f"/portal/orders/{mine}/ship", {"carrier": "GHN", "tracking": "GHN7"})
    assert response.status_code == 302
    part = _reload(Fulfilment, mine)
    assert (part.status, part.carrier, part.tracking_number) == (F.SHIPPED, "GHN", "GHN7")
    assert part.order.status == OrderStatus.PARTLY_SHIPPED

    login(client, shop.them)
    post(client, f"/portal/orders/{theirs}/ship", {"carrier": "Tự giao", "tracking": ""})
    part = _reload(Fulfilment, theirs)
    assert (part.status, part.carrier) == (F.SHIPPED, "Tự giao")
    assert part.order.status == OrderStatus.SHIPPED

    post(client, f"/portal/orders/{theirs}/deliver")
    assert _reload(Order, order.id).status == OrderStatus.SHIPPED

    login(client, shop.me)
    post(client, f"/portal/orders/{mine}/deliver")
    final = _reload(Order, order.id)
    assert final.status == OrderStatus.DELIVERED
    assert [f.status for f in final.fulfilments] == [F.DELIVERED, F.DELIVERED]
    steps = db.session.scalars(
        sa.select(OrderEvent.to_state)
        .where(OrderEvent.subject == "fulfilment", OrderEvent.subject_id == mine)
        .order_by(OrderEvent.id)
    ).all()
    assert steps == ["new", "packed", "shipped", "delivered"]


def test_cod_delivery_records_the_cash_as_paid(client, shop):
    order = build_order([shop.my_product])
    part = _part(order, shop.mine)
    login(client, shop.me)

    post(client, f"/portal/orders/{part.id}/ship", {"carrier": "GHTK", "tracking": "S1.A2"})
    assert _reload(Order, order.id).payments == []
    post(client, f"/portal/orders/{part.id}/deliver")

    payments = _reload(Order, order.id).payments
    assert [(p.method, p.status, p.amount) for p in payments] == [
        (PaymentMethod.COD, PaymentStatus.PAID, part.subtotal + part.shipping_fee)
    ]
    html = client.get(f"/portal/orders/{part.id}?lang=en").get_data(as_text=True)
    assert "Cash on delivery · paid" in html


def test_ship_without_tracking_number_is_refused_next_to_the_field(client, shop):
    order = build_order([shop.my_product])
    part = _part(order, shop.mine)
    login(client, shop.me)

    response = post(
        client, f"/portal/orders/{part.id}/ship?lang=en", {"carrier": "GHN", "tracking": "  "}
    )

    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'id="tracking-error"' in html and "tracking number" in html
    part = _reload(Fulfilment, part.id)
    assert (part.status, part.carrier, part.tracking_number) == (F.NEW, "", "")
    assert part.order.status == OrderStatus.CONFIRMED


def test_ship_refuses_an_unknown_carrier(client, shop):
    part = _part(build_order([shop.my_product]), shop.mine)
    login(client, shop.me)
    response = post(client, f"/portal/orders/{part.id}/ship", {"carrier": "Bưu cục lạ"})
    assert response.status_code == 400
    assert _reload(Fulfilment, part.id).status == F.NEW


def test_an_illegal_step_is_refused_with_a_message(client, shop):
    part = _part(build_order([shop.my_product]), shop.mine)
    login(client, shop.me)

    response = post(client, f"/portal/orders/{part.id}/deliver")

    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/portal/orders/{part.id}")
    assert [category for category, _ in _flashes(client)] == ["error"]
    part = _reload(Fulfilment, part.id)
    assert part.status == F.NEW and part.order.payments == []


def test_detail_offers_only_the_allowed_buttons(client, shop):
    part = _part(build_order([shop.my_product]), shop.mine)
    login(client, shop.me)
    html = client.get(f"/portal/orders/{part.id}").get_data(as_text=True)
    assert f"/portal/orders/{part.id}/pack" in html
    assert f"/portal/orders/{part.id}/ship" in html
    assert f"/portal/orders/{part.id}/deliver" not in html
    assert f"/portal/orders/{part.id}/transfer-received" not in html


def test_new_orders_are_highlighted_until_opened(client, shop):
    part = _part(build_order([shop.my_product, shop.their_product]), shop.mine)
    login(client, shop.me)

    before = client.get("/portal/orders").get_data(as_text=True)
    assert "is-unseen" in before
    assert '<span class="nav-badge"><span aria-hidden="true">1</span>' in before

    client.get(f"/portal/orders/{part.id}")

    assert _reload(Fulfilment, part.id).seen_by_producer
    after = client.get("/portal/orders").get_data(as_text=True)
    assert "is-unseen" not in after and "nav-badge" not in after
    theirs = next(f for f in part.order.fulfilments if f.id != part.id)
    assert not theirs.seen_by_producer


def test_detail_shows_buyer_payment_and_this_parts_history(client, shop):
    order = build_order([shop.my_product, shop.their_product])
    mine, theirs = _part(order, shop.mine), _part(order, shop.theirs)
    login(client, shop.them)
    post(client, f"/portal/orders/{theirs.id}/pack")
    login(client, shop.me)

    html = client.get(f"/portal/orders/{mine.id}?lang=en").get_data(as_text=True)

    for text in ("Lê Văn Mua", "0912345678", "123 Ấp Mỹ Đông", "Gọi trước khi giao"):
        assert text in html
    assert "Cash on delivery · not paid yet" in html
    timeline = html.split('<ol class="timeline">')[1].split("</ol>")[0]
    assert "New order" in timeline and "Packed" not in timeline


def test_packing_slip_has_what_the_parcel_needs(client, shop):
    order = build_order([shop.my_product, shop.their_product], quantity=3)
    part = _part(order, shop.mine)
    login(client, shop.me)

    response = client.get(f"/portal/orders/{part.id}/slip")

    assert response.status_code == 200
    html = response.get_data(as_text=True)
    for text in (
        order.number, "Lê Văn Mua", "0912345678", "123 Ấp Mỹ Đông", "Tháp Mười",
        "Gọi trước khi giao", shop.my_product.variants[0].sku, "HTX Xoài Của Tôi", "0277388123",
    ):  # fmt: skip
        assert text in html
    assert '<td class="num">3</td>' in html
    assert shop.their_product.variants[0].sku not in html
    assert "css/portal.css" in html


def test_print_styles_hide_the_site_around_the_slip(app):
    css = (app.static_folder + "/css/portal.css").replace("//", "/")
    with open(css, encoding="utf-8") as handle:
        text = handle.read()
    print_rules = text.split("@media print", 1)[1]
    for selector in (".site-header", ".site-footer", ".portal-head", ".no-print"):
        assert selector in print_rules


def _transfer_order(shop) -> Order:
    return build_order([shop.my_product, shop.their_product], method=PaymentMethod.BANK_TRANSFER)


def _assert_released(order_id: int, actor_label: str) -> None:
    order = _reload(Order, order_id)
    assert order.status == OrderStatus.CONFIRMED
    assert order.fulfilments and all(f.status == F.NEW for f in order.fulfilments)
    assert order.payment.status == PaymentStatus.PAID
    labels = {e.actor_label for e in order.events if e.to_state in ("paid", "confirmed", "new")}
    assert labels == {actor_label}


def test_office_marks_a_bank_transfer_received(client, shop):
    order = _transfer_order(shop)
    login(client, factories.user(is_admin=True))

    listing = client.get("/admin/orders").get_data(as_text=True)
    assert order.number in listing
    response = post(
        client, f"/admin/orders/{order.id}/transfer-received", token_from="/admin/orders"
    )

    assert response.status_code == 302
    _assert_released(order.id, "admin")
    listing = client.get("/admin/orders").get_data(as_text=True)
    assert f"/admin/orders/{order.id}/transfer-received" not in listing


def test_office_transfer_page_is_for_the_office_only(client, shop):
    order = _transfer_order(shop)
    login(client, shop.me)
    assert client.get("/admin/orders").status_code == 403
    response = post(client, f"/admin/orders/{order.id}/transfer-received")
    assert response.status_code == 403
    assert _reload(Order, order.id).status == OrderStatus.AWAITING_PAYMENT


def test_office_cannot_mark_a_cod_order_as_transferred(client, shop):
    order = build_order([shop.my_product])
    login(client, factories.user(is_admin=True))
    post(client, f"/admin/orders/{order.id}/transfer-received", token_from="/account")
    assert _reload(Order, order.id).status == OrderStatus.CONFIRMED
    assert [category for category, _ in _flashes(client)] == ["error"]


def test_producer_marks_a_bank_transfer_received(client, shop):
    # only for an order that is all its own; shared orders are confirmed by the office
    order = build_order([shop.my_product], method=PaymentMethod.BANK_TRANSFER)
    part = _part(order, shop.mine)
    login(client, shop.me)
    html = client.get(f"/portal/orders/{part.id}").get_data(as_text=True)
    assert f"/portal/orders/{part.id}/transfer-received" in html
    assert f"/portal/orders/{part.id}/pack" not in html

    response = post(client, f"/portal/orders/{part.id}/transfer-received")

    assert response.status_code == 302
    _assert_released(order.id, "producer")
    html = client.get(f"/portal/orders/{part.id}").get_data(as_text=True)
    assert f"/portal/orders/{part.id}/transfer-received" not in html
    assert f"/portal/orders/{part.id}/pack" in html


def test_producer_cannot_ship_before_the_transfer_arrives(client, shop):
    part = _part(_transfer_order(shop), shop.mine)
    login(client, shop.me)
    post(client, f"/portal/orders/{part.id}/ship", {"carrier": "GHN", "tracking": "X1"})
    part = _reload(Fulfilment, part.id)
    assert (part.status, part.tracking_number) == (F.PENDING, "")
    assert [category for category, _ in _flashes(client)] == ["error"]
