"""Cockpit settings (owners only) and the CSV import with its dry run."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from jinja2 import TemplateError

from chalicelib.adapters.render import STAGES, Renderer, sample_context, templates_dir
from chalicelib.core import dryrun
from chalicelib.core.decide import Debtor
from chalicelib.core.errors import RelanceError, ValidationError
from chalicelib.core.ids_fr import bic_ok, iban_ok, siren_ok
from chalicelib.core.intake import check_email, check_timezone
from chalicelib.core.policy import STAGE_NAMES, Policy, default_policy, from_dict, to_dict
from chalicelib.core.records import Collection, Invoice, Party, Snapshot, Tenant

from . import intake, policies, templates, tenants, users
from .cockpit import Page, Signed, back, field_, message, render, sess
from .intake import import_csv
from .tenants import JURISDICTIONS

SECTIONS = ("identity", "bank", "sending", "policy", "users", "keys", "webhook")


def _save_tenant(ctx: Signed, fn: Callable[[Tenant], Tenant]) -> None:
    tenants.save_tenant(ctx.store, ctx.tenant.id, fn)
    _reload(ctx)  # the debtor pages of this container see it at once


def _reload(ctx: Signed) -> None:
    ctx.deps.forget_tenant(ctx.tenant.id)
    tenant = ctx.store.get_tenant(ctx.tenant.id)
    assert tenant is not None, "the tenant was read for this request"
    ctx.tenant = tenant


def settings_page(ctx: Signed, errors: dict | None = None, values: dict | None = None, preview=None,
                  secret: str | None = None, status: int = 200) -> Page:
    t = ctx.tenant
    policy = policies.policies_for(t)["default"]
    key_names = (t.settings or {}).get("key_names", {})
    return render(ctx, "settings.html", {
        "errors": errors or {}, "values": values or {}, "done": ctx.req.query.get("done"), "t": t,
        "s": t.settings or {}, "policy": to_dict(policy), "preview": preview or _preview(ctx, policy),
        "users": sorted(users.users_of(ctx.store, t.id).items()), "jurisdictions": JURISDICTIONS,
        "keys": [{"id": k.id, "created_at": k.created_at, "name": key_names.get(k.id, "")} for k in t.api_keys
                 if k.valid(ctx.now)],
        "secret": secret, "grace": {w: tenants.grace_until(t, w, ctx.now) for w in tenants.SECRET_FIELDS}, "stage_names": STAGE_NAMES[:-1],
        "templates": sorted(f"{lang}/{s}" for lang in ("fr", "en") for s in STAGES)}, status)


def _preview(ctx: Signed, policy: Policy) -> list:
    """The calendar the policy gives one sample invoice of 1,000 due in 10 days, to a debtor of the firm."""
    due = ctx.today + timedelta(days=10)
    snap = Snapshot(ctx.now, "sample", "F-EXEMPLE", "open", "EUR", Decimal("1000.00"), Decimal("1000.00"),
                    ctx.today, due, Party("sample", "client@example.com", "Client exemple"))
    debtor = Debtor(ctx.tenant.timezone, ctx.tenant.country, "client@example.com")
    return dryrun.calendar([Invoice(ctx.tenant.id, "sample", snap, collection=Collection())], debtor, policy,
                           ctx.now, 120)


def settings_post(ctx: Signed, section: str) -> Page:
    if section not in SECTIONS:
        return message(ctx, "not_found", 404)
    try:
        return globals()["_" + section](ctx)
    except ValidationError as exc:
        return settings_page(ctx, _errors(ctx, section, exc), dict(ctx.form), status=422)
    except RelanceError as exc:
        return settings_page(ctx, {f"{section}.form": exc.message}, dict(ctx.form), status=422)


def _errors(ctx: Signed, section: str, exc: ValidationError) -> dict:
    """Errors keyed as the form's fields; one no field shows (e.g. the policy's stages) is said at the form's top."""
    known = set(ctx.form) | {f"stage_{n}" for n in STAGE_NAMES} | {"name", "legal_id", "firm_email", "iban", "bic",
                                                                 "sender", "reply_domain", "timezone", "email"}
    out, loose = {}, []
    for k, v in (exc.fields or {"form": exc.message}).items():
        k = k.removeprefix("policy.")
        if k in known:
            out[f"{section}.{k}"] = v
        else:
            loose.append(v if k == "form" else f"{k} : {v}")
    if loose:
        out[f"{section}.form"] = "; ".join(loose)
    return out


