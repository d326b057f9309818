"""SES delivery feedback: a permanent bounce or a complaint stops mail to that address and tells the firm;
deliveries go in the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from chalicelib import log
from chalicelib.adapters.store import AlreadyDone, Mark, WriteBatch
from chalicelib.core.records import Event

from . import notices
from .ids import new_id
from .retry import on_conflict


def _kind(message: dict) -> str:
    return (message.get("eventType") or message.get("notificationType") or "").lower()


def handle(deps, message: dict, now: datetime) -> dict:
    kind = _kind(message)
    ses_id = (message.get("mail") or {}).get("messageId")
    if kind not in ("bounce", "complaint", "delivery") or not ses_id:
        return {"result": "ignored", "kind": kind}
    log.bind(ses_message_id=ses_id)
    sent = deps.store.get_mark(f"ses#{ses_id}")
    if not sent:
        return {"result": "unknown_message", "ses_message_id": ses_id}
    tenant_id, customer_id, email = sent["tenant_id"], sent["customer_id"], sent["email"]
    log.bind(tenant_id=tenant_id, customer_id=customer_id, letter_id=sent.get("letter_id"),
             invoice_ids=sent.get("invoices"))
    detail, block = {"ses_message_id": ses_id}, None
    if kind == "bounce":
        b = message.get("bounce") or {}
        permanent = b.get("bounceType") == "Permanent"
        recipients = b.get("bouncedRecipients") or [{}]
        detail.update(bounce_type=b.get("bounceType"), subtype=b.get("bounceSubType"),
                      diagnostic=(recipients[0].get("diagnosticCode") or "")[:300], permanent=permanent)
        block = "bounced" if permanent else None
        etype = "bounced"
    elif kind == "complaint":
        c = message.get("complaint") or {}
        detail.update(feedback=c.get("complaintFeedbackType"))
        block, etype = "complained", "complained"
    else:
        d = message.get("delivery") or {}
        detail.update(recipients=d.get("recipients"), smtp=(d.get("smtpResponse") or "")[:200])
        etype = "delivered"
    once = Mark(f"sesevent#{ses_id}#{kind}")
    events = [Event(tenant_id, inv_id, now, etype, new_id(), detail, "ses") for inv_id in sent["invoices"]]
    try:
        if not block:
            deps.store.write(WriteBatch(marks=[once], events=events))
            return {"result": etype, "blocked": False}
        invoices = block_address(deps, tenant_id, customer_id, email, block, lambda _: events, [once])
    except AlreadyDone:
        return {"result": "duplicate"}
    notices.bounce(deps, deps.tenant(tenant_id), email, block, detail.get("diagnostic", ""),
                   [i for i in invoices if i.status == "open"], now)
    return {"result": etype, "blocked": bool(block)}


def block_address(deps, tenant_id: str, customer_id: str, email: str, reason: str, events_for,
                  marks: Sequence[Mark] = ()) -> list:
    """No more mail to `email`: the debtor records it and its invoices to that address leave the due index at
    once, in one write with `events_for(invoices)` and `marks` (AlreadyDone if a mark exists). Returns the
    debtor's invoices as read."""
    def attempt() -> list:
        invoices, customer = deps.store.debtor(tenant_id, customer_id)
        stopped = [replace(i, collection=replace(i.collection, next_action_at=None)) for i in invoices
                   if i.collection.next_action_at and (i.snapshot.customer.email or "").lower() == email.lower()]
        deps.store.write(WriteBatch(marks=list(marks), invoices=stopped, events=events_for(invoices),
                                    customers=[replace(customer, blocked={**customer.blocked, email.lower(): reason})]))
        return invoices

    return on_conflict(attempt, "debtor", attempts=4)
