"""The firm's figures: keeping the aggregates as invoices change, and answering a period from them.

`sums` says what a change moves (ledger(new) - ledger(old) for each invoice, and the promises kept or missed),
plus one Query of the timeline (its letters) when the day an invoice was settled changes. Intake puts them in
the webhook's own transaction (`WriteBatch.sums`); dunning, actions and invoice edits call `track` right after
their write, one TransactWriteItems (none if nothing changed). `dashboard` reads two BatchGetItem requests (the totals, then the months and debtor shards), whatever the size of the book.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal

from chalicelib import log
from chalicelib.adapters.metrics_store import MONTHS, for_store
from chalicelib.adapters.store import Sums
from chalicelib.core import metrics
from chalicelib.core.calendar import local_date
from chalicelib.core.errors import ValidationError
from chalicelib.core.records import Event, Invoice, Tenant

EARLIEST = date(2000, 1, 1)
COMPACT_AT = 50  # zero balances in a debtor shard before a read removes them
COMPACT_MAX = 100  # per request: the expressions stay under DynamoDB's 4 KB


def track(store, tenant_id: str, old, new: list[Invoice], events: Sequence[Event] = ()) -> None:
    """`old`: the invoices as they were read (a list or a dict by id); `new`: as written. Never raises: the
    business write has happened; a lost sum is logged, not turned into an error for the caller."""
    s = sums(store, tenant_id, old, new, events)
    if s is None:
        return
    token = "|".join([tenant_id, *sorted(f"{i.id}:{i.version}" for i in new), *sorted(e.id for e in events)])
    try:
        for_store(store).add(s, hashlib.sha256(token.encode()).hexdigest())
    except Exception:
        log.exception("metrics: aggregates not updated", invoice_ids=[i.id for i in new])


def sums(store, tenant_id: str, old, new: list[Invoice], events: Sequence[Event] = ()) -> Sums | None:
    """What a change moves in the aggregates, for `track` or for the change's own transaction (WriteBatch.sums).
    None when nothing moves, or when they cannot be computed (logged: the business write must not fail)."""
    try:
        return _sums(store, tenant_id, old if isinstance(old, dict) else {i.id: i for i in old}, new, list(events))
    except Exception:
        log.exception("metrics: aggregates not computed", invoice_ids=[i.id for i in new])
        return None


def _sums(store, tenant_id: str, old: dict, new: list[Invoice], events: list[Event]) -> Sums | None:
    pairs = [(old.get(i.id), i) for i in new]
    # Letters count only where the day an invoice was settled changes: its timeline says how many named it.
    # An invoice no stage was ever sent about was named by no letter: no read.
    letters = {i.id: sum(1 for e in store.timeline(tenant_id, i.id) if e.type == "reminder_sent")
               if i.collection.stages_sent or (o and o.collection.stages_sent) else 0
               for o, i in pairs if _paid_on(o) != _paid_on(i)}
    entries: dict[tuple, Decimal] = defaultdict(Decimal)
    sets: dict[str, dict[str, str]] = defaultdict(dict)
    for o, i in pairs:
        n = letters.get(i.id, 0)
        for k, v in metrics.diff(metrics.ledger(o, n) if o else {}, metrics.ledger(i, n)).items():
            entries[k] += v
        if i.snapshot and i.customer_id:
            party = i.snapshot.customer
            sets[f"debtors#{metrics.debtor_shard(i.customer_id)}"][f"name|{i.customer_id}"] = \
                party.name or party.email or i.customer_id
    for k, v in metrics.event_entries(events).items():
        entries[k] += v
    adds = metrics.placed({k: v for k, v in entries.items() if v})
    if not adds and not sets:
        return None
    # Names are written only beside a sum: a snapshot that moves nothing costs no write.
    return Sums(tenant_id, adds, dict(sets) if adds else {}, frozenset(n for n in adds if n[:4].isdigit()))


def _paid_on(inv: Invoice | None) -> date | None:
    st = metrics.settlement(inv) if inv else None
    return st.paid_on if st else None


def dashboard(store, tenant: Tenant, frm: date, to: date, now: datetime) -> dict:
    m = for_store(store)
    total = m.get(tenant.id, ["total"]).get("total", {})
    known = set(total.get(MONTHS, set()))
    names = metrics.months_needed(frm, to, known) + [f"debtors#{k}" for k in range(metrics.DEBTOR_SHARDS)]
    items = m.get(tenant.id, names)
    items["total"] = {k: v for k, v in total.items() if k != MONTHS}
    _compact(m, tenant.id, items)
    return metrics.figures(items, frm, to, local_date(now, tenant.timezone))


def _compact(m, tenant_id: str, items: dict) -> None:
    """Balances paid off stay as zeros in the debtor shards: the read that sees many drops them from the
    fullest shard (one conditional UpdateItem, at most once per read), so shards stay far below 400 KB."""
    zeros = {n: [a for a, v in attrs.items() if "|" in a and not a.startswith("name|") and v == 0]
             for n, attrs in items.items() if n.startswith("debtors#")}
    name = max(zeros, key=lambda n: len(zeros[n]), default=None)
    if name and len(zeros[name]) >= COMPACT_AT:
        try:
            m.remove_zeros(tenant_id, name, sorted(zeros[name])[:COMPACT_MAX])
        except Exception:  # the figures stand; the next read tries again
            log.exception("metrics: compaction failed", name=name)


def for_request(store, tenant: Tenant, params: dict, now: datetime) -> dict:
    frm, to = period(params, local_date(now, tenant.timezone))
    return dashboard(store, tenant, frm, to, now)


def period(params: dict, today: date) -> tuple[date, date]:
    """`from`/`to` from a query string: ISO days, from <= to, at most 24 months apart. Defaults: the last 30
    days up to today."""
    errors = {}
    values = {}
    for name in ("from", "to"):
        raw = params.get(name)
        if raw in (None, ""):
            continue
        try:
            values[name] = date.fromisoformat(raw)
            if len(raw) != 10 or values[name] < EARLIEST:
                raise ValueError
        except ValueError:
            errors[name] = "must be a day YYYY-MM-DD, 2000-01-01 or later"
    if errors:
        raise ValidationError("invalid period", errors)
    to = values.get("to", today)
    frm = values.get("from", to - timedelta(days=29))
    if frm > to:
        raise ValidationError("invalid period", {"from": "must not be after to"})
    if (to.year * 12 + to.month) - (frm.year * 12 + frm.month) >= metrics.MAX_MONTHS:
        raise ValidationError("invalid period", {"from": f"must be less than {metrics.MAX_MONTHS} months before to"})
    if to > today + timedelta(days=366):
        raise ValidationError("invalid period", {"to": "must be within a year from today"})
    return frm, to


# The dashboard partial (templates/app/_dashboard.html): its context, formatted for the firm's language.

CURRENCY = {"GB": "GBP", "US": "USD"}
WORDS = {
    "fr": {"collected": "Encaissé par mois (12 mois)", "expected": "Encaissements attendus (8 semaines)",
           "collected_desc": "Montant encaissé chaque mois, du {first} au {last}.",
           "expected_desc": "Montant attendu chaque semaine à partir du {first}, d'après les promesses et les "
                            "échéances.",
           "week_of": "semaine du {day}", "days": "{n} j"},
    "en": {"collected": "Collected per month (12 months)", "expected": "Expected cash-in (8 weeks)",
           "collected_desc": "Amount collected each month, from {first} to {last}.",
           "expected_desc": "Amount expected each week from {first}, from promises and due dates.",
           "week_of": "week of {day}", "days": "{n} d"},
}


def dashboard_view(figures: dict, language: str, jurisdiction: str = "FR", currency: str | None = None) -> dict:
    """The context `_dashboard.html` takes: the figures as the API gives them (`metrics`), the same figures
    formatted (`shown`), the two charts as SVG, and the language. Include it with `{% include %}`."""
    from babel.dates import format_date
    from babel.numbers import format_decimal
    from markupsafe import Markup

    from chalicelib.core import charts, fmt

    from .reminders import locale_for

    language = language if language in WORDS else "en"
    loc = locale_for(language, jurisdiction)
    cur = currency or CURRENCY.get(jurisdiction, "EUR")
    w = WORDS[language]

    def money(s):
        return fmt.money(Decimal(s), cur, loc)

    def num(s, digits=1):
        return "—" if s is None else format_decimal(Decimal(s), format="#,##0." + "0" * digits, locale=loc)

    def pct(s):
        return "—" if s is None else format_decimal(Decimal(s) / 100, format="#,##0.0 %", locale=loc)

    def days(s):
        return "—" if s is None else w["days"].format(n=num(s))

    f = figures
    shown = {"outstanding": money(f["outstanding"]), "overdue": money(f["overdue"]),
             "aging": {k: money(v) for k, v in f["aging"].items()}, "dso_countback": days(f["dso_countback"]),
             "average_days_late": days(f["average_days_late"]),
             "average_days_to_pay": days(f["average_days_to_pay"]), "recovery_rate": pct(f["recovery_rate"]),
             "cei": pct(f["cei"]), "reminders_per_paid_invoice": num(f["reminders_per_paid_invoice"], 2),
             "promise_kept_rate": pct(f["promise_kept_rate"]),
             "from": fmt.day(date.fromisoformat(f["from"]), loc), "to": fmt.day(date.fromisoformat(f["to"]), loc),
             "top_debtors": [{**d, "overdue": money(d["overdue"]), "outstanding": money(d["outstanding"])}
                             for d in f["top_debtors"]]}
    months = [(format_date(date.fromisoformat(p["period"] + "-01"), "MMM", locale=loc), Decimal(p["amount"]),
               money(p["amount"])) for p in f["collected_by_month"]]
    weeks = [(format_date(date.fromisoformat(p["period"]), "d/M" if not loc.endswith("US") else "M/d", locale=loc),
              Decimal(p["amount"]), money(p["amount"])) for p in f["expected_cash_in_by_week"]]
    first_m = date.fromisoformat(f["collected_by_month"][0]["period"] + "-01")
    last_m = date.fromisoformat(f["collected_by_month"][-1]["period"] + "-01")
    first_w = date.fromisoformat(f["expected_cash_in_by_week"][0]["period"])
    collected_desc = w["collected_desc"].format(first=format_date(first_m, "MMMM y", locale=loc),
                                                last=format_date(last_m, "MMMM y", locale=loc))
    expected_desc = w["expected_desc"].format(first=fmt.day(first_w, loc))
    chart_c = charts.bar_chart(months, w["collected"], collected_desc,
                               money(str(max((v for _, v, _ in months), default=0))), "chart-collected")
    chart_e = charts.bar_chart([(lab, v, t) for lab, v, t in weeks], w["expected"], expected_desc,
                               money(str(max((v for _, v, _ in weeks), default=0))), "chart-expected")
    return {"metrics": figures, "shown": shown, "language": language, "locale": loc, "currency": cur,
            "charts": {"collected": Markup(chart_c), "expected": Markup(chart_e)},
            "chart_rows": {"collected": [(lab, t) for lab, _, t in months],
                           "expected": [(w["week_of"].format(day=fmt.day(date.fromisoformat(p["period"]), loc)),
                                         money(p["amount"])) for p in f["expected_cash_in_by_week"]]}}
