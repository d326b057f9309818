"""The firm's cockpit routes (/app/...): HTML in, HTML out. The rules live in services/cockpit*.py."""

from __future__ import annotations

from functools import wraps
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from chalice import Blueprint, Response

from chalicelib import clock, config, log, wiring
from chalicelib.lazy import LazyModule

if TYPE_CHECKING:
    from chalicelib.services import cockpit
else:
    cockpit = LazyModule("chalicelib.services.cockpit")  # loaded with the first cockpit page, not with `import app`

bp = Blueprint(__name__)
FORMS = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain", "application/json",
         "application/octet-stream"]


def _root() -> str:
    """Where the app lives: the public URL's path, or API Gateway's stage, or nothing (local)."""
    url = config.public_url()
    if url:
        return urlparse(url).path.rstrip("/")
    ctx = bp.current_request.context or {}
    return f"/{ctx.get('stage')}" if ctx.get("domainName") and ctx.get("stage") else ""


def _base_url() -> str:
    url = config.public_url()
    if url:
        return url
    ctx = bp.current_request.context or {}
    return f"https://{ctx.get('domainName')}{_root()}" if ctx.get("domainName") else ""


def _req() -> cockpit.Req:
    r = bp.current_request
    return cockpit.Req(r.method, dict(r.query_params or {}), {k.lower(): v for k, v in (r.headers or {}).items()},
                       r.raw_body or b"", _root())  # type: ignore[arg-type]  # Chalice types it str | bytes; always bytes


def page(owner: bool = False, signed_in: bool = True, csrf_in_form: bool = True):
    def outer(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                deps, req, now = wiring.deps(), _req(), clock.now()
                if signed_in:
                    ctx = cockpit.open_ctx(deps, req, now, owner, csrf_in_form)
                else:
                    ctx = cockpit.anonymous(deps, req, now)
                result = ctx if isinstance(ctx, cockpit.Page) else fn(ctx, *args, **kwargs)
            except Exception:
                log.exception("cockpit page failed")
                result = cockpit.Page(500, "<!DOCTYPE html><title>Erreur</title><p>Erreur interne / internal error.",
                                      dict(cockpit.HEADERS))
            return Response(result.body, status_code=result.status, headers=result.headers)

        return wrapper

    return outer


@bp.route("/app", methods=["GET"])
@page()
def app_home(ctx):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.dashboard(ctx)


@bp.route("/app/login", methods=["GET"])
@page(signed_in=False)
def app_login(ctx):
    return cockpit.login_form(ctx)


@bp.route("/app/login", methods=["POST"], content_types=FORMS)
@page(signed_in=False)
def app_login_post(ctx):
    return cockpit.login_request(ctx, _base_url())


@bp.route("/app/login/{secret}", methods=["GET"])
@page(signed_in=False)
def app_login_link(ctx, secret):
    return cockpit.login_link(ctx, secret)


@bp.route("/app/login/{secret}", methods=["POST"], content_types=FORMS)
@page(signed_in=False)
def app_login_consume(ctx, secret):
    return cockpit.login_consume(ctx, secret)


@bp.route("/app/logout", methods=["POST"], content_types=FORMS)
@page()
def app_logout(ctx):
    return cockpit.logout(ctx)


@bp.route("/app/switch", methods=["POST"], content_types=FORMS)
@page()
def app_switch(ctx):
    return cockpit.switch(ctx)


@bp.route("/app/todo", methods=["GET"])
@page()
def app_todo(ctx):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.todo_page(ctx)


@bp.route("/app/todo/{item_id}", methods=["POST"], content_types=FORMS)
@page()
def app_todo_act(ctx, item_id):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.todo_act(ctx, item_id)


@bp.route("/app/invoices", methods=["GET"])
@page()
def app_invoices(ctx):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.invoice_list(ctx)


@bp.route("/app/export.csv", methods=["GET"])
@page()
def app_export(ctx):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.export_csv(ctx)


@bp.route("/app/invoices/{invoice_id}", methods=["GET"])
@page()
def app_invoice(ctx, invoice_id):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.invoice_page(ctx, invoice_id)


@bp.route("/app/invoices/{invoice_id}/{action}", methods=["POST"], content_types=FORMS)
@page()
def app_invoice_act(ctx, invoice_id, action):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.invoice_act(ctx, invoice_id, action)


@bp.route("/app/debtors/{customer_id}", methods=["GET"])
@page()
def app_debtor(ctx, customer_id):
    from chalicelib.services import cockpit_book  # the book pages load on first use

    return cockpit_book.debtor_page(ctx, customer_id)


@bp.route("/app/settings", methods=["GET"])
@page(owner=True)
def app_settings(ctx):
    from chalicelib.services import cockpit_settings  # jinja2 and templates: loaded for settings only

    return cockpit_settings.settings_page(ctx)


@bp.route("/app/settings/{section}", methods=["POST"], content_types=FORMS)
@page(owner=True)
def app_settings_post(ctx, section):
    from chalicelib.services import cockpit_settings  # jinja2 and templates: loaded for settings only

    return cockpit_settings.settings_post(ctx, section)


@bp.route("/app/settings/templates/{lang}/{stage}", methods=["GET"])
@page(owner=True)
def app_template(ctx, lang, stage):
    from chalicelib.services import cockpit_settings  # jinja2 and templates: loaded for settings only

    return cockpit_settings.template_page(ctx, lang, stage)


@bp.route("/app/settings/templates/{lang}/{stage}", methods=["POST"], content_types=FORMS)
@page(owner=True)
def app_template_post(ctx, lang, stage):
    from chalicelib.services import cockpit_settings  # jinja2 and templates: loaded for settings only

    return cockpit_settings.template_post(ctx, lang, stage)


@bp.route("/app/import", methods=["GET"])
@page()
def app_import(ctx):
    from chalicelib.services import cockpit_settings  # jinja2 and templates: loaded for settings only

    return cockpit_settings.import_page(ctx)


@bp.route("/app/import", methods=["POST"], content_types=FORMS)
@page(csrf_in_form=False)  # multipart: the service reads the token from the form's own parts
def app_import_post(ctx):
    from chalicelib.services import cockpit_settings  # jinja2 and templates: loaded for settings only

    return cockpit_settings.import_post(ctx)
