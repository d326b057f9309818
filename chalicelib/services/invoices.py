"""Reading invoices and the firm's manual actions: pause, resume, dispute."""

from __future__ import annotations

import base64
import re
from dataclasses import replace
from datetime import datetime

from chalicelib.adapters.store import WriteBatch
from chalicelib.core.errors import Conflict, Fields, NotFound, ValidationError
from chalicelib.core.intake import _text, parse_day
from chalicelib.core.records import (
    ACTIVE,
    COLLECTION_STATES,
    DISPUTED,
    DONE,
    HANDED_OFF,
    PAUSED,
    STATUSES,
    Event,
    Invoice,
    Tenant,
)

from . import metrics
from .ids import new_id
from .intake import schedule
from .retry import on_conflict


def resource(inv: Invoice, timeline: list[Event] | None = None) -> dict:
    s, c = inv.snap, inv.collection  # the API shows only invoices it has a snapshot of
    out: dict[str, object] = {
        "id": inv.id, "number": s.number, "status": inv.status, "currency": s.currency,
        "total": f"{s.total:f}", "amount_due": f"{inv.amount_due:f}",
        "issued_on": s.issued_on.isoformat() if s.issued_on else None,
        "due_on": s.due_on.isoformat() if s.due_on else None,
        "payment_url": s.payment_url, "pdf_url": s.pdf_url,
        "customer": {"id": s.customer.id, "email": s.customer.email, "name": s.customer.name},
        "collection": {"state": c.state, "stage": c.stage,
                       "next_action_at": c.next_action_at.isoformat().replace("+00:00", "Z") if c.next_action_at else None,
                       "paused_until": c.paused_until.isoformat() if c.paused_until else None,
                       "promise_date": c.promise_date.isoformat() if c.promise_date else None},
        "payments": [{"id": p.id, "amount": f"{p.amount:f}", "paid_on": p.paid_on.isoformat(), "method": p.method}
                     for p in inv.payments],
    }
    if timeline is not None:
        out["timeline"] = [{"at": e.at.isoformat().replace("+00:00", "Z"), "type": e.type, "detail": e.detail,
                            "source": e.source} for e in timeline]
    return out


def get(store, tenant: Tenant, invoice_id: str) -> dict:
    inv = store.get_invoice(tenant.id, invoice_id)
    if not inv or not inv.snapshot:
        raise NotFound("no such invoice")
    return resource(inv, store.timeline(tenant.id, invoice_id))


def list_(store, tenant: Tenant, params: dict) -> dict:
    f = Fields()
    status, state = params.get("status"), params.get("state")
    if status and status not in STATUSES:
        f.add("status", "must be one of: " + ", ".join(STATUSES))
    if state and state not in COLLECTION_STATES:
        f.add("state", "must be one of: " + ", ".join(COLLECTION_STATES))
    limit = params.get("limit", "50")
    if not re.fullmatch(r"[0-9]{1,3}", str(limit)) or not 1 <= int(limit) <= 200:  # isdigit() takes "²"
        f.add("limit", "must be an integer from 1 to 200")
    cursor = None
    if params.get("cursor"):
        try:
            cursor = base64.urlsafe_b64decode(params["cursor"].encode()).decode()
            if not 0 < len(cursor) <= 300 or not cursor.isprintable():  # it becomes a DynamoDB key
                raise ValueError("not a key")
        except ValueError:
            f.add("cursor", "is not a cursor this API gave")
    f.raise_if_any("invalid query parameters")
    items, nxt = store.list_invoices(tenant.id, status=status, state=state, limit=int(limit), cursor=cursor)
    return {"items": [resource(i) for i in items],
            "next_cursor": base64.urlsafe_b64encode(nxt.encode()).decode() if nxt else None}


def _change(store, tenant: Tenant, invoice_id: str, now: datetime, fn, event_type: str, detail: dict,
            source: str = "api") -> dict:
    def attempt() -> dict:
        inv = store.get_invoice(tenant.id, invoice_id)
        if not inv or not inv.snapshot:
            raise NotFound("no such invoice")
        new = schedule(tenant, replace(inv, collection=fn(inv)))
        event = Event(tenant.id, inv.id, now, event_type, new_id(), detail, source)
        store.write(WriteBatch(invoices=[new], events=[event]))
        metrics.track(store, tenant.id, [inv], [new], [event])
        return resource(new)

    return on_conflict(attempt, "invoice")


def pause(store, tenant: Tenant, invoice_id: str, body: dict, now: datetime, source: str = "api") -> dict:
    f = Fields()
    until = None
    if body.get("until") is not None:
        try:
            until = parse_day(body["until"])
            if until <= now.date():
                f.add("until", "must be in the future")
        except ValueError as exc:
            f.add("until", str(exc))
    reason = _reason(body, f, required=False)
    f.raise_if_any("invalid pause")

    def fn(inv):
        _open_only(inv)
        return replace(inv.collection, state=PAUSED, paused_until=until, reason=reason)

    return _change(store, tenant, invoice_id, now, fn, "paused",
                   {"until": until.isoformat() if until else None, "reason": reason}, source)


def resume(store, tenant: Tenant, invoice_id: str, now: datetime) -> dict:
    def fn(inv):
        _open_only(inv)
        return replace(inv.collection, state=ACTIVE, paused_until=None, promise_date=None, reason=None)

    return _change(store, tenant, invoice_id, now, fn, "resumed", {})


def dispute(store, tenant: Tenant, invoice_id: str, body: dict, now: datetime, source: str = "api") -> dict:
    f = Fields()
    reason = _reason(body, f, required=True)
    f.raise_if_any("invalid dispute")

    def fn(inv):
        if inv.status != "open":
            raise ValidationError(f"the invoice is {inv.status}: there is nothing left to dispute",
                                  {"status": f"is {inv.status}"})
        return replace(inv.collection, state=DISPUTED, reason=reason, next_action_at=None)

    return _change(store, tenant, invoice_id, now, fn, "dispute_opened", {"reason": reason}, source)


def _reason(body: dict, f: Fields, required: bool) -> str | None:
    value = body.get("reason")
    if value in (None, ""):
        if required:
            f.add("reason", "is required")
        return None
    try:
        return _text(2000, multiline=True)(value)
    except ValueError as exc:
        f.add("reason", str(exc))
        return None


def _open_only(inv: Invoice) -> None:
    if inv.collection.state in (DONE, HANDED_OFF) or inv.status != "open":
        raise Conflict(f"the invoice is {inv.status} ({inv.collection.state}): nothing to pause or resume")


