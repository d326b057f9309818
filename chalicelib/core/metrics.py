"""The firm's figures (README "Figures"), computed from additive aggregates. Pure.

Each invoice's state gives a *ledger*: sums keyed by kind and day (opening balance by issue and due day,
reductions by payment and due day, invoiced by issue day, paid-invoice sums by payment day, expected cash-in
by expected day, the debtor's balance by due day). The store keeps the sum of every invoice's ledger: when an
invoice changes, it adds ledger(new) - ledger(old). So the aggregates always equal the sum over the whole
book, and any period is answered by reading a few month items, never the invoices.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from .records import OPEN, PAID, PROMISED, Event, Invoice

ZERO = Decimal(0)
CENT = Decimal("0.01")
TENTH = Decimal("0.1")
MAX_MONTHS = 24  # the window a period and the DSO countback may span
TOP = 10
WEEKS = 8
MONTHS_SHOWN = 12
DEBTOR_SHARDS = 16
AGING = ("not_due", "d1_30", "d31_60", "d61_90", "d90_plus")

# Kinds of keys. 2-D: ("ob" | "rd", change day, due day). 1-D: (kind, day). Debtor: ("db", customer, due day).
OPENING, REDUCTION = "ob", "rd"
INVOICED, PAID_COUNT, PAID_WEIGHT, LATE_WEIGHT, TOPAY_WEIGHT, LETTERS = "iv", "pn", "pw", "pl", "pt", "lt"
EXPECTED, KEPT, MISSED, DEBTOR = "ex", "pk", "pm", "db"


@dataclass(frozen=True)
class Settlement:
    """One invoice's history as the metrics see it."""

    issued: date
    due: date
    total: Decimal
    opening: Decimal  # owed from the issue day
    reductions: tuple[tuple[date, Decimal], ...]  # (day, amount collected), in order
    paid_on: date | None  # the day it was fully paid

    @property
    def balance(self) -> Decimal:
        return self.opening - sum((a for _, a in self.reductions), ZERO)


def settlement(inv: Invoice) -> Settlement | None:
    """None for drafts, void and uncollectible invoices: they are in no figure."""
    s = inv.snapshot
    if s is None or s.status not in (OPEN, PAID):
        return None
    issued = s.issued_on or s.occurred_at.date()
    due = max(s.due_on or issued, issued)
    if s.status == PAID or s.amount_due <= 0:
        # Settled as the platform says, on the day it said so: the whole total.
        day = max(s.occurred_at.date(), issued)
        return Settlement(issued, due, s.total, s.total, ((day, s.total),) if s.total > 0 else (), day)
    remaining, reductions, paid_on = s.amount_due, [], None
    counted = sorted((p for p in inv.payments if p.occurred_at >= s.occurred_at), key=lambda p: (p.paid_on, p.id))
    for p in counted:
        if remaining <= 0:
            break
        take = min(p.amount, remaining)
        remaining -= take
        day = max(p.paid_on, issued)
        reductions.append((day, take))
        if remaining <= 0:
            paid_on = day
    return Settlement(issued, due, s.total, s.amount_due, tuple(reductions), paid_on)


def ledger(inv: Invoice, letters: int = 0) -> dict[tuple, Decimal]:
    """What one invoice adds to the aggregates. `letters`: letters that named it so far."""
    st = settlement(inv)
    out: dict[tuple, Decimal] = defaultdict(Decimal)
    if st is None:
        return {}
    out[(INVOICED, st.issued)] += st.total
    out[(OPENING, st.issued, st.due)] += st.opening
    for day, amount in st.reductions:
        out[(REDUCTION, day, st.due)] += amount
    if st.paid_on is not None:
        p = st.paid_on
        out[(PAID_COUNT, p)] += 1
        out[(PAID_WEIGHT, p)] += st.total
        out[(LATE_WEIGHT, p)] += st.total * max(0, (p - st.due).days)
        out[(TOPAY_WEIGHT, p)] += st.total * max(0, (p - st.issued).days)
        out[(LETTERS, p)] += letters
    balance = st.balance
    if balance > 0:
        c = inv.collection
        expected = c.promise_date if c.state == PROMISED and c.promise_date else st.due
        out[(EXPECTED, expected)] += balance
        out[(DEBTOR, inv.customer_id or "", st.due)] += balance
    return {k: v for k, v in out.items() if v}


def event_entries(events: list[Event]) -> dict[tuple, Decimal]:
    """Promises kept or missed count on the promised day."""
    out: dict[tuple, Decimal] = defaultdict(Decimal)
    for e in events:
        kind = {"promise_kept": KEPT, "promise_missed": MISSED}.get(e.type)
        day = e.detail.get("promise_date") if kind else None
        if day:
            out[(kind, date.fromisoformat(day))] += 1
    return dict(out)


