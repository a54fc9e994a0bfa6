"""The domain error of uploads: a refusal the uploader can read, in their own language."""

from storefront.domain_errors import DomainError


class UploadError(DomainError):
    """An upload refused before anything was stored; str() is the message in the current locale.

    `message` is a lazy string (`_l(...)` with its parameters), so it is translated when shown;
    `code` is a short English reason for logs, tests and machines ("not_a_picture", ...).
    """

    def __init__(self, message, reason: str, field: str | None = None):
        super().__init__(message, field, code=reason)

    @property
    def reason(self) -> str:
        return self.code
