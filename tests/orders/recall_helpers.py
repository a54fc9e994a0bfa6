"""Orders whose lines carry a lot (the OrderItemLot rows the checkout writes), for recalls."""

from storefront.extensions import db
from storefront.orders.lot_models import OrderItemLot
from storefront.orders.models import OrderStatus
from tests.orders.builders import make_order


def order_of(lot, quantity: int = 1, status=OrderStatus.CONFIRMED, **fields):
    """An order of the lot's product whose one line took `quantity` units of the lot."""
    order = make_order([lot.product], status=status)
    for name, value in fields.items():  # e-mail, locale
        setattr(order, name, value)
    db.session.add(OrderItemLot(order_item=order.items[0], lot=lot, quantity=quantity))
    db.session.flush()
    return order
