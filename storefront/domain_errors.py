"""The one shape of a refused request: a message for the user (often a lazy translation) and
the form field it belongs to. Each package raises its own subclass (AccountError,
CatalogError, CheckoutError, TourismError, ...) so callers catch only what they expect."""


class FieldError(ValueError):
    """A request that cannot be carried out; `field` names the form field the message
    belongs to (None: the whole form)."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return str(self.message)
