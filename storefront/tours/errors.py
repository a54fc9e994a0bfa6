"""Refusals of the tours package."""

from storefront.domain_errors import DomainError


class BookingError(DomainError):
    """The booking cannot be changed as asked; the message says why."""
