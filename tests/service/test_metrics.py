"""The aggregates kept by the hooks (intake, dunning, debtor actions, manual pause) equal the figures computed
again from the whole book at the end; and the dashboard reads a handful of items, never the invoices."""

from collections import defaultdict
from datetime import UTC, date, datetime

import pytest

from chalicelib.core import intake as core_intake
from chalicelib.core import metrics as core
from chalicelib.core.errors import ValidationError
from chalicelib.services import actions, dunning, intake, invoices, metrics
from tests.factories import generic_event


def at(month, day, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


def add(deps, tenant, id, due, customer="c_1", issued="2026-10-01", total="1200.00", when=None, **kw):
    when = when or at(11, 1)
    ev = core_intake.parse_generic(generic_event(id=id, number=f"F-{id}", due_on=due, issued_on=issued, total=total,
                                                 customer_id=customer, email=f"{customer}@client.test",
                                                 occurred_at=when.isoformat(), **kw), "evt_" + id + when.isoformat())
    return intake.apply(deps.store, tenant, ev, when)


def pay(deps, tenant, id, amount, paid_on, now):
    intake.record_payment(deps.store, tenant, id, {"amount": amount, "paid_on": paid_on}, now)


def run(deps, now):
    dunning.daily_run(deps, now)
    for m in deps.queue.messages:
        dunning.send_reminder(deps, m["tenant_id"], m["customer_id"], now)
    deps.queue.messages.clear()


def recomputed(deps, tenant, frm, to, now):
    """From scratch: every invoice's ledger (letters counted in its timeline) and every promise event."""
    entries = defaultdict(core.Decimal)
    events = []
    for inv in deps.store.list_invoices(tenant.id, limit=1000)[0]:
        timeline = deps.store.timeline(tenant.id, inv.id)
        events += timeline
        letters = sum(1 for e in timeline if e.type == "reminder_sent")
        for k, v in core.ledger(inv, letters).items():
            entries[k] += v
    for k, v in core.event_entries(events).items():
        entries[k] += v
    items = core.placed({k: v for k, v in entries.items() if v})
    return core.figures(items, frm, to, now.date())


def test_hooks_keep_the_aggregates_equal_to_the_book(deps, tenant):
    add(deps, tenant, "inv_1", "2026-10-20")
    add(deps, tenant, "inv_2", "2026-11-05", total="300.00")
    add(deps, tenant, "inv_3", "2026-10-25", customer="c_2", total="800.00")
    add(deps, tenant, "inv_4", "2026-11-30", customer="c_3", total="50.00")
    run(deps, at(11, 3))  # letters to c_1 and c_2
    actions.promise(deps, tenant, "c_2", None, date(2026, 11, 12), at(11, 4), "page")
    pay(deps, tenant, "inv_1", "1200.00", "2026-11-06", at(11, 6))
    pay(deps, tenant, "inv_2", "100.00", "2026-11-06", at(11, 6))
    run(deps, at(11, 10))
    invoices.pause(deps.store, tenant, "inv_2", {"until": "2026-11-20", "reason": "call"}, at(11, 10))
    pay(deps, tenant, "inv_3", "800.00", "2026-11-11", at(11, 11))  # kept its promise
    add(deps, tenant, "inv_4", "2026-11-30", customer="c_3", total="50.00", status="void", when=at(11, 12))
    now = at(11, 20)
    frm, to = date(2026, 11, 1), date(2026, 11, 20)
    got = metrics.dashboard(deps.store, tenant, frm, to, now)
    again = recomputed(deps, tenant, frm, to, now)
    assert [d.pop("name") for d in got["top_debtors"]] == ["SARL Martin"]  # names are kept beside the sums
    assert got == {**again, "top_debtors": [{k: v for k, v in d.items() if k != "name"} for d in again["top_debtors"]]}
    # and by hand: inv_2 is the only one owed: 300 - 100, due 11-05 (15 days late on 11-20)
    assert got["outstanding"] == "200.00" and got["aging"]["d1_30"] == "200.00"
    assert got["promise_kept_rate"] == "100.0"  # c_2 promised 11-12 and paid 11-11
    assert got["paid_invoices"] == "2"
    assert got["reminders_per_paid_invoice"] == "1.00"  # inv_1 and inv_3 were each named by one letter
    assert got["collected_by_month"][-1] == {"period": "2026-11", "amount": "2100.00"}


def test_a_repeated_webhook_adds_nothing(deps, tenant):
    add(deps, tenant, "inv_1", "2026-10-20")
    before = metrics.dashboard(deps.store, tenant, date(2026, 10, 1), date(2026, 11, 1), at(11, 1))
    assert add(deps, tenant, "inv_1", "2026-10-20")["result"] == "duplicate"
    assert metrics.dashboard(deps.store, tenant, date(2026, 10, 1), date(2026, 11, 1), at(11, 1)) == before
    assert before["outstanding"] == "1200.00"


def test_a_tenant_sees_only_its_own_figures(deps, tenant):
    from chalicelib.services.tenants import create_tenant

    other = deps.store.get_tenant(create_tenant(deps.store, name="B", sender="r@b.fr", jurisdiction="FR",
                                                language="fr", timezone="Europe/Paris", now=at(11, 1))["tenant_id"])
    add(deps, tenant, "inv_1", "2026-10-20")
    assert metrics.dashboard(deps.store, other, date(2026, 10, 1), date(2026, 11, 1), at(11, 1))["outstanding"] == "0.00"


@pytest.mark.parametrize("params, field", [
    ({"from": "2026-13-01"}, "from"), ({"to": "01/11/2026"}, "to"), ({"from": "2026-11-02", "to": "2026-11-01"}, "from"),
    ({"from": "2024-01-01", "to": "2026-11-01"}, "from"), ({"to": "2029-01-01"}, "to"), ({"from": "1999-12-31"}, "from"),
])
def test_bad_periods_are_named(params, field):
    with pytest.raises(ValidationError) as exc:
        metrics.period(params, date(2026, 11, 20))
    assert field in exc.value.fields


def test_default_period_is_the_last_30_days():
    assert metrics.period({}, date(2026, 11, 30)) == (date(2026, 11, 1), date(2026, 11, 30))


def test_paid_off_balances_are_compacted_by_a_read(deps, tenant, monkeypatch):
    from chalicelib.adapters.metrics_store import for_store

    monkeypatch.setattr(metrics, "COMPACT_AT", 2)
    for n in range(4):
        add(deps, tenant, f"inv_{n}", f"2026-10-{10 + n}", customer="c_1")
        pay(deps, tenant, f"inv_{n}", "1200.00", "2026-11-02", at(11, 2))
    add(deps, tenant, "inv_9", "2026-10-20", customer="c_1")
    shard = f"debtors#{metrics.metrics.debtor_shard('c_1')}"
    before = for_store(deps.store).get(tenant.id, [shard])[shard]
    assert sum(1 for v in before.values() if v == 0) == 4
    first = metrics.dashboard(deps.store, tenant, date(2026, 11, 1), date(2026, 11, 3), at(11, 3))
    after = for_store(deps.store).get(tenant.id, [shard])[shard]
    assert not [v for v in after.values() if v == 0] and len(after) == 2  # the open balance and the name
    assert metrics.dashboard(deps.store, tenant, date(2026, 11, 1), date(2026, 11, 3), at(11, 3)) == first
