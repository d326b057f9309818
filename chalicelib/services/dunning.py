"""The reminder engine's use cases: the daily run (find who is due, queue them) and sending one debtor's
reminder (re-read, decide, claim, render, send, record)."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.adapters.mailer import SendFailed
from chalicelib.adapters.store import SHARDS, AlreadyDone, Mark, VersionConflict, WriteBatch
from chalicelib.core.calendar import local_date
from chalicelib.core.decide import Debtor, decide
from chalicelib.core.mime import make_message_id
from chalicelib.core.records import Customer, Event, Invoice, Party

from . import digest, metrics, notices, reminders
from .ids import new_id
from .policies import policy_for

log = logging.getLogger("relance")
CLAIM_DAYS = 120
KEEP_SENT = 10  # recent send instants kept per debtor (gap and 30-day cap)
MAX_REFERENCES = 10


def daily_run(deps, now: datetime) -> dict:
    """Queries the due index (never a scan) up to `now` and queues one message per debtor."""
    debtors: dict[tuple[str, str], int] = {}
    reads = 0
    for shard in range(SHARDS):
        cursor = None
        while True:
            refs, cursor = deps.store.due(str(shard), now, cursor)
            reads += 1
            for r in refs:
                key = (r.tenant_id, r.customer_id)
                debtors[key] = debtors.get(key, 0) + 1
            if not cursor:
                break
    bodies = [{"tenant_id": t, "customer_id": c, "at": now.isoformat()} for (t, c) in sorted(debtors)]
    deps.queue.send_many(bodies)
    result = {"due_invoices": sum(debtors.values()), "debtors": len(bodies), "index_queries": reads}
    try:
        result.update(digest.send_all(deps, now))
    except Exception:  # a digest problem must not stop the reminders already queued from being reported
        log.exception("daily digest failed")
    return result


def newest_party(invoices: list[Invoice]) -> Party | None:
    snaps = [i.snapshot for i in invoices if i.snapshot]
    return max(snaps, key=lambda s: s.occurred_at).customer if snaps else None


def debtor_of(tenant, party: Party, customer: Customer) -> Debtor:
    return Debtor(timezone=party.timezone or tenant.timezone, country=party.country or tenant.country,
                  email=party.email, blocked=bool(party.email and party.email.lower() in customer.blocked),
                  sent_at=customer.sent_at)


def send_reminder(deps, tenant_id: str, customer_id: str, now: datetime) -> dict:
    for _ in range(4):
        try:
            return _send_once(deps, tenant_id, customer_id, now)
        except VersionConflict:
            continue  # a webhook or a page action wrote meanwhile: decide again on fresh state
    raise VersionConflict("debtor")


def _send_once(deps, tenant_id: str, customer_id: str, now: datetime) -> dict:
    tenant = deps.tenant(tenant_id)
    if tenant is None:
        return {"result": "no_tenant"}
    invoices, customer = deps.store.debtor(tenant_id, customer_id)
    party = newest_party(invoices)
    if party is None:
        return {"result": "nothing_due"}
    policy = policy_for(tenant, customer)
    debtor = debtor_of(tenant, party, customer)
    last_sent = max(customer.sent_at, default=None)
    decision = decide(invoices, debtor, policy, now, last_sent)
    by_id = {i.id: i for i in invoices}
    changed = [replace(by_id[k], collection=c) for k, c in decision.updates.items() if by_id[k].collection != c]
    events = [Event(tenant_id, inv_id, now, etype, new_id(), detail, "schedule")
              for inv_id, etype, detail in decision.events]
    if decision.reason != "send":
        if changed or events:
            deps.store.write(WriteBatch(invoices=changed, events=events))
            metrics.track(deps.store, tenant_id, by_id, changed, events)
        handed = [by_id[e.invoice_id] for e in events if e.type == "handed_off"]
        if handed:
            notices.handoff(deps, tenant, party, handed, now)
        return {"result": decision.reason, "updated": len(changed)}

    stage = decision.stage
    planned = sorted(decision.send, key=lambda p: by_id[p.invoice_id].snapshot.due_on)
    day = local_date(now, debtor.timezone)
    fingerprint = hashlib.sha256("|".join(f"{p.invoice_id}:{p.stage.name}" for p in planned).encode()).hexdigest()
    claim_key = f"{tenant_id}#claim#{customer_id}#{day.isoformat()}#{fingerprint[:16]}"
    domain = tenant.sender.split("@", 1)[1]
    message_id = make_message_id(claim_key, domain)
    ref = deps.keyring.ref(tenant_id, customer_id)
    token = deps.keyring.sign(ref)
    references = tuple(x for x in (customer.thread_root, customer.last_message_id) if x)
    new_customer = replace(customer, sent_at=(*customer.sent_at[-(KEEP_SENT - 1):], now),
                           thread_root=customer.thread_root or message_id, last_message_id=message_id)
    claim = Mark(claim_key, {"message_id": message_id, "stage": stage.name, "at": now.isoformat()},
                 now + timedelta(days=CLAIM_DAYS))
    lookup = Mark(f"ref#{ref}", {"tenant_id": tenant_id, "customer_id": customer_id}, once=False)
    thread = Mark(f"msgid#{message_id}", {"tenant_id": tenant_id, "customer_id": customer_id},
                  now + timedelta(days=365), once=False)  # a reply without the r+ address still finds its debtor
    # The claim commits the new schedule before the send: a retry finds it and sends nothing again.
    try:
        deps.store.write(WriteBatch(marks=[claim, lookup, thread], invoices=changed, customers=[new_customer],
                                    events=events))
    except AlreadyDone:
        return {"result": "already_claimed"}
    metrics.track(deps.store, tenant_id, by_id, changed, events)

    ctx = reminders.context(tenant, party, planned, by_id, now, deps.link(token), stage.template_name)
    raw = reminders.message(tenant, party, ctx, message_id=message_id, in_reply_to=customer.last_message_id,
                            references=references[-MAX_REFERENCES:],
                            reply_to=f"r+{token}@{tenant.reply_domain}", now=now)
    try:
        ses_id = deps.mailer.send(raw, tenant.sender, [party.email, *party.cc])
    except SendFailed as exc:
        # SES did not take it: put the schedule back as it was, so the next day's run sends it (never lost).
        fail = [Event(tenant_id, p.invoice_id, now, "send_failed", new_id(), {"stage": p.stage.name,
                      "error": str(exc)[:300]}, "ses") for p in planned]
        undo = [replace(by_id[i.id], version=i.version + 1) for i in changed]
        try:
            deps.store.write(WriteBatch(invoices=undo, customers=[replace(customer, version=customer.version + 1)],
                                        events=fail))
            metrics.track(deps.store, tenant_id, changed, undo)
        except VersionConflict:  # something changed meanwhile (a payment?): its own schedule stands
            deps.store.write(WriteBatch(events=fail))
        log.error("SES did not accept reminder %s: %s", claim_key, exc)
        return {"result": "send_failed", "error": str(exc)}
    sent = [Event(tenant_id, p.invoice_id, now, "reminder_sent", new_id(),
                  {"stage": p.stage.name, "ses_message_id": ses_id, "message_id": message_id,
                   "to": party.email, "promise_missed": p.promise_missed}, "ses") for p in planned]
    mapping = Mark(f"ses#{ses_id}", {"tenant_id": tenant_id, "customer_id": customer_id, "email": party.email,
                                     "invoices": [p.invoice_id for p in planned]},
                   now + timedelta(days=CLAIM_DAYS), once=False)
    deps.store.write(WriteBatch(marks=[mapping], events=sent))
    return {"result": "sent", "stage": stage.name, "invoices": [p.invoice_id for p in planned],
            "ses_message_id": ses_id}
