"""A firm's own wording: template overrides, checked by rendering every stage before they are saved."""

from __future__ import annotations

from dataclasses import replace

from chalicelib.adapters.store import WriteBatch
from chalicelib.core.errors import NotFound, ValidationError
from chalicelib.core.records import Tenant

MAX_TEMPLATE = 64 * 1024


def listing(tenant: Tenant) -> dict:
    from chalicelib.adapters.render import templates_dir  # jinja2 loads here, not at cold start

    root = templates_dir()
    names = sorted(str(p.relative_to(root)) for lang in ("fr", "en") for p in (root / lang).glob("*")
                   if p.is_file() and not p.name.startswith("_"))
    return {"templates": names, "overridden": sorted(tenant.templates)}


def put(store, tenant: Tenant, language: str, name: str, source: bytes) -> dict:
    from jinja2 import TemplateError

    from chalicelib.adapters.render import Renderer, templates_dir

    key = f"{language}/{name}"
    if not (templates_dir() / key).is_file():
        raise NotFound(f"no template {key}: GET /v1/templates lists them")
    if len(source) > MAX_TEMPLATE:
        raise ValidationError("template too large", {"body": f"at most {MAX_TEMPLATE} bytes"})
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError("the template is not UTF-8", {"body": "must be UTF-8 text"}) from None
    overrides = {**tenant.templates, key: text}
    try:
        errors = Renderer(overrides).check()
    except (TemplateError, ValueError) as exc:
        errors = {key: str(exc)}
    if errors:
        raise ValidationError("the template does not render", errors)
    store.write(WriteBatch(tenants=[replace(tenant, templates=overrides)]))
    return {"saved": key}


def delete(store, tenant: Tenant, language: str, name: str) -> dict:
    key = f"{language}/{name}"
    if key not in tenant.templates:
        raise NotFound(f"{key} is not overridden")
    store.write(WriteBatch(tenants=[replace(tenant, templates={k: v for k, v in tenant.templates.items()
                                                              if k != key})]))
    return {"deleted": key}
