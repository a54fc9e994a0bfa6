"""Tours listen to the orders they placed: a paid order confirms its booking, a closed one
frees the seats, and a booking order about to be locked has its departure locked first
(database.py's lock order)."""

from storefront.orders.models import OrderKind
from storefront.orders.signals import order_closed, order_confirmed, order_locking
from storefront.tours import bookings
from storefront.tours import states as _states  # noqa: F401 - registers the life cycle


@order_confirmed.connect
def _confirmed(order) -> None:
    if order.kind == OrderKind.BOOKING:
        bookings.on_confirmed(order)


@order_closed.connect
def _closed(order) -> None:
    if order.kind == OrderKind.BOOKING:
        bookings.on_closed(order)


@order_locking.connect
def _locking(order) -> None:
    if order.kind == OrderKind.BOOKING:
        bookings.lock_departure_of(order)
