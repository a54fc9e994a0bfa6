"""The provincial OCOP office: approving producers, checking transfers and refunds, accounts."""

from flask import Blueprint

from storefront.accounts.access import office_gate
from storefront.security import private

bp = private(Blueprint("admin", __name__, url_prefix="/admin"))
# Every page here is for the OCOP office: administrators reach all of them, council members
# and commune officers only the views marked `@office_roles(...)` for their role.
bp.before_request(office_gate)