def diff(before: dict, after: dict) -> dict:
    keys = set(before) | set(after)
    return {k: after.get(k, ZERO) - before.get(k, ZERO) for k in keys if after.get(k, ZERO) != before.get(k, ZERO)}


# Storage layout: which item and attribute each key lives in (names plain, so a person can read an item).

def debtor_shard(customer_id: str) -> int:
    return sum(customer_id.encode()) % DEBTOR_SHARDS  # stable across processes (hash() is salted)


def placed(entries: dict[tuple, Decimal]) -> dict[str, dict[str, Decimal]]:
    """{item name: {attribute: amount to add}}. Items: "total", "YYYY-MM" (by the key's day), "debtors#N"."""
    items: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for key, amount in entries.items():
        kind = key[0]
        if kind in (OPENING, REDUCTION):
            _, c, u = key
            items[f"{c:%Y-%m}"][f"{kind}_{c:%d}_{u:%Y%m%d}"] += amount
            items["total"][f"{kind}_{u:%Y%m%d}"] += amount
        elif kind == DEBTOR:
            _, cust, u = key
            items[f"debtors#{debtor_shard(cust)}"][f"{u:%Y%m%d}|{cust}"] += amount
        else:
            _, d = key
            items[f"{d:%Y-%m}"][f"{kind}_{d:%d}"] += amount
    return {k: {a: v for a, v in attrs.items() if v} for k, attrs in items.items()}


@lru_cache(maxsize=8192)
def _day(s: str) -> date:
    return date(int(s[:4]), int(s[4:6]), int(s[6:8]))


def unplaced(items: dict[str, dict]) -> tuple[dict, dict, dict, dict]:
    """Back from items: (flat by (kind, day[, due]), totals by (kind, due), debtor balances, names)."""
    flat: dict[tuple, Decimal] = defaultdict(Decimal)
    totals: dict[tuple, Decimal] = defaultdict(Decimal)
    debtors: dict[tuple, Decimal] = defaultdict(Decimal)
    names: dict[str, str] = {}
    for name, attrs in items.items():
        for attr, value in attrs.items():
            if name == "total":
                if attr.startswith((OPENING + "_", REDUCTION + "_")):
                    kind, u = attr.split("_")
                    totals[(kind, _day(u))] += Decimal(value)
            elif name.startswith("debtors#"):
                if attr.startswith("name|"):
                    names[attr[5:]] = value
                else:
                    u, cust = attr.split("|", 1)
                    debtors[(cust, _day(u))] += Decimal(value)
            elif "_" in attr and attr[:2] in (OPENING, REDUCTION, INVOICED, PAID_COUNT, PAID_WEIGHT, LATE_WEIGHT,
                                               TOPAY_WEIGHT, LETTERS, EXPECTED, KEPT, MISSED):
                parts = attr.split("_")
                d = _day(f"{name[:4]}{name[5:7]}{parts[1]}")
                key = (parts[0], d, _day(parts[2])) if len(parts) == 3 else (parts[0], d)
                flat[key] += Decimal(value)
    return flat, totals, debtors, names


def months_needed(frm: date, to: date, known: set[str]) -> list[str]:
    """Month items a period needs: the DSO countback and the charts from 24 months before `to`, and every
    later month (changes dated after a day are taken back from the totals)."""
    first = min(_add_months(date(to.year, to.month, 1), -(MAX_MONTHS - 1)), date(frm.year, frm.month, 1))
    return sorted(m for m in known if m >= f"{first:%Y-%m}")


