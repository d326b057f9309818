"""The firm's figures: keeping the aggregates as invoices change, and answering a period from them.

`track` is called right after each write that changes invoices (one line at each place: intake, dunning,
actions, invoices). It adds ledger(new) - ledger(old) for each invoice, the promise events and the letters sent:
one TransactWriteItems, plus one read of letter counts when an invoice is or was fully paid. `dashboard` reads
two BatchGetItem requests (the totals, then the months and debtor shards), whatever the size of the book.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

from chalicelib.adapters.metrics_store import LETTERS, MONTHS, for_store
from chalicelib.core import metrics
from chalicelib.core.calendar import local_date
from chalicelib.core.errors import ValidationError
from chalicelib.core.records import Event, Invoice, Tenant

log = logging.getLogger("relance")
EARLIEST = date(2000, 1, 1)


def track(store, tenant_id: str, old, new: list[Invoice], events: list[Event] = ()) -> None:
    """`old`: the invoices as they were read (a list or a dict by id); `new`: as written. Never raises: the
    business write has happened; a lost sum is logged, not turned into an error for the caller."""
    try:
        _track(store, tenant_id, old if isinstance(old, dict) else {i.id: i for i in old}, new, list(events))
    except Exception:
        log.exception("metrics: aggregates not updated for %s", [i.id for i in new])


def _track(store, tenant_id: str, old: dict, new: list[Invoice], events: list[Event]) -> None:
    m = for_store(store)
    pairs = [(old.get(i.id), i) for i in new]
    needs_letters = [i.id for o, i in pairs if _fully_paid(o) or _fully_paid(i)]
    letters = {}
    if needs_letters:
        got = m.get(tenant_id, [f"letters#{x}" for x in needs_letters])
        letters = {x: int(got.get(f"letters#{x}", {}).get(LETTERS, 0)) for x in needs_letters}
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
    for e in events:
        if e.type == "reminder_sent":
            adds.setdefault(f"letters#{e.invoice_id}", {})[LETTERS] = \
                adds.get(f"letters#{e.invoice_id}", {}).get(LETTERS, Decimal(0)) + 1
    months = {n for n in adds if n[:4].isdigit()}
    if not adds and not sets:
        return
    token = "|".join([tenant_id, *sorted(f"{i.id}:{i.version}" for i in new), *sorted(e.id for e in events)])
    m.add(tenant_id, adds, dict(sets) if adds else {}, months, hashlib.sha256(token.encode()).hexdigest())


def _fully_paid(inv: Invoice | None) -> bool:
    st = metrics.settlement(inv) if inv else None
    return bool(st and st.paid_on)


def dashboard(store, tenant: Tenant, frm: date, to: date, now: datetime) -> dict:
    m = for_store(store)
    total = m.get(tenant.id, ["total"]).get("total", {})
    known = set(total.get(MONTHS, set()))
    names = metrics.months_needed(frm, to, known) + [f"debtors#{k}" for k in range(metrics.DEBTOR_SHARDS)]
    items = m.get(tenant.id, names)
    items["total"] = {k: v for k, v in total.items() if k != MONTHS}
    return metrics.figures(items, frm, to, local_date(now, tenant.timezone))


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
