"""SES delivery feedback: a permanent bounce or a complaint stops mail to that address and tells the firm;
deliveries go in the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from chalicelib.adapters.store import AlreadyDone, Mark, VersionConflict, WriteBatch
from chalicelib.core.records import Customer, Event

from . import notices
from .ids import new_id


def _kind(message: dict) -> str:
    return (message.get("eventType") or message.get("notificationType") or "").lower()


def handle(deps, message: dict, now: datetime) -> dict:
    kind = _kind(message)
    ses_id = (message.get("mail") or {}).get("messageId")
    if kind not in ("bounce", "complaint", "delivery") or not ses_id:
        return {"result": "ignored", "kind": kind}
    sent = deps.store.get_mark(f"ses#{ses_id}")
    if not sent:
        return {"result": "unknown_message", "ses_message_id": ses_id}
    tenant_id, customer_id, email = sent["tenant_id"], sent["customer_id"], sent["email"]
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
    for _ in range(4):
        customers, invoices = [], []
        if block:
            customer = deps.store.get_customer(tenant_id, customer_id) or Customer(tenant_id, customer_id)
            customers = [replace(customer, blocked={**customer.blocked, email.lower(): block})]
            # Out of the due index at once: nothing more goes to this address.
            invoices = [replace(i, collection=replace(i.collection, next_action_at=None))
                        for i in deps.store.customer_invoices(tenant_id, customer_id)
                        if i.collection.next_action_at and i.snapshot.customer.email
                        and i.snapshot.customer.email.lower() == email.lower()]
        try:
            deps.store.write(WriteBatch(marks=[once], customers=customers, invoices=invoices, events=events))
            break
        except AlreadyDone:
            return {"result": "duplicate"}
        except VersionConflict:
            continue
    if block:
        tenant = deps.tenant(tenant_id)
        affected = [i for i in deps.store.customer_invoices(tenant_id, customer_id) if i.status == "open"]
        notices.bounce(deps, tenant, email, block, detail.get("diagnostic", ""), affected, now)
    return {"result": etype, "blocked": bool(block)}
