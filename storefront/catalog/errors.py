"""Domain errors of the catalogue; `field` names the form field the message belongs to."""


class CatalogError(ValueError):
    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return str(self.message)
