"""HTTP plumbing shared by the routes: JSON errors, content types, body limits. No business rules."""

from __future__ import annotations

import json
from functools import wraps

from chalice import Response

from chalicelib import config, log
from chalicelib.core.errors import NotFound, RelanceError, TooLarge, UnsupportedMedia, ValidationError
from chalicelib.core.intake import parse_json

CONTENT_TYPES = ["application/json", "text/csv", "application/csv", "text/plain", "application/octet-stream",
                 "application/x-www-form-urlencoded", "multipart/form-data", "application/xml", "text/html"]


def error(status: int, code: str, message: str, fields: dict | None = None) -> Response:
    body = {"error": {"code": code, "message": message, **({"fields": fields} if fields else {})}}
    return Response(json.dumps(body), status_code=status, headers={"Content-Type": "application/json"})


def ok(body, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(body), status_code=status,
                    headers={"Content-Type": "application/json", **(headers or {})})


MAX_PATH_PARAM = 128  # ids, names, languages: none is longer, and each becomes a DynamoDB key or a file name


def check_path_params(params: dict) -> None:
    """No id in a path is longer than our identifiers or carries control characters: no such resource."""
    for name, value in params.items():
        if not isinstance(value, str) or not 0 < len(value) <= MAX_PATH_PARAM or not value.isprintable():
            raise NotFound(f"no such {name.removesuffix('_id')}")


def json_api(fn):
    """Maps domain errors to JSON answers; anything else is our bug, logged and answered as such."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            check_path_params(kwargs)
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
    data = parse_json(body(request))
    if not isinstance(data, dict):
        raise ValidationError("the body must be a JSON object", {"body": "must be an object"})
    return data


def own_errors(request, get_response):
    """Chalice answers a content type a route does not list with its own {"Code": "UnsupportedMediaType"}
    before any view runs: answered here in our JSON error shape, or as an HTML page under /p/."""
    response = get_response(request)
    chalice_body = response.body if isinstance(response.body, dict) else {}
    if response.status_code == 415 and chalice_body.get("Code") == "UnsupportedMediaType":
        if (getattr(request, "path", "") or "").startswith("/p/"):
            from chalicelib.services import pages

            page = pages.message("error", 415)
            return Response(page.body, status_code=415, headers=page.headers)
        ctype = (request.headers.get("content-type") or "") if request else ""
        return error(415, "unsupported_media_type", f"unsupported Content-Type {ctype[:100]!r}",
                     {"Content-Type": "see openapi.yaml for the types this route takes"})
    return response
