"""Domain errors of the catalogue; `field` names the form field the message belongs to."""

from storefront.domain_errors import DomainError


class CatalogError(DomainError):
    """A refused change to a product, its variants, photos or certificate."""


class LotError(DomainError):
    """A refused change to a lot, its stock, inputs or events, or to a producer document."""

    code = "lot_refused"


class LotCodeError(LotError):
    """A lot code outside GS1's rules (character set 82, 20 characters) or already used."""

    code = "lot_code"


class LotStockChanged(LotError):
    """The lot's stock moved (an order) since the page was shown: look again."""

    code = "lot_stock_changed"
    status = 409


class LotNotYours(LotError):
    """A variant, lot or document of another producer: answered as if it did not exist."""

    code = "not_found"
    status = 404
