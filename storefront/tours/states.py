"""The life cycles of an adoption and of a booking, registered with the orders' state machine
so their transitions leave events in the order's history like any payment or fulfilment."""

from storefront.adoptions.models import Adoption, AdoptionStatus
from storefront.orders import states
from storefront.tours.models import Booking, BookingStatus

A, B = AdoptionStatus, BookingStatus

ADOPTION_TRANSITIONS: dict[tuple[AdoptionStatus, str], AdoptionStatus] = {
    (A.HELD, "pay"): A.ACTIVE,
    (A.HELD, "release"): A.RELEASED,
    (A.ACTIVE, "complete"): A.COMPLETED,
}

BOOKING_TRANSITIONS: dict[tuple[BookingStatus, str], BookingStatus] = {
    (B.HELD, "pay"): B.CONFIRMED,
    (B.HELD, "release"): B.RELEASED,
    (B.CONFIRMED, "check_in"): B.CHECKED_IN,
    (B.CONFIRMED, "cancel"): B.CANCELLED,
}

states.register(Adoption, "adoption", ADOPTION_TRANSITIONS)
states.register(Booking, "booking", BOOKING_TRANSITIONS)