def _identity(ctx: Signed) -> Page:
    errors = {}
    name = field_(ctx, "name")
    if not name or len(name) > 200:
        errors["name"] = "required"
    legal_id = field_(ctx, "legal_id")
    if legal_id and ctx.tenant.jurisdiction == "FR" and not siren_ok(legal_id):
        errors["legal_id"] = "siren"
    firm_email = field_(ctx, "firm_email")
    if firm_email:
        try:
            check_email(firm_email)
        except ValueError:
            errors["firm_email"] = "email"
    if errors:
        raise ValidationError("invalid identity", errors)
    signature = field_(ctx, "signature")[:1000]
    _save_tenant(ctx, lambda t: replace(t, name=name, address=field_(ctx, "address")[:500] or None,
                                        legal_id=legal_id or None, contact_phone=field_(ctx, "phone")[:40] or None,
                                        firm_email=firm_email or None,
                                        settings={**(t.settings or {}), "signature": signature}))
    return back(ctx, "/settings", "saved")


def _bank(ctx: Signed) -> Page:
    iban = re.sub(r"\s+", "", field_(ctx, "iban")).upper()
    bic = re.sub(r"\s+", "", field_(ctx, "bic")).upper()
    errors = {}
    if iban and not iban_ok(iban):
        errors["iban"] = "iban"
    if bic and not bic_ok(bic):
        errors["bic"] = "bic"
    if errors:
        raise ValidationError("invalid bank details", errors)
    _save_tenant(ctx, lambda t: replace(t, iban=iban or None, bic=bic or None))
    return back(ctx, "/settings", "saved")


def _sending(ctx: Signed) -> Page:
    errors = {}
    sender, reply = field_(ctx, "sender"), field_(ctx, "reply_domain").lower()
    try:
        check_email(sender)
    except ValueError:
        errors["sender"] = "email"
    if not re.fullmatch(r"(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}", reply):
        errors["reply_domain"] = "domain"
    kind, jur, lang, tz = (field_(ctx, x) for x in ("kind", "jurisdiction", "language", "timezone"))
    if kind not in ("business", "consumer"):
        errors["kind"] = "choose"
    if jur not in JURISDICTIONS:
        errors["jurisdiction"] = "choose"
    if lang not in ("fr", "en"):
        errors["language"] = "choose"
    try:
        check_timezone(tz)
    except ValueError:
        errors["timezone"] = "timezone"
    if errors:
        raise ValidationError("invalid sending settings", errors)
    _save_tenant(ctx, lambda t: replace(t, sender=sender, reply_domain=reply, jurisdiction=jur, language=lang,
                                        timezone=tz, default_customer_kind=kind))
    return back(ctx, "/settings", "saved")


def policy_doc(ctx: Signed) -> dict:
    """The policy form as a policy document (the API's shape), so the same validation applies."""
    stages = []
    for name in STAGE_NAMES[:-1]:
        raw = field_(ctx, f"stage_{name}")
        if raw:
            if not re.fullmatch(r"[+-]?\d{1,4}", raw):
                raise ValidationError("invalid policy", {f"stage_{name}": "integer"})
            tone = {"heads_up": "courteous", "reminder": "courteous", "second_reminder": "neutral", "firm": "firm"}
            stages.append({"name": name, "offset_days": int(raw), "tone": tone.get(name, "formal")})
    doc: dict = {"stages": stages}
    for key in ("min_gap_days", "max_per_30_days", "promise_limit_days", "handoff_after_days"):
        raw = field_(ctx, key)
        if raw:
            if not raw.isdigit():
                raise ValidationError("invalid policy", {key: "integer"})
            doc[key] = int(raw)
        elif key == "handoff_after_days":
            doc[key] = None
    for key in ("window_start", "window_end"):
        if field_(ctx, key):
            doc[key] = field_(ctx, key)
    return doc


