"""Webhook secret rotation: the previous secret is still accepted during its grace period, then refused."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from chalicelib.core.errors import Unauthorized
from chalicelib.services import intake, tenants
from tests.factories import invoice_body, standard_headers, stripe_headers

from .conftest import NOW


def _event(n: int) -> str:
    return json.dumps({"type": "invoice.upserted", "occurred_at": "2026-11-02T09:00:00Z",
                       "invoice": invoice_body(id=f"inv_{n}", number=f"F-{n}")})


@pytest.mark.parametrize("which", ["standard", "stripe"])
def test_previous_secret_accepted_until_the_grace_period_ends(deps, tenant, which):
    store = deps.store
    old = tenant.webhook_secret if which == "standard" else tenant.stripe_webhook_secret
    new = tenants.rotate_webhook_secret(store, tenant.id, which, NOW)
    assert new != old and new.startswith("whsec_")

    def post(secret, at, n):
        if which == "standard":
            raw = _event(n)
            # signatures are checked against the wall clock (5-minute tolerance); the grace against `at`
            return intake.standard_webhook(store, tenant.id, raw.encode(), standard_headers(secret, raw), at)
        raw = json.dumps({"id": f"evt_{n}", "object": "event", "type": "customer.created", "created": 1,
                          "data": {"object": {"id": f"cus_{n}", "object": "customer"}}})
        h = stripe_headers(secret, raw)
        return intake.stripe_webhook(store, tenant.id, raw.encode(), h["Stripe-Signature"], at, datetime.now(UTC))

    soon = NOW + timedelta(hours=23)
    late = NOW + tenants.GRACE + timedelta(seconds=1)
    assert post(new, soon, 1) and post(old, soon, 2)  # both accepted while the platform is updated
    assert post(new, late, 3)
    with pytest.raises(Unauthorized):
        post(old, late, 4)
    with pytest.raises(Unauthorized):
        post("whsec_" + "A" * 32, soon, 5)
    t = store.get_tenant(tenant.id)
    assert tenants.grace_until(t, which, soon) == NOW + tenants.GRACE and tenants.grace_until(t, which, late) is None


def test_a_second_rotation_drops_the_first_secret(deps, tenant):
    first = tenant.webhook_secret
    second = tenants.rotate_webhook_secret(deps.store, tenant.id, "standard", NOW)
    third = tenants.rotate_webhook_secret(deps.store, tenant.id, "standard", NOW + timedelta(minutes=5))
    t = deps.store.get_tenant(tenant.id)
    assert tenants.webhook_secrets(t, "standard", NOW + timedelta(minutes=6)) == [third, second]
    assert first not in tenants.webhook_secrets(t, "standard", NOW + timedelta(minutes=6))
