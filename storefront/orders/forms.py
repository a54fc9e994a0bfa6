"""Buying forms: the cart's first; the cart service checks every value it is given."""

import re

from flask_babel import lazy_gettext as _l
from wtforms import StringField

from storefront.forms_common import SiteForm

QUANTITY_FIELD = re.compile(r"qty-([0-9]{1,12})")


class AddToCartForm(SiteForm):
    """A package and how many of it, posted from a product page."""

    variant_id = StringField(_l("Package"))
    quantity = StringField(_l("Quantity"), default="1")


def posted_quantities(formdata) -> dict[int, str]:
    """The cart page's quantities by variant id, from its fields named qty-<variant id>."""
    quantities = {}
    for name, value in formdata.items():
        match = QUANTITY_FIELD.fullmatch(name)
        if match:
            quantities[int(match.group(1))] = value
    return quantities
