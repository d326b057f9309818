"""Which policy applies to whom."""

from __future__ import annotations

from chalicelib.core.policy import Policy, default_policy, from_dict
from chalicelib.core.records import Customer, Tenant


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
