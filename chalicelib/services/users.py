"""The firm's users: who may sign in to the cockpit, for which tenant, as owner or member.

A tenant's users live in its own record (`settings["users"]`: email -> role), so they change with the
tenant's version check; a `user#<email>` lookup names the tenants of an address (an accountant's user may
belong to several) without any scan. The tenant record is the truth: a lookup is always checked against it.
"""

from __future__ import annotations

from dataclasses import replace

from chalicelib.adapters.store import Mark, WriteBatch
from chalicelib.core.errors import Conflict, NotFound, ValidationError
from chalicelib.core.intake import check_email

from .retry import on_conflict

ROLES = ("owner", "member")


def _email(value: str) -> str:
    try:
        return check_email(value).lower()
    except ValueError:
        raise ValidationError("invalid email", {"email": "must be an email address"}) from None


def _lookup_key(email: str) -> str:
    return f"user#{email}"


def users_of(store, tenant_id: str) -> dict[str, str]:
    """email -> role for one tenant."""
    t = store.get_tenant(tenant_id)
    return dict((t.settings or {}).get("users", {})) if t else {}


def tenants_of(store, email: str) -> dict[str, str]:
    """tenant id -> role for one address (only tenants that still list it)."""
    try:
        email = _email(email)
    except ValidationError:
        return {}
    seen = (store.get_mark(_lookup_key(email)) or {}).get("tenants", {})
    out = {}
    for tid in seen:
        role = users_of(store, tid).get(email)
        if role:
            out[tid] = role
    return out


def _save(store, tenant_id: str, email: str, change) -> dict:
    def attempt() -> dict:
        t = store.get_tenant(tenant_id)
        if t is None:
            raise NotFound("no such tenant")
        users = dict((t.settings or {}).get("users", {}))
        change(users)
        lookup = dict((store.get_mark(_lookup_key(email)) or {}).get("tenants", {}))
        if email in users:
            lookup[tenant_id] = users[email]
        else:
            lookup.pop(tenant_id, None)
        new = replace(t, settings={**(t.settings or {}), "users": users})
        store.write(WriteBatch(tenants=[new], marks=[Mark(_lookup_key(email), {"tenants": lookup}, once=False)]))
        return users

    return on_conflict(attempt, "tenant")


def add_user(store, tenant_id: str, email: str, role: str = "member") -> dict:
    """Adds (or changes the role of) a user; returns the tenant's users."""
    email = _email(email)
    if role not in ROLES:
        raise ValidationError("invalid role", {"role": "must be owner or member"})

    def change(users):
        if users.get(email) == "owner" and role != "owner" and sum(r == "owner" for r in users.values()) == 1:
            raise Conflict("the last owner cannot be demoted")
        users[email] = role

    return _save(store, tenant_id, email, change)


def remove_user(store, tenant_id: str, email: str) -> dict:
    """Removes a user; the last owner cannot be removed (someone must hold the settings)."""
    email = _email(email)

    def change(users):
        if email not in users:
            raise NotFound("no such user")
        if users[email] == "owner" and sum(r == "owner" for r in users.values()) == 1:
            raise Conflict("the last owner cannot be removed")
        del users[email]

    return _save(store, tenant_id, email, change)
