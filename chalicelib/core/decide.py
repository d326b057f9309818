"""What to send to a debtor, and when. Pure: invoices, the debtor's sending state, a policy and `now` in;
a decision out. Nothing here reads the clock or touches storage.

Each invoice climbs the policy's stages on its own: one stage per letter that names it, never skipping one,
each stage waiting for its day (due date + offset) and for the policy's spacing after the letter of the
stage before. An invoice first named late (a backlog) therefore starts at the first overdue stage, whatever
its age. A letter goes to the debtor when at least one invoice has an overdue stage due; it then claims
every overdue invoice (those without a stage due are carried at their current stage) and mentions the
invoices not yet due apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from .calendar import SendWindow, add_business_days, local_date, next_send_instant
from .policy import NOTICE_DAYS, Policy, Stage
from .records import ACTIVE, DISPUTED, DONE, HANDED_OFF, PAUSED, PROMISED, Collection, Invoice

REPEAT = "repeat"
CLAIMED, UPCOMING = "claimed", "upcoming"


@dataclass(frozen=True)
class Debtor:
    timezone: str
    country: str
    email: str | None
    blocked: bool = False
    sent_at: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class Planned:
    """One invoice in a letter. `stage` is the stage the letter gives it (advanced) or the one it already
    had (carried: overdue, no new stage due); None for an upcoming invoice that only gets a mention."""

    invoice_id: str
    stage: Stage | None
    role: str = CLAIMED  # claimed | upcoming
    advanced: bool = True
    promise_missed_on: date | None = None


@dataclass(frozen=True)
class Decision:
    reason: str  # send | nothing_due | outside_window | gap | cap | blocked
    send: tuple[Planned, ...] = ()
    updates: dict[str, Collection] = field(default_factory=dict)  # invoice id -> Collection after this decision
    events: tuple[tuple[str, str, dict], ...] = ()  # (invoice id, type, detail)

    @property
    def stage(self) -> Stage | None:
        """The letter's tone: the most advanced stage due among the claimed invoices (a heads-up when the
        letter only announces invoices not yet due)."""
        moved = [p.stage for p in self.send if p.advanced and p.stage]
        claimed = [s for s in moved if s.overdue]
        return max(claimed or moved, key=lambda s: s.offset_days, default=None)


@dataclass(frozen=True)
class Step:
    stage: Stage
    day: date  # local day from which it may go


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


def stage_named(policy: Policy, name: str | None) -> Stage | None:
    if name == REPEAT:
        return _repeat_stage(policy)
    i = policy.index(name)
    return policy.stages[i] if 0 <= i < len(policy.stages) else None


def _sent_day(c: Collection, policy: Policy, due_on: date, tz: str, last: int) -> date:
    if c.stage_sent_at:
        return local_date(c.stage_sent_at, tz)
    return due_on + timedelta(days=policy.stages[min(last, len(policy.stages) - 1)].offset_days)  # older records


def named_overdue(c: Collection, policy: Policy) -> list[int]:
    """Indexes of the overdue stages letters named this invoice at (the repeat stage counts past the end)."""
    stages = policy.stages
    return [i for i in map(policy.index, c.stages_sent) if i >= len(stages) or (i >= 0 and stages[i].overdue)]


def due_on(inv: Invoice) -> date:
    """The due date of an invoice the caller knows has one (`collectable` requires it)."""
    due = inv.snap.due_on
    assert due is not None, "a collectable invoice has a due date"
    return due


def step(inv: Invoice, policy: Policy, debtor: Debtor, today: date, skip_pre: bool = False) -> Step | None:
    """The next stage of a collectable invoice and the first local day it may go; None when none is left."""
    c, due = inv.collection, due_on(inv)
    stages = policy.stages
    done = [policy.index(n) for n in c.stages_sent]
    named = named_overdue(c, policy)
    if not named:
        first = next((i for i, s in enumerate(stages) if s.overdue), None)
        top = max(done, default=-1)
        ahead = [i for i in range(top + 1, len(stages)) if not stages[i].overdue]
        if ahead and not skip_pre and today <= due:
            came = [i for i in ahead if due + timedelta(days=stages[i].offset_days) <= today]
            i = came[-1] if came else ahead[0]
            return Step(stages[i], max(due + timedelta(days=stages[i].offset_days), today if came else date.min))
        return None if first is None else Step(stages[first], due + timedelta(days=stages[first].offset_days))
    last = max(named)
    sent_day = _sent_day(c, policy, due, debtor.timezone, last)
    nxt = last + 1
    if nxt < len(stages):
        day = max(due + timedelta(days=stages[nxt].offset_days), sent_day + timedelta(days=policy.spacing(nxt)))
        if c.notice_on:  # nothing stronger before the formal notice's deadline has passed
            day = max(day, c.notice_on + timedelta(days=NOTICE_DAYS + 1))
        return Step(stages[nxt], day)
    if policy.repeat_every_days:
        return Step(_repeat_stage(policy), sent_day + timedelta(days=policy.repeat_every_days))
    return None


def handoff_day(inv: Invoice, policy: Policy, debtor: Debtor) -> date | None:
    """The day a collectable invoice's file leaves the schedule for the firm: every stage sent, the final
    deadline passed."""
    c, last = inv.collection, policy.stages[-1]
    if policy.handoff_after_days is None or last.name not in c.stages_sent:
        return None
    day = due_on(inv) + timedelta(days=policy.handoff_after_days)
    if c.stage == last.name and last.notice:
        sent = _sent_day(c, policy, due_on(inv), debtor.timezone, len(policy.stages) - 1)
        day = max(day, sent + timedelta(days=NOTICE_DAYS + 1))
    return day


def _hold_until(inv: Invoice, policy: Policy, country: str) -> date | None:
    """The first local day reminders may resume for a paused or promised invoice."""
    c = inv.collection
    if c.state == PAUSED:
        return c.paused_until or date.max
    if c.state == PROMISED and c.promise_date:
        return add_business_days(c.promise_date, policy.promise_grace_business_days, country) + timedelta(days=1)
    return None


def next_action(inv: Invoice, policy: Policy, debtor: Debtor, last_sent_at: datetime | None = None,
                today: date | None = None, skip_pre: bool = False) -> Collection:
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
    today = today or date.min
    days = [d for d in (handoff_day(inv, policy, debtor),) if d]
    s = step(inv, policy, debtor, today, skip_pre)
    if s:
        days.append(s.day)
    if not days:
        return replace(c, next_action_at=None)
    day = max(min(days), hold) if hold else min(days)
    return replace(c, next_action_at=at_window_start(day, policy, debtor))


def decide(invoices: list[Invoice], debtor: Debtor, policy: Policy, now: datetime,
           last_sent_at: datetime | None = None) -> Decision:
    """One debtor, one run: whether a letter goes now and what it says of each invoice, or when to look again."""
    today = local_date(now, debtor.timezone)
    updates: dict[str, Collection] = {}
    events: list[tuple[str, str, dict]] = []
    moving: list[tuple[Invoice, Stage]] = []  # a stage is due
    carried: list[Invoice] = []  # overdue, no stage due: claimed at the stage it has
    waiting: list[Invoice] = []  # not yet due, no heads-up due: mentioned only
    for inv in invoices:
        c = inv.collection
        if not inv.collectable or c.state in (DISPUTED, HANDED_OFF, DONE) or debtor.blocked:
            updates[inv.id] = next_action(inv, policy, debtor, last_sent_at, today)
            continue
        hold = _hold_until(inv, policy, debtor.country)
        if hold is not None:
            if today < hold:
                updates[inv.id] = next_action(inv, policy, debtor, last_sent_at, today)
                continue
            if c.state == PROMISED and c.promise_date:  # a promise holds only with its date
                events.append((inv.id, "promise_missed", {"promise_date": c.promise_date.isoformat()}))
                c = replace(c, promise_missed_on=c.promise_date, promise_date=None)
            else:
                events.append((inv.id, "resumed", {"reason": "pause ended"}))
            inv = replace(inv, collection=replace(c, state=ACTIVE, paused_until=None))
        off = handoff_day(inv, policy, debtor)
        if off and today >= off:
            updates[inv.id] = replace(inv.collection, state=HANDED_OFF, next_action_at=None)
            events.append((inv.id, "handed_off", {"days_late": (today - due_on(inv)).days}))
            continue
        updates[inv.id] = next_action(inv, policy, debtor, last_sent_at, today)
        s = step(inv, policy, debtor, today)
        if s and at_window_start(s.day, policy, debtor) <= now:
            moving.append((inv, s.stage))
        elif today > due_on(inv):
            carried.append(inv)
        else:
            waiting.append(inv)
    if not any(st.overdue for _, st in moving):
        if moving and carried:
            # A heads-up cannot go alone to a debtor with overdue invoices: it would be a letter that leaves
            # them out or claims them in a courteous tone. The next overdue letter mentions it instead.
            for inv, _ in moving:
                updates[inv.id] = next_action(inv, policy, debtor, last_sent_at, today, skip_pre=True)
        if not moving or carried:
            return Decision("nothing_due", updates=updates, events=tuple(events))
    later = _not_before(debtor, policy, now)
    if later:
        reason, when = later
        for inv, _ in moving:
            updates[inv.id] = replace(updates[inv.id], state=ACTIVE, next_action_at=when)
        return Decision(reason, updates=updates, events=tuple(events))

    planned = []
    for inv, st in moving:
        role = CLAIMED if st.overdue else UPCOMING
        planned.append(Planned(inv.id, st, role, True, inv.collection.promise_missed_on if role == CLAIMED else None))
    for inv in carried:
        planned.append(Planned(inv.id, stage_named(policy, inv.collection.stage), CLAIMED, False,
                               inv.collection.promise_missed_on))
    planned += [Planned(inv.id, None, UPCOMING, False) for inv in waiting]
    by_id = {i.id: i for i in (*(m[0] for m in moving), *carried, *waiting)}
    floor = now + timedelta(days=policy.min_gap_days)
    for p in planned:
        inv = by_id[p.invoice_id]
        c = replace(inv.collection, state=ACTIVE, paused_until=None)
        if p.advanced:
            assert p.stage is not None, "an advanced invoice has the stage it moves to"
            c = replace(c, stage=p.stage.name, stage_sent_at=now,
                        stages_sent=tuple(dict.fromkeys((*c.stages_sent, p.stage.name))),
                        notice_on=today if p.stage.template_name == "formal_notice" else c.notice_on)
        if p.role == CLAIMED:
            c = replace(c, promise_missed_on=None)  # this letter says it
        nxt = next_action(replace(inv, collection=c), policy, debtor, now, today)
        if nxt.next_action_at and nxt.next_action_at < floor:
            nxt = replace(nxt, next_action_at=next_send_instant(floor, debtor.timezone, debtor.country,
                                                               window(policy)))
        updates[inv.id] = nxt
    return Decision("send", send=tuple(planned), updates=updates, events=tuple(events))


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
