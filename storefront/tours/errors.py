"""Refusals of the tours package."""

from storefront.domain_errors import FieldError


class BookingError(FieldError):
    """The booking cannot be changed as asked; the message says why."""
