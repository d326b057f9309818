"""The figures from the aggregates, kept change by change, equal the figures computed directly from the
whole book by a plain reference (written apart from the ledger, used only here)."""

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from chalicelib.core import metrics
from chalicelib.core.records import (
    OPEN,
    PAID,
    PROMISED,
    VOID,
    Collection,
    Event,
    Invoice,
    Party,
    Payment,
    Snapshot,
)

Z = Decimal(0)
BASE = date(2025, 6, 1)


def _fields(inv):
    s = inv.snapshot
    if s is None or s.status not in (OPEN, PAID):
        return None
    issued = s.issued_on or s.occurred_at.date()
    due = max(s.due_on or issued, issued)
    if s.status == PAID or s.amount_due <= 0:
        return issued, due, s.total, s.total, [(max(s.occurred_at.date(), issued), s.total)]
    pays = sorted((p for p in inv.payments if p.occurred_at >= s.occurred_at), key=lambda p: (p.paid_on, p.id))
    return issued, due, s.total, s.amount_due, [(max(p.paid_on, issued), p.amount) for p in pays]


def paid_by(inv, x):
    _, _, _, owed, pays = _fields(inv)
    return min(owed, sum((a for d, a in pays if d <= x), Z))


def paid_day(inv):
    _, _, _, owed, pays = _fields(inv)
    run = Z
    for d, a in pays:
        run += a
        if run >= owed and owed > 0:
            return d
    return None


def balance(inv, x):
    issued, _, _, owed, _ = _fields(inv)
    return owed - paid_by(inv, x) if issued <= x else Z


def reference(book, letters, events, frm, to, today):
    book = [i for i in book if _fields(i)]
    pct = lambda n, d, s=100, q="0.1": str((n * s / d).quantize(Decimal(q))) if d else None  # noqa: E731
    aging = dict.fromkeys(metrics.AGING, Z)
    for i in book:
        aging[metrics.age_bucket((to - _fields(i)[1]).days)] += balance(i, to)
    out = sum(aging.values(), Z)
    start = sum((balance(i, frm - timedelta(days=1)) for i in book), Z)
    invoiced = sum((_fields(i)[2] for i in book if frm <= _fields(i)[0] <= to), Z)
    paid = [i for i in book if paid_day(i) and frm <= paid_day(i) <= to]
    w = sum((_fields(i)[2] for i in paid), Z)
    late = sum((_fields(i)[2] * max(0, (paid_day(i) - _fields(i)[1]).days) for i in paid), Z)
    topay = sum((_fields(i)[2] * max(0, (paid_day(i) - _fields(i)[0]).days) for i in paid), Z)
    due_in = [i for i in book if frm <= _fields(i)[1] <= to]
    kept = sum(1 for e in events if e.type == "promise_kept" and frm <= date.fromisoformat(e.detail["promise_date"]) <= to)
    missed = sum(1 for e in events if e.type == "promise_missed" and frm <= date.fromisoformat(e.detail["promise_date"]) <= to)
    # DSO: month by month back from `to`, through what was invoiced, the last month pro rata.
    left, dso, m_end = out, Z, to
    for _ in range(24):
        if left <= 0:
            break
        m_start = m_end.replace(day=1)
        n = (m_end - m_start).days + 1
        inv_m = sum((_fields(i)[2] for i in book if m_start <= _fields(i)[0] <= m_end), Z)
        take = min(left, inv_m)
        dso += n * take / inv_m if inv_m else 0
        if inv_m < left:
            dso = dso - (n * take / inv_m if inv_m else 0) + n
        left -= take
        m_end = m_start - timedelta(days=1)
    owed_now = defaultdict(lambda: [Z, Z])
    for i in book:
        b = balance(i, date.max)
        owed_now[i.customer_id][0] += b
        if _fields(i)[1] < today:
            owed_now[i.customer_id][1] += b
    top = sorted(((o[1], o[0], c) for c, o in owed_now.items() if o[1] > 0), key=lambda r: (-r[0], r[2]))[:10]
    weeks = []
    for k in range(8):
        s = to + timedelta(days=1 + 7 * k)
        amt = Z
        for i in book:
            c = i.collection
            exp = c.promise_date if c.state == PROMISED and c.promise_date else _fields(i)[1]
            if s <= exp <= s + timedelta(days=6):
                amt += balance(i, date.max)
        weeks.append(str(amt.quantize(Decimal("0.01"))))
    months = []
    for k in range(11, -1, -1):
        m = (to.replace(day=1) - timedelta(days=1)).replace(day=1) if k else to.replace(day=1)
        for _ in range(k - 1):
            m = (m - timedelta(days=1)).replace(day=1)
        end = min(to, (m + timedelta(days=32)).replace(day=1) - timedelta(days=1))
        months.append(str(sum((paid_by(i, end) - paid_by(i, m - timedelta(days=1)) for i in book), Z)
                          .quantize(Decimal("0.01"))))
    return {
        "outstanding": str(out.quantize(Decimal("0.01"))),
        "overdue": str((out - aging["not_due"]).quantize(Decimal("0.01"))),
        "aging": {k: str(v.quantize(Decimal("0.01"))) for k, v in aging.items()},
        "dso_countback": str(dso.quantize(Decimal("0.1"))),
        "average_days_late": pct(late, w, 1), "average_days_to_pay": pct(topay, w, 1),
        "recovery_rate": pct(sum((paid_by(i, to) for i in due_in), Z), sum((_fields(i)[3] for i in due_in), Z)),
        "cei": pct(start + invoiced - out, start + invoiced - aging["not_due"]),
        "reminders_per_paid_invoice": pct(Decimal(sum(letters.get(i.id, 0) for i in paid)), Decimal(len(paid)), 1,
                                          "0.01"),
        "promise_kept_rate": pct(Decimal(kept), Decimal(kept + missed)),
        "top": [(c, str(o.quantize(Decimal("0.01")))) for o, _, c in top],
        "weeks": weeks, "months": months,
    }


