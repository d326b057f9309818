"""Email rendering with Jinja2: debtor reminders, and any other template by name.

Templates live in templates/<lang>/: for each stage `<stage>.subject.txt`, `<stage>.txt` and
`<stage>.html`, extending `_layout.txt` / `_layout.html` and using `_macros.txt` (wording shared
by both parts; HTML imports it as "<lang>/_macros.txt?html" so that its output is escaped)
and `_macros.html`. A tenant may override any of them by name ("fr/firm.html").

Reminder context: a mapping with these keys (extra keys are ignored; a missing one is an error), built by
services/reminders.py from the letter the core composed (core/letters.py):

    stage          one of STAGES: the letter's tone
    language       "fr" | "en" (anything else renders in English)
    locale         babel locale for amounts and dates: "fr_FR", "en_GB", "en_US", ...
    jurisdiction   ISO country of the governing law: "FR", "GB", "DE", "US", ...
    now, today     aware datetime, date
    tenant         {name, sender, contact_email, contact_phone|None, address|None, legal_id|None}
    debtor         {name, email, kind: "business" | "consumer"}
    invoices       the lines the stage's sentences speak of (the lead), never empty:
                   [{number, issued_on|None, due_on, days_late (negative before due), currency, total,
                     amount_due, interest|None, fixed_fee|None, rate_basis|None, claimed, prior,
                     last_named_on|None}]
    others         other claimed lines (same shape): each says what was sent about it before
    upcoming       lines not yet due, mentioned apart and never in the amount asked
    totals         [{currency, amount_due, interest, fees, claimed}] over invoices + others
    lead_totals    the same over invoices only (what a formal notice demands)
    upcoming_totals
    prior          letters that named every lead invoice before this one (0, 1, 2...)
    notice_dates   days of the formal notices the lead invoices received
    link           the tracked https link
    deadline       date | None; required for formal_notice and final_notice (today + 8 days)
    promise_missed date | None: the promised day that passed without payment

Templates also get: business (bool), law ("FR" | "GB" | "other"), many (several lead invoices),
claim (show the detail of penalties and fees), fee ({amount, currency} when every invoice carries the
same fixed fee, else None), c (the whole context, for the stage wording macros). Filters:
money(currency, trim=False), day(style), nl2br and paras (HTML). Amounts are Decimal, computed upstream:
templates only format them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    DictLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from chalicelib.core import fmt
from chalicelib.core.policy import CHARGED_STAGES, NOTICE_DAYS, STAGES

LANGUAGES = ("fr", "en")
REQUIRED = (
    "stage", "language", "locale", "jurisdiction", "now", "today", "tenant", "debtor", "invoices", "others",
    "upcoming", "totals", "lead_totals", "upcoming_totals", "prior", "notice_dates", "link", "deadline",
    "promise_missed",
)  # fmt: skip
AS_HTML = "?html"
_OVERRIDE_NAME = re.compile(r"^[a-z]{2}/[a-z0-9_.-]+\.(txt|html)$")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def templates_dir() -> Path:
    # In the Lambda package templates/ is copied to vendor/templates/, which lands at the package
    # root: the same relative path works in both.
    return Path(__file__).resolve().parents[2] / "templates"


# The locale of the render under way. Imported macro modules are cached without the caller's
# context (much faster than "import ... with context"), so the filters read it from here.
_LOCALE: ContextVar[str | None] = ContextVar("locale", default=None)


def _locale(context: Any) -> str:
    locale = context.get("locale") or _LOCALE.get()
    if not locale:
        raise ValueError("rendering amounts or dates needs a locale in the context")
    return locale


@pass_context
def _money(context: Any, amount: Any, currency: str, trim: bool = False) -> str:
    return fmt.money(amount, currency, _locale(context), trim=trim)


@pass_context
def _day(context: Any, d: Any, style: str = "long") -> str:
    return fmt.day(d, _locale(context), style)


def _nl2br(value: str) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


def _paras(value: str) -> Markup:
    """Blank-line separated text (escaped already when it comes from an HTML import) as paragraphs."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", str(escape(value))) if p.strip()]
    return Markup("").join(Markup('<p style="margin:0 0 16px 0;">{}</p>\n').format(Markup(p)) for p in parts)


def _autoescape(name: str | None) -> bool:
    return name is not None and name.endswith((".html", AS_HTML))


