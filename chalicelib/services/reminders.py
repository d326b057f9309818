"""Rendering one letter: the context the templates get from a composed letter (core/letters.py)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from chalicelib.core.records import Party, Tenant

if TYPE_CHECKING:  # the letter core loads with the first letter, not with the API
    from chalicelib.core.letters import Letter

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
    notice = re.compile(r"after notice of (\d{4}-\d{2}-\d{2})")
    if language != "fr":
        return "; ".join(notice.sub(r"from the formal notice of \1", p) for p in parts)
    out = []
    for p in parts:
        for en, fr in _FR_WORDS:
            p = p.replace(en, fr)
        p = re.sub(r"(\d)\.(\d)", r"\1,\2", p).replace(" %", "\u00a0%")
        p = _PERIOD.sub(lambda m: f" (du {_fr_day(m[1])} au {_fr_day(m[2])}, {m[3]} j)", p)
        p = notice.sub(lambda m: f"à compter de la mise en demeure du {_fr_day(m[1])}", p)
        out.append(p)
    return " ; ".join(out)


def _fr_day(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def locale_for(language: str, jurisdiction: str) -> str:
    if language == "fr":
        return "fr_FR"
    return {"US": "en_US", "GB": "en_GB", "IE": "en_IE"}.get(jurisdiction, "en_GB")


def kind_of(tenant: Tenant, party: Party | None) -> str:
    """business | consumer: what the invoice says, else the firm's default (intake fills it in already)."""
    kind = party.kind if party else None
    return kind if kind in ("business", "consumer") else tenant.default_customer_kind


def language_of(tenant: Tenant, party: Party) -> str:
    return party.language or tenant.language


def context(tenant: Tenant, party: Party, letter: Letter, now: datetime, link: str) -> dict:
    """The render context of a composed letter: templates format it, they decide nothing."""
    from chalicelib.core.amounts import totals_of  # with the first letter, not at cold start

    language = language_of(tenant, party)
    today = letter.today

    def line(ll) -> dict:
        return {"invoice_id": ll.invoice_id, "number": ll.number, "issued_on": ll.issued_on, "due_on": ll.due_on,
                "days_late": (today - ll.due_on).days, "currency": ll.currency, "total": ll.total,
                "amount_due": ll.principal, "interest": ll.penalties or None, "fixed_fee": ll.indemnity or None,
                "rate_basis": basis_text(ll.rate_basis, language), "claimed": ll.principal + ll.penalties + ll.indemnity,
                "prior": ll.prior, "last_named_on": ll.last_named_on}

    def totals(lines) -> list[dict]:
        return [{"currency": t.currency, "amount_due": t.principal, "interest": t.penalties, "fees": t.indemnity,
                 "claimed": t.claimed} for t in totals_of(lines)]

    return {
        "stage": letter.stage.template_name, "language": language,
        "locale": locale_for(language, tenant.jurisdiction), "jurisdiction": tenant.jurisdiction,
        "now": now, "today": today,
        "tenant": {"name": tenant.name, "sender": tenant.sender, "contact_email": tenant.notify_to,
                   "contact_phone": tenant.contact_phone, "address": tenant.address, "legal_id": tenant.legal_id,
                   "signature": (tenant.settings or {}).get("signature")},  # the cockpit's identity form
        "debtor": {"name": party.name or party.email, "email": party.email, "kind": kind_of(tenant, party)},
        "invoices": [line(x) for x in letter.lead], "others": [line(x) for x in letter.others],
        "upcoming": [line(x) for x in letter.upcoming],
        # A heads-up's total is what its lead falls due for; any other letter's is what it claims.
        "totals": totals(letter.claimed if letter.stage.overdue else letter.lead),
        "lead_totals": totals(letter.lead), "upcoming_totals": totals(letter.upcoming),
        "prior": letter.prior, "notice_dates": sorted({x.formal_notice_on for x in letter.lead if x.formal_notice_on}),
        "link": link, "deadline": letter.deadline, "promise_missed": letter.promise_missed_on,
        "staleness_warning": "rates may be out of date" if letter.amounts.stale else None,
    }


def render(tenant: Tenant, ctx: dict):
    from chalicelib.adapters.render import Renderer  # jinja2, babel: on first render, not at cold start

    return Renderer(tenant.templates).reminder(ctx)
