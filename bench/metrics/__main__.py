"""python -m bench.metrics [invoices]: DynamoDB requests and time for the dashboard's figures on a large book.

A 24-month book (20,000 invoices by default, 2,000 debtors, most paid, some late, some promised) goes
through the metrics hook invoice by invoice (as the webhooks would), on moto. Then `GET /v1/metrics`'s
service reads periods of 1, 12 and 24 months: requests counted with botocore hooks, time on moto beside
the in-process time of the pure part. Target: at most 20 requests, no Scan, no Query.
"""

from __future__ import annotations

import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from bench.counting import DynamoCounter, dynamo_on_moto, no_table_backups
from chalicelib.adapters.metrics_store import MONTHS, for_store
from chalicelib.adapters.store import Sums
from chalicelib.core import metrics as core
from chalicelib.core.records import PROMISED, Collection, Invoice, Party, Payment, Snapshot
from chalicelib.services import intake, metrics, tenants

NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)
HOOKED = 500  # invoices that go through the hook one change at a time; the rest are added in bulk
CHUNK = 50  # attributes per UpdateItem when loading in bulk
TODAY = NOW.date()


def book(tenant_id: str, n: int, debtors: int) -> list[Invoice]:
    rnd = random.Random(7)
    out = []
    for i in range(n):
        issued = TODAY - timedelta(days=rnd.randint(0, 720))
        due = issued + timedelta(days=rnd.choice((0, 15, 30, 45, 60)))
        total = Decimal(rnd.randint(10_000, 500_000)) / 100
        cust = f"c_{rnd.randrange(debtors)}"
        snap = Snapshot(datetime(issued.year, issued.month, issued.day, 8, tzinfo=UTC), f"e{i}", f"F-{i:06d}", "open",
                        "EUR", total, total, issued, due, Party(cust, f"{cust}@client.test", f"Client {cust}"))
        pays, coll = (), Collection()
        roll = rnd.random()
        pay_on = due + timedelta(days=rnd.randint(-10, 70))
        if pay_on <= TODAY and roll < 0.85:
            pays = (Payment(f"p{i}", total, pay_on, datetime(pay_on.year, pay_on.month, pay_on.day, 12, tzinfo=UTC)),)
        elif pay_on <= TODAY and roll < 0.9:
            part = (total / 3).quantize(Decimal("0.01"))
            pays = (Payment(f"p{i}", part, pay_on, datetime(pay_on.year, pay_on.month, pay_on.day, 12, tzinfo=UTC)),)
        elif roll > 0.97:
            coll = Collection(state=PROMISED, promise_date=TODAY + timedelta(days=rnd.randint(1, 30)))
        out.append(Invoice(tenant_id, f"inv_{i:06d}", snap, pays, coll))
    return out


def bulk_add(store, tenant_id: str, invoices: list[Invoice]) -> None:
    """The sum of the invoices' ledgers, ADDed to the same items the hook writes (what the hook would reach)."""
    entries: dict = defaultdict(Decimal)
    for inv in invoices:
        for k, v in core.ledger(inv).items():
            entries[k] += v
    m = for_store(store)
    for name, attrs in core.placed({k: v for k, v in entries.items() if v}).items():
        pairs = sorted(attrs.items())
        for start in range(0, len(pairs), CHUNK):
            months = {name} if name[:4].isdigit() else set()
            m.add(Sums(tenant_id, {name: dict(pairs[start:start + CHUNK])}, {}, frozenset(months)), f"bulk{name}{start}")
    names = {}
    for inv in invoices:
        names.setdefault(f"debtors#{core.debtor_shard(inv.customer_id)}", {})[f"name|{inv.customer_id}"] = \
            inv.snapshot.customer.name
    for shard, attrs in names.items():
        pairs = sorted(attrs.items())
        for start in range(0, len(pairs), CHUNK):
            m.add(Sums(tenant_id, {}, {shard: dict(pairs[start:start + CHUNK])}), f"names{shard}{start}")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with dynamo_on_moto() as store, no_table_backups():
        t = tenants.create_tenant(store, name="Atelier Dupont", sender="relances@atelier-dupont.fr", now=NOW)
        tenant = store.get_tenant(t["tenant_id"])
        invoices = book(tenant.id, n, max(10, n // 10))
        counter = DynamoCounter().attach()
        started, changes = time.perf_counter(), 0
        for inv in invoices[:HOOKED]:  # as each invoice's webhooks would: arrival, then its payment
            metrics._track(store, tenant.id, {}, [replace(inv, payments=())], [])
            changes += 1
            if inv.payments:
                metrics._track(store, tenant.id, {inv.id: replace(inv, payments=())}, [inv], [])
                changes += 1
        hook_ms = (time.perf_counter() - started) * 1000 / changes
        per_change = counter.total / changes
        bulk_add(store, tenant.id, invoices[HOOKED:])  # the same sums, added in bulk: moto is slow

        # A real webhook through intake, to count the hook inside it.
        counter.reset()
        body = {"id": "inv_new", "number": "F-NEW", "total": "100.00", "currency": "EUR", "issued_on": "2026-11-20",
                "due_on": "2026-12-20", "customer": {"id": "c_1", "email": "c_1@client.test"}}
        intake.upsert_invoice(store, tenant, body, NOW)
        webhook = dict(counter.requests)
        counter.reset()
        intake.record_payment(store, tenant, "inv_new", {"amount": "100.00", "paid_on": "2026-11-24"}, NOW)
        payment = dict(counter.requests)

        raw = for_store(store).get(tenant.id, ["total"])["total"]
        sizes = {m: len(repr(v)) for m, v in for_store(store).get(
            tenant.id, sorted(raw[MONTHS]) + [f"debtors#{k}" for k in range(core.DEBTOR_SHARDS)]).items()}
        print(f"{n} invoices, {len(invoices) and max(10, n // 10)} debtors, 24 months; aggregates kept by the hook: "
              f"{per_change:.2f} requests per invoice change on average ({hook_ms:.0f} ms each on moto); "
              f"inside a webhook: {webhook}, a payment: {payment}; "
              f"largest aggregate item about {max(sizes.values()) // 1024} KB ({len(sizes)} items)")
        for label, frm in (("1 month", date(2026, 11, 1)), ("12 months", date(2025, 12, 1)),
                           ("24 months", date(2024, 12, 1))):
            counter.reset()
            t0, c0 = time.perf_counter(), time.process_time()
            figs = metrics.dashboard(store, tenant, frm, TODAY, NOW)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            requests, kinds, read = counter.total, dict(counter.requests), counter.items
            items = for_store(store).get(tenant.id, ["total"])  # (outside the count) for the pure-part timing
            names = core.months_needed(frm, TODAY, set(items["total"][MONTHS])) + [
                f"debtors#{k}" for k in range(core.DEBTOR_SHARDS)]
            got = for_store(store).get(tenant.id, names)
            got["total"] = {k: v for k, v in items["total"].items() if k != MONTHS}
            p0 = time.process_time()
            core.figures(got, frm, TODAY, TODAY)
            pure = time.process_time() - p0
            print(f"  dashboard {label} ({frm} to {TODAY}): {requests} DynamoDB requests {kinds}, "
                  f"Scans 0, {read} items read; {wall * 1000:.0f} ms on moto "
                  f"({cpu * 1000:.0f} ms CPU), of which the pure figures {pure * 1000:.0f} ms; "
                  f"outstanding {figs['outstanding']}, DSO {figs['dso_countback']}, CEI {figs['cei']}")
            assert requests <= 20 and "Scan" not in kinds and "Query" not in kinds


if __name__ == "__main__":
    main()
