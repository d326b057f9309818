"""What a debtor can do about their invoices: promise a date, say they paid, dispute, ask for a plan.

Shared by the debtor's page and the email-reply handler (`source` says which). Each action records a
timeline event on every invoice it names, changes the collection state where the rule says so, confirms
to the debtor by a short email, and tells the firm when a person must decide or know.
`invoice_ids` None means every open invoice of the debtor; ids that are not theirs are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from chalicelib import log
from chalicelib.adapters.mailer import SendFailed
from chalicelib.adapters.store import WriteBatch
from chalicelib.core.calendar import add_business_days, local_date
from chalicelib.core.errors import ValidationError
from chalicelib.core.policy import Policy
from chalicelib.core.records import (
    ACTIVE,
    DISPUTED,
    OPEN,
    PAUSED,
    PROMISED,
    Customer,
    Event,
    Invoice,
    Party,
    Tenant,
)

from . import metrics, notices, outbox
from .dunning import newest_party
from .ids import new_id
from .intake import schedule
from .policies import policy_for
from .reminders import language_of, locale_for
from .retry import on_conflict

BY_EMAIL = "email"  # the source of actions taken on a debtor's emailed reply
HELD_STATES = (ACTIVE, PROMISED, PAUSED)  # what a debtor's word may change; disputes and hand-offs stay
MAX_TEXT = 2000
MAX_INSTALMENTS = 24
DATE_SUFFIXES = ("_date", "_on", "_until")


@dataclass(frozen=True)
class Debtor:
    tenant: Tenant
    customer: Customer
    party: Party | None
    policy: Policy
    today: date
    invoices: list[Invoice]


def debtor(deps, tenant: Tenant, customer_id: str, now: datetime) -> Debtor:
    invoices, customer = deps.store.debtor(tenant.id, customer_id)
    party = newest_party(invoices)
    tz = (party and party.timezone) or tenant.timezone
    return Debtor(tenant, customer, party, policy_for(tenant, customer), local_date(now, tz), invoices)


def is_open(inv: Invoice) -> bool:
    return bool(inv.snapshot and inv.status == OPEN and inv.amount_due > 0)


def open_invoices(invoices: list[Invoice], invoice_ids: list[str] | None = None) -> list[Invoice]:
    wanted = None if invoice_ids is None else set(invoice_ids)
    return [i for i in invoices if is_open(i) and (wanted is None or i.id in wanted)]


def promise(deps, tenant: Tenant, customer_id: str, invoice_ids: list[str] | None, on: date, now: datetime,
            source: str, excerpt: str | None = None) -> dict:
    d = debtor(deps, tenant, customer_id, now)
    if on < d.today:
        raise ValidationError("the promised date is in the past", {"on": "must be today or later"})
    detail: dict[str, object] = {"promise_date": on.isoformat()}
    if (on - d.today).days > d.policy.promise_limit_days:
        # Beyond the firm's limit: a person decides; the schedule is left as it is.
        detail |= {"kind": "promise", "limit_days": d.policy.promise_limit_days}
        done = _record(deps, d, invoice_ids, now, None, "approval_needed", detail, source, excerpt)
        if not done:
            return {"result": "nothing_open", "invoice_ids": []}
        _tell_firm(deps, d, "promise_approval", done, now, detail, excerpt, source)
        _confirm(deps, d, "promise", done, now, {"on": on, "needs_approval": True}, source)
        return {"result": "needs_approval", "invoice_ids": [i.id for i in done], "promise_date": on.isoformat(),
                "limit_days": d.policy.promise_limit_days}

    def change(inv):
        if inv.collection.state in HELD_STATES:
            return replace(inv.collection, state=PROMISED, promise_date=on, paused_until=None)
        return None

    done = _record(deps, d, invoice_ids, now, change, "promise_made", detail, source, excerpt)
    if not done:
        return {"result": "nothing_open", "invoice_ids": []}
    resume = add_business_days(on, d.policy.promise_grace_business_days, d.tenant.country) + timedelta(days=1)
    _confirm(deps, d, "promise", done, now, {"on": on, "needs_approval": False}, source)
    return {"result": "promised", "invoice_ids": [i.id for i in done], "promise_date": on.isoformat(),
            "reminders_resume_on": resume.isoformat()}


def claim_paid(deps, tenant: Tenant, customer_id: str, invoice_ids: list[str] | None, paid_on: date | None,
               method: str | None, now: datetime, source: str, excerpt: str | None = None) -> dict:
    d = debtor(deps, tenant, customer_id, now)
    if paid_on and paid_on > d.today:
        raise ValidationError("the payment date is in the future", {"paid_on": "must be today or earlier"})
    method = _text(method, 100, "method")
    # A grace pause while the payment arrives: from the later of the payment day and today.
    base = max(paid_on or d.today, d.today)
    until = add_business_days(base, d.policy.promise_grace_business_days, d.tenant.country) + timedelta(days=1)

    def change(inv):
        if inv.collection.state in HELD_STATES:
            return replace(inv.collection, state=PAUSED, paused_until=until, reason="paid_claimed")
        return None

    detail = {"paid_on": paid_on.isoformat() if paid_on else None, "method": method,
              "paused_until": until.isoformat()}
    done = _record(deps, d, invoice_ids, now, change, "paid_claimed", detail, source, excerpt)
    if not done:
        return {"result": "nothing_open", "invoice_ids": []}
    _tell_firm(deps, d, "paid_claimed", done, now, detail, excerpt, source)
    _confirm(deps, d, "paid", done, now, {"paid_on": paid_on, "method": method}, source)
    return {"result": "paused", "invoice_ids": [i.id for i in done], "paused_until": until.isoformat()}


def dispute(deps, tenant: Tenant, customer_id: str, invoice_ids: list[str] | None, reason: str, now: datetime,
            source: str, excerpt: str | None = None) -> dict:
    text = _text(reason, MAX_TEXT, "reason")
    if not text:
        raise ValidationError("a dispute needs a reason", {"reason": "is required"})
    reason = text
    d = debtor(deps, tenant, customer_id, now)

    def change(inv):
        return replace(inv.collection, state=DISPUTED, reason=reason, next_action_at=None)

    detail = {"reason": reason}
    done = _record(deps, d, invoice_ids, now, change, "dispute_opened", detail, source, excerpt)
    if not done:
        return {"result": "nothing_open", "invoice_ids": []}
    _tell_firm(deps, d, "dispute", done, now, detail, excerpt, source)
    _confirm(deps, d, "dispute", done, now, {"reason": reason}, source)
    return {"result": "disputed", "invoice_ids": [i.id for i in done]}


def request_plan(deps, tenant: Tenant, customer_id: str, invoice_ids: list[str] | None, instalments: int | None,
                 now: datetime, source: str, excerpt: str | None = None) -> dict:
    if instalments is not None and not 2 <= instalments <= MAX_INSTALMENTS:
        raise ValidationError("instalments out of range", {"instalments": f"must be from 2 to {MAX_INSTALMENTS}"})
    d = debtor(deps, tenant, customer_id, now)
    # The firm decides on a plan; until then the schedule runs as before.
    detail = {"instalments": instalments}
    done = _record(deps, d, invoice_ids, now, None, "plan_requested", detail, source, excerpt)
    if not done:
        return {"result": "nothing_open", "invoice_ids": []}
    _tell_firm(deps, d, "plan_request", done, now, detail, excerpt, source)
    _confirm(deps, d, "plan", done, now, {"instalments": instalments}, source)
    return {"result": "plan_requested", "invoice_ids": [i.id for i in done]}


def _text(value: str | None, limit: int, field: str) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if len(value) > limit:
        raise ValidationError(f"{field} is too long", {field: f"at most {limit} characters"})
    return value or None


def _record(deps, d: Debtor, invoice_ids, now, change, etype: str, detail: dict, source: str,
            excerpt: str | None) -> list[Invoice]:
    """Writes the events (and state changes) on the named open invoices, re-reading on a version conflict."""
    detail = {**detail, **({"excerpt": excerpt[:MAX_TEXT]} if excerpt else {})}
    reread = False

    def attempt() -> list[Invoice]:
        nonlocal reread  # the first attempt uses the invoices the caller read; a retry reads them again
        invoices = deps.store.customer_invoices(d.tenant.id, d.customer.id) if reread else d.invoices
        reread = True
        targets = open_invoices(invoices, invoice_ids)
        if not targets:
            return []
        changed = []
        for inv in targets:
            c = change(inv) if change else None
            if c is not None and c != inv.collection:
                changed.append(schedule(d.tenant, replace(inv, collection=c)))
        events = [Event(d.tenant.id, inv.id, now, etype, new_id(), dict(detail), source) for inv in targets]
        deps.store.write(WriteBatch(invoices=changed, events=events))
        metrics.track(deps.store, d.tenant.id, targets, changed, events)
        by_id = {i.id: i for i in changed}
        return [by_id.get(i.id, i) for i in targets]

    return on_conflict(attempt, "invoices")


def _tell_firm(deps, d: Debtor, name: str, invoices: list[Invoice], now, detail: dict, excerpt,
               source: str) -> str | None:
    if source == BY_EMAIL:
        return None  # the reply itself is forwarded to the firm with what Relance understood and did
    # Dates travel as ISO text in events; the notice formats them in the firm's locale.
    facts = {k: date.fromisoformat(v) if isinstance(v, str) and k.endswith(DATE_SUFFIXES) else v
             for k, v in detail.items()}
    try:
        return notices.send(deps, d.tenant, name, {"debtor": d.party, "invoices": notices.rows(invoices),
                                                   "detail": facts, "excerpt": excerpt}, now)
    except SendFailed as exc:  # the action stands and its event is in the timeline (and the digest)
        log.error("notice to the firm refused", exc, name=name)
        return None


def _confirm(deps, d: Debtor, action: str, invoices: list[Invoice], now: datetime, extra: dict,
             source: str) -> str | None:
    """A short email to the debtor, in their language, threaded under the reminders and answerable.
    A debtor who wrote by email gets no automatic answer but a promise's confirmation."""
    if source == BY_EMAIL and action != "promise":
        return None
    party, tenant = d.party, d.tenant
    if not party or not party.email or party.email.lower() in d.customer.blocked:
        return None
    language = language_of(tenant, party)
    language = language if language in ("fr", "en") else "en"
    token = deps.keyring.sign(deps.keyring.ref(tenant.id, d.customer.id))
    ctx = {"language": language, "locale": locale_for(language, tenant.jurisdiction), "today": d.today,
           "tenant": {"name": tenant.name, "contact_email": tenant.notify_to, "contact_phone": tenant.contact_phone,
                      "address": tenant.address, "legal_id": tenant.legal_id},
           "debtor": {"name": party.name or party.email, "kind": party.kind}, "invoices": notices.rows(invoices),
           "many": len(invoices) > 1, "link": deps.link(token), "grace_days": d.policy.promise_grace_business_days,
           **extra}
    from chalicelib.adapters.render import Renderer  # jinja2, babel: on first render, not at cold start
    r = Renderer(tenant.templates)
    base = f"{language}/confirm_{action}"
    subject = " ".join(r.render(f"{base}.subject.txt", ctx).split())
    body = re.sub(r"\n{3,}", "\n\n", r.render(f"{base}.txt", ctx)).strip() + "\n"
    out = outbox.to_debtor(tenant, party, d.customer, token=token, subject=subject, text=body,
                           html_body=r.render(f"{base}.html", ctx), now=now, seed=new_id("confirm"))
    try:
        return outbox.send(deps, out)
    except SendFailed as exc:
        log.error("confirmation refused", exc, action=action)
        return None
