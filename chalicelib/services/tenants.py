"""Tenants: creation, API keys (only a hash is stored), and who a request belongs to."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.adapters.store import Mark, WriteBatch
from chalicelib.core.errors import Fields, NotFound, Unauthorized
from chalicelib.core.intake import KINDS, check_email, check_timezone
from chalicelib.core.records import ApiKey, Tenant

from .digest import register
from .retry import on_conflict

JURISDICTIONS = ("FR", "GB", "US", "DE", "ES", "IT", "BE", "NL", "PT", "IE", "AT", "LU")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_api_key(tenant_id: str, now: datetime) -> tuple[str, ApiKey]:
    key_id = secrets.token_hex(4)
    secret = secrets.token_urlsafe(24)
    return f"rk_{tenant_id}.{key_id}.{secret}", ApiKey(key_id, _hash(secret), now)


def create_tenant(store, *, name: str, sender: str, jurisdiction: str = "FR", language: str = "fr",
                  timezone: str = "Europe/Paris", reply_domain: str | None = None, firm_email: str | None = None,
                  now: datetime, tenant_id: str | None = None, default_customer_kind: str = "business",
                  **extra) -> dict:
    f = Fields()
    if not name or len(name) > 200:
        f.add("name", "is required (at most 200 characters)")
    for field, value in (("sender", sender), ("firm_email", firm_email)):
        if value:
            try:
                check_email(value)
            except ValueError as exc:
                f.add(field, str(exc))
    if not sender:
        f.add("sender", "is required")
    if jurisdiction.upper() not in JURISDICTIONS:
        f.add("jurisdiction", "must be one of: " + ", ".join(JURISDICTIONS))
    if language not in ("fr", "en"):
        f.add("language", "must be fr or en")
    try:
        check_timezone(timezone)
    except ValueError as exc:
        f.add("timezone", str(exc))
    if default_customer_kind not in KINDS:
        f.add("default_customer_kind", "must be one of: " + ", ".join(KINDS))
    f.raise_if_any("the tenant is invalid")
    tenant_id = tenant_id or "t_" + secrets.token_hex(6)
    api_key, key = new_api_key(tenant_id, now)
    tenant = Tenant(
        id=tenant_id, name=name, sender=sender, jurisdiction=jurisdiction.upper(), language=language,
        timezone=timezone, reply_domain=reply_domain or ("reply." + sender.split("@", 1)[1]),
        webhook_secret="whsec_" + base64.b64encode(secrets.token_bytes(24)).decode(),
        stripe_webhook_secret="whsec_" + secrets.token_urlsafe(24),
        api_keys=(key,), firm_email=firm_email, created_at=now, default_customer_kind=default_customer_kind, **extra)
    store.write(WriteBatch(tenants=[tenant], marks=[_reply_domain_mark(store, tenant)]))
    register(store, tenant_id)
    return {"tenant_id": tenant_id, "api_key": api_key, "webhook_secret": tenant.webhook_secret,
            "stripe_webhook_secret": tenant.stripe_webhook_secret, "reply_domain": tenant.reply_domain}


def _reply_domain_mark(store, tenant: Tenant) -> Mark:
    """Inbound mail names its tenant by the reply domain; a domain several tenants share names none."""
    key = f"replydomain#{tenant.reply_domain.lower()}"
    seen = store.get_mark(key) or {}
    ids = sorted({*seen.get("tenant_ids", [seen["tenant_id"]] if seen.get("tenant_id") else []), tenant.id})
    return Mark(key, {"tenant_id": ids[0] if len(ids) == 1 else None, "tenant_ids": ids}, once=False)


def _leave_reply_domain(store, tenant: Tenant) -> Mark:
    """The tenant no longer answers on its old reply domain: the domain names whoever is left, if one."""
    key = f"replydomain#{tenant.reply_domain.lower()}"
    seen = store.get_mark(key) or {}
    ids = sorted(set(seen.get("tenant_ids", [seen["tenant_id"]] if seen.get("tenant_id") else [])) - {tenant.id})
    return Mark(key, {"tenant_id": ids[0] if len(ids) == 1 else None, "tenant_ids": ids}, once=False)


def save_tenant(store, tenant_id: str, change) -> Tenant:
    """Writes `change(tenant)` (retried on a concurrent write); a new reply domain routes inbound mail in the
    same transaction, and the old one stops naming this tenant. Returns the tenant as saved."""
    def attempt() -> Tenant:
        old = store.get_tenant(tenant_id)
        if not old:
            raise NotFound("no such tenant")
        new = change(old)
        marks = []
        if new.reply_domain.lower() != old.reply_domain.lower():
            marks = [_leave_reply_domain(store, old), _reply_domain_mark(store, new)]
        store.write(WriteBatch(tenants=[new], marks=marks))
        return new

    return on_conflict(attempt, "tenant")


def add_api_key(store, tenant_id: str, now: datetime) -> str:
    tenant = store.get_tenant(tenant_id)
    if not tenant:
        raise NotFound("no such tenant")
    api_key, key = new_api_key(tenant_id, now)
    store.write(WriteBatch(tenants=[replace(tenant, api_keys=(*tenant.api_keys, key))]))
    return api_key


def _one_key(tenant: Tenant, key_id: str | None, now: datetime) -> ApiKey:
    valid = [k for k in tenant.api_keys if k.valid(now)]
    if key_id is None:
        if len(valid) != 1:
            f = Fields()
            f.add("key_id", "which key? valid ids: " + ", ".join(k.id for k in valid))
            f.raise_if_any("name the key")
        return valid[0]
    found = next((k for k in valid if k.id == key_id), None)
    if not found:
        raise NotFound(f"no valid API key {key_id}")
    return found


def _expire(store, tenant_id: str, key_id: str | None, until_of, now: datetime, add: bool,
            force: bool = False) -> tuple[str | None, ApiKey]:
    """Ends one key at until_of(key); with `add`, a new key in the same write. Never leaves the tenant
    without a key valid after the change unless forced."""
    def attempt() -> tuple[str | None, ApiKey]:
        tenant = store.get_tenant(tenant_id)
        if not tenant:
            raise NotFound("no such tenant")
        old = _one_key(tenant, key_id, now)
        until = until_of(old)
        keys = [replace(k, expires_at=until) if k.id == old.id else k for k in tenant.api_keys]
        secret = None
        if add:
            secret, new = new_api_key(tenant_id, now)
            keys.append(new)
        lasting = [k for k in keys if k.expires_at is None]
        if not lasting and not force:
            f = Fields()
            f.add("key_id", "it is the last key: rotate it, or add one first (or --force)")
            f.raise_if_any("the tenant would be left without an API key")
        store.write(WriteBatch(tenants=[replace(tenant, api_keys=tuple(keys))]))
        return secret, replace(old, expires_at=until)

    return on_conflict(attempt, "tenant")


def rotate_api_key(store, tenant_id: str, now: datetime, key_id: str | None = None,
                   grace: timedelta | None = None) -> tuple[str, ApiKey]:
    """A new key; the old one (named, or the only valid one) keeps working for the grace period."""
    grace = GRACE if grace is None else grace
    secret, old = _expire(store, tenant_id, key_id, lambda k: min(k.expires_at or now + grace, now + grace),
                          now, add=True)
    assert secret is not None
    return secret, old


def revoke_api_key(store, tenant_id: str, key_id: str, now: datetime, at_once: bool = False,
                   force: bool = False, grace: timedelta | None = None) -> ApiKey:
    grace = GRACE if grace is None else grace
    end = now if at_once else now + grace
    return _expire(store, tenant_id, key_id, lambda k: min(k.expires_at or end, end), now, add=False,
                   force=force)[1]


GRACE = timedelta(hours=24)  # a rotated webhook secret keeps working this long: the platform can be updated
SECRET_FIELDS = {"standard": "webhook_secret", "stripe": "stripe_webhook_secret"}


def _new_secret(which: str) -> str:
    if which == "standard":
        return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
    return "whsec_" + secrets.token_urlsafe(24)


def rotate_webhook_secret(store, tenant_id: str, which: str, now: datetime, grace: timedelta = GRACE) -> str:
    """A new secret for `which` ("standard" or "stripe"); the previous one is still accepted until now + grace."""
    if which not in SECRET_FIELDS:
        raise NotFound("no such webhook")
    name = SECRET_FIELDS[which]
    new = _new_secret(which)
    def attempt() -> str:
        tenant = store.get_tenant(tenant_id)
        if not tenant:
            raise NotFound("no such tenant")
        previous = dict((tenant.settings or {}).get("previous_secrets", {}))
        previous[which] = {"secret": getattr(tenant, name), "until": (now + grace).isoformat()}
        changed = replace(tenant, **{name: new}, settings={**(tenant.settings or {}), "previous_secrets": previous})
        store.write(WriteBatch(tenants=[changed]))
        return new

    return on_conflict(attempt, "tenant")


def webhook_secrets(tenant: Tenant, which: str, now: datetime) -> list[str]:
    """The secrets a signature may use now: the current one, and the previous one during its grace period."""
    out = [getattr(tenant, SECRET_FIELDS[which])]
    prev = ((tenant.settings or {}).get("previous_secrets") or {}).get(which) or {}
    try:
        if prev.get("secret") and now < datetime.fromisoformat(prev["until"]):
            out.append(prev["secret"])
    except (TypeError, ValueError):
        pass
    return out


def grace_until(tenant: Tenant, which: str, now: datetime) -> datetime | None:
    prev = ((tenant.settings or {}).get("previous_secrets") or {}).get(which) or {}
    try:
        until = datetime.fromisoformat(prev["until"])
    except (KeyError, TypeError, ValueError):
        return None
    return until if now < until else None


def authenticate(store, authorization: str | None, now: datetime) -> Tenant:
    """`Bearer rk_<tenant>.<key id>.<secret>`: one read, constant-time comparison, one answer for every failure."""
    denied = Unauthorized("a valid API key is required: Authorization: Bearer <api key>")
    if not authorization or not authorization.startswith("Bearer "):
        raise denied
    token = authorization[7:].strip()
    parts = token[3:].split(".") if token.startswith("rk_") else []
    if len(parts) != 3:
        raise denied
    tenant_id, key_id, secret = parts
    if not (0 < len(tenant_id) <= 128 and tenant_id.isascii() and tenant_id.isprintable()):
        raise denied  # an empty or oversized id is no DynamoDB key: never read
    tenant = store.get_tenant(tenant_id)
    expected = next((k.hash for k in tenant.api_keys if k.id == key_id and k.valid(now)), None) if tenant else None
    ok = hmac.compare_digest(expected or "0" * 64, _hash(secret))
    if not (tenant and expected and ok):
        raise denied
    return tenant
