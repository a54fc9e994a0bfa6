"""The provincial OCOP office: approving producers, checking transfers and refunds, accounts."""

from flask import Blueprint

from storefront.accounts.access import admin_required
from storefront.security import private

bp = private(Blueprint("admin", __name__, url_prefix="/admin"))


@bp.before_request
@admin_required
def require_admin():
    """Every page here is for the OCOP office only."""