class _Loader(BaseLoader):
    """Serves "fr/_macros.txt?html" from "fr/_macros.txt" compiled with autoescape: the HTML
    templates import the shared wording that way, so what it prints is escaped. (A macro from a
    .txt template called from HTML would return its output unescaped yet marked safe.)"""

    def __init__(self, inner: BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: Environment, template: str) -> Any:
        return self.inner.get_source(environment, template.removesuffix(AS_HTML))

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


@lru_cache(maxsize=256)
def _environment(overrides: tuple[tuple[str, str], ...]) -> Environment:
    loader: Any = FileSystemLoader(templates_dir())
    cls: type[Environment] = Environment
    if overrides:
        # Tenant templates are untrusted code: the sandbox keeps them away from Python internals.
        loader = ChoiceLoader([DictLoader(dict(overrides)), loader])
        cls = ImmutableSandboxedEnvironment
    env = cls(
        loader=_Loader(loader),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
        cache_size=1000,
    )
    env.filters.update(money=_money, day=_day, nl2br=_nl2br, paras=_paras)
    return env


def _check_overrides(overrides: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    for name, source in overrides.items():
        if not _OVERRIDE_NAME.match(name) or not isinstance(source, str):
            raise ValueError(f"bad template override {name!r}")
    return tuple(sorted(overrides.items()))


def _one_line(text: str) -> str:
    # Collapse ASCII whitespace only: French no-break spaces stay.
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _blank_lines(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _fee(invoices: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    fees = {(inv["fixed_fee"], inv["currency"]) for inv in invoices if inv["fixed_fee"]}
    if len(fees) != 1:
        return None
    amount, currency = fees.pop()
    return {"amount": amount, "currency": currency}


def reminder_context(ctx: Mapping[str, Any]) -> dict[str, Any]:
    """The context checked, with the derived values the templates use."""
    missing = [k for k in REQUIRED if k not in ctx]
    if missing:
        raise ValueError(f"reminder context lacks {', '.join(missing)}")
    stage, invoices = ctx["stage"], list(ctx["invoices"])
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    if not invoices or not ctx["totals"]:
        raise ValueError("a reminder needs at least one invoice and its totals")
    if not str(ctx["link"]).startswith(("https://", "http://")):
        raise ValueError("link must be an http(s) URL")
    if stage in ("formal_notice", "final_notice") and ctx["deadline"] is None:
        raise ValueError(f"{stage} needs a deadline")
    business = ctx["debtor"]["kind"] == "business"
    claimed = [*invoices, *ctx["others"]]
    if not business and (any(inv["fixed_fee"] for inv in claimed) or any(t["fees"] for t in ctx["totals"])):
        raise ValueError("a consumer is never charged a recovery fee")
    if stage != "heads_up" and any(inv["days_late"] <= 0 for inv in claimed):
        raise ValueError("an invoice not yet overdue is never claimed")
    charges = any(inv["interest"] or inv["fixed_fee"] for inv in claimed)
    jurisdiction = ctx["jurisdiction"]
    out = {
        **ctx,
        "language": ctx["language"] if ctx["language"] in LANGUAGES else "en",
        "invoices": invoices,
        "business": business,
        "law": jurisdiction if jurisdiction in ("FR", "GB") else "other",
        "many": len(invoices) > 1,
        "claim": stage == "formal_notice" or (stage in CHARGED_STAGES and charges),
        "fee": _fee(claimed) if business else None,
    }
    out["c"] = out
    return out


class Renderer:
    def __init__(self, overrides: Mapping[str, str] | None = None) -> None:
        self.env = _environment(_check_overrides(overrides or {}))

    def render(self, name: str, ctx: Mapping[str, Any]) -> str:
        token = _LOCALE.set(ctx.get("locale"))
        try:
            return self.env.get_template(name).render(ctx)
        finally:
            _LOCALE.reset(token)

    def reminder(self, ctx: Mapping[str, Any]) -> Rendered:
        c = reminder_context(ctx)
        base = f"{c['language']}/{c['stage']}"
        subject = _one_line(self.render(f"{base}.subject.txt", c))
        text = _blank_lines(self.render(f"{base}.txt", c))
        html = self.render(f"{base}.html", c)
        return Rendered(subject=subject, text=text, html=html)

    def check(self) -> dict[str, str]:
        """Render every stage, language and debtor kind on sample data (for a firm saving its
        overrides); {what: error} for those that fail."""
        errors = {}
        for stage in STAGES:
            for language, jurisdiction in (("fr", "FR"), ("en", "GB")):
                for kind in ("business", "consumer"):
                    try:
                        self.reminder(sample_context(stage, language, kind, jurisdiction))
                    except Exception as exc:  # noqa: BLE001 - reported to the firm, not raised
                        errors[f"{language}/{stage} ({kind})"] = f"{type(exc).__name__}: {exc}"
        return errors


def sample_context(
    stage: str = "firm",
    language: str = "fr",
    kind: str = "business",
    jurisdiction: str = "FR",
    count: int = 1,
    extras: bool = True,
) -> dict[str, Any]:
    """A plausible letter context, for previews and template checks: `count` lead invoices at `stage`, and
    (with `extras`) one other overdue invoice named once before and one invoice not yet due."""
    today = date(2026, 11, 30)
    currency = "GBP" if jurisdiction == "GB" else "USD" if jurisdiction == "US" else "EUR"
    locale = {"fr": "fr_FR", "GB": "en_GB", "US": "en_US"}.get(
        language if language == "fr" else jurisdiction, "en_IE"
    )
    offsets = {"heads_up": -5, "reminder": 1, "second_reminder": 8, "firm": 15, "formal_notice": 30,
               "final_notice": 45, "repeat": 60}  # fmt: skip
    prior = {"heads_up": 0, "reminder": 0, "second_reminder": 1, "firm": 2, "formal_notice": 3,
             "final_notice": 4, "repeat": 5}[stage]  # fmt: skip
    charged = stage in CHARGED_STAGES

    def line(number: str, days: int, amount: Decimal, charge: bool, n_prior: int) -> dict[str, Any]:
        due = today - timedelta(days=days)
        interest = (amount * Decimal("0.1215") * days / 365).quantize(Decimal("0.01")) if charge and days > 0 else None
        if kind == "consumer" and stage != "final_notice":
            interest = None  # civil-code interest runs only after a formal notice
        fee = Decimal("40.00") if charge and kind == "business" and days > 0 else None
        basis = None
        if interest:
            basis = "BCE 2,15 % + 10 points" if language == "fr" else "reference rate + 8 points"
        return {"number": number, "issued_on": due - timedelta(days=30), "due_on": due, "days_late": days,
                "currency": currency, "total": amount + 200, "amount_due": amount, "interest": interest,
                "fixed_fee": fee, "rate_basis": basis, "claimed": amount + (interest or 0) + (fee or 0),
                "prior": n_prior, "last_named_on": today - timedelta(days=7) if n_prior else None}

    lead = [line(f"F-2026-{42 + i:04d}", offsets[stage] + 7 * i, Decimal("1000.00") + 250 * i, charged, prior)
            for i in range(count)]
    others = [line("F-2026-0051", 9, Decimal("240.72"), False, 1)] if extras and stage != "heads_up" else []
    upcoming = [line("F-2026-0060", -4, Decimal("310.00"), False, 0)] if extras else []

    def totals(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        zero = Decimal("0.00")
        if not lines:
            return []
        return [{"currency": currency, "amount_due": sum((x["amount_due"] for x in lines), zero),
                 "interest": sum((x["interest"] or zero for x in lines), zero),
                 "fees": sum((x["fixed_fee"] or zero for x in lines), zero),
                 "claimed": sum((x["claimed"] for x in lines), zero)}]  # fmt: skip

    return {
        "stage": stage, "language": language, "locale": locale, "jurisdiction": jurisdiction,
        "now": datetime(2026, 11, 30, 9, 0, tzinfo=UTC), "today": today,
        "tenant": {"name": "Atelier Dupont", "sender": "relances@atelier-dupont.fr",
                   "contact_email": "compta@atelier-dupont.fr", "contact_phone": "+33 1 23 45 67 89",
                   "address": "12 rue des Lilas\n75011 Paris", "legal_id": "SIREN 123 456 789"},
        "debtor": {"name": "SARL Martin" if kind == "business" else "Claire Martin",
                   "email": "compta@martin.example", "kind": kind},
        "invoices": lead, "others": others, "upcoming": upcoming,
        "totals": totals(lead + others), "lead_totals": totals(lead), "upcoming_totals": totals(upcoming),
        "prior": prior, "notice_dates": [today - timedelta(days=15)] if stage == "final_notice" else [],
        "link": "https://pay.example/p/tok_3f9a",
        "deadline": today + timedelta(days=NOTICE_DAYS) if stage in ("formal_notice", "final_notice") else None,
        "promise_missed": None,
    }  # fmt: skip
