"""An adoption's life cycle, registered with the orders' state machine so its transitions leave
events in the order's history like any payment or fulfilment."""

from storefront.adoptions.models import Adoption, AdoptionStatus
from storefront.orders import states

A = AdoptionStatus

ADOPTION_TRANSITIONS: dict[tuple[AdoptionStatus, str], AdoptionStatus] = {
    (A.HELD, "pay"): A.ACTIVE,
    (A.HELD, "release"): A.RELEASED,
    (A.ACTIVE, "complete"): A.COMPLETED,
}

states.register(Adoption, "adoption", ADOPTION_TRANSITIONS)
