"""Adoptions listen to the orders they placed: a paid order activates its adoption, a closed
one frees the tree."""

from storefront.adoptions import adopting
from storefront.adoptions import states as _states  # noqa: F401 - registers the life cycle
from storefront.orders.models import OrderKind
from storefront.orders.signals import order_closed, order_confirmed


@order_confirmed.connect
def _confirmed(order) -> None:
    if order.kind == OrderKind.ADOPTION:
        adopting.on_confirmed(order)


@order_closed.connect
def _closed(order) -> None:
    if order.kind == OrderKind.ADOPTION:
        adopting.on_closed(order)
