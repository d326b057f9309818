"""Mail to the firm: hand-offs, bounces, disputes, the daily digest. Plain text, in the firm's language."""

from __future__ import annotations

from datetime import datetime

from chalicelib.core.records import Invoice, Party, Tenant

from . import outbox
from .ids import new_id
from .reminders import locale_for


def send(deps, tenant: Tenant, name: str, ctx: dict, now: datetime, attachments: tuple = ()) -> str:
    """Renders templates/<lang>/notices/<name>.txt (first line "Subject: ...") and mails it to the firm."""
    full = {"tenant": tenant, "now": now, "locale": locale_for(tenant.language, tenant.jurisdiction),
            "app_url": (deps.public_url or "").rstrip("/") + "/app", **ctx}  # notices link to the cockpit's pages
    from chalicelib.adapters.render import Renderer  # jinja2, babel: on first render, not at cold start
    text = Renderer(tenant.templates).render(f"{tenant.language}/notices/{name}.txt", full)
    first, _, body = text.partition("\n")
    subject = first.removeprefix("Subject:").strip()
    body = body.strip() + "\n"
    return outbox.send(deps, outbox.to_firm(tenant, subject=subject, text=body, now=now, seed=new_id("notice")))


def rows(invoices: list[Invoice]) -> list[dict]:
    """Open invoices (each has a snapshot) as a notice lists them."""
    return [{"id": i.id, "number": i.snap.number, "amount_due": i.amount_due, "currency": i.snap.currency,
             "due_on": i.snap.due_on} for i in invoices]


def handoff(deps, tenant: Tenant, party: Party, invoices: list[Invoice], now: datetime) -> str:
    return send(deps, tenant, "handoff", {"debtor": party, "invoices": rows(invoices)}, now)


def bounce(deps, tenant: Tenant, email: str, kind: str, detail: str, invoices: list[Invoice], now) -> str:
    return send(deps, tenant, "bounce", {"email": email, "kind": kind, "detail": detail,
                                         "invoices": rows(invoices)}, now)


def send_failed(deps, tenant: Tenant, party: Party, lines: list, stage: str, error: str, now: datetime) -> str:
    rows_ = [{"number": ln.number, "amount_due": ln.principal, "currency": ln.currency, "due_on": ln.due_on}
             for ln in lines]
    return send(deps, tenant, "send_failed", {"debtor": party, "invoices": rows_, "stage": stage, "error": error},
                now)
