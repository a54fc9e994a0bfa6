"""Lots of variants with a GTIN (Vietnam's 893 prefix), for the serial tests."""

from stdnum import ean

from tests import factories, lot_factories


def gtin13() -> str:
    body = f"893{factories.next_number():09d}"
    return body + ean.calc_check_digit(body)


def gtin_lot(**fields):
    """A lot of a new product's variant that has a GTIN-13."""
    product = factories.product(prices=(60_000,), **fields)
    variant = product.variants[0]
    variant.gtin = gtin13()
    return lot_factories.lot(variant)
