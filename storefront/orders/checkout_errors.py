"""Why an order cannot be placed as asked: the errors of checkout, contact and quote."""

from flask_babel import lazy_gettext as _l

from storefront.catalog.models import Variant
from storefront.domain_errors import DomainError
from storefront.i18n import format_vnd, localized


class CheckoutError(DomainError):
    """The order cannot be placed as asked; `field` names the form field when there is one."""


class OutOfStockError(CheckoutError):
    """Fewer left than asked: the message says how many remain."""

    @classmethod
    def of(cls, variant: Variant, left: int | None) -> "OutOfStockError":
        """Only `left` units of this variant can be sold."""
        return cls(
            _l(
                "Only %(num)s left of %(name)s (%(label)s).",
                num=left,
                name=localized(variant.product, "name"),
                label=localized(variant, "label"),
            )
        )


class TotalChangedError(CheckoutError):
    """The order would cost another amount than the total the buyer last saw (shipping, a
    price, the party or the store credit changed): nothing is placed; show `total`, ask again."""

    status = 409

    def __init__(self, total: int):
        super().__init__(
            _l(
                "The total has changed to %(total)s since this page was shown. "
                "Please check it and confirm again.",
                total=format_vnd(total),
            )
        )
        self.total = total