def _add_months(d: date, n: int) -> date:
    m = d.year * 12 + d.month - 1 + n
    return date(m // 12, m % 12 + 1, 1)


def _q(x: Decimal, step: Decimal = CENT) -> str:
    return str(x.quantize(step))


def _rate(num: Decimal, den: Decimal, scale: int = 100, step: Decimal = TENTH) -> str | None:
    return _q(num * scale / den, step) if den else None


class Aggregates:
    def __init__(self, flat: dict, totals: dict, debtors: dict, names: dict):
        self.flat, self.totals, self.debtors, self.names = flat, totals, debtors, names
        self.by_kind: dict[str, dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        self.later: list[tuple[date, date, Decimal]] = []  # (change day, due day, signed amount) of ob/rd
        for k, v in flat.items():
            if k[0] in (OPENING, REDUCTION):
                self.later.append((k[1], k[2], v if k[0] == OPENING else -v))
                if k[0] == REDUCTION:
                    self.by_kind[REDUCTION][k[1]] += v
            else:
                self.by_kind[k[0]][k[1]] += v

    def _sum(self, kind: str, frm: date, to: date) -> Decimal:
        return sum((v for d, v in self.by_kind[kind].items() if frm <= d <= to), ZERO)

    def balances_at(self, x: date) -> dict[date, Decimal]:
        """Open balance by due day at the end of day x: all-time totals minus what is dated after x."""
        out: dict[date, Decimal] = defaultdict(Decimal)
        for (kind, u), v in self.totals.items():
            out[u] += v if kind == OPENING else -v
        for c, u, v in self.later:
            if c > x:
                out[u] -= v
        return out

    def aging(self, x: date) -> dict[str, Decimal]:
        out = dict.fromkeys(AGING, ZERO)
        for u, v in self.balances_at(x).items():
            out[age_bucket((x - u).days)] += v
        return out

    def dso(self, to: date, outstanding: Decimal) -> Decimal:
        left, days = outstanding, ZERO
        month = date(to.year, to.month, 1)
        for _ in range(MAX_MONTHS):
            if left <= 0:
                break
            end = to if month.year == to.year and month.month == to.month else \
                date(month.year, month.month, calendar.monthrange(month.year, month.month)[1])
            n = (end - month).days + 1
            invoiced = self._sum(INVOICED, month, end)
            if invoiced >= left:
                days += n * left / invoiced
                left = ZERO
            else:
                days += n
                left -= invoiced
            month = _add_months(month, -1)
        return days


def age_bucket(days_past_due: int) -> str:
    if days_past_due <= 0:
        return "not_due"
    if days_past_due <= 30:
        return "d1_30"
    if days_past_due <= 60:
        return "d31_60"
    if days_past_due <= 90:
        return "d61_90"
    return "d90_plus"


def figures(items: dict[str, dict], frm: date, to: date, today: date) -> dict:
    """Every figure of the dashboard for [frm, to], from the aggregate items (see `placed`)."""
    a = Aggregates(*unplaced(items))
    aging = a.aging(to)
    outstanding = sum(aging.values(), ZERO)
    overdue = outstanding - aging["not_due"]
    start = sum(a.balances_at(frm - timedelta(days=1)).values(), ZERO)
    invoiced = a._sum(INVOICED, frm, to)
    paid_weight = a._sum(PAID_WEIGHT, frm, to)
    paid_count = a._sum(PAID_COUNT, frm, to)
    due_total = sum((v for (k, u), v in a.totals.items() if k == OPENING and frm <= u <= to), ZERO)
    recovered = sum((v for (k, u), v in a.totals.items() if k == REDUCTION and frm <= u <= to), ZERO) - sum(
        (v for k, v in a.flat.items() if k[0] == REDUCTION and k[1] > to and frm <= k[2] <= to), ZERO)
    kept, missed = a._sum(KEPT, frm, to), a._sum(MISSED, frm, to)
    return {
        "from": frm.isoformat(), "to": to.isoformat(),
        "outstanding": _q(outstanding), "overdue": _q(overdue),
        "aging": {k: _q(v) for k, v in aging.items()},
        "dso_countback": _q(a.dso(to, outstanding), TENTH),
        "average_days_late": _rate(a._sum(LATE_WEIGHT, frm, to), paid_weight, 1),
        "average_days_to_pay": _rate(a._sum(TOPAY_WEIGHT, frm, to), paid_weight, 1),
        "recovery_rate": _rate(recovered, due_total),
        "cei": _rate(start + invoiced - outstanding, start + invoiced - aging["not_due"]),
        "reminders_per_paid_invoice": _rate(a._sum(LETTERS, frm, to), paid_count, 1, CENT),
        "promise_kept_rate": _rate(kept, kept + missed),
        "collected_by_month": collected_by_month(a, to),
        "expected_cash_in_by_week": expected_by_week(a, to),
        "top_debtors": top_debtors(a, today),
        "paid_invoices": str(int(paid_count)), "promises": {"kept": str(int(kept)), "missed": str(int(missed))},
    }


def collected_by_month(a: Aggregates, to: date) -> list[dict]:
    out = []
    first = _add_months(date(to.year, to.month, 1), -(MONTHS_SHOWN - 1))
    for i in range(MONTHS_SHOWN):
        m = _add_months(first, i)
        end = min(to, _add_months(m, 1) - timedelta(days=1))
        total = a._sum(REDUCTION, m, end)
        out.append({"period": f"{m:%Y-%m}", "amount": _q(total)})
    return out


def expected_by_week(a: Aggregates, to: date) -> list[dict]:
    """From the open book as it is now: promised day if a promise holds, else the due day; weeks after `to`."""
    out = []
    for w in range(WEEKS):
        start = to + timedelta(days=1 + 7 * w)
        out.append({"period": start.isoformat(), "amount": _q(a._sum(EXPECTED, start, start + timedelta(days=6)))})
    return out


def top_debtors(a: Aggregates, today: date) -> list[dict]:
    owed: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for (cust, u), v in a.debtors.items():
        owed[cust][0] += v
        if u < today:
            owed[cust][1] += v
    rows = sorted(((o[1], o[0], c) for c, o in owed.items() if o[1] > 0), key=lambda r: (-r[0], r[2]))[:TOP]
    return [{"customer_id": c, "name": a.names.get(c, c), "overdue": _q(over), "outstanding": _q(out)}
            for over, out, c in rows]
