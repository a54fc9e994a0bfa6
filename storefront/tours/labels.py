"""Names of mango varieties in the visitor's language: one table for pages and forms."""

from flask_babel import lazy_gettext as _l


def _status_labels():
    from storefront.adoptions.models import AdoptionStatus, DeliveryStatus
    from storefront.tours.models import BookingStatus

    return (
        {
            AdoptionStatus.HELD: _l("Waiting for payment"),
            AdoptionStatus.ACTIVE: _l("Adopted"),
            AdoptionStatus.COMPLETED: _l("Season completed"),
            AdoptionStatus.RELEASED: _l("Released"),
        },
        {
            DeliveryStatus.PLANNED: _l("Planned"),
            DeliveryStatus.SHIPPED: _l("Shipped"),
            DeliveryStatus.PICKED_UP: _l("Picked up at the orchard"),
            DeliveryStatus.SHORT: _l("Not harvested: credited"),
        },
        {
            BookingStatus.HELD: _l("Seats held, waiting for payment"),
            BookingStatus.CONFIRMED: _l("Confirmed"),
            BookingStatus.CHECKED_IN: _l("Checked in"),
            BookingStatus.CANCELLED: _l("Cancelled"),
            BookingStatus.RELEASED: _l("Released (not paid)"),
        },
    )


ADOPTION_STATUS_LABELS, DELIVERY_STATUS_LABELS, BOOKING_STATUS_LABELS = _status_labels()
