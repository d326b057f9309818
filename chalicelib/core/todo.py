"""The firm's to-do list, kept as the timeline is written. Pure.

Each timeline event that waits for a person (a promise beyond the limit, a plan request, a debtor's
dispute, a reply not acted on, a bounce, a file ready to hand off) opens one to-do item, written in the
same transaction as the event itself: the store calls `follow(events)` on every batch. Open items live in
one stream per tenant (`<tenant>#~todo`, read a page at a time, newest first). Closing one deletes it from
that stream and appends a `todo_closed` record (with what the item was) to `<tenant>#~todo_done`, in one
transaction: the open list holds only what is still open, however long the firm's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .records import Event

STREAM, ARCHIVE = "~todo", "~todo_done"
OPENED, CLOSED = "todo_opened", "todo_closed"
FIRM_SOURCES = ("app", "api")  # what the firm did itself waits for nobody
KINDS = ("promise_approval", "plan", "dispute", "contact_change", "bank_details", "reply", "unmatched",
         "bounce", "handoff")
KEEP = ("promise_date", "limit_days", "instalments", "reason", "excerpt", "intent", "confidence", "new_email",
        "email", "diagnostic", "matched_by", "reasons", "stage")


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    at: datetime
    invoice_ids: tuple[str, ...]
    detail: dict
    source: str


def kind_of(e: Event) -> str | None:
    d = e.detail or {}
    if e.type == "approval_needed":
        return "promise_approval"
    if e.type == "plan_requested":
        return "plan"
    if e.type == "dispute_opened" and e.source not in FIRM_SOURCES:
        return "dispute"
    if e.type == "reply_received" and not d.get("acted"):
        return d.get("intent") if d.get("intent") in ("contact_change", "bank_details") else "reply"
    if e.type == "bounced" and (d.get("permanent") or e.source == "email"):
        return "bounce"
    if e.type == "complained":
        return "bounce"
    if e.type == "handed_off" and e.source not in FIRM_SOURCES:
        return "handoff"
    return None


def follow(events: list[Event]) -> list[Event]:
    """The to-do items a batch of timeline events opens: one per kind, naming every invoice concerned."""
    groups: dict[tuple[str, str], list[Event]] = {}
    for e in events:
        if e.invoice_id.startswith("~"):
            continue
        k = kind_of(e)
        if k:
            groups.setdefault((e.tenant_id, k), []).append(e)
    out = []
    for (tenant_id, k), evs in groups.items():
        first = evs[0]
        detail = {"kind": k, "invoice_ids": sorted({e.invoice_id for e in evs}), "event_type": first.type,
                  "detail": {x: first.detail[x] for x in KEEP if x in (first.detail or {})}}
        out.append(Event(tenant_id, STREAM, first.at, OPENED, f"todo_{first.id}", detail, first.source))
    return out


def orphan(tenant_id: str, at: datetime, event_id: str, detail: dict) -> list[Event]:
    """A reply that names no known debtor: nothing in any invoice's timeline, one item for the firm."""
    return [Event(tenant_id, STREAM, at, OPENED, f"todo_{event_id}",
                  {"kind": "unmatched", "invoice_ids": [], "event_type": "reply_received",
                   "detail": {x: detail[x] for x in KEEP if x in detail}}, "email")]


def close(tenant_id: str, item_id: str, at: datetime, event_id: str, action: str, by: str,
          opened: Event | None = None) -> Event:
    """The archive record of a closed item (the service removes `opened` from the open stream in the same batch)."""
    detail: dict[str, object] = {"item": item_id, "action": action, "by": by}
    if opened is not None:
        detail |= {"opened_at": opened.at.isoformat(), "kind": opened.detail.get("kind"),
                   "invoice_ids": opened.detail.get("invoice_ids", [])}
    return Event(tenant_id, ARCHIVE, at, CLOSED, event_id, detail, "app")


def open_items(stream: list[Event]) -> list[Item]:
    """Newest first: every item opened and not closed (older streams also held `todo_closed` records)."""
    closed = {e.detail.get("item") for e in stream if e.type == CLOSED}
    items = [Item(e.id, e.detail.get("kind", "reply"), e.at, tuple(e.detail.get("invoice_ids", [])),
                  e.detail.get("detail", {}), e.source)
             for e in stream if e.type == OPENED and e.id not in closed]
    return sorted(items, key=lambda i: (i.at, i.id), reverse=True)
