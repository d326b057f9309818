"""Every outgoing email is built here: letters, confirmations and copies to debtors, notices to the firm.

To a debtor: From the firm's verified sender, Reply-To the signed per-debtor address (replies find their
invoices), threaded under the debtor's earlier mail (In-Reply-To, References without repeats). To the firm:
From "Relance" at the sender's address. All carry Auto-Submitted (core/mime.py adds it).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from chalicelib.core.mime import build_message, make_message_id
from chalicelib.core.records import Customer, Party, Tenant

MAX_REFERENCES = 10


@dataclass(frozen=True)
class Outgoing:
    raw: bytes
    message_id: str
    sender: str
    recipients: tuple[str, ...]


def domain(tenant: Tenant) -> str:
    return tenant.sender.split("@", 1)[1]


def thread(customer: Customer | None, in_reply_to: str | None = None) -> tuple[str | None, tuple[str, ...]]:
    """(In-Reply-To, References) for the next mail to a debtor: under its first and its latest letter."""
    if customer is None:
        return in_reply_to, ()
    parent = in_reply_to or customer.last_message_id
    refs = tuple(dict.fromkeys(x for x in (customer.thread_root, customer.last_message_id, parent) if x))
    return parent, refs[-MAX_REFERENCES:]


def to_debtor(tenant: Tenant, party: Party, customer: Customer | None, *, token: str, subject: str, text: str,
              html_body: str, now: datetime, message_id: str | None = None, seed: str | None = None,
              in_reply_to: str | None = None) -> Outgoing:
    assert party.email, "callers write only to a debtor with an address"
    mid = message_id or make_message_id(seed or "", domain(tenant))
    parent, refs = thread(customer, in_reply_to)
    raw = build_message(from_addr=tenant.sender, from_name=tenant.name, to=[party.email], cc=party.cc,
                        reply_to=f"r+{token}@{tenant.reply_domain}", subject=subject, text=text, html=html_body,
                        message_id=mid, in_reply_to=parent, references=refs, date=now)
    return Outgoing(raw, mid, tenant.sender, (party.email, *party.cc))


def to_firm(tenant: Tenant, *, subject: str, text: str, now: datetime, seed: str) -> Outgoing:
    mid = make_message_id(seed, domain(tenant))
    page = f'<pre style="font-family:inherit;white-space:pre-wrap">{html.escape(text)}</pre>'
    raw = build_message(from_addr=tenant.sender, from_name="Relance", to=[tenant.notify_to], reply_to=None,
                        subject=subject, text=text, html=page, message_id=mid, date=now)
    return Outgoing(raw, mid, tenant.sender, (tenant.notify_to,))


def send(deps, out: Outgoing) -> str:
    return deps.mailer.send(out.raw, out.sender, list(out.recipients))
