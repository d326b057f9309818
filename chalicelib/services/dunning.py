"""The reminder engine's use cases: the daily run (find who is due, queue them) and sending one debtor's
reminder (re-read, decide, claim, render, send, record)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib import log
from chalicelib.adapters.mailer import SendFailed
from chalicelib.adapters.mailstore import MailStoreFailed
from chalicelib.adapters.store import SHARDS, AlreadyDone, Mark, VersionConflict, WriteBatch
from chalicelib.core.calendar import local_date
from chalicelib.core.decide import Debtor, decide
from chalicelib.core.letters import compose, record_lines
from chalicelib.core.records import Customer, Event, Invoice, Party

from . import digest, metrics, notices, outbox, reminders
from .ids import new_id
from .policies import policy_for
from .retry import on_conflict

CLAIM_DAYS = 120
KEEP_SENT = 10  # recent send instants kept per debtor (gap and 30-day cap)


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
    """The debtor as its newest snapshot names it; the newest that names an address, if any does (a Stripe
    invoice without customer_email must not leave the debtor's other invoices with nowhere to write)."""
    snaps = [i.snapshot for i in invoices if i.snapshot]
    named = [s for s in snaps if s.customer.email] or snaps
    return max(named, key=lambda s: s.occurred_at).customer if named else None


def debtor_of(tenant, party: Party, customer: Customer) -> Debtor:
    return Debtor(timezone=party.timezone or tenant.timezone, country=party.country or tenant.country,
                  email=party.email, blocked=bool(party.email and party.email.lower() in customer.blocked),
                  sent_at=customer.sent_at)


def send_reminder(deps, tenant_id: str, customer_id: str, now: datetime) -> dict:
    # A webhook or a page action wrote meanwhile: decide again on fresh state.
    return on_conflict(lambda: _send_once(deps, tenant_id, customer_id, now), "debtor", attempts=4)


def letter_id(claim_key: str) -> str:
    return "let_" + hashlib.sha256(claim_key.encode()).hexdigest()[:24]


def raw_key(tenant_id: str, letter: str) -> str:
    return f"letters/{tenant_id}/{letter}.eml"


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
    handed = [by_id[e.invoice_id] for e in events if e.type == "handed_off"]
    once = [Mark(f"{tenant_id}#handoff#{i.id}", {"at": now.isoformat()}) for i in handed]
    if decision.reason != "send":
        if changed or events:
            deps.store.write(WriteBatch(invoices=changed, events=events, marks=once))
            metrics.track(deps.store, tenant_id, by_id, changed, events)
        if handed:
            notices.handoff(deps, tenant, party, handed, now)
        return {"result": decision.reason, "updated": len(changed)}

    letter = compose(decision, by_id, policy, tenant.jurisdiction, reminders.kind_of(tenant, party), now,
                     debtor.timezone)
    day = local_date(now, debtor.timezone)
    lines = record_lines(letter)
    fingerprint = hashlib.sha256("|".join(f"{x['invoice_id']}:{x['stage']}:{x['role']}" for x in lines)
                                 .encode()).hexdigest()
    claim_key = f"{tenant_id}#claim#{customer_id}#{day.isoformat()}#{fingerprint[:16]}"
    lid = letter_id(claim_key)
    ref = deps.keyring.ref(tenant_id, customer_id)
    token = deps.keyring.sign(ref)
    # Everything that can fail on the content fails here, before the claim uses the stage up.
    try:
        ctx = reminders.context(tenant, party, letter, now, deps.link(token))
        rendered = reminders.render(tenant, ctx)
        out = outbox.to_debtor(tenant, party, customer, token=token, subject=rendered.subject, text=rendered.text,
                               html_body=rendered.html, now=now, seed=claim_key)
    except Exception as exc:  # noqa: BLE001 - any content fault: nothing claimed, the firm is told
        log.exception("letter could not be built", letter_id=lid)
        _failed(deps, tenant, party, letter, now, f"{type(exc).__name__}: {exc}")
        return {"result": "send_failed", "error": str(exc)[:300]}
    new_customer = replace(customer, sent_at=(*customer.sent_at[-(KEEP_SENT - 1):], now),
                           thread_root=customer.thread_root or out.message_id, last_message_id=out.message_id)
    claim = Mark(claim_key, {"message_id": out.message_id, "stage": letter.stage.name, "at": now.isoformat()},
                 now + timedelta(days=CLAIM_DAYS))
    lookup = Mark(f"ref#{ref}", {"tenant_id": tenant_id, "customer_id": customer_id}, once=False)
    thread = Mark(f"msgid#{out.message_id}", {"tenant_id": tenant_id, "customer_id": customer_id},
                  now + timedelta(days=365), once=False)  # a reply without the r+ address still finds its debtor
    # The claim commits the new schedule before the send: a retry finds it and sends nothing again.
    try:
        deps.store.write(WriteBatch(marks=[claim, lookup, thread, *once], invoices=changed,
                                    customers=[new_customer], events=events))
    except AlreadyDone:
        return {"result": "already_claimed"}
    metrics.track(deps.store, tenant_id, by_id, changed, events)
    if handed:
        notices.handoff(deps, tenant, party, handed, now)
    try:
        # The exact bytes are kept before they go: a letter is never sent without its evidence.
        deps.mail_store.put(raw_key(tenant_id, lid), out.raw)
        ses_id = outbox.send(deps, out)
    except (SendFailed, MailStoreFailed) as exc:  # known not sent (refused, throttled out, unreachable)
        _put_back(deps, changed, by_id, customer)
        _failed(deps, tenant, party, letter, now, f"{type(exc).__name__}: {str(exc)[:300]}")
        log.error("reminder not sent", exc, letter_id=lid)
        return {"result": "send_failed", "error": str(exc)[:300]}
    # Anything else here (a timeout after SES took the mail?) is left to crash: at most once, never twice.
    record = {"id": lid, "sent_at": now.isoformat(), "stage": letter.stage.name, "channel": "email",
              "to": party.email, "cc": list(party.cc), "ses_message_id": ses_id, "message_id": out.message_id,
              "sha256": hashlib.sha256(out.raw).hexdigest(), "subject": rendered.subject, "lines": lines,
              **_totals(letter), "promise_missed_on": letter.promise_missed_on.isoformat()
              if letter.promise_missed_on else None, "raw_key": raw_key(tenant_id, lid)}
    sent = [Event(tenant_id, x["invoice_id"], now, "reminder_sent", new_id(),
                  {"stage": x["stage"] if x["role"] == "claimed" else letter.stage.name, "role": x["role"],
                   "letter_id": lid, "letter_stage": letter.stage.name, "ses_message_id": ses_id,
                   "message_id": out.message_id, "to": party.email,
                   "promise_missed": bool(letter.promise_missed_on) and x["role"] == "claimed"}, "ses")
            for x in lines]
    kept = Event(tenant_id, letters_stream(customer_id), now, "letter", lid, record, "ses")
    mapping = Mark(f"ses#{ses_id}", {"tenant_id": tenant_id, "customer_id": customer_id, "email": party.email,
                                     "invoices": [x["invoice_id"] for x in lines], "letter_id": lid},
                   now + timedelta(days=CLAIM_DAYS), once=False)
    deps.store.write(WriteBatch(marks=[mapping], events=[*sent, kept]))
    return {"result": "sent", "stage": letter.stage.name, "letter_id": lid,
            "invoices": [x["invoice_id"] for x in lines if x["role"] == "claimed"],
            "upcoming": [x["invoice_id"] for x in lines if x["role"] == "upcoming"], "ses_message_id": ses_id}


def letters_stream(customer_id: str) -> str:
    """The letter record of a debtor is a timeline of its own in the events table."""
    return f"~letters#{customer_id}"


def _totals(letter) -> dict:
    totals = letter.totals
    main = totals[0] if totals else None
    return {"total_claimed": f"{main.claimed:f}" if main else "0.00",
            "currency": main.currency if main else (letter.lead[0].currency if letter.lead else None),
            "totals": [{"currency": t.currency, "total_claimed": f"{t.claimed:f}"} for t in totals]}


def _put_back(deps, changed: list[Invoice], by_id: dict, customer) -> None:
    """The schedule as it was before the claim, so the next run sends this letter (never lost)."""
    undo = [replace(by_id[i.id], version=i.version + 1) for i in changed]
    try:
        deps.store.write(WriteBatch(invoices=undo, customers=[replace(customer, version=customer.version + 1)]))
        metrics.track(deps.store, customer.tenant_id, changed, undo)
    except VersionConflict:  # something changed meanwhile (a payment?): its own schedule stands
        pass


def _failed(deps, tenant, party, letter, now: datetime, error: str) -> None:
    ids = [ln.invoice_id for ln in (*letter.claimed, *letter.lead)]
    fail = [Event(tenant.id, i, now, "send_failed", new_id(), {"stage": letter.stage.name, "error": error},
                  "ses") for i in dict.fromkeys(ids)]
    deps.store.write(WriteBatch(events=fail))
    try:
        notices.send_failed(deps, tenant, party, [ln for ln in letter.lead], letter.stage.name, error, now)
    except Exception:  # noqa: BLE001 - the events above already hold it; the digest shows it too
        log.exception("could not tell the firm about a failed letter")
