"""The bank transfer's VietQR code as an image to save: a buyer paying from a phone cannot
scan the screen they are holding, but any banking app reads a QR code from a saved picture."""

import io

import sqlalchemy as sa
from flask import Blueprint, abort, request, send_file
from flask_login import current_user

from storefront.extensions import db
from storefront.orders import payment_flow
from storefront.orders.links import may_see
from storefront.orders.models import Order
from storefront.payments import vietqr
from storefront.security import private

bp = private(Blueprint("transfers", __name__))


@bp.get("/orders/<number>/vietqr.png")
def vietqr_png(number: str):
    """The order's VietQR code as a PNG download, for whoever may see the order (signed link
    or owner), while its transfer is awaited; never stored by browsers or proxies."""
    order = db.session.scalar(sa.select(Order).where(Order.number == number.upper()[:20]))
    if order is None or not may_see(order, current_user, request.args.get("t")):
        abort(404)
    details = payment_flow.transfer_details(order)
    if details is None:
        abort(404)
    return send_file(
        io.BytesIO(vietqr.qr_png(details["payload"])),
        mimetype="image/png",
        as_attachment=True,
        download_name=f"VietQR-{order.number}.png",
    )
