"""The VietQR code as a PNG to save on a phone, and the copy buttons of the transfer details:
the image is a real PNG of the same payload, served only to whoever may see the order."""

import io
import re

import pytest
import segno
from flask import current_app
from PIL import Image

from storefront.orders import links
from storefront.orders.models import OrderStatus, PaymentMethod
from storefront.payments import vietqr
from tests import factories
from tests.orders.builders import make_order
from tests.web import login

BORDER = 4


@pytest.fixture
def transfer_order(app, database):
    buyer = factories.user()
    order = make_order(method=PaymentMethod.BANK_TRANSFER, user_id=buyer.id)
    with app.test_request_context():
        token = links.order_token(order)
    return order, buyer, token


def _payload(order) -> str:
    config = current_app.config
    return vietqr.payload(bin=config["BANK_BIN"], account=config["BANK_ACCOUNT"],
                          amount=order.total, memo=order.number)  # fmt: skip


def test_the_png_is_the_orders_vietqr_code_as_a_download(app, client, transfer_order):
    order, _buyer, token = transfer_order

    response = client.get(f"/orders/{order.number}/vietqr.png?t={token}")

    assert response.status_code == 200 and response.mimetype == "image/png"
    assert response.headers["Content-Disposition"] == (
        f"attachment; filename=VietQR-{order.number}.png"
    )
    assert response.headers["Cache-Control"] == "no-store"
    image = Image.open(io.BytesIO(response.data))
    image.load()
    assert image.format == "PNG" and image.width == image.height >= 400
    with app.app_context():
        matrix = segno.make(_payload(order), error="m", micro=False, boost_error=False).matrix
    scale = image.width // (len(matrix) + 2 * BORDER)
    grey = image.convert("L")
    for row, cells in enumerate(matrix):  # every module of the image is the payload's module
        for column, dark in enumerate(cells):
            centre = ((column + BORDER) * scale + scale // 2, (row + BORDER) * scale + scale // 2)
            assert (grey.getpixel(centre) < 128) == bool(dark), (row, column)


def test_the_png_is_only_for_who_may_see_the_order(app, client, transfer_order):
    order, buyer, _token = transfer_order
    url = f"/orders/{order.number}/vietqr.png"

    assert client.get(url).status_code == 404
    assert client.get(f"{url}?t=forged").status_code == 404
    with app.test_request_context():
        other_token = links.order_token(make_order())
    assert client.get(f"{url}?t={other_token}").status_code == 404
    login(client, factories.user())
    assert client.get(url).status_code == 404
    login(client, buyer)
    assert client.get(url).status_code == 200
    assert client.get(f"/orders/{order.number.lower()}/vietqr.png").status_code == 200


@pytest.mark.parametrize(
    ("method", "status"),
    [
        (PaymentMethod.COD, OrderStatus.CONFIRMED),
        (PaymentMethod.BANK_TRANSFER, OrderStatus.CONFIRMED),  # paid already
        (PaymentMethod.BANK_TRANSFER, OrderStatus.CANCELLED),
        (PaymentMethod.CARD, OrderStatus.AWAITING_PAYMENT),
    ],
)
def test_no_code_when_no_transfer_is_awaited(app, client, database, method, status):
    order = make_order(method=method, status=status)
    with app.test_request_context():
        token = links.order_token(order)
    assert client.get(f"/orders/{order.number}/vietqr.png?t={token}").status_code == 404


def test_the_order_page_offers_the_image_and_copy_buttons_for_the_script(client, transfer_order):
    order, _buyer, token = transfer_order

    html = client.get(f"/orders/{order.number}?t={token}&lang=en").get_data(as_text=True)

    link = re.search(r'<a [^>]*href="([^"]*vietqr\.png[^"]*)"[^>]*download', html)
    assert link and f"t={token}" in link.group(1)
    assert "Save the QR image" in html
    copies = dict(re.findall(r'data-copy="([^"]*)"[^>]*aria-label="([^"]*)"', html))
    assert copies == {
        current_app.config["BANK_ACCOUNT"]: "Copy the account number",
        str(order.total): "Copy the amount",  # digits only, as banking apps want
        vietqr.clean_memo(order.number): "Copy the transfer message",
    }
    assert all(" hidden>" in tag for tag in re.findall(r"<button[^>]*data-copy[^>]*>", html))
    assert '<strong class="copy-value">' + vietqr.clean_memo(order.number) in html
    assert "js/copy.js" in html
