"""The reminder guarantees, on the in-memory twins. Each test fails if its guarantee is removed."""

import email
import email.policy
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from chalicelib.adapters.mailer import SendFailed
from chalicelib.core import intake as core_intake
from chalicelib.services import dunning, intake, invoices
from tests.factories import generic_event


def at(day, hour=9):  # Paris 10:00 in November is 09:00 UTC
    return datetime(2026, 11, day, hour, tzinfo=UTC)


def add(deps, tenant, id="inv_1", due="2026-11-02", customer="c_1", email_addr="compta@martin.fr", **kw):
    ev = generic_event(id=id, due_on=due, customer_id=customer, email=email_addr, occurred_at="2026-11-01T09:00:00Z",
                       **kw)
    intake.apply(deps.store, tenant, core_intake.parse_generic(ev, "evt_" + id), at(1))


def to_debtors(deps):
    """Mail to debtors only (the firm's digest and notices go to the firm's own address)."""
    return [m for m in deps.mailer.sent if "relances@atelier-dupont.fr" not in m.to]


def run(deps, now):
    """daily_run then every queued message through send_reminder, as SQS would."""
    summary = dunning.daily_run(deps, now)
    results = [dunning.send_reminder(deps, m["tenant_id"], m["customer_id"], now) for m in deps.queue.messages]
    deps.queue.messages.clear()
    return summary, results


def test_one_email_per_debtor_listing_all_due_invoices(deps, tenant):
    add(deps, tenant, "inv_1", "2026-10-01")
    add(deps, tenant, "inv_2", "2026-11-02")
    add(deps, tenant, "inv_3", "2026-11-02", customer="c_2", email_addr="other@client.test")
    summary, results = run(deps, at(3))
    assert summary["debtors"] == 2 and len(to_debtors(deps)) == 2
    mine = next(m for m in to_debtors(deps) if "compta@martin.fr" in m.to)
    msg = email.message_from_bytes(mine.raw, policy=email.policy.default)
    text = msg.get_body(("plain",)).get_content()
    # inv_1 is 33 days late but never named: it enters at the first overdue stage, never a formal notice.
    assert text.count("- Facture F-2026-0042") == 2 and "mise en demeure" not in text.lower()
    assert msg["Subject"].startswith("Relance")
    assert msg["Auto-Submitted"] == "auto-generated" and msg["Reply-To"].startswith("r+")
    assert "https://relance.test/p/" in text


def test_daily_run_fired_twice_sends_once(deps, tenant):
    add(deps, tenant)
    dunning.daily_run(deps, at(3))
    dunning.daily_run(deps, at(3))  # EventBridge delivers at least once
    assert len(deps.queue.messages) == 2
    for m in deps.queue.messages:
        dunning.send_reminder(deps, m["tenant_id"], m["customer_id"], at(3))
    assert len(to_debtors(deps)) == 1


def test_racing_workers_claim_once(deps, tenant, monkeypatch):
    """Two workers read the same state; the conditional claim lets one send."""
    add(deps, tenant)
    stale_invoices = deps.store.customer_invoices(tenant.id, "c_1")
    real_read = deps.store.customer_invoices
    dunning.send_reminder(deps, tenant.id, "c_1", at(3))  # worker A
    reads = iter([stale_invoices])
    monkeypatch.setattr(deps.store, "customer_invoices", lambda t, c: next(reads, None) or real_read(t, c))
    result = dunning.send_reminder(deps, tenant.id, "c_1", at(3))  # worker B, on what it read before A wrote
    assert result["result"] in ("already_claimed", "nothing_due")
    assert len(to_debtors(deps)) == 1


def test_crash_between_claim_and_send_then_retry_never_doubles(deps, tenant):
    add(deps, tenant)
    deps.mailer.fail_next = RuntimeError("Lambda timed out")
    with pytest.raises(RuntimeError):
        dunning.send_reminder(deps, tenant.id, "c_1", at(3))
    dunning.send_reminder(deps, tenant.id, "c_1", at(3))  # SQS redelivers
    assert to_debtors(deps) == []


def test_payment_between_enqueue_and_send_cancels_the_mail(deps, tenant):
    add(deps, tenant)
    dunning.daily_run(deps, at(3))
    intake.record_payment(deps.store, tenant, "inv_1", {"amount": "1200.00", "paid_on": "2026-11-03"}, at(3))
    m = deps.queue.messages[0]
    assert dunning.send_reminder(deps, m["tenant_id"], m["customer_id"], at(3))["result"] == "nothing_due"
    assert to_debtors(deps) == []


