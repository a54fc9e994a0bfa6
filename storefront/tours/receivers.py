"""Tours listens to the orders it placed: a paid order activates its adoption or confirms its
booking; a closed one frees the tree or the seats; a booking order about to be locked has its
departure locked first (database.py's lock order)."""

from storefront.adoptions import adopting as adoptions
from storefront.orders.models import OrderKind
from storefront.orders.signals import order_closed, order_confirmed, order_locking
from storefront.tours import bookings
from storefront.tours import states as _states  # noqa: F401 - registers the life cycles

HANDLERS = {
    OrderKind.ADOPTION: (adoptions.on_confirmed, adoptions.on_closed),
    OrderKind.BOOKING: (bookings.on_confirmed, bookings.on_closed),
}


@order_confirmed.connect
def _confirmed(order) -> None:
    if order.kind in HANDLERS:
        HANDLERS[order.kind][0](order)


@order_closed.connect
def _closed(order) -> None:
    if order.kind in HANDLERS:
        HANDLERS[order.kind][1](order)


@order_locking.connect
def _locking(order) -> None:
    if order.kind == OrderKind.BOOKING:
        bookings.lock_departure_of(order)
