"""What Relance does on its own about an understood reply (only once the caller has checked it may)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from chalicelib.adapters.render import Renderer
from chalicelib.adapters.store import WriteBatch
from chalicelib.core.calendar import add_business_days, local_date
from chalicelib.core.errors import RelanceError
from chalicelib.core.records import ACTIVE, PAUSED, Customer, Event, Invoice, Party, Tenant
from chalicelib.core.replies import ParsedMail, Understanding

from . import actions, notices, outbox, ses_events
from .ids import new_id
from .intake import schedule
from .reminders import language_of, locale_for
from .retry import on_conflict

FIRM_ONLY = ("contact_change", "bank_details", "unsubscribe")  # told to the firm, never applied
OOO_DEFAULT_DAYS = 7  # an absence without a return date
COPIES_PER_DAY = 3  # copy replies to one debtor a day: a mail loop cannot make us send more


@dataclass
class Outcome:
    kind: str  # what was done; inbound_forward words it for the firm
    facts: dict = field(default_factory=dict)


def act(deps, tenant: Tenant, customer_id: str, u: Understanding, mail: ParsedMail, targets: list[Invoice],
        party: Party | None, now: datetime) -> Outcome:
    try:
        return _act(deps, tenant, customer_id, u, mail, targets, party, now)
    except RelanceError as exc:  # a date already past, say: the firm decides
        return Outcome("refused", {"error": str(exc)})


def _act(deps, tenant, customer_id, u, mail, targets, party, now) -> Outcome:
    named = [i.id for i in targets] if u.invoice_refs else None  # None: all the debtor's open invoices
    excerpt = u.excerpt or None
    if u.intent == "promise":
        if u.promise_date is None:
            return Outcome("ask")
        r = actions.promise(deps, tenant, customer_id, named, u.promise_date, now, "email", excerpt)
        if r["result"] == "promised":
            return Outcome("promised", {"on": u.promise_date,
                                        "until": date.fromisoformat(r["reminders_resume_on"]) - timedelta(days=1)})
        return Outcome(r["result"], {"on": u.promise_date, "limit_days": r.get("limit_days")})
    if u.intent == "out_of_office":
        return pause_for_absence(deps, tenant, customer_id, u, targets, party, now)
    if u.intent == "dispute":
        r = actions.dispute(deps, tenant, customer_id, named, u.reason or u.excerpt or "(reply by email)", now,
                            "email", excerpt)
        return Outcome(r["result"], {"invoices": _numbers(targets, r)})
    if u.intent == "paid":
        today = local_date(now, (party and party.timezone) or tenant.timezone)
        paid_on = u.paid_on if u.paid_on and u.paid_on <= today else None
        r = actions.claim_paid(deps, tenant, customer_id, named, paid_on, u.method, now, "email", excerpt)
        kind = "paid_paused" if r["result"] == "paused" else r["result"]
        return Outcome(kind, {"until": r.get("paused_until") and date.fromisoformat(r["paused_until"]),
                              "paid_on": paid_on, "method": u.method})
    if u.intent == "plan_request":
        n = u.instalments if u.instalments and 2 <= u.instalments <= actions.MAX_INSTALMENTS else None
        r = actions.request_plan(deps, tenant, customer_id, named, n, now, "email", excerpt)
        return Outcome(r["result"], {"instalments": n})
    if u.intent == "copy_request":
        return send_copy(deps, tenant, customer_id, targets, party, mail, now)
    if u.intent == "bounce":
        return block_bounced(deps, tenant, customer_id, mail, party, now)
    return Outcome("ask")


def _numbers(targets: list[Invoice], r: dict) -> list[str]:
    ids = set(r.get("invoice_ids", []))
    return [i.snap.number for i in targets if i.id in ids] or [i.snap.number for i in targets]


def pause_for_absence(deps, tenant: Tenant, customer_id: str, u: Understanding, targets: list[Invoice],
                      party: Party | None, now: datetime) -> Outcome:
    """The next reminder waits until the debtor is back (a business day after the return date)."""
    country = (party and party.country) or tenant.country
    today = local_date(now, (party and party.timezone) or tenant.timezone)
    if u.return_date and u.return_date >= today:
        until, reason = add_business_days(u.return_date, 1, country), f"out of office until {u.return_date}"
    else:
        until, reason = today + timedelta(days=OOO_DEFAULT_DAYS), "out of office, no return date given"
    ids = {i.id for i in targets}

    def attempt() -> Outcome:
        invoices = [i for i in deps.store.customer_invoices(tenant.id, customer_id) if i.id in ids]
        # Only a running schedule moves: a promise or a longer pause already says more.
        moved = [schedule(tenant, replace(i, collection=replace(i.collection, state=PAUSED, paused_until=until,
                                                                reason="out_of_office")))
                 for i in invoices if i.collection.state == ACTIVE or (
                     i.collection.state == PAUSED and i.collection.paused_until
                     and i.collection.paused_until < until)]
        if not moved:
            return Outcome("nothing_to_pause", {"return_date": u.return_date})
        detail = {"until": until.isoformat(), "reason": reason, "excerpt": u.excerpt}
        events = [Event(tenant.id, i.id, now, "paused", new_id(), dict(detail), "email") for i in moved]
        deps.store.write(WriteBatch(invoices=moved, events=events))
        return Outcome("ooo_paused", {"until": until, "return_date": u.return_date,
                                      "default_days": None if u.return_date else OOO_DEFAULT_DAYS})

    return on_conflict(attempt, "invoice")


def send_copy(deps, tenant: Tenant, customer_id: str, targets: list[Invoice], party: Party | None,
              mail: ParsedMail, now: datetime) -> Outcome:
    """A short mail to the debtor's known address (never to whoever wrote) with the invoice links."""
    customer = deps.store.get_customer(tenant.id, customer_id) or Customer(tenant.id, customer_id)
    if mail.auto_reply or not party or not party.email or party.email.lower() in customer.blocked:
        return Outcome("ask")
    today = local_date(now, party.timezone or tenant.timezone)
    if deps.store.count(f"copies#{tenant.id}#{customer_id}#{today}", now + timedelta(days=2)) > COPIES_PER_DAY:
        return Outcome("copy_limited")
    language = language_of(tenant, party)
    language = language if language in ("fr", "en") else "en"
    token = deps.keyring.sign(deps.keyring.ref(tenant.id, customer_id))
    rows = [{"number": i.snapshot.number, "amount_due": i.amount_due, "currency": i.snapshot.currency,
             "due_on": i.snapshot.due_on, "pdf_url": i.snapshot.pdf_url, "payment_url": i.snapshot.payment_url}
            for i in targets if i.snapshot]
    ctx = {"language": language, "locale": locale_for(language, tenant.jurisdiction), "today": today,
           "tenant": {"name": tenant.name, "contact_email": tenant.notify_to, "contact_phone": tenant.contact_phone,
                      "address": tenant.address, "legal_id": tenant.legal_id},
           "debtor": {"name": party.name or party.email, "kind": party.kind}, "invoices": rows,
           "many": len(rows) > 1, "link": deps.link(token)}
    r = Renderer(tenant.templates)
    base = f"{language}/copy_request"
    out = outbox.to_debtor(tenant, party, customer, token=token,
                           subject=" ".join(r.render(f"{base}.subject.txt", ctx).split()),
                           text=r.render(f"{base}.txt", ctx).strip() + "\n", html_body=r.render(f"{base}.html", ctx),
                           now=now, seed=new_id("copy"), in_reply_to=mail.message_id)
    outbox.send(deps, out)
    events = [Event(tenant.id, i.id, now, "copy_sent", new_id(), {"to": party.email}, "email") for i in targets]
    deps.store.write(WriteBatch(events=events))
    return Outcome("copy_sent", {"invoices": [x["number"] for x in rows],
                                 "links": any(x["pdf_url"] or x["payment_url"] for x in rows)})


def block_bounced(deps, tenant: Tenant, customer_id: str, mail: ParsedMail, party: Party | None,
                  now: datetime) -> Outcome:
    """A delivery failure report for the debtor's own address counts as a permanent SES bounce."""
    who = (mail.bounced_recipient or "").lower()
    known = {a.lower() for a in ((party.email,) + party.cc if party and party.email else ())}
    if not who or who not in known:
        return Outcome("bounce_unknown", {"email": who or None})
    def events_for(invoices):
        return [Event(tenant.id, i.id, now, "bounced", new_id(), {"email": who, "permanent": True,
                                                                 "source": "dsn reply"}, "email")
                for i in invoices if i.status == "open"]

    invoices = ses_events.block_address(deps, tenant.id, customer_id, who, "bounced", events_for)
    notices.bounce(deps, tenant, who, "bounced", "delivery failure report received by reply",
                   [i for i in invoices if i.status == "open"], now)
    return Outcome("blocked", {"email": who})
