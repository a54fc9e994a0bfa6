"""Paying for orders: the checkout page and the order page, cash on delivery, bank transfer
(VietQR), card (Stripe Checkout and its webhooks), refunds."""

from flask import Blueprint

from storefront.security import private

bp = private(Blueprint("payments", __name__))
