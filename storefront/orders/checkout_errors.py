"""Why an order cannot be placed as asked: the errors of checkout, contact and quote."""

from flask_babel import lazy_gettext as _l

from storefront.domain_errors import DomainError
from storefront.i18n import format_vnd


class CheckoutError(DomainError):
    """The order cannot be placed as asked; `field` names the form field when there is one."""


class OutOfStockError(CheckoutError):
    """Fewer left than asked: the message says how many remain."""


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
