"""One contract, two stores: the in-memory twin and DynamoDB (PynamoDB on moto) must answer alike."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import boto3
import pytest
from moto import mock_aws

from chalicelib.adapters import dynamo
from chalicelib.adapters.memory import MemoryStore
from chalicelib.adapters.store import SHARDS, AlreadyDone, Mark, VersionConflict, WriteBatch, shard_of
from chalicelib.core.records import Collection, Customer, Event, Invoice, Party, Snapshot

T = datetime(2026, 11, 24, 9, tzinfo=UTC)


@pytest.fixture(params=["memory", "dynamo"])
def store(request, monkeypatch):
    if request.param == "memory":
        yield MemoryStore()
        return
    for k, v in {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_DEFAULT_REGION": "eu-west-1",
                 "AWS_REGION": "eu-west-1", "RELANCE_TABLE_PREFIX": "contract"}.items():
        monkeypatch.setenv(k, v)
    with mock_aws():
        dynamo.bind(force=True)
        ddb = boto3.client("dynamodb", region_name="eu-west-1")
        for spec in dynamo.table_specs("contract"):
            ddb.create_table(**spec)
        yield dynamo.DynamoStore()
    dynamo.bind(force=True)


def invoice(i: int, customer="c_1", next_at=None, tenant="t_1") -> Invoice:
    snap = Snapshot(occurred_at=T, event_id=f"e{i}", number=f"F-{i}", status="open", currency="EUR",
                    total=Decimal("100.50"), amount_due=Decimal("100.50"), issued_on=date(2026, 10, 1),
                    due_on=date(2026, 10, 31), customer=Party(customer, f"{customer}@x.test"))
    return Invoice(tenant, f"inv_{i:03d}", snap, collection=Collection(next_action_at=next_at))


def test_write_then_read_round_trips_exactly(store):
    inv = invoice(1, next_at=T)
    store.write(WriteBatch(invoices=[inv]))
    got = store.get_invoice("t_1", "inv_001")
    assert got == replace(inv, version=1)
    assert got.amount_due == Decimal("100.50")


def test_versions_guard_lost_updates(store):
    store.write(WriteBatch(invoices=[invoice(1)]))
    with pytest.raises(VersionConflict):
        store.write(WriteBatch(invoices=[invoice(1)]))  # stale: read at version 0
    current = store.get_invoice("t_1", "inv_001")
    store.write(WriteBatch(invoices=[current]))
    assert store.get_invoice("t_1", "inv_001").version == 2


def test_batch_is_all_or_nothing_and_marks_are_once(store):
    store.write(WriteBatch(marks=[Mark("k1")], invoices=[invoice(1)]))
    with pytest.raises(AlreadyDone):
        store.write(WriteBatch(marks=[Mark("k1")], invoices=[invoice(2)]))
    assert store.get_invoice("t_1", "inv_002") is None
    with pytest.raises(VersionConflict):
        store.write(WriteBatch(marks=[Mark("k2")], invoices=[invoice(1)]))
    assert store.get_mark("k2") is None and store.get_mark("k1") == {}


def test_due_index_is_sparse_sharded_and_bounded_by_instant(store):
    invs = [invoice(i, next_at=T + timedelta(hours=i - 5) if i % 3 else None) for i in range(12)]
    store.write(WriteBatch(invoices=invs))
    found = []
    for shard in range(SHARDS):
        cursor = None
        while True:
            refs, cursor = store.due(str(shard), T, cursor, limit=2)
            found += refs
            if not cursor:
                break
    expected = {i.id for i in invs if i.collection.next_action_at and i.collection.next_action_at <= T}
    assert {r.invoice_id for r in found} == expected
    assert all(shard_of(r.tenant_id, r.invoice_id) for r in found)
    assert len({shard_of("t_1", i.id) for i in invs}) > 1


def test_customer_invoices_and_tenant_isolation(store):
    store.write(WriteBatch(invoices=[invoice(1), invoice(2, "c_2"), invoice(3), invoice(4, tenant="t_2")]))
    assert [i.id for i in store.customer_invoices("t_1", "c_1")] == ["inv_001", "inv_003"]
    assert store.customer_invoices("t_2", "c_1")[0].id == "inv_004"
    assert store.get_invoice("t_2", "inv_001") is None


def test_list_filters_and_paginates(store):
    invs = [invoice(i) for i in range(7)]
    invs[3] = replace(invs[3], collection=Collection(state="disputed"))
    store.write(WriteBatch(invoices=invs))
    page, cursor = store.list_invoices("t_1", limit=3)
    assert [i.id for i in page] == ["inv_000", "inv_001", "inv_002"] and cursor
    rest, cursor2 = store.list_invoices("t_1", limit=10, cursor=cursor)
    assert [i.id for i in rest] == ["inv_003", "inv_004", "inv_005", "inv_006"] and cursor2 is None
    disputed, _ = store.list_invoices("t_1", state="disputed")
    assert [i.id for i in disputed] == ["inv_003"]


def test_timeline_is_ordered_and_events_by_day(store):
    events = [Event("t_1", "inv_001", T + timedelta(minutes=m), "reminder_sent", f"e{m}", {"stage": "x"})
              for m in (5, 1, 3)]
    store.write(WriteBatch(events=events))
    assert [e.id for e in store.timeline("t_1", "inv_001")] == ["e1", "e3", "e5"]
    assert [e.id for e in store.events_between("t_1", T, T + timedelta(minutes=4))] == ["e1", "e3"]


def test_customers(store):
    c = Customer("t_1", "c_1", blocked={"a@b.test": "bounced"}, sent_at=(T,))
    assert store.debtor("t_1", "c_1") == ([], Customer("t_1", "c_1"))
    store.write(WriteBatch(customers=[c], invoices=[invoice(1), invoice(2, "c_2")]))
    assert store.get_customer("t_1", "c_1") == replace(c, version=1)
    invoices, customer = store.debtor("t_1", "c_1")
    assert [i.id for i in invoices] == ["inv_001"] and customer == replace(c, version=1)
    assert [i.id for i in store.list_invoices("t_1")[0]] == ["inv_001", "inv_002"]  # the state is no invoice
    with pytest.raises(VersionConflict):
        store.write(WriteBatch(customers=[c]))


def test_count_is_a_counter_per_key(store):
    exp = T + timedelta(hours=1)
    assert [store.count("rate#a", exp) for _ in range(3)] == [1, 2, 3]
    assert store.count("rate#b", exp) == 1
    assert store.count("rate#c") == 1


def test_stream_pages_newest_first_and_removed_events(store):
    evs = [Event("t_1", "~todo", T + timedelta(minutes=n), "todo_opened", f"e{n}", {"n": n}, "app") for n in range(5)]
    store.write(WriteBatch(events=evs))
    seen, cursor = [], None
    for _ in range(5):
        page, cursor = store.stream_page("t_1", "~todo", limit=2, cursor=cursor)
        seen += [e.id for e in page]
        if not cursor:
            break
    assert seen == ["e4", "e3", "e2", "e1", "e0"]
    assert [e.id for e in store.stream_page("t_1", "~todo", limit=2, newest_first=False)[0]] == ["e0", "e1"]
    assert store.stream_page("t_2", "~todo")[0] == []  # another tenant's stream is another partition
    from chalicelib.adapters.store import event_seq

    assert store.get_event("t_1", "~todo", event_seq(evs[2])).id == "e2"
    assert store.get_event("t_2", "~todo", event_seq(evs[2])) is None
    done = Event("t_1", "~todo_done", T, "todo_closed", "c2", {"item": "e2"}, "app")
    store.write(WriteBatch(events=[done], removed=[evs[2]]))
    assert store.get_event("t_1", "~todo", event_seq(evs[2])) is None
    assert [e.id for e in store.stream_page("t_1", "~todo", limit=10)[0]] == ["e4", "e3", "e1", "e0"]
    with pytest.raises(AlreadyDone):  # removed twice (two people closing the same item): the second is refused
        store.write(WriteBatch(events=[replace(done, id="c3")], removed=[evs[2]]))
    assert [e.id for e in store.timeline("t_1", "~todo_done")] == ["c2"]


def test_sums_ride_in_the_write_and_fail_with_it(store):
    from chalicelib.adapters.metrics_store import for_store
    from chalicelib.adapters.store import Sums

    sums = Sums("t_1", {"2026-10": {"d|2026-10-31": Decimal("100.50")}}, {"debtors#3": {"name|c_1": "Dupont"}},
                frozenset({"2026-10"}))
    store.write(WriteBatch(invoices=[invoice(1)], sums=sums))
    with pytest.raises(VersionConflict):  # a stale write moves no figure
        store.write(WriteBatch(invoices=[invoice(1)], sums=sums))
    store.write(WriteBatch(invoices=[store.get_invoice("t_1", "inv_001")], sums=sums))
    got = for_store(store).get("t_1", ["total", "2026-10", "debtors#3"])
    assert got["2026-10"] == {"d|2026-10-31": Decimal("201.00")}
    assert got["debtors#3"] == {"name|c_1": "Dupont"}
    assert got["total"]["months"] == {"2026-10"}
