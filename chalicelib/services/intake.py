"""Applying platform events to invoices: idempotent by event id, safe out of order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from chalicelib.adapters.store import AlreadyDone, Mark, WriteBatch
from chalicelib.core import csvimport, intake
from chalicelib.core.decide import Debtor, next_action
from chalicelib.core.errors import NotFound, Unauthorized, ValidationError
from chalicelib.core.records import PAID, PROMISED, Event, Invoice, Tenant, apply_payment, apply_snapshot
from chalicelib.core.signatures import verify_stripe

from . import metrics
from .ids import new_id
from .policies import policies_for
from .retry import on_conflict
from .tenants import webhook_secrets

MARK_DAYS = 90
BAD_SIGNATURE = "signature missing, invalid or outside the 5-minute tolerance"


def standard_webhook(store, tenant_id: str, raw: bytes, headers: dict, now: datetime) -> dict:
    tenant = store.get_tenant(tenant_id)
    try:
        # The same answer for an unknown tenant and a bad signature: nothing to learn by probing.
        if tenant is None:
            raise WebhookVerificationError("unknown tenant")
        _verify_standard(tenant, raw, {k.lower(): v for k, v in headers.items()}, now)
    except (WebhookVerificationError, ValueError):  # ValueError: bad base64 or UTF-8 in what was signed
        raise Unauthorized(BAD_SIGNATURE) from None
    lowered = {k.lower(): v for k, v in headers.items()}
    event_id = intake.check_event_id(lowered.get("webhook-id"), "webhook-id")
    change = intake.parse_generic(intake.parse_json(raw), event_id)
    return apply(store, tenant, change, now)


def _verify_standard(tenant: Tenant, raw: bytes, headers: dict, now: datetime) -> None:
    """The current secret, or the previous one during its grace period after a rotation."""
    secrets = webhook_secrets(tenant, "standard", now)
    for n, secret in enumerate(secrets):
        try:
            Webhook(secret).verify(raw, headers, json_parse=False)  # non-JSON: our 400
            return
        except WebhookVerificationError:
            if n == len(secrets) - 1:
                raise


def stripe_webhook(store, tenant_id: str, raw: bytes, signature: str | None, now: datetime,
                   wall: datetime | None = None) -> dict:
    tenant = store.get_tenant(tenant_id)
    if tenant is None or not any(verify_stripe(raw, signature, secret, wall or now)
                                 for secret in webhook_secrets(tenant, "stripe", now)):
        raise Unauthorized(BAD_SIGNATURE)
    change = intake.parse_stripe(intake.parse_json(raw))
    if change is None:
        return {"result": "ignored"}
    return apply(store, tenant, change, now)


def _debtor(tenant: Tenant, inv: Invoice) -> Debtor:
    party = inv.snapshot.customer if inv.snapshot else None
    return Debtor(timezone=(party and party.timezone) or tenant.timezone,
                  country=(party and party.country) or tenant.country, email=party.email if party else None)


def schedule(tenant: Tenant, inv: Invoice) -> Invoice:
    """Recomputes the next action under every policy the tenant has; the earliest is safe (the sender
    re-decides with the debtor's own policy and defers if early)."""
    if not inv.snapshot:
        return inv
    debtor = _debtor(tenant, inv)
    options = [next_action(inv, p, debtor) for p in policies_for(tenant).values()]
    timed = [(c.next_action_at, c) for c in options if c.next_action_at]
    best = min(timed, key=lambda t: t[0])[1] if timed else options[0]
    return replace(inv, collection=best)


def with_default_kind(tenant: Tenant, change: intake.Change) -> intake.Change:
    """A debtor whose kind the platform did not give takes the tenant's default; a given kind wins."""
    snap = change.snapshot
    if not snap or not snap.customer or snap.customer.kind is not None:
        return change
    customer = replace(snap.customer, kind=tenant.default_customer_kind or "business")
    return replace(change, snapshot=replace(snap, customer=customer))


def apply(store, tenant: Tenant, change: intake.Change, now: datetime) -> dict:
    change = with_default_kind(tenant, change)
    mark = Mark(f"{tenant.id}#event#{change.source}#{change.event_id}", {"at": now.isoformat()},
                now + timedelta(days=MARK_DAYS))

    def attempt() -> dict:
        inv = store.get_invoice(tenant.id, change.invoice_id) or Invoice(tenant.id, change.invoice_id)
        new = inv
        if change.snapshot:
            new = apply_snapshot(new, change.snapshot)
        if change.payment:
            new = apply_payment(new, change.payment)
        new = schedule(tenant, new)
        events = [_event(tenant, inv, new, change, now)]
        if inv.collection.state == PROMISED and new.status == PAID and inv.status != PAID:
            events.append(Event(tenant.id, inv.id, now, "promise_kept", new_id(),
                                {"promise_date": inv.collection.promise_date.isoformat()
                                 if inv.collection.promise_date else None}, change.source))
        # The figures move in the same transaction: one write per webhook, and never counted twice.
        sums = metrics.sums(store, tenant.id, [inv], [new], events)
        try:
            store.write(WriteBatch(marks=[mark, *_debtor_mark(tenant, new, change)], invoices=[new], events=events,
                                   sums=sums))
        except AlreadyDone:
            return {"result": "duplicate", "invoice_id": change.invoice_id}
        return {"result": "applied", "invoice_id": change.invoice_id, "status": new.status}

    return on_conflict(attempt, "invoice")  # someone wrote meanwhile: read again and fold again


def _debtor_mark(tenant: Tenant, inv: Invoice, change: intake.Change) -> list[Mark]:
    """Sender -> debtor, for a reply that reaches us without its r+ address (one more item, same write)."""
    snap = change.snapshot
    if not snap or inv.snapshot is not snap or not snap.customer.email:
        return []
    return [Mark(f"debtor#{tenant.id}#{snap.customer.email.lower()}", {"customer_id": snap.customer.id}, once=False)]


def _event(tenant, old: Invoice, new: Invoice, change, now) -> Event:
    if change.payment:
        p = change.payment
        detail = {"amount": f"{p.amount:f}", "paid_on": p.paid_on.isoformat(), "method": p.method,
                  "amount_due": f"{new.amount_due:f}", "status": new.status}
        return Event(tenant.id, new.id, now, "payment_recorded", new_id(), {**detail, "event_id": change.event_id},
                     change.source)
    applied = new.snapshot is change.snapshot
    detail = {"event": change.type, "event_id": change.event_id, "status": new.status,
              "amount_due": f"{new.amount_due:f}", "applied": applied}
    if not applied:
        detail["note"] = "older than the state already known: kept for the record, not applied"
    return Event(tenant.id, new.id, now, "invoice_updated", new_id(), detail, change.source)


def upsert_invoice(store, tenant: Tenant, body: dict, now: datetime, idempotency_key: str | None = None) -> dict:
    event_id = intake.check_event_id(idempotency_key, "Idempotency-Key") if idempotency_key else new_id("api")
    snap = intake.parse_invoice(body, occurred_at=now, event_id=event_id, prefix="")
    return apply(store, tenant, intake.Change(event_id, "api", "invoice.upserted", now, body["id"], snapshot=snap),
                 now)


def record_payment(store, tenant: Tenant, invoice_id: str, body: dict, now: datetime,
                   idempotency_key: str | None = None) -> dict:
    inv = store.get_invoice(tenant.id, invoice_id)
    if not inv or not inv.snapshot:
        raise NotFound("no such invoice")
    pid = intake.check_event_id(idempotency_key, "Idempotency-Key") if idempotency_key else new_id("pay")
    pay = intake.parse_payment(body, occurred_at=now, payment_id=pid, source="api", prefix="")
    if any(p.id == pid for p in inv.payments):
        pass  # the same request again: answered as before, whatever is due now
    elif inv.status in (PAID, "void"):
        raise ValidationError(f"the invoice is {inv.status}: no payment can be recorded",
                              {"status": f"is {inv.status}"})
    elif pay.amount > inv.amount_due:
        raise ValidationError("the payment is more than what is due",
                              {"amount": f"must not exceed the amount due ({inv.amount_due:f})"})
    return apply(store, tenant, intake.Change(pid, "api", "payment.received", now, invoice_id, payment=pay), now)


def csv_changes(tenant: Tenant, raw: bytes, now: datetime):
    """The firm's CSV as the changes an import applies (the tenant's date order, currency and default
    customer kind already in them), with the parse result for its errors and unused headers."""
    order = "MDY" if tenant.jurisdiction == "US" else "DMY"
    currency = "GBP" if tenant.jurisdiction == "GB" else ("USD" if tenant.jurisdiction == "US" else "EUR")
    parsed = csvimport.parse(raw, now=now, default_currency=currency, date_order=order)
    changes = [(row, with_default_kind(tenant, intake.Change(
        row.snapshot.event_id, "csv", "invoice.upserted", now,
        re.sub(r"[^A-Za-z0-9_.:\-]", "-", row.snapshot.number), snapshot=row.snapshot))) for row in parsed.rows]
    return parsed, changes


def import_csv(store, tenant: Tenant, raw: bytes, now: datetime) -> dict:
    parsed, changes = csv_changes(tenant, raw, now)
    imported = sum(apply(store, tenant, change, now)["result"] == "applied" for _, change in changes)
    return {"imported": imported, "unchanged": len(changes) - imported, "errors": parsed.errors,
            "ignored_headers": parsed.ignored_headers}
