"""Structured logs: one JSON line per event on stdout (what CloudWatch ingests), ids only.

No email address, name, IBAN or debtor's text may reach a line. The guard is structural: a line takes only
the keys listed in KEYS, each value must have the shape of its kind (an id, a code, a count), and the message
is a literal of ours. A value that does not fit is written as "<redacted>"; an unknown key is dropped and
counted. Correlation ids are bound for the current invocation (contextvars) and cleared when it ends.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import wraps
from types import MappingProxyType
from typing import Any, TypeVar

ID, IDS, CODE, COUNT = "id", "ids", "code", "count"
KEYS: dict[str, str] = {
    # correlation
    "handler": CODE, "request_id": ID, "tenant_id": ID, "customer_id": ID, "invoice_id": ID, "invoice_ids": IDS,
    "message_id": ID, "ses_message_id": ID, "letter_id": ID, "s3_key": ID, "user_role": CODE,
    # what happened
    "route": ID, "method": CODE, "status": COUNT, "duration_ms": COUNT, "result": CODE, "kind": CODE,
    "stage": CODE, "intent": CODE, "action": CODE, "matched_by": CODE, "blocked": COUNT, "confidence": COUNT,
    "records": COUNT, "failed": COUNT, "updated": COUNT, "due_invoices": COUNT, "debtors": COUNT,
    "index_queries": COUNT, "digests": COUNT, "name": CODE, "error_code": CODE,
    # errors (built by _error: never passed by callers)
    "error_type": CODE, "error": "text", "where": "text",
}
BUILT = frozenset({"error_type", "error", "where"})  # from the exception only, never from a caller
CORRELATION = ("handler", "request_id", "tenant_id", "customer_id", "invoice_id", "message_id", "ses_message_id")
PATH_IDS = ("tenant_id", "customer_id", "invoice_id", "letter_id")
REDACTED = "<redacted>"
_ID = re.compile(r"[A-Za-z0-9/][A-Za-z0-9_.:#+=/{}~-]{0,159}")
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]{0,63}")
_MESSAGE = re.compile(r"[a-z][a-z0-9 _,.:;()/'-]{0,119}")
_EMAIL = re.compile(r"[^\s<>()\"',;:]+@[^\s<>()\"',;]+")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_LONG_ALNUM = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")  # IBAN-like
_LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARN": logging.WARNING, "WARNING": logging.WARNING,
           "ERROR": logging.ERROR}

_NOTHING: Mapping[str, Any] = MappingProxyType({})
_context: ContextVar[Mapping[str, Any]] = ContextVar("relance_log_context", default=_NOTHING)
_logger = logging.getLogger("relance.events")
_logger.propagate = False  # Chalice's own "relance" logger writes plain text: these lines stay JSON only
_logger.setLevel(logging.DEBUG)  # the threshold is LOG_LEVEL, read at each call
F = TypeVar("F", bound=Callable[..., Any])


def threshold() -> int:
    return _LEVELS.get(os.environ.get("LOG_LEVEL", "INFO").strip().upper(), logging.INFO)


def clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Only known keys, each value of its kind; the rest redacted (values) or dropped (keys)."""
    out: dict[str, Any] = {}
    dropped = 0
    for key, value in fields.items():
        kind = KEYS.get(key)
        if kind is None:
            dropped += 1
        elif value is not None:
            out[key] = _value(kind, value)
    if dropped:
        out["dropped_keys"] = dropped
    return out


def _value(kind: str, value: Any) -> Any:
    if kind == COUNT:
        ok = isinstance(value, bool | int) or (isinstance(value, float) and value == value)
        return value if ok else REDACTED
    if kind == IDS:
        items = list(value) if isinstance(value, list | tuple | set | frozenset) else [value]
        return [_value(ID, v) for v in items[:50]]
    pattern = _ID if kind == ID else _CODE if kind == CODE else None
    if pattern is None:  # text: built here from an exception, already scrubbed
        return value if isinstance(value, str) and "@" not in value else REDACTED
    return value if isinstance(value, str) and pattern.fullmatch(value) else REDACTED


def short(exc: BaseException) -> str:
    """An exception's message with what may carry data taken out: quoted values, addresses, IBANs."""
    text = " ".join(str(exc).split())
    text = _LONG_ALNUM.sub("<iban>", _EMAIL.sub("<email>", _QUOTED.sub("'…'", text)))
    return text[:160]


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    return " < ".join(f"{os.path.basename(f.filename)}:{f.lineno}:{f.name}" for f in reversed(frames))


