"""Errors the shell maps to HTTP answers. Pure: no framework imports."""


class RelanceError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, fields: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.fields = fields or {}


class BadRequest(RelanceError):
    """The body cannot be read at all (not JSON, too deep, a number too long)."""


class ValidationError(RelanceError):
    status = 422
    code = "invalid"


class Unauthorized(RelanceError):
    status = 401
    code = "unauthorized"


class NotFound(RelanceError):
    status = 404
    code = "not_found"


class Conflict(RelanceError):
    status = 409
    code = "conflict"


class TooLarge(RelanceError):
    status = 413
    code = "too_large"


class UnsupportedMedia(RelanceError):
    status = 415
    code = "unsupported_media_type"


class Fields:
    """Collects field errors so a caller reports all of them at once."""

    def __init__(self, prefix: str = ""):
        self.prefix = prefix
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(self.prefix + field, message)

    def raise_if_any(self, message: str = "some fields are invalid") -> None:
        if self.errors:
            raise ValidationError(message, dict(self.errors))
