"""The debtor's page routes (/p/{token}...): HTML in, HTML out. The rules live in services/pages.py."""

from __future__ import annotations

from dataclasses import replace
from functools import wraps
from typing import TYPE_CHECKING

from chalice import Blueprint, Response

from chalicelib import clock, config, log, wiring
from chalicelib.lazy import LazyModule

if TYPE_CHECKING:
    from chalicelib.services import pages
else:
    pages = LazyModule("chalicelib.services.pages")  # loaded with the first debtor page, not with `import app`

bp = Blueprint(__name__)
FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain", "application/json",
              "application/octet-stream"]  # the service answers anything but a form with an HTML page


def html(fn):
    """Debtor pages never answer JSON: a fault is logged and shown as a plain page."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            page = fn(*args, **kwargs)
        except Exception:
            log.exception("debtor page failed")
            page = pages.message("error", 500)
        return Response(page.body, status_code=page.status, headers=page.headers)

    return wrapper


def _deps():
    """The API handler cannot be told its own URL at deploy time (the API depends on it): without a configured
    public URL, debtor links in confirmation mails use the address this request came to."""
    deps = wiring.deps()
    if config.public_url():
        return deps
    return replace(deps, public_url=api_url(bp.current_request.context) or deps.public_url)


def api_url(context: dict) -> str | None:
    """https://<api domain>/<stage> from API Gateway's request context."""
    return f"https://{context['domainName']}/{context.get('stage', 'api')}" if context.get("domainName") else None


def _query() -> dict:
    return dict(bp.current_request.query_params or {})


@bp.route("/p/{token}", methods=["GET"])
@html
def debtor_page(token):
    return pages.view(_deps(), token, _query(), clock.now())


@bp.route("/p/{token}/pay", methods=["GET"])
@html
def debtor_pay(token):
    return pages.pay(_deps(), token, _query(), clock.now())


def _post(token: str, action: str):
    req = bp.current_request
    raw: bytes = req.raw_body or b""  # type: ignore[assignment]  # Chalice types it str | bytes; always bytes
    return pages.act(_deps(), token, action, raw, req.headers.get("content-type", ""), _query(), clock.now())


@bp.route("/p/{token}/promise", methods=["POST"], content_types=FORM_TYPES)
@html
def debtor_promise(token):
    return _post(token, "promise")


@bp.route("/p/{token}/paid", methods=["POST"], content_types=FORM_TYPES)
@html
def debtor_paid(token):
    return _post(token, "paid")


@bp.route("/p/{token}/dispute", methods=["POST"], content_types=FORM_TYPES)
@html
def debtor_dispute(token):
    return _post(token, "dispute")


@bp.route("/p/{token}/plan", methods=["POST"], content_types=FORM_TYPES)
@html
def debtor_plan(token):
    return _post(token, "plan")
