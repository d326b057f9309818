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
    # The heads-up day passed before the invoice was known: it is not claimed as sent, and never sent late.
    assert c.stage == "reminder" and c.stages_sent == ("reminder",)
    assert c.next_action_at == at(2026, 11, 10)  # D+8


def test_a_backlog_invoice_starts_at_the_first_overdue_stage_and_climbs_with_the_spacing():
    first = decide([inv(due=date(2026, 10, 1))], PARIS, FR, at(2026, 11, 3, 10))  # D+33, never named
    assert [p.stage.name for p in first.send] == ["reminder"]  # never a formal notice as a first letter
    sent = replace(inv(due=date(2026, 10, 1)), collection=first.updates["i1"])
    assert decide([sent], PARIS, FR, at(2026, 11, 3, 11)).reason == "nothing_due"  # missed runs: once
    # The next stage waits the policy's spacing between reminder (+1) and second reminder (+8): 7 days.
    assert sent.collection.next_action_at == at(2026, 11, 10)


def test_catch_up_gap_shortens_the_climb_but_never_below_the_minimum_gap():
    fast = replace(FR, catch_up_gap_days=2)
    first = decide([inv(due=date(2026, 10, 1))], PARIS, fast, at(2026, 11, 3, 10))
    sent = replace(inv(due=date(2026, 10, 1)), collection=first.updates["i1"])
    assert sent.collection.next_action_at == at(2026, 11, 9)  # min gap 4 days: Sat 7 -> Monday 9


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
    assert d.reason in ("outside_window", "nothing_due") and d.send == ()
    assert d.updates["i1"].next_action_at == datetime(2026, 11, 3, 14, tzinfo=UTC)  # 09:00 EST


def test_one_letter_for_several_invoices_with_the_most_advanced_tone_due():
    sent = ("reminder", "second_reminder", "firm")
    a = inv("a", due=date(2026, 10, 1), stage="firm", stages_sent=sent, stage_sent_at=at(2026, 10, 16))
    b = inv("b", due=date(2026, 11, 1))  # 2 days late, never named: enters at the reminder, not the notice
    c = inv("c", due=date(2026, 11, 20))  # not yet due: mentioned, never claimed
    d = decide([a, b, c], PARIS, FR, at(2026, 11, 3, 10))
    assert d.reason == "send" and d.stage.name == "formal_notice"
    by = {p.invoice_id: p for p in d.send}
    assert by["a"].stage.name == "formal_notice" and by["b"].stage.name == "reminder"
    assert by["c"].role == "upcoming" and by["c"].stage is None
    assert d.updates["b"].stages_sent == ("reminder",) and d.updates["c"].stages_sent == ()


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
    assert d.reason == "send" and d.send[0].promise_missed_on == date(2026, 11, 13)
    assert any(e[1] == "promise_missed" for e in d.events)


def test_a_missed_promise_is_kept_until_a_letter_says_it():
    i = inv(due=date(2026, 10, 30), state="promised", promise_date=date(2026, 11, 13), stage="reminder",
            stages_sent=("reminder",))
    busy = replace(PARIS, sent_at=(at(2026, 11, 18, 10),))  # the gap holds the letter back a few days
    d = decide([i], busy, FR, at(2026, 11, 19, 10))
    assert d.reason == "gap" and d.updates["i1"].promise_missed_on == date(2026, 11, 13)
    later = replace(i, collection=d.updates["i1"])
    d2 = decide([later], busy, FR, at(2026, 11, 23, 10))
    assert d2.reason == "send" and d2.send[0].promise_missed_on == date(2026, 11, 13)
    assert d2.updates["i1"].promise_missed_on is None


def test_handoff_after_the_last_stage():
    sent = ("heads_up", "reminder", "second_reminder", "firm", "formal_notice", "final_notice")
    i = inv(due=date(2026, 9, 1), stage="final_notice", stages_sent=sent, stage_sent_at=at(2026, 10, 16))
    d = decide([i], PARIS, FR, at(2026, 11, 3, 10))  # D+63 > 60, the final notice's deadline passed
    assert d.updates["i1"].state == "handed_off" and d.updates["i1"].next_action_at is None
    assert any(e[1] == "handed_off" for e in d.events)


def test_repeat_every_n_days_after_the_last_stage():
    p = Policy((Stage("reminder", 1, "neutral"),), repeat_every_days=7, handoff_after_days=None)
    i = inv(due=date(2026, 11, 2), stage="reminder", stages_sent=("reminder",))
    last = at(2026, 11, 3, 9)
    assert next_action(i, p, PARIS, last).next_action_at == at(2026, 11, 10)
    d = decide([i], PARIS, p, at(2026, 11, 10, 10), last)
    assert [s.stage.name for s in d.send] == ["repeat"]


def test_formal_and_final_notices_go_once_and_nothing_after_the_handoff():
    """Day by day over a year: each stage at most once, stages in order, nothing after hand-off."""
    i = inv(due=date(2026, 9, 1))
    named, t = [], at(2026, 8, 20, 10)
    debtor = PARIS
    while t < at(2027, 6, 1, 10):
        d = decide([i], debtor, FR, t)
        if i.collection.state == "handed_off":
            assert d.reason == "nothing_due" and d.send == ()
        if d.reason == "send":
            named.append(d.send[0].stage.name)
            debtor = replace(debtor, sent_at=(*debtor.sent_at, t))
        i = replace(i, collection=d.updates["i1"])
        t += timedelta(days=1)
    assert named == ["heads_up", "reminder", "second_reminder", "firm", "formal_notice", "final_notice"]
    assert i.collection.state == "handed_off"


def test_final_notice_waits_for_the_formal_notice_deadline():
    sent = ("reminder", "second_reminder", "firm", "formal_notice")
    i = inv(due=date(2026, 9, 1), stage="formal_notice", stages_sent=sent, stage_sent_at=at(2026, 11, 2),
            notice_on=date(2026, 11, 2))
    c = next_action(i, replace(FR, catch_up_gap_days=1), PARIS)
    assert c.next_action_at == at(2026, 11, 12)  # deadline 10 Nov (+8 days); the 11th is a holiday


def test_a_heads_up_does_not_go_alone_to_a_debtor_with_overdue_invoices():
    late = inv("a", due=date(2026, 10, 20), stage="reminder", stages_sent=("reminder",),
               stage_sent_at=at(2026, 10, 21))
    soon = inv("b", due=date(2026, 11, 6))  # heads-up day: 1 November
    d = decide([late, soon], PARIS, FR, at(2026, 11, 2, 10))  # a's next stage is on 28 Oct + ... not yet
    assert d.reason in ("send", "nothing_due")
    if d.reason == "send":  # a's second reminder was due: b rides along as upcoming
        assert {p.invoice_id: p.role for p in d.send} == {"a": "claimed", "b": "upcoming"}
