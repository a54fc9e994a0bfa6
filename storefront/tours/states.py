"""A booking's life cycle, registered with the orders' state machine so its transitions leave
events in the order's history like any payment or fulfilment."""

from storefront.orders import states
from storefront.tours.models import Booking, BookingStatus

B = BookingStatus

BOOKING_TRANSITIONS: dict[tuple[BookingStatus, str], BookingStatus] = {
    (B.HELD, "pay"): B.CONFIRMED,
    (B.HELD, "release"): B.RELEASED,
    (B.CONFIRMED, "check_in"): B.CHECKED_IN,
    (B.CONFIRMED, "cancel"): B.CANCELLED,
}

states.register(Booking, "booking", BOOKING_TRANSITIONS)
