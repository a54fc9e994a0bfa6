"""The domain error of uploads: a refusal the uploader can read, in their own language."""


class UploadError(ValueError):
    """An upload refused before anything was stored; str() is the message in the current locale.

    `message` is a lazy string (`_l(...)` with its parameters), so it is translated when shown;
    `reason` is a short English code for logs and tests ("not_a_picture", "too_small", ...).
    """

    def __init__(self, message, reason: str):
        super().__init__(message)
        self.message = message
        self.reason = reason

    def __str__(self) -> str:
        return str(self.message)
