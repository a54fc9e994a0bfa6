"""E-mail headers are one line whatever the names in them: a producer name or tour title that
holds a line break (saved before the forms refused one) never makes sending raise, and so
never turns the checkout or the transfer confirmation that sends it into a 500."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from storefront import mail
from storefront.extensions import db
from storefront.orders.checkout import place_order
from storefront.orders.contact import Contact
from storefront.orders.models import PaymentMethod
from tests import factories
from tests.orders.builders import make_order
from tests.web import login, post

HOME = Contact("Lê Thị Mua", "0912 345 678", "mua@example.vn", 82, 30226, "Ấp 2", "")


def _queued() -> list:
    return db.session.info.get("outbox", [])


@given(name=st.text())
def test_a_subject_is_one_line_whatever_the_name_in_it(app, name):
    part = SimpleNamespace(producer_name=name)
    with app.test_request_context("/"):
        mail.queue(
            "chu@example.vn", "mail/orders/new_order_subject.txt",
            "mail/orders/new_order_subject.txt", order=SimpleNamespace(number="DT-1"),
            fulfilment=part,
        )  # fmt: skip
        (message,) = db.session.info.pop("outbox")
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]


def test_checkout_tells_a_producer_whose_name_holds_a_line_break(app, database):
    producer = factories.producer(name="HTX Xoài\r\nMỹ Xương")
    factories.member(producer)
    product = factories.product(producer_=producer)
    with app.test_request_context("/checkout"):
        place_order(
            lines=[(product.variants[0].id, 1)], contact=HOME, method=PaymentMethod.COD,
            idempotency_key="k-line-break",
        )  # fmt: skip
    subjects = [m["Subject"] for m in _queued()]
    assert any("HTX Xoài Mỹ Xương" in s for s in subjects), subjects


def test_the_office_confirms_a_transfer_for_a_producer_named_on_two_lines(app, client, database):
    mail.outbox(app).clear()
    producer = factories.producer(name="HTX Sen\nHồng")
    factories.member(producer)
    order = make_order([factories.product(producer_=producer)])
    login(client, factories.user(is_admin=True))
    response = post(client, f"/admin/orders/{order.id}/transfer-received", {}, "/admin/orders")
    assert response.status_code == 302
    subjects = [m["Subject"] for m in mail.outbox(app)]
    assert any("HTX Sen Hồng" in s for s in subjects), subjects
