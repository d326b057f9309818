"""python -m bench.dunning: DynamoDB requests and items read per reminder sent, with a large book of which
few are due, and in-process throughput of decide + render + MIME.

Targets: at most 4 DynamoDB requests per reminder, no Scan, the same figure at 10,000 and 100,000 invoices;
at least 1,000 debtors per second for decide + render + MIME on one core.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from bench.counting import DynamoCounter, dynamo_on_moto, no_table_backups
from chalicelib.adapters import dynamo
from chalicelib.adapters.mailer import MemoryMailer
from chalicelib.adapters.mailstore import MemoryMailStore
from chalicelib.adapters.queue import MemoryQueue
from chalicelib.adapters.tokens import Keyring
from chalicelib.core.decide import decide
from chalicelib.core.policy import default_policy
from chalicelib.core.records import Collection, Customer, Invoice, Party, Snapshot
from chalicelib.services import dunning, reminders, tenants
from chalicelib.services.context import Deps

NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)


def book(tenant_id: str, total: int, due: int) -> list[Invoice]:
    """`due` invoices with a next action now (one per debtor), the rest scheduled later or paid."""
    out = []
    for i in range(total):
        is_due = i < due
        snap = Snapshot(occurred_at=NOW - timedelta(days=40), event_id=f"e{i}", number=f"F-{i:06d}",
                        status="open" if is_due or i % 3 else "paid", currency="EUR", total=Decimal("1250.00"),
                        amount_due=Decimal("1250.00"), issued_on=date(2026, 10, 1),
                        due_on=date(2026, 11, 2) if is_due else date(2026, 12, 31),
                        customer=Party(f"c_{i}", f"ap{i}@client.test", f"Client {i}", language="fr",
                                       timezone="Europe/Paris"))
        nxt = NOW - timedelta(hours=1) if is_due else (NOW + timedelta(days=30) if i % 3 else None)
        out.append(Invoice(tenant_id, f"inv_{i:06d}", snap, collection=Collection(next_action_at=nxt)))
    return out


def load(invoices: list[Invoice]) -> None:
    with dynamo.InvoiceModel.batch_write() as batch:
        for inv in invoices:
            batch.save(dynamo._invoice_item(inv))


def requests_per_reminder(total: int, due: int) -> dict:
    with dynamo_on_moto() as store, no_table_backups():
        t = tenants.create_tenant(store, name="Atelier Dupont", sender="relances@atelier-dupont.fr", now=NOW)
        started = time.perf_counter()
        load(book(t["tenant_id"], total, due))
        load_s = time.perf_counter() - started
        deps = Deps(store=store, mailer=MemoryMailer(), queue=MemoryQueue(), keyring=Keyring.generate(),
                    public_url="https://relance.test", mail_store=MemoryMailStore())
        counter = DynamoCounter().attach()
        counter.reset()
        run = dunning.daily_run(deps, NOW)
        run_requests, run_items = counter.total, counter.items
        for m in deps.queue.messages:
            dunning.send_reminder(deps, m["tenant_id"], m["customer_id"], NOW)
        sent = sum(1 for m in deps.mailer.sent if m.to != ["relances@atelier-dupont.fr"])
        assert sent == run["due_invoices"] == due, "every due debtor got its reminder (no transaction failed)"
        return {"invoices": total, "due": run["due_invoices"], "sent": sent, "requests": counter.total,
                "per_reminder": counter.total / sent, "items_per_reminder": counter.items / sent,
                "daily_run_requests": run_requests, "daily_run_items": run_items,
                "by_kind": {k: round(v / sent, 2) for k, v in sorted(counter.requests.items())},
                "scans": counter.requests.get("Scan", 0), "load_s": load_s}


def throughput(n: int = 2000, spread: bool = True) -> float:
    """Debtors with 1-3 invoices; `spread` puts them evenly across every stage (else all at formal notice,
    the heaviest template)."""
    tenant = tenants.Tenant(id="t", name="Atelier Dupont", sender="relances@atelier-dupont.fr",
                            reply_domain="reply.atelier-dupont.fr", language="fr", timezone="Europe/Paris",
                            jurisdiction="FR", webhook_secret="w", stripe_webhook_secret="s")
    policy, keyring = default_policy("FR"), Keyring.generate()
    debtors = []
    for i in range(n):
        invs = [inv for inv in book("t", 3, 3)]
        first = NOW.date() - timedelta(days=(-3, 2, 9, 16, 31, 46)[i % 6] if spread else 35)
        invs = [replace(inv, id=f"{inv.id}_{i}", snapshot=replace(inv.snapshot, due_on=first - timedelta(days=k)))
                for k, inv in enumerate(invs[: 1 + i % 3])]
        debtors.append(invs)
    start = time.process_time()
    for invs in debtors:
        party = invs[0].snapshot.customer
        debtor = dunning.debtor_of(tenant, party, Customer("t", party.id))
        d = decide(invs, debtor, policy, NOW)
        by_id = {i.id: i for i in invs}
        token = keyring.sign(keyring.ref("t", party.id))
        ctx = reminders.context(tenant, party, list(d.send), by_id, NOW, f"https://x/p/{token}", d.stage.name)
        reminders.message(tenant, party, ctx, message_id="<m@x>", in_reply_to=None, references=(),
                          reply_to=f"r+{token}@reply.atelier-dupont.fr", now=NOW)
    return n / (time.process_time() - start)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    for total in sizes:
        due = 1_000 if total >= 100_000 else max(100, total // 100)
        r = requests_per_reminder(total, due)
        print(f"{r['invoices']:>7} invoices, {r['due']} due, {r['sent']} reminders: "
              f"{r['per_reminder']:.2f} DynamoDB requests and {r['items_per_reminder']:.2f} items read per reminder "
              f"(daily_run: {r['daily_run_requests']} queries, {r['daily_run_items']} index items); "
              f"Scans: {r['scans']}; per reminder by kind: {r['by_kind']}  [load {r['load_s']:.0f} s]")
    rate, worst = throughput(), throughput(spread=False)
    print(f"decide + render + MIME: {rate:,.0f} debtors per second on one core, stages evenly mixed "
          f"(target >= 1,000); {worst:,.0f}/s when every debtor gets a formal notice")


if __name__ == "__main__":
    main()
