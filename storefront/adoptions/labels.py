"""Names of an adoption's and a harvest box's states in the visitor's language."""

from flask_babel import lazy_gettext as _l

from storefront.adoptions.models import AdoptionStatus, DeliveryStatus

ADOPTION_STATUS_LABELS = {
    AdoptionStatus.HELD: _l("Waiting for payment"),
    AdoptionStatus.ACTIVE: _l("Adopted"),
    AdoptionStatus.COMPLETED: _l("Season completed"),
    AdoptionStatus.RELEASED: _l("Released"),
}
DELIVERY_STATUS_LABELS = {
    DeliveryStatus.PLANNED: _l("Planned"),
    DeliveryStatus.SHIPPED: _l("Shipped"),
    DeliveryStatus.PICKED_UP: _l("Picked up at the orchard"),
    DeliveryStatus.SHORT: _l("Not harvested: credited"),
}
