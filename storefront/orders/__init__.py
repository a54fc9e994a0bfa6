"""Cart, checkout, orders and their per-producer fulfilment, store credit."""

from flask import Blueprint

from storefront.security import private

bp = private(Blueprint("orders", __name__))
