"""Domain errors of the catalogue; `field` names the form field the message belongs to."""

from storefront.domain_errors import DomainError


class CatalogError(DomainError):
    """A refused change to a product, its variants, photos or certificate."""