def _policy(ctx: Signed) -> Page:
    doc = policy_doc(ctx)
    policy = from_dict(doc, base=default_policy(ctx.tenant.jurisdiction))
    if policy.window_start >= policy.window_end:
        raise ValidationError("invalid policy", {"window_end": "after_start"})
    if field_(ctx, "do") == "preview":
        return settings_page(ctx, values=dict(ctx.form), preview=_preview(ctx, policy))
    policies.put(ctx.store, ctx.tenant, "default", doc)
    ctx.deps.forget_tenant(ctx.tenant.id)
    return back(ctx, "/settings", "saved")


def _users(ctx: Signed) -> Page:
    action, email = field_(ctx, "action"), field_(ctx, "email")
    if action == "remove":
        users.remove_user(ctx.store, ctx.tenant.id, email)
    else:
        users.add_user(ctx.store, ctx.tenant.id, email, field_(ctx, "role") or "member")
    return back(ctx, "/settings", "saved")


def _keys(ctx: Signed) -> Page:
    action = field_(ctx, "action")
    if action == "revoke":
        kid = field_(ctx, "key_id")
        tenants.revoke_api_key(ctx.store, ctx.tenant.id, kid, ctx.now, at_once=True)  # never the last key
        _reload(ctx)
        return back(ctx, "/settings", "revoked")
    name = field_(ctx, "name")[:80]
    if not name:
        raise ValidationError("a key needs a name", {"name": "required"})
    secret = tenants.add_api_key(ctx.store, ctx.tenant.id, ctx.now)
    kid = secret.split(".")[1]
    _save_tenant(ctx, lambda t: replace(t, settings={**(t.settings or {}), "key_names": {
        **(t.settings or {}).get("key_names", {}), kid: name}}))
    return settings_page(ctx, secret=secret)  # shown once, never stored


def _webhook(ctx: Signed) -> Page:
    which = field_(ctx, "which")
    if which not in tenants.SECRET_FIELDS:
        return message(ctx, "bad_form", 400)
    new = tenants.rotate_webhook_secret(ctx.store, ctx.tenant.id, which, ctx.now)
    _reload(ctx)
    return settings_page(ctx, secret=new)


# --- templates ---------------------------------------------------------------------------------------------------

def template_page(ctx: Signed, lang: str, stage: str, source: str | None = None, error: str | None = None,
                  status: int = 200) -> Page:
    if lang not in ("fr", "en") or stage not in STAGES:
        return message(ctx, "not_found", 404)
    key = f"{lang}/{stage}.txt"
    current = ctx.tenant.templates.get(key) or (templates_dir() / key).read_text(encoding="utf-8")
    overrides = dict(ctx.tenant.templates) | ({key: source} if source is not None else {})
    preview = None
    if error is None:
        try:
            preview = Renderer(overrides).reminder(sample_context(stage, lang, "business",
                                                                  "FR" if lang == "fr" else "GB"))
        except (TemplateError, ValueError) as exc:
            error = str(exc)
    return render(ctx, "template.html", {"lang_t": lang, "stage": stage, "source": source if source is not None
                                         else current, "overridden": key in ctx.tenant.templates,
                                         "preview": preview, "error": error}, status)


