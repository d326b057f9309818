"""Building one reminder: the render context (amounts, legal figures, link) and the MIME message."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from chalicelib.core import legal
from chalicelib.core.calendar import local_date
from chalicelib.core.decide import Planned
from chalicelib.core.mime import build_message
from chalicelib.core.records import Invoice, Party, Tenant

CHARGED_STAGES = ("firm", "formal_notice", "final_notice", "repeat")
NOTICE_DAYS = 8


_PERIOD = re.compile(r"\s*\((\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}), (\d+) d\)")
_FR_WORDS = (("ECB MRO", "BCE"), ("Bank Rate", "Banque d'Angleterre"),
             ("contract rate", "taux contractuel"), ("raised to 3 x legal rate", "porté à 3 fois le taux légal"),
             ("legal rate", "taux légal"))


def basis_text(basis: str | None, language: str) -> str | None:
    """The legal basis as a debtor reads it: one rate when every period shares it, in the mail's language."""
    if not basis:
        return None
    parts = [p.strip() for p in basis.split(";") if p.strip()]
    rates = {_PERIOD.sub("", p) for p in parts}
    if len(rates) == 1:
        parts = [rates.pop()]
    if language != "fr":
        return "; ".join(parts)
    out = []
    for p in parts:
        for en, fr in _FR_WORDS:
            p = p.replace(en, fr)
        p = re.sub(r"(\d)\.(\d)", r"\1,\2", p).replace(" %", "\u00a0%")
        p = _PERIOD.sub(lambda m: f" (du {_fr_day(m[1])} au {_fr_day(m[2])}, {m[3]} j)", p)
        out.append(p)
    return " ; ".join(out)


def _fr_day(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def locale_for(language: str, jurisdiction: str) -> str:
    if language == "fr":
        return "fr_FR"
    return {"US": "en_US", "GB": "en_GB", "IE": "en_IE"}.get(jurisdiction, "en_GB")


def language_of(tenant: Tenant, party: Party) -> str:
    return party.language or tenant.language


def context(tenant: Tenant, party: Party, planned: list[Planned], invoices: dict[str, Invoice], now: datetime,
            link: str, stage: str) -> dict:
    tz = party.timezone or tenant.timezone
    today = local_date(now, tz)
    language = language_of(tenant, party)
    charged = stage in CHARGED_STAGES
    rows = [invoices[p.invoice_id] for p in planned]
    amounts = legal.late_amounts(tenant.jurisdiction, party.kind,
                                 [legal.LateInvoice(i.snapshot.number, i.amount_due, i.snapshot.currency,
                                                    i.snapshot.due_on) for i in rows], as_of=today)
    lines = []
    for inv, line in zip(rows, amounts.lines, strict=True):
        s = inv.snapshot
        lines.append({
            "number": s.number, "issued_on": s.issued_on, "due_on": s.due_on,
            "days_late": (today - s.due_on).days, "currency": s.currency, "total": s.total,
            "amount_due": inv.amount_due,
            "interest": line.interest if charged and line.interest else None,
            "fixed_fee": line.fixed_fee if charged and line.fixed_fee else None,
            "rate_basis": basis_text(line.basis, language) if charged else None,
            "claimed": inv.amount_due + (line.interest + line.fixed_fee if charged else 0),
        })
    totals = []
    for currency in sorted({r["currency"] for r in lines}):
        mine = [r for r in lines if r["currency"] == currency]
        due = sum((r["amount_due"] for r in mine), start=rows[0].amount_due * 0)
        interest = sum((r["interest"] or 0 for r in mine), start=due * 0)
        fees = sum((r["fixed_fee"] or 0 for r in mine), start=due * 0)
        totals.append({"currency": currency, "amount_due": due, "interest": interest, "fees": fees,
                       "claimed": due + interest + fees})
    return {
        "stage": stage, "language": language, "locale": locale_for(language, tenant.jurisdiction),
        "jurisdiction": tenant.jurisdiction, "now": now, "today": today,
        "tenant": {"name": tenant.name, "sender": tenant.sender, "contact_email": tenant.notify_to,
                   "contact_phone": tenant.contact_phone, "address": tenant.address, "legal_id": tenant.legal_id},
        "debtor": {"name": party.name or party.email, "email": party.email, "kind": party.kind},
        "invoices": lines, "totals": totals, "link": link,
        "deadline": today + timedelta(days=NOTICE_DAYS) if stage == "formal_notice" else None,
        "promise_missed": any(p.promise_missed for p in planned),
        "staleness_warning": "rates may be out of date" if amounts.stale and charged else None,
    }


def message(tenant: Tenant, party: Party, ctx: dict, *, message_id: str, in_reply_to: str | None,
            references: tuple[str, ...], reply_to: str, now: datetime) -> bytes:
    from chalicelib.adapters.render import Renderer  # jinja2, babel: on first render, not at cold start
    rendered = Renderer(tenant.templates).reminder(ctx)
    return build_message(from_addr=tenant.sender, from_name=tenant.name, to=[party.email], cc=party.cc,
                         reply_to=reply_to, subject=rendered.subject, text=rendered.text, html=rendered.html,
                         message_id=message_id, in_reply_to=in_reply_to, references=references, date=now)
