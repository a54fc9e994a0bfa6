"""GS1 Digital Link paths on our own domain for products, lots and serials.

`/01/{GTIN-14}` opens the product, `/01/{GTIN-14}/10/{lot}` a lot (with `?17=YYMMDD` when it
has a best-before date), `/01/{GTIN-14}/21/{serial}` one item; a product without a GTIN uses
`/trace/{product slug}/{lot}`. Lot codes and serials are percent-encoded as the standard asks.
"""

from urllib.parse import quote

from stdnum import ean
from stdnum.exceptions import ValidationError

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.links import site_url


def is_valid_gtin(value: str) -> bool:
    """A GTIN-8, -12, -13 or -14 whose last digit is the GS1 check digit."""
    if not value.isdigit() or len(value) not in (8, 12, 13, 14):
        return False
    try:
        ean.validate(value)
    except ValidationError:
        return False
    return True


def gtin14(gtin: str) -> str:
    """A GTIN-8/12/13/14 written as the 14 digits Digital Link paths use."""
    return gtin.rjust(14, "0")


def _segment(value: str) -> str:
    return quote(value, safe="")


def lot_path(lot: Lot) -> str:
    """The path a lot's QR code carries."""
    if lot.variant.gtin:
        path = f"/01/{gtin14(lot.variant.gtin)}/10/{_segment(lot.code)}"
        if lot.best_before:
            path += f"?17={lot.best_before:%y%m%d}"
        return path
    return f"/trace/{_segment(lot.product.slug)}/{_segment(lot.code)}"


def serial_path(variant: Variant, serial: str) -> str:
    """The path one serialised item's QR code carries (the variant must have a GTIN)."""
    if not variant.gtin:
        raise ValueError("serials need a GTIN")
    return f"/01/{gtin14(variant.gtin)}/21/{_segment(serial)}"


def absolute(path: str) -> str:
    """The path on SITE_URL: what goes into a printed QR code or an e-mail."""
    return site_url(path)