def _error(exc: BaseException) -> dict[str, Any]:
    code = getattr(exc, "response", None)
    code = code.get("Error", {}).get("Code") if isinstance(code, dict) else getattr(exc, "code", None)
    return {"error_type": type(exc).__name__, "error": short(exc), "where": _where(exc),
            "error_code": code if isinstance(code, str) else None}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "message": record.getMessage() if _MESSAGE.fullmatch(record.getMessage()) else REDACTED,
        }
        line.update(getattr(record, "relance", {}))
        return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


class _Stdout(logging.Handler):
    """Writes to the sys.stdout of the moment (Lambda's, or a test's capture)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stdout.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - a log line never breaks a handler
            self.handleError(record)


if not _logger.handlers:
    _h = _Stdout()
    _h.setFormatter(JsonFormatter())
    _logger.addHandler(_h)


def _emit(level: int, message: str, fields: Mapping[str, Any], exc: BaseException | None = None) -> None:
    if level < threshold():
        return
    given = {k: v for k, v in {**_context.get(), **fields}.items() if k not in BUILT}
    line = clean(given)
    if exc is not None:
        line.update(clean(_error(exc)))
    _logger.log(level, "%s", message, extra={"relance": line})


def debug(message: str, **fields: Any) -> None:
    _emit(logging.DEBUG, message, fields)


def info(message: str, **fields: Any) -> None:
    _emit(logging.INFO, message, fields)


def warning(message: str, **fields: Any) -> None:
    _emit(logging.WARNING, message, fields)


def error(message: str, exc: BaseException | None = None, **fields: Any) -> None:
    _emit(logging.ERROR, message, fields, exc)


def exception(message: str, **fields: Any) -> None:
    """In an except block: the error with its type, a short message and where it was raised."""
    _emit(logging.ERROR, message, fields, sys.exc_info()[1])


def bind(**ids: Any) -> None:
    """Adds correlation ids to every later line of this invocation."""
    _context.set({**_context.get(), **{k: v for k, v in ids.items() if v is not None}})


@contextmanager
def bound(**ids: Any) -> Iterator[None]:
    """Correlation ids for a block only (one SQS record of a batch)."""
    token = _context.set({**_context.get(), **{k: v for k, v in ids.items() if v is not None}})
    try:
        yield
    finally:
        _context.reset(token)


@contextmanager
def invocation(handler: str, request_id: str | None = None) -> Iterator[None]:
    """A fresh context for one Lambda invocation: nothing bound by the previous one survives."""
    token = _context.set({"handler": handler, "request_id": request_id} if request_id else {"handler": handler})
    try:
        yield
    finally:
        _context.reset(token)


def request_id_of(event: Any) -> str | None:
    rid = getattr(getattr(event, "context", None), "aws_request_id", None)
    return rid if isinstance(rid, str) else None


def sns_message_id(event: Any) -> str | None:
    records = event.to_dict().get("Records") or [{}]
    mid = (records[0].get("Sns") or {}).get("MessageId")
    return mid if isinstance(mid, str) else None


def handler(fn: F) -> F:
    """For event handlers (schedule, SQS, SNS): one invocation context, its end logged with its duration."""

    @wraps(fn)
    def wrapper(event: Any) -> Any:
        with invocation(fn.__name__, request_id_of(event)):
            started = time.monotonic()
            try:
                return fn(event)
            except Exception:
                exception("handler failed", duration_ms=_ms(started))
                raise

    return wrapper  # type: ignore[return-value]


def http(app: Any, request: Any, get_response: Callable[[Any], Any]) -> Any:
    """HTTP middleware body: the route's view name as handler, one line per request with its status."""
    ctx = getattr(request, "context", None) or {}
    route = ctx.get("resourcePath") or ""
    entry = app.routes.get(route, {}).get(getattr(request, "method", ""))
    lam = getattr(request, "lambda_context", None)
    rid = getattr(lam, "aws_request_id", None) or ctx.get("requestId")
    with invocation(entry.view_name if entry else "http", rid if isinstance(rid, str) else None):
        params = getattr(request, "uri_params", None) or {}
        bind(**{k: v for k, v in params.items() if k in PATH_IDS})  # never the page token: it is a secret
        started = time.monotonic()
        try:
            response = get_response(request)
        except Exception:  # Chalice answers it with a 500: the line says why
            exception("request failed", route=route or None, status=500, duration_ms=_ms(started))
            raise
        status = getattr(response, "status_code", 0)
        level = logging.ERROR if status >= 500 else logging.INFO
        _emit(level, "request", {"route": route or None, "method": getattr(request, "method", None),
                                 "status": status, "duration_ms": _ms(started)})
        return response


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)
