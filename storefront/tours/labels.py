"""Names of mango varieties in the visitor's language: one table for pages and forms."""

from flask_babel import lazy_gettext as _l

from storefront.tours.models import MangoVariety

VARIETY_LABELS = {
    MangoVariety.CAT_CHU: _l("Cát Chu mango"),
    MangoVariety.CAT_HOA_LOC: _l("Cát Hòa Lộc mango"),
    MangoVariety.DAI_LOAN: _l("Taiwan mango"),
    MangoVariety.TU_QUY: _l("Tứ Quý mango"),
    MangoVariety.KEO: _l("Keo mango"),
}


def variety_label(variety: MangoVariety) -> str:
    return str(VARIETY_LABELS[MangoVariety(variety)])


def _status_labels():
    from storefront.tours.adoption_models import AdoptionStatus, DeliveryStatus
    from storefront.tours.booking_models import BookingStatus

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
