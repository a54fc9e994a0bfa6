"""A producer's own back office: products, stock, brand, orders, orchards, tours, team."""

from flask import Blueprint

from storefront.producers.access import producer_required
from storefront.security import private

bp = private(Blueprint("portal", __name__, url_prefix="/portal"))


@bp.before_request
@producer_required
def load_producer():
    """Every portal page needs a logged-in producer member (sets g.producer)."""