amounts = st.integers(1, 5000).map(lambda c: Decimal(c) / 4)


@st.composite
def invoices(draw, n):
    issued = BASE + timedelta(days=draw(st.integers(0, 150)))
    terms = draw(st.integers(0, 60))
    total = draw(amounts)
    status = draw(st.sampled_from([OPEN, OPEN, OPEN, PAID, VOID]))
    due_now = total if status != OPEN or draw(st.booleans()) else min(total, draw(amounts))
    occurred = datetime(issued.year, issued.month, issued.day, 8, tzinfo=UTC) + timedelta(days=draw(st.integers(0, 90)))
    snap = Snapshot(occurred, f"s{n}", f"N{n}", status, "EUR", total, due_now, issued, issued + timedelta(days=terms),
                    Party(f"c{draw(st.integers(0, 12))}", "a@b.fr", name="x"))
    pays = []
    for k in range(draw(st.integers(0, 3))):
        day = issued + timedelta(days=draw(st.integers(-5, 90)))
        at = datetime(day.year, day.month, day.day, 10, tzinfo=UTC) + timedelta(days=draw(st.integers(-3, 3)))
        pays.append(Payment(f"p{n}-{k}", draw(amounts), day, at))
    promise = draw(st.one_of(st.none(), st.integers(0, 120).map(lambda d: issued + timedelta(days=d))))
    coll = Collection(state=PROMISED, promise_date=promise) if promise else Collection()
    return Invoice("t", f"i{n}", snap, (), coll), pays, draw(st.integers(0, 4))


@st.composite
def books(draw):
    return [draw(invoices(n)) for n in range(draw(st.integers(0, 25)))]


@settings(max_examples=200, deadline=None)
@given(books(), st.integers(0, 200), st.integers(0, 120), st.integers(0, 60),
       st.lists(st.tuples(st.booleans(), st.integers(0, 300)), max_size=8))
def test_aggregates_equal_the_reference(book, start, span, ahead, promises):
    frm = BASE + timedelta(days=start)
    to = frm + timedelta(days=span)
    today = to + timedelta(days=ahead)
    entries = defaultdict(Decimal)
    finals, letters = [], {}
    for inv, pays, n_letters in book:
        # The invoice arrives, letters name it one by one, payments come in one by one: each change adds its diff.
        state, sent = Invoice(inv.tenant_id, inv.id), 0
        steps = [(replace(inv, payments=()), 0)] + [(None, 1)] * n_letters + [(p, 0) for p in pays]
        for step, letter in steps:
            new = step if isinstance(step, Invoice) else (replace(state, payments=(*state.payments, step))
                                                          if step else state)
            sent += letter
            for k, v in metrics.diff(metrics.ledger(state, sent - letter), metrics.ledger(new, sent)).items():
                entries[k] += v
            state = new
        finals.append(state)
        letters[inv.id] = sent
    events = [Event("t", "x", datetime(2026, 1, 1, tzinfo=UTC), "promise_kept" if k else "promise_missed", f"e{i}",
                    {"promise_date": (BASE + timedelta(days=d)).isoformat()}) for i, (k, d) in enumerate(promises)]
    for k, v in metrics.event_entries(events).items():
        entries[k] += v
    items = metrics.placed({k: v for k, v in entries.items() if v})
    # only the items a dashboard reads (months from the window on, the totals, the debtor shards)
    known = {n for n in items if n[:4].isdigit()}
    wanted = set(metrics.months_needed(frm, to, known)) | {"total"} | {n for n in items if n.startswith("debtors#")}
    got = metrics.figures({n: v for n, v in items.items() if n in wanted}, frm, to, today)
    # letters count only for invoices paid in full (a letter after that is not counted)
    paid_letters = {i.id: letters[i.id] for i in finals}
    ref = reference(finals, paid_letters, events, frm, to, today)
    for key in ("outstanding", "overdue", "aging", "dso_countback", "average_days_late", "average_days_to_pay",
                "recovery_rate", "cei", "reminders_per_paid_invoice", "promise_kept_rate"):
        assert got[key] == ref[key], key
    assert [(t["customer_id"], t["overdue"]) for t in got["top_debtors"]] == ref["top"]
    assert [w["amount"] for w in got["expected_cash_in_by_week"]] == ref["weeks"]
    assert [m["amount"] for m in got["collected_by_month"]] == ref["months"]
