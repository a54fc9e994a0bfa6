"""The one family of refused requests. A DomainError carries a message for the user (often a
lazy translation), the form field it belongs to (None: the whole form), a machine-readable
`code` (what an API answers with) and the HTTP status a page answers with. Each package
raises its own subclass (AccountError, CatalogError, CheckoutError, CartError, UploadError,
IllegalTransition, ...) so callers catch only what they expect."""


class DomainError(Exception):
    """A request that cannot be carried out as asked; nothing of it is kept."""

    code = "refused"
    status = 400

    def __init__(self, message, field: str | None = None, *, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return str(self.message)
