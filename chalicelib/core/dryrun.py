"""What Relance will do for one debtor over the coming days, computed by the same `decide` that sends.

Pure: copies of the debtor's invoices and sending state go in, a list of planned actions comes out;
nothing is written. Each day is tried at the start of the policy's send window in the debtor's time zone
(and again at the instant the decision names, if a limit moves it later the same day). It assumes nothing
else happens: no payment, reply, promise or pause meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .calendar import local_date
from .decide import Debtor, decide
from .policy import Policy
from .records import HANDED_OFF, Invoice

HELD = ("gap", "cap", "outside_window")


@dataclass(frozen=True)
class Why:
    invoice_id: str
    number: str
    stage: str
    offset_days: int  # the stage's place relative to the due date
    due_on: date | None


@dataclass(frozen=True)
class Action:
    day: date
    at: datetime
    kind: str  # send | handoff
    stage: str | None
    invoice_ids: tuple[str, ...]
    why: tuple[Why, ...] = ()
    held_by: str | None = None  # gap | cap | outside_window: a limit moved this send later


def calendar(invoices: list[Invoice], debtor: Debtor, policy: Policy, start: datetime, days: int = 60,
             last_sent_at: datetime | None = None) -> list[Action]:
    invs = {i.id: i for i in invoices}
    tz = ZoneInfo(debtor.timezone)
    first = local_date(start, debtor.timezone)
    actions: list[Action] = []
    held: str | None = None
    for n in range(days + 1):
        day = first + timedelta(days=n)
        now = datetime.combine(day, policy.window_start, tz)
        if now < start:
            now = start
        for _ in range(3):
            d = decide(list(invs.values()), debtor, policy, now, last_sent_at)
            before = dict(invs)
            for inv_id, c in d.updates.items():
                if inv_id in invs:
                    invs[inv_id] = replace(invs[inv_id], collection=c)
            handed = tuple(k for k, c in d.updates.items()
                           if c.state == HANDED_OFF and k in before and before[k].collection.state != HANDED_OFF)
            if handed:
                actions.append(Action(day, now, "handoff", None, handed))
            if d.send:
                stage = d.stage
                # An invoice not yet due rides along as a mention: it has no stage of its own in the letter.
                why = tuple(Why(p.invoice_id, invs[p.invoice_id].snap.number,  # a letter names collectable ones
                                p.stage.name if p.stage else "upcoming", p.stage.offset_days if p.stage else 0,
                                invs[p.invoice_id].snap.due_on) for p in d.send)
                actions.append(Action(day, now, "send", stage.name if stage else None,
                                      tuple(p.invoice_id for p in d.send), why, held))
                held = None
                debtor = replace(debtor, sent_at=(*debtor.sent_at, now))
                last_sent_at = now
                break
            if d.reason not in HELD:
                break
            held = d.reason
            later = [c.next_action_at for c in d.updates.values() if c.next_action_at and c.next_action_at > now]
            nxt = min(later, default=None)
            if nxt is None or local_date(nxt, debtor.timezone) != day:
                break
            now = nxt
    return actions