def template_post(ctx: Signed, lang: str, stage: str) -> Page:
    if lang not in ("fr", "en") or stage not in STAGES:
        return message(ctx, "not_found", 404)
    action = field_(ctx, "do")
    if action == "reset":
        try:
            templates.delete(ctx.store, ctx.tenant, lang, f"{stage}.txt")
        except RelanceError:
            pass
        ctx.deps.forget_tenant(ctx.tenant.id)
        return back(ctx, f"/settings/templates/{lang}/{stage}", "reset")
    source = _raw_field(ctx, "source").replace("\r\n", "\n")
    if action == "preview":
        return template_page(ctx, lang, stage, source)
    try:
        templates.put(ctx.store, ctx.tenant, lang, f"{stage}.txt", source.encode())
    except ValidationError as exc:
        return template_page(ctx, lang, stage, source, "; ".join(f"{k}: {v}" for k, v in (exc.fields or {}).items())
                             or exc.message, 422)
    ctx.deps.forget_tenant(ctx.tenant.id)
    return back(ctx, f"/settings/templates/{lang}/{stage}", "saved")


def _raw_field(ctx: Signed, name: str) -> str:
    v = ctx.form.get(name, "")
    return v[-1] if isinstance(v, list) else v


# --- import ------------------------------------------------------------------------------------------------------

def _upload(ctx: Signed) -> bytes | None:
    """The file from a multipart form, or the pasted/confirmed content of a urlencoded one."""
    ctype = ctx.req.headers.get("content-type") or ""
    if ctype.lower().startswith("multipart/form-data"):
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + (ctx.req.raw or b""))
        fields: dict[str, str] = {}
        data: bytes | None = None
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            decoded = part.get_payload(decode=True)  # bytes, or None for a nested multipart
            payload = decoded if isinstance(decoded, bytes) else b""
            if part.get_filename() is not None or name == "file":
                data = payload
            elif isinstance(name, str) and name:  # an RFC 2231 name (a tuple) names no field we read
                fields[name] = payload.decode("utf-8", "replace")
        ctx.form = fields
        return data
    if field_(ctx, "content"):
        try:
            return base64.b64decode(field_(ctx, "content"), validate=True)
        except ValueError:
            return None
    return None


def import_page(ctx: Signed) -> Page:
    return render(ctx, "import.html", {"report": None, "done": ctx.req.query.get("done"),
                                       "imported": ctx.req.query.get("n")})


def dry_run(ctx: Signed, raw: bytes) -> dict:
    """What an import would do, line by line, without writing: created, updated, unchanged, refused."""
    parsed, changes = intake.csv_changes(ctx.tenant, raw, ctx.now)  # exactly what the import would apply
    out = {"created": [], "updated": [], "unchanged": [], "refused": parsed.errors}
    for row, change in changes:
        s = change.snapshot
        cur = ctx.store.get_invoice(ctx.tenant.id, change.invoice_id)
        line = {"line": row.line, "number": s.number, "debtor": s.customer.name or s.customer.email,
                "amount_due": s.amount_due, "currency": s.currency, "due_on": s.due_on}
        if cur is None or cur.snapshot is None:
            out["created"].append(line)
        elif _same(cur.snapshot, s):
            out["unchanged"].append(line)
        else:
            out["updated"].append(line)
    return out


def _same(a: Snapshot, b: Snapshot) -> bool:
    keep = ("number", "status", "currency", "total", "amount_due", "issued_on", "due_on", "customer")
    return all(getattr(a, k) == getattr(b, k) for k in keep)


def import_post(ctx: Signed) -> Page:
    raw = _upload(ctx)
    if not sess.check_csrf(ctx.deps.keyring.keys, ctx.sid, field_(ctx, "csrf")):
        return message(ctx, "bad_csrf", 403)
    if not raw:
        return render(ctx, "import.html", {"report": None, "error": "no_file"}, 422)
    try:
        if field_(ctx, "do") == "confirm":
            result = import_csv(ctx.store, ctx.tenant, raw, ctx.now)
            return back(ctx, "/import", "imported", n=str(result["imported"]))
        report = dry_run(ctx, raw)
    except ValidationError as exc:
        return render(ctx, "import.html", {"report": None, "error": "bad_file", "fields": exc.fields or {}}, 422)
    return render(ctx, "import.html", {"report": report, "content": base64.b64encode(raw).decode()})

