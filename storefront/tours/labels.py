"""Names of a booking's states in the visitor's language."""

from flask_babel import lazy_gettext as _l

from storefront.tours.models import BookingStatus

BOOKING_STATUS_LABELS = {
    BookingStatus.HELD: _l("Seats held, waiting for payment"),
    BookingStatus.CONFIRMED: _l("Confirmed"),
    BookingStatus.CHECKED_IN: _l("Checked in"),
    BookingStatus.CANCELLED: _l("Cancelled"),
    BookingStatus.RELEASED: _l("Released (not paid)"),
}
