"""The firm's daily digest: what went out, what needs a human. Once per tenant per local day."""

from __future__ import annotations

from datetime import datetime, timedelta

from chalicelib.adapters.store import AlreadyDone, Mark, WriteBatch
from chalicelib.core.calendar import local_date
from chalicelib.core.legal import rate_gaps
from chalicelib.core.rates import REFRESH_COMMAND

from . import notices

REGISTRY = "registry#tenants"
NEEDS_HUMAN = ("dispute_opened", "handed_off", "bounced", "complained", "paid_claimed", "plan_requested",
               "send_failed", "promise_missed", "approval_needed")


def register(store, tenant_id: str) -> None:
    """The list of tenants the scheduled run visits (a lookup, so the run never scans a table)."""
    ids = (store.get_mark(REGISTRY) or {}).get("ids", [])
    if tenant_id not in ids:
        store.write(WriteBatch(marks=[Mark(REGISTRY, {"ids": [*ids, tenant_id]}, once=False)]))


def summarize(events: list) -> dict:
    sent = [e for e in events if e.type == "letter"]  # one per letter, however many invoices it names
    human = [e for e in events if e.type in NEEDS_HUMAN or (
        e.type == "reply_received" and not e.detail.get("acted", False))]
    return {"sent": sent, "payments": [e for e in events if e.type == "payment_recorded"],
            "promises": [e for e in events if e.type in ("promise_made", "promise_kept")],
            "clicks": [e for e in events if e.type == "link_clicked"], "human": human}


def send_all(deps, now: datetime) -> dict:
    count = 0
    for tenant_id in (deps.store.get_mark(REGISTRY) or {}).get("ids", []):
        tenant = deps.tenant(tenant_id)
        if tenant and send_one(deps, tenant, now):
            count += 1
    return {"digests": count}


def send_one(deps, tenant, now: datetime) -> bool:
    events = deps.store.events_between(tenant.id, now - timedelta(days=1), now)
    summary = summarize(events)
    if not any(summary.values()):
        return False
    day = local_date(now, tenant.timezone)
    mark = Mark(f"digest#{tenant.id}#{day.isoformat()}", {"at": now.isoformat()}, now + timedelta(days=30))
    if deps.store.get_mark(mark.key) is not None:
        return False
    # A few lookups for the items a person must read; the sent list is only counted by stage.
    invoices = {e.invoice_id: deps.store.get_invoice(tenant.id, e.invoice_id) for e in summary["human"]}
    human = [{"type": e.type, "detail": e.detail, "id": e.invoice_id,
              "excerpt": excerpt(e.detail.get("reason") or e.detail.get("excerpt")),
              "number": invoices[e.invoice_id].snapshot.number,
              "debtor": invoices[e.invoice_id].snapshot.customer.name or invoices[e.invoice_id].snapshot.customer.email}
             for e in summary["human"] if invoices.get(e.invoice_id) and invoices[e.invoice_id].snapshot]
    stages: dict[str, int] = {}
    for e in summary["sent"]:
        stages[e.detail.get("stage", "?")] = stages.get(e.detail.get("stage", "?"), 0) + 1
    # Figures in force that the rates table lacks: said in one sentence, with the command that refreshes it.
    gaps = {"rate_gaps": rate_gaps(tenant.jurisdiction, day), "refresh_command": REFRESH_COMMAND}
    notices.send(deps, tenant, "digest", {**summary, "day": day, "human": human, "stages": stages, **gaps}, now)
    try:  # marked after the send, as letters are: a failed send leaves no mark and a later run sends it
        deps.store.write(WriteBatch(marks=[mark]))
    except AlreadyDone:
        pass
    return True


def excerpt(text: str | None, limit: int = 160) -> str | None:
    """A reply's first words on one line, cut at a word: enough to know what it is about."""
    if not text:
        return None
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
