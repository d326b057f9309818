"""What to send to a debtor, and when. Pure: invoices, the debtor's sending state, a policy and `now` in;
a decision out. Nothing here reads the clock or touches storage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from .calendar import SendWindow, add_business_days, local_date, next_send_instant
from .policy import Policy, Stage
from .records import ACTIVE, DISPUTED, DONE, HANDED_OFF, PAUSED, PROMISED, Collection, Invoice

REPEAT = "repeat"


@dataclass(frozen=True)
class Debtor:
    timezone: str
    country: str
    email: str | None
    blocked: bool = False
    sent_at: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class Planned:
    invoice_id: str
    stage: Stage
    promise_missed: bool = False


@dataclass(frozen=True)
class Decision:
    reason: str  # send | nothing_due | outside_window | gap | cap | blocked
    send: tuple[Planned, ...] = ()
    updates: dict = field(default_factory=dict)  # invoice id -> Collection after this decision
    events: tuple = ()  # (invoice id, type, detail)

    @property
    def stage(self) -> Stage | None:
        return max((p.stage for p in self.send), key=lambda s: s.offset_days, default=None)


def window(policy: Policy) -> SendWindow:
    return SendWindow(start=policy.window_start, end=policy.window_end)


def at_window_start(day: date, policy: Policy, debtor: Debtor) -> datetime:
    return _window_start(day, policy.window_start, policy.window_end, debtor.timezone, debtor.country)


@lru_cache(maxsize=4096)
def _window_start(day: date, start: time, end: time, tz: str, country: str) -> datetime:
    """Pure and called for every stage of every invoice: cached (a day's answer never changes)."""
    local = datetime.combine(day, start, ZoneInfo(tz))
    return next_send_instant(local, tz, country, SendWindow(start=start, end=end))


def _repeat_stage(policy: Policy) -> Stage:
    last = policy.stages[-1]
    return Stage(REPEAT, last.offset_days, last.tone, REPEAT)


def _candidates(inv: Invoice, policy: Policy) -> list[tuple[Stage, date | None]]:
    """Stages still ahead of this invoice, with the local day each falls due (None: relative to last send)."""
    c = inv.collection
    due_on = inv.snapshot.due_on
    last = max((policy.index(s) for s in c.stages_sent), default=-1)
    ahead = [(s, due_on + timedelta(days=s.offset_days)) for s in policy.stages[last + 1:]]
    if not ahead and policy.repeat_every_days and c.stages_sent:
        ahead = [(_repeat_stage(policy), None)]
    return ahead


def _hold_until(inv: Invoice, policy: Policy, country: str) -> date | None:
    """The first local day reminders may resume for a paused or promised invoice."""
    c = inv.collection
    if c.state == PAUSED:
        return c.paused_until or date.max
    if c.state == PROMISED and c.promise_date:
        return add_business_days(c.promise_date, policy.promise_grace_business_days, country) + timedelta(days=1)
    return None


def next_action(inv: Invoice, policy: Policy, debtor: Debtor, last_sent_at: datetime | None = None) -> Collection:
    """The invoice's collection state with next_action_at recomputed (ignores the debtor-wide gap, which
    decide() applies at send time: the due index may hold an instant that is early, never one that is late)."""
    c = inv.collection
    if not inv.collectable:
        return replace(c, state=DONE if c.state not in (DISPUTED, HANDED_OFF) else c.state, next_action_at=None)
    if c.state in (DISPUTED, HANDED_OFF, DONE) or debtor.blocked:
        return replace(c, next_action_at=None)
    hold = _hold_until(inv, policy, debtor.country)
    if hold == date.max:
        return replace(c, next_action_at=None)
    times = []
    for _stage, day in _candidates(inv, policy)[:1]:
        if day is None:
            if last_sent_at is None:
                continue
            day = local_date(last_sent_at, debtor.timezone) + timedelta(days=policy.repeat_every_days)
        times.append(day)
    if policy.handoff_after_days is not None and _all_sent(inv, policy):
        times.append(inv.snapshot.due_on + timedelta(days=policy.handoff_after_days))
    if not times:
        return replace(c, next_action_at=None)
    day = min(times)
    if hold:
        day = max(day, hold)
    return replace(c, next_action_at=at_window_start(day, policy, debtor))


def _all_sent(inv: Invoice, policy: Policy) -> bool:
    return policy.stages[-1].name in inv.collection.stages_sent


def decide(invoices: list[Invoice], debtor: Debtor, policy: Policy, now: datetime,
           last_sent_at: datetime | None = None) -> Decision:
    """One debtor, one run: which invoices get which stage now, or when to look again."""
    today = local_date(now, debtor.timezone)
    updates, events, due = {}, [], []
    for inv in invoices:
        c = inv.collection
        if not inv.collectable or c.state in (DISPUTED, HANDED_OFF, DONE) or debtor.blocked:
            updates[inv.id] = next_action(inv, policy, debtor, last_sent_at)
            continue
        hold = _hold_until(inv, policy, debtor.country)
        missed = False
        if hold is not None:
            if today < hold:
                updates[inv.id] = next_action(inv, policy, debtor, last_sent_at)
                continue
            if c.state == PROMISED:
                missed = True
                events.append((inv.id, "promise_missed", {"promise_date": c.promise_date.isoformat()}))
            else:
                events.append((inv.id, "resumed", {"reason": "pause ended"}))
            inv = replace(inv, collection=replace(c, state=ACTIVE, paused_until=None))
            c = inv.collection
        if (policy.handoff_after_days is not None and _all_sent(inv, policy)
                and today >= inv.snapshot.due_on + timedelta(days=policy.handoff_after_days)):
            updates[inv.id] = replace(c, state=HANDED_OFF, next_action_at=None)
            events.append((inv.id, "handed_off", {"days_late": (today - inv.snapshot.due_on).days}))
            continue
        stage = _due_stage(inv, policy, debtor, now, last_sent_at)
        if stage:
            due.append((inv, Planned(inv.id, stage, missed)))
        else:
            updates[inv.id] = next_action(inv, policy, debtor, last_sent_at)
    if not due:
        return Decision("nothing_due", updates=updates, events=tuple(events))
    later = _not_before(debtor, policy, now)
    if later:
        reason, when = later
        for inv, _ in due:
            updates[inv.id] = replace(inv.collection, state=ACTIVE, next_action_at=when)
        return Decision(reason, updates=updates, events=tuple(events))
    for inv, planned in due:
        c = replace(inv.collection, state=ACTIVE, stage=planned.stage.name, paused_until=None,
                    promise_date=None if planned.promise_missed else inv.collection.promise_date,
                    stages_sent=_sent(inv, policy, planned.stage))
        sent = replace(inv, collection=c)
        nxt = next_action(sent, policy, debtor, now)
        floor = now + timedelta(days=policy.min_gap_days)
        if nxt.next_action_at and nxt.next_action_at < floor:
            nxt = replace(nxt, next_action_at=next_send_instant(floor, debtor.timezone, debtor.country,
                                                               window(policy)))
        updates[inv.id] = nxt
    return Decision("send", send=tuple(p for _, p in due), updates=updates, events=tuple(events))


def _sent(inv: Invoice, policy: Policy, stage: Stage) -> tuple[str, ...]:
    """Stages now behind this invoice: the one sent and every earlier one it skipped (never sent later)."""
    if stage.name == REPEAT:
        return inv.collection.stages_sent
    upto = policy.index(stage.name)
    return tuple(dict.fromkeys((*inv.collection.stages_sent, *(s.name for s in policy.stages[: upto + 1]))))


def _due_stage(inv: Invoice, policy: Policy, debtor: Debtor, now: datetime, last_sent_at) -> Stage | None:
    """The most advanced stage whose moment has come: missed runs catch up with one email, not several."""
    best = None
    for stage, day in _candidates(inv, policy):
        if day is None:
            if last_sent_at is None:
                continue
            when = last_sent_at + timedelta(days=policy.repeat_every_days)
        else:
            when = at_window_start(day, policy, debtor)
        if when <= now:
            best = stage
    return best


def _not_before(debtor: Debtor, policy: Policy, now: datetime):
    """Debtor-wide limits: the send window, the minimum gap, the 30-day cap."""
    w = window(policy)
    recent = sorted(t for t in debtor.sent_at if t > now - timedelta(days=30))
    if recent and now < recent[-1] + timedelta(days=policy.min_gap_days):
        return "gap", next_send_instant(recent[-1] + timedelta(days=policy.min_gap_days), debtor.timezone,
                                        debtor.country, w)
    if len(recent) >= policy.max_per_30_days:
        return "cap", next_send_instant(recent[-policy.max_per_30_days] + timedelta(days=30), debtor.timezone,
                                        debtor.country, w)
    when = next_send_instant(now, debtor.timezone, debtor.country, w)
    if when != now:
        return "outside_window", when
    return None