@pytest.mark.parametrize("setup", ["paid", "void", "uncollectible", "disputed", "paused"])
def test_never_for_closed_disputed_or_paused(deps, tenant, setup):
    if setup in ("paid", "void", "uncollectible"):
        add(deps, tenant, status={"paid": "open", "void": "void", "uncollectible": "uncollectible"}[setup],
            amount_due="0" if setup == "paid" else None)
    else:
        add(deps, tenant)
        action = invoices.dispute if setup == "disputed" else invoices.pause
        action(deps.store, tenant, "inv_1", {"reason": "test"}, at(2))
    for day in (3, 10, 17, 30):
        run(deps, at(day))
    assert to_debtors(deps) == []


def test_nothing_on_weekends_or_holidays_or_at_night(deps, tenant):
    add(deps, tenant, due="2026-11-05")
    run(deps, datetime(2026, 11, 7, 9, tzinfo=UTC))   # Saturday
    run(deps, datetime(2026, 11, 9, 20, tzinfo=UTC))  # Monday, 21:00 in Paris
    run(deps, datetime(2026, 11, 11, 9, tzinfo=UTC))  # Armistice, public holiday in France
    assert to_debtors(deps) == []
    run(deps, datetime(2026, 11, 12, 9, tzinfo=UTC))  # Thursday 10:00: sent, late but not dropped
    assert len(to_debtors(deps)) == 1


def test_nothing_to_a_blocked_address(deps, tenant):
    from chalicelib.services import ses_events

    add(deps, tenant)
    run(deps, at(3))
    ses_id = to_debtors(deps)[0].message_id
    ses_events.handle(deps, {"eventType": "Bounce", "mail": {"messageId": ses_id},
                             "bounce": {"bounceType": "Permanent", "bouncedRecipients": [{}]}}, at(3))
    for day in (10, 17, 30):
        run(deps, at(day))
    assert len(to_debtors(deps)) == 1  # the first reminder only; the firm was told
    assert any("compta@martin.fr" in m.raw.decode() and "relances@atelier-dupont.fr" in m.to
               for m in deps.mailer.sent)
    assert deps.store.get_customer(tenant.id, "c_1").blocked == {"compta@martin.fr": "bounced"}


def test_a_send_ses_did_not_accept_is_recorded_and_sent_the_next_day(deps, tenant):
    add(deps, tenant)
    before = deps.store.get_invoice(tenant.id, "inv_1").collection
    deps.mailer.fail_next = SendFailed("MessageRejected: Email address is not verified")
    result = dunning.send_reminder(deps, tenant.id, "c_1", at(3))
    assert result["result"] == "send_failed"
    assert "send_failed" in [e.type for e in deps.store.timeline(tenant.id, "inv_1")]
    assert deps.store.get_invoice(tenant.id, "inv_1").collection == before  # the schedule is put back
    assert dunning.send_reminder(deps, tenant.id, "c_1", at(3))["result"] == "already_claimed"  # not twice a day
    run(deps, at(4))
    assert len(to_debtors(deps)) == 1


def test_threading_headers_keep_one_conversation(deps, tenant):
    add(deps, tenant)
    for day in (3, 10, 17):
        run(deps, at(day))
    msgs = [email.message_from_bytes(m.raw, policy=email.policy.default) for m in to_debtors(deps)]
    assert len(msgs) == 3
    first = msgs[0]["Message-ID"]
    assert msgs[1]["In-Reply-To"] == first and first in msgs[2]["References"]
    assert len({m["Reply-To"] for m in msgs}) == 1


def test_daily_digest_once_per_day_with_what_needs_a_human(deps, tenant):
    add(deps, tenant, "inv_1", "2026-11-02")
    add(deps, tenant, "inv_2", "2026-11-02", customer="c_2", email_addr="other@client.test")
    invoices.dispute(deps.store, tenant, "inv_2", {"reason": "Quantité livrée incorrecte"}, at(3, 8))
    run(deps, at(3))
    run(deps, at(3, 10))  # a second run the same day: no second digest
    digests = [m for m in deps.mailer.sent if m.to == ["relances@atelier-dupont.fr"]]
    assert len(digests) == 1
    msg = email.message_from_bytes(digests[0].raw, policy=email.policy.default)
    text = msg.get_body(("plain",)).get_content()
    assert "1 à traiter" in msg["Subject"] and "Quantité livrée incorrecte" in text and "F-2026-0042" in text


def test_a_newer_invoice_without_an_address_leaves_the_letter_its_address(deps, tenant):
    # A Stripe invoice may come without customer_email: the debtor's older invoice still names one.
    add(deps, tenant, "inv_1", "2026-10-01")
    change = core_intake.parse_generic(generic_event(id="inv_2", due_on="2026-12-01", customer_id="c_1",
                                                     occurred_at="2026-11-01T10:00:00Z"), "evt_inv_2")
    snap = replace(change.snapshot, customer=replace(change.snapshot.customer, email=None))
    intake.apply(deps.store, tenant, replace(change, snapshot=snap), at(1))
    _, results = run(deps, at(3))
    assert [r["result"] for r in results] == ["sent"]
    assert [m.to for m in to_debtors(deps)] == [["compta@martin.fr"]]
