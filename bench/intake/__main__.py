"""python -m bench.intake: CPU per webhook (verify, parse, apply) and DynamoDB requests per webhook.

CPU is measured on the in-memory twin store (our code only); requests are counted on DynamoDB (moto) with a
botocore hook. Targets: at most 3 DynamoDB requests and 2 ms CPU per webhook.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

from bench.counting import DynamoCounter, dynamo_on_moto
from chalicelib.adapters.memory import MemoryStore
from chalicelib.services import intake, tenants
from tests.factories import generic_event, standard_headers, stripe_headers

N = 400


def bodies(n: int) -> list[tuple[str, str]]:
    """Half new invoices, half updates of existing ones (paid), as a platform would send."""
    out = []
    for i in range(n):
        inv = i // 2
        etype = "invoice.upserted" if i % 2 == 0 else "invoice.paid"
        ev = generic_event(type=etype, id=f"inv_{inv}", number=f"F-{inv}", customer_id=f"c_{inv % 50}",
                           occurred_at=f"2026-11-{1 + i % 2:02d}T09:00:00Z")
        out.append((f"msg_{i}", json.dumps(ev)))
    return out


def stripe_bodies(n: int) -> list[str]:
    out = []
    for i in range(n):
        obj = {"id": f"in_{i}", "object": "invoice", "number": f"S-{i}", "status": "open", "currency": "eur",
               "total": 120000, "amount_due": 120000, "amount_remaining": 120000, "due_date": 1793000000,
               "created": 1790000000, "customer": f"cus_{i % 50}", "customer_email": "ap@client.test",
               "customer_name": "Client", "hosted_invoice_url": "https://invoice.stripe.com/i/x"}
        out.append(json.dumps({"id": f"evt_{i}", "object": "event", "type": "invoice.finalized",
                               "created": 1790000000 + i, "data": {"object": obj}}))
    return out


def run(store, tenant, secret, stripe_secret, now):
    events = bodies(N)
    signed = [(body, standard_headers(secret, body, msg_id)) for msg_id, body in events]
    stripes = [(b, stripe_headers(stripe_secret, b)) for b in stripe_bodies(N // 2)]
    t0 = time.process_time()
    for body, headers in signed:
        intake.standard_webhook(store, tenant, body.encode(), headers, now)
    t1 = time.process_time()
    for body, headers in stripes:
        intake.stripe_webhook(store, tenant, body.encode(), headers["Stripe-Signature"], now)
    t2 = time.process_time()
    return (t1 - t0) / len(signed), (t2 - t1) / len(stripes)


def main() -> None:
    now = datetime.now(UTC)
    mem = MemoryStore()
    t = tenants.create_tenant(mem, name="Bench", sender="b@bench.test", now=now)
    std, strp = run(mem, t["tenant_id"], t["webhook_secret"], t["stripe_webhook_secret"], now)
    print(f"CPU per webhook (in-process, twin store): standard {std * 1000:.2f} ms, stripe {strp * 1000:.2f} ms"
          f"  (target <= 2 ms)")

    with dynamo_on_moto() as store:
        t = tenants.create_tenant(store, name="Bench", sender="b@bench.test", now=now)
        counter = DynamoCounter().attach()
        counter.reset()
        events = bodies(N)
        for msg_id, body in events:
            intake.standard_webhook(store, t["tenant_id"], body.encode(),
                                    standard_headers(t["webhook_secret"], body, msg_id), now)
        per = counter.total / len(events)
        kinds = ", ".join(f"{k} {v / len(events):.2f}" for k, v in sorted(counter.requests.items()))
        print(f"DynamoDB requests per webhook: {per:.2f} ({kinds})  (target <= 3)")
        counter.reset()
        msg_id, body = events[0]
        intake.standard_webhook(store, t["tenant_id"], body.encode(),
                                standard_headers(t["webhook_secret"], body, msg_id), now)
        print(f"DynamoDB requests for a duplicate delivery: {counter.total}")


if __name__ == "__main__":
    main()
