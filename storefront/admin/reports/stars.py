"""Which products hold verified OCOP stars on a day (a council decision or a checked claim,
storefront.catalog.certificates): what the products, coverage and sales sections count by.
Stars a producer only typed in are not counted."""

from datetime import date

import sqlalchemy as sa
from flask import g

from storefront.catalog.certificates import verified_stars_expr
from storefront.catalog.models import Product
from storefront.extensions import db


def verified(day: date) -> dict[int, int]:
    """The verified stars in force on `day`, by product id (products without: absent); read
    once per request and day (three sections ask)."""
    memo = g.setdefault("verified_stars", {})
    if day not in memo:
        stars = verified_stars_expr(day).label("stars")
        query = sa.select(Product.id, stars).where(stars.is_not(None))
        memo[day] = {pid: level for pid, level in db.session.execute(query)}
    return memo[day]
