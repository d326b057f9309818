"""A webhook costs at most 3 DynamoDB requests (tenant, invoice, one transaction), the figures included."""

from datetime import UTC, date, datetime

from bench.counting import DynamoCounter, dynamo_on_moto
from bench.intake.__main__ import bodies
from chalicelib.adapters.memory import MemoryStore
from chalicelib.services import intake, metrics, tenants
from tests.factories import standard_headers

NOW = datetime(2026, 11, 3, 9, tzinfo=UTC)


def _deliver(store, events, counter=None) -> dict:
    t = tenants.create_tenant(store, name="Bench", sender="b@bench.test", now=NOW)
    if counter:
        counter.attach().reset()
    for msg_id, body in events:
        intake.standard_webhook(store, t["tenant_id"], body.encode(),
                                standard_headers(t["webhook_secret"], body, msg_id), NOW)
    requests = dict(counter.requests) if counter else {}
    figures = metrics.dashboard(store, store.get_tenant(t["tenant_id"]), date(2026, 1, 1), NOW.date(), NOW)
    return {"requests": requests, "figures": figures}


def test_a_webhook_is_three_requests_and_moves_the_figures_as_the_twin_does():
    events = bodies(20)  # 10 new invoices, then each paid
    twin = _deliver(MemoryStore(), events)
    with dynamo_on_moto("reqs") as store:
        real = _deliver(store, events, DynamoCounter())
    assert real["requests"] == {"GetItem": 40, "TransactWriteItems": 20}
    assert real["figures"] == twin["figures"]
    assert real["figures"]["collected_by_month"] and any(m["amount"] != "0.00"
                                                         for m in real["figures"]["collected_by_month"])
