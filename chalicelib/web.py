"""HTTP plumbing shared by the routes: JSON errors, content types, body limits. No business rules."""

from __future__ import annotations

import json
import logging
from functools import wraps

from chalice import Response

from chalicelib import config
from chalicelib.core.errors import RelanceError, TooLarge, UnsupportedMedia, ValidationError

log = logging.getLogger("relance")
CONTENT_TYPES = ["application/json", "text/csv", "application/csv", "text/plain", "application/octet-stream",
                 "application/x-www-form-urlencoded", "multipart/form-data", "application/xml", "text/html"]


def error(status: int, code: str, message: str, fields: dict | None = None) -> Response:
    body = {"error": {"code": code, "message": message, **({"fields": fields} if fields else {})}}
    return Response(json.dumps(body), status_code=status, headers={"Content-Type": "application/json"})


def ok(body, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(body), status_code=status,
                    headers={"Content-Type": "application/json", **(headers or {})})


def json_api(fn):
    """Maps domain errors to JSON answers; anything else is our bug, logged and answered as such."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except RelanceError as exc:
            return error(exc.status, exc.code, exc.message, exc.fields)
        except Exception:
            log.exception("unhandled error")
            return error(500, "internal", "an internal error occurred; it has been logged")

    return wrapper


def body(request, allowed: tuple[str, ...] = ("application/json",)) -> bytes:
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if ctype not in allowed:
        raise UnsupportedMedia(f"Content-Type must be {' or '.join(allowed)}")
    raw = request.raw_body or b""
    if len(raw) > config.max_body_bytes():
        raise TooLarge("the body is over 1 MB")
    return raw


def json_body(request) -> dict:
    raw = body(request)
    try:
        data = json.loads(raw, parse_float=lambda s: s)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("the body is not valid JSON", {"body": str(exc)}) from None
    if not isinstance(data, dict):
        raise ValidationError("the body must be a JSON object", {"body": "must be an object"})
    return data
