"""Mail to the firm: hand-offs, bounces, disputes, the daily digest. Plain text, in the firm's language."""

from __future__ import annotations

import html
from datetime import datetime

from chalicelib.adapters.render import Renderer
from chalicelib.core.mime import build_message, make_message_id
from chalicelib.core.records import Invoice, Party, Tenant

from .ids import new_id
from .reminders import locale_for


def send(deps, tenant: Tenant, name: str, ctx: dict, now: datetime, attachments: tuple = ()) -> str:
    """Renders templates/<lang>/notices/<name>.txt (first line "Subject: ...") and mails it to the firm."""
    full = {"tenant": tenant, "now": now, "locale": locale_for(tenant.language, tenant.jurisdiction),
            "app_url": (deps.public_url or "").rstrip("/") + "/app", **ctx}  # notices link to the cockpit's pages
    text = Renderer(tenant.templates).render(f"{tenant.language}/notices/{name}.txt", full)
    first, _, body = text.partition("\n")
    subject = first.removeprefix("Subject:").strip()
    body = body.strip() + "\n"
    page = f'<pre style="font-family:inherit;white-space:pre-wrap">{html.escape(body)}</pre>'
    raw = build_message(from_addr=tenant.sender, from_name="Relance", to=[tenant.notify_to], reply_to=None,
                        subject=subject, text=body, html=page,
                        message_id=make_message_id(new_id("notice"), tenant.sender.split("@", 1)[1]), date=now)
    return deps.mailer.send(raw, tenant.sender, [tenant.notify_to])


def rows(invoices: list[Invoice]) -> list[dict]:
    return [{"id": i.id, "number": i.snapshot.number, "amount_due": i.amount_due, "currency": i.snapshot.currency,
             "due_on": i.snapshot.due_on} for i in invoices]


def handoff(deps, tenant: Tenant, party: Party, invoices: list[Invoice], now: datetime) -> str:
    return send(deps, tenant, "handoff", {"debtor": party, "invoices": rows(invoices)}, now)


def bounce(deps, tenant: Tenant, email: str, kind: str, detail: str, invoices: list[Invoice], now) -> str:
    return send(deps, tenant, "bounce", {"email": email, "kind": kind, "detail": detail,
                                         "invoices": rows(invoices)}, now)
