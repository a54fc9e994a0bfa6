"""Users, roles, log in and sign-up."""

from flask import Blueprint

from storefront.security import private

bp = private(Blueprint("accounts", __name__, url_prefix="/account"))
