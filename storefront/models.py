"""Every model module, imported once so the metadata (and Alembic) sees all tables."""

from storefront.accounts.models import User  # noqa: F401
from storefront.catalog.models import Category, Product, ProductImage, Variant  # noqa: F401
from storefront.media.models import Document, MediaAsset  # noqa: F401
from storefront.orders.models import (  # noqa: F401
    CartItem,
    Fulfilment,
    Order,
    OrderEvent,
    OrderItem,
    Payment,
    ProcessedWebhook,
    Refund,
    SavedAddress,
    StoreCreditEntry,
)
from storefront.producers.models import Invitation, Producer, ProducerMember  # noqa: F401
from storefront.tours.models import Booking, Departure, Tour, WaitlistEntry  # noqa: F401
