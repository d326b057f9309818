"""The decision core: which stage, when, to whom, and never twice."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from chalicelib.core.calendar import is_sendable
from chalicelib.core.decide import Debtor, decide, next_action
from chalicelib.core.policy import Policy, Stage, default_policy
from chalicelib.core.records import Collection, Invoice, Party, Snapshot

FR = default_policy("FR")
PARIS = Debtor("Europe/Paris", "FR", "compta@martin.fr")


def inv(id="i1", due=date(2026, 10, 30), status="open", amount="100.00", **coll) -> Invoice:
    snap = Snapshot(occurred_at=datetime(2026, 9, 1, tzinfo=UTC), event_id="e", number=id.upper(), status=status,
                    currency="EUR", total=Decimal(amount), amount_due=Decimal(amount), issued_on=date(2026, 9, 30),
                    due_on=due, customer=Party("c1", "compta@martin.fr"))
    return Invoice("t", id, snap, collection=Collection(**coll))


def at(y, m, d, h=9, minute=0) -> datetime:
    """Paris wall time to UTC (CET in winter)."""
    return datetime(y, m, d, h, minute, tzinfo=UTC) - timedelta(hours=1 if m in (1, 2, 3, 11, 12) else 2)


def test_heads_up_five_days_before_due_at_window_start():
    c = next_action(inv(due=date(2026, 12, 10)), FR, PARIS)
    assert c.next_action_at == at(2026, 12, 7)  # D-5 is Saturday 5 Dec -> Monday 7 Dec 09:00 Paris


def test_stage_sent_when_due_and_next_scheduled():
    d = decide([inv(due=date(2026, 11, 2))], PARIS, FR, at(2026, 11, 3, 10))
    assert d.reason == "send" and [p.stage.name for p in d.send] == ["reminder"]
    c = d.updates["i1"]
    assert c.stage == "reminder" and "heads_up" in c.stages_sent  # skipped, never sent later
    assert c.next_action_at == at(2026, 11, 10)  # D+8


def test_missed_runs_send_only_the_highest_stage_once():
    d = decide([inv(due=date(2026, 10, 1))], PARIS, FR, at(2026, 11, 3, 10))  # D+33
    assert [p.stage.name for p in d.send] == ["formal_notice"]
    sent = replace(inv(due=date(2026, 10, 1)), collection=d.updates["i1"])
    again = decide([sent], PARIS, FR, at(2026, 11, 3, 11))
    assert again.reason == "nothing_due"


def test_never_goes_back_down_a_stage():
    i = inv(due=date(2026, 10, 1), stage="formal_notice",
            stages_sent=("heads_up", "reminder", "second_reminder", "firm", "formal_notice"))
    d = decide([i], PARIS, FR, at(2026, 11, 3, 10))
    assert d.reason == "nothing_due"
    assert d.updates["i1"].next_action_at == at(2026, 11, 16)  # final notice D+45


def test_outside_window_weekend_and_holiday_defer_never_drop():
    due = date(2026, 11, 2)
    for now, expected in [
        (at(2026, 11, 3, 18), at(2026, 11, 4)),   # evening -> next morning
        (at(2026, 11, 7, 10), at(2026, 11, 9)),   # Saturday -> Monday
        (at(2026, 11, 11, 10), at(2026, 11, 12)),  # 11 November, a French public holiday
    ]:
        d = decide([inv(due=due)], PARIS, FR, now)
        assert d.reason == "outside_window" and d.updates["i1"].next_action_at == expected
        assert is_sendable(expected, "Europe/Paris", "FR")


def test_far_time_zone_waits_for_its_own_window():
    ny = Debtor("America/New_York", "US", "ap@acme.test")
    d = decide([inv(due=date(2026, 11, 2))], ny, FR, datetime(2026, 11, 3, 9, tzinfo=UTC))  # 04:00 in New York
    assert d.reason == "outside_window"
    assert d.updates["i1"].next_action_at == datetime(2026, 11, 3, 14, tzinfo=UTC)  # 09:00 EST


def test_one_email_for_several_due_invoices_with_the_most_advanced_tone():
    a, b = inv("a", due=date(2026, 10, 1)), inv("b", due=date(2026, 11, 1))
    d = decide([a, b], PARIS, FR, at(2026, 11, 3, 10))
    assert d.reason == "send" and {p.invoice_id for p in d.send} == {"a", "b"}
    assert d.stage.name == "formal_notice"


def test_min_gap_and_monthly_cap():
    recent = Debtor("Europe/Paris", "FR", "x@y.test", sent_at=(at(2026, 11, 2, 10),))
    d = decide([inv(due=date(2026, 11, 2))], recent, FR, at(2026, 11, 3, 10))
    assert d.reason == "gap" and d.updates["i1"].next_action_at == at(2026, 11, 6, 10)
    busy = Debtor("Europe/Paris", "FR", "x@y.test",
                  sent_at=tuple(at(2026, 10, d, 10) for d in (6, 12, 19, 26)))
    d = decide([inv(due=date(2026, 11, 2))], busy, FR, at(2026, 11, 3, 10))
    # 30 x 24 h after 6 October 10:00 CEST is 5 November 09:00 CET
    assert d.reason == "cap" and d.updates["i1"].next_action_at == at(2026, 11, 5, 9)


def test_never_for_paid_void_uncollectible_disputed_paused_or_blocked():
    now = at(2026, 11, 20, 10)
    cases = [inv(status="paid"), inv(status="void"), inv(status="uncollectible"), inv(state="disputed"),
             inv(state="paused"), inv(state="paused", paused_until=date(2026, 12, 1)), inv(state="handed_off")]
    for i in cases:
        d = decide([i], PARIS, FR, now)
        assert d.reason == "nothing_due", i
    blocked = replace(PARIS, blocked=True)
    d = decide([inv()], blocked, FR, now)
    assert d.reason == "nothing_due" and d.updates["i1"].next_action_at is None


def test_pause_ends_then_reminders_resume():
    i = inv(due=date(2026, 10, 30), state="paused", paused_until=date(2026, 11, 16), stage="reminder",
            stages_sent=("heads_up", "reminder"))
    assert next_action(i, FR, PARIS).next_action_at == at(2026, 11, 16)
    d = decide([i], PARIS, FR, at(2026, 11, 16, 10))
    assert d.reason == "send" and ("i1", "resumed", {"reason": "pause ended"}) in d.events


def test_promise_missed_after_grace_and_said_in_the_next_reminder():
    i = inv(due=date(2026, 10, 30), state="promised", promise_date=date(2026, 11, 13), stage="reminder",
            stages_sent=("heads_up", "reminder"))
    # Friday 13 + 3 business days = Wednesday 18; reminders may resume on Thursday 19
    assert next_action(i, FR, PARIS).next_action_at == at(2026, 11, 19)
    assert decide([i], PARIS, FR, at(2026, 11, 18, 10)).reason == "nothing_due"
    d = decide([i], PARIS, FR, at(2026, 11, 19, 10))
    assert d.reason == "send" and d.send[0].promise_missed
    assert any(e[1] == "promise_missed" for e in d.events)


def test_handoff_after_the_last_stage():
    sent = ("heads_up", "reminder", "second_reminder", "firm", "formal_notice", "final_notice")
    i = inv(due=date(2026, 9, 1), stage="final_notice", stages_sent=sent)
    d = decide([i], PARIS, FR, at(2026, 11, 3, 10))  # D+63 > 60
    assert d.updates["i1"].state == "handed_off" and d.updates["i1"].next_action_at is None
    assert any(e[1] == "handed_off" for e in d.events)


def test_repeat_every_n_days_after_the_last_stage():
    p = Policy((Stage("reminder", 1, "neutral"),), repeat_every_days=7, handoff_after_days=None)
    i = inv(due=date(2026, 11, 2), stage="reminder", stages_sent=("reminder",))
    last = at(2026, 11, 3, 9)
    assert next_action(i, p, PARIS, last).next_action_at == at(2026, 11, 10)
    d = decide([i], PARIS, p, at(2026, 11, 10, 10), last)
    assert [s.stage.name for s in d.send] == ["repeat"]
