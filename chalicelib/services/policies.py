"""Which policy applies to whom."""

from __future__ import annotations

import re
from dataclasses import replace

from chalicelib.adapters.store import WriteBatch
from chalicelib.core.errors import ValidationError
from chalicelib.core.policy import STAGE_NAMES, Policy, default_policy, from_dict, to_dict
from chalicelib.core.records import Customer, Tenant

from .retry import on_conflict


def policies_for(tenant: Tenant) -> dict[str, Policy]:
    base = default_policy(tenant.jurisdiction)
    out = {"default": from_dict(tenant.policies["default"], base=base) if "default" in tenant.policies else base}
    for name, doc in tenant.policies.items():
        if name != "default":
            out[name] = from_dict({**doc, "name": name}, base=out["default"])
    return out


def policy_for(tenant: Tenant, customer: Customer | None) -> Policy:
    policies = policies_for(tenant)
    return policies.get(customer.policy if customer and customer.policy else "default", policies["default"])


def describe(tenant: Tenant) -> dict:
    return {name: to_dict(p) for name, p in policies_for(tenant).items()}


def put(store, tenant: Tenant, name: str, doc: dict) -> dict:
    """Saves a named policy ("default" replaces the jurisdiction's default) after validating it."""
    if not re.match(r"^[a-z0-9_-]{1,40}$", name):
        raise ValidationError("invalid policy name", {"name": "lower-case letters, digits, _ and - (at most 40)"})
    base = policies_for(tenant)["default"] if name != "default" else default_policy(tenant.jurisdiction)
    policy = from_dict(doc, base=base)
    for stage in policy.stages:
        if stage.template_name not in STAGE_NAMES and not any(
                k.endswith(f"/{stage.template_name}.txt") for k in tenant.templates):
            raise ValidationError("unknown template", {"stages": f"no template named {stage.template_name}"})
    saved = {**tenant.policies, name: to_dict(replace(policy, name=name))}
    store.write(WriteBatch(tenants=[replace(tenant, policies=saved)]))
    return to_dict(policy)


def assign(store, tenant: Tenant, customer_id: str, name: str | None) -> dict:
    if name is not None and (not isinstance(name, str) or name not in policies_for(tenant)):
        raise ValidationError("unknown policy", {"policy": "no such policy: create it first"})
    def attempt() -> dict:
        customer = store.get_customer(tenant.id, customer_id) or Customer(tenant.id, customer_id)
        store.write(WriteBatch(customers=[replace(customer, policy=name)]))
        return {"customer_id": customer_id, "policy": name or "default"}

    return on_conflict(attempt, "customer", attempts=4)
