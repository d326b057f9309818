"""A letter: to one debtor, on one day, about all it owes. Pure composition of a send decision.

The decision (decide.py) says which stage each invoice gets. This turns it into what the letter states:
the tone (the most advanced stage due), the lead invoices (those reaching that stage, of which the stage's
sentences speak), the other claimed invoices (each with what was sent about it before), the invoices not yet
due (apart, never in the amount asked), the amounts (amounts.py), the deadline and a missed promise. The
templates only render this; every sentence about the past is backed by a count or a date here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .amounts import CLAIMED, UPCOMING, Item, Line, Statement, Total, statement
from .calendar import local_date
from .decide import Decision, Planned, due_on, named_overdue, stage_named
from .policy import NOTICE_DAYS, Policy, Stage
from .records import DISPUTED, HANDED_OFF, PAUSED, PROMISED, Invoice


@dataclass(frozen=True)
class LetterLine:
    line: Line
    stage: str | None  # template name of its stage in this letter
    advanced: bool  # this letter moves it to that stage
    prior: int  # letters after its due date that named it before this one
    last_named_on: date | None  # the day of the last of them
    formal_notice_on: date | None

    def __getattr__(self, name):
        return getattr(self.line, name)


@dataclass(frozen=True)
class Letter:
    stage: Stage  # the tone
    lead: tuple[LetterLine, ...]  # claimed, reaching the tone's stage now: the stage's sentences are about them
    others: tuple[LetterLine, ...]  # claimed too, at an earlier stage or carried at theirs
    upcoming: tuple[LetterLine, ...]  # not yet due: mentioned, never asked
    amounts: Statement
    today: date
    deadline: date | None
    promise_missed_on: date | None

    @property
    def claimed(self) -> tuple[LetterLine, ...]:
        """What the letter asks for: overdue lines only (a heads-up's lead is only announced)."""
        return tuple(ln for ln in self.lead + self.others if ln.role == CLAIMED)

    @property
    def announced(self) -> tuple[LetterLine, ...]:
        return tuple(ln for ln in self.lead + self.upcoming if ln.role == UPCOMING)

    @property
    def totals(self) -> tuple[Total, ...]:
        return self.amounts.totals(CLAIMED)

    @property
    def upcoming_totals(self) -> tuple[Total, ...]:
        return self.amounts.totals(UPCOMING)

    @property
    def prior(self) -> int:
        """Letters that named every lead invoice before: what "our previous reminders" may claim."""
        return min((ln.prior for ln in self.lead), default=0)


def _history(inv: Invoice, policy: Policy, tz: str) -> tuple[int, date | None]:
    """Letters that named the invoice after its due date, and the day of the last of them."""
    c = inv.collection
    named = named_overdue(c, policy)
    return len(named), (local_date(c.stage_sent_at, tz) if c.stage_sent_at and named else None)


def item(inv: Invoice, role: str, stage: str | None, notice_on: date | None) -> Item:
    s = inv.snap  # collectable or owed: it has a snapshot and a due date
    return Item(inv.id, s.number, s.currency, inv.amount_due, due_on(inv), role, stage, notice_on, s.issued_on, s.total)


def compose(decision: Decision, invoices: dict[str, Invoice], policy: Policy, jurisdiction: str, kind: str,
            now, tz: str) -> Letter:
    """The letter a `send` decision makes, from the invoices as they were before it."""
    tone = decision.stage
    if decision.reason != "send" or tone is None:
        raise ValueError("only a send decision makes a letter")
    today = local_date(now, tz)
    ordered = sorted(decision.send, key=lambda p: (due_on(invoices[p.invoice_id]), p.invoice_id))
    items, meta = [], []
    for p in ordered:
        inv = invoices[p.invoice_id]
        stage = p.stage.template_name if p.stage else None
        items.append(item(inv, p.role, stage if p.role == CLAIMED else None, inv.collection.notice_on))
        prior, last = _history(inv, policy, tz)
        meta.append((p, stage, prior, last))
    amounts = statement(jurisdiction, kind, items, today)
    lead, others, upcoming = [], [], []
    for line, (p, stage, prior, last) in zip(amounts.lines, meta, strict=True):
        ll = LetterLine(line, stage, p.advanced, prior, last, invoices[p.invoice_id].collection.notice_on)
        if p.role != CLAIMED:
            upcoming.append(ll)
        elif _leads(p, tone):
            lead.append(ll)
        else:
            others.append(ll)
    if not tone.overdue:  # a heads-up: the invoices whose heads-up it is lead, the others are mentioned
        lead = [ll for ll in upcoming if ll.advanced]
        upcoming = [ll for ll in upcoming if not ll.advanced]
    missed = [p.promise_missed_on for p in ordered if p.role == CLAIMED and p.promise_missed_on]
    deadline = today + timedelta(days=NOTICE_DAYS) if tone.notice else None
    return Letter(tone, tuple(lead), tuple(others), tuple(upcoming), amounts, today, deadline,
                  max(missed, default=None))


def _leads(p: Planned, tone: Stage) -> bool:
    return p.advanced and p.stage is not None and p.stage.name == tone.name


def record_lines(letter: Letter) -> list[dict]:
    """The letter's structured content as the letter record keeps it (amounts as decimal strings)."""
    def s(v: Decimal) -> str:
        return f"{v:f}"
    out = []
    for ll in (*letter.claimed, *letter.announced):
        out.append({"invoice_id": ll.invoice_id, "number": ll.number, "due_on": ll.due_on.isoformat(),
                    "days_late": (letter.today - ll.due_on).days, "role": ll.role, "stage": ll.stage,
                    "principal": s(ll.principal), "penalties": s(ll.penalties), "indemnity": s(ll.indemnity)})
    return sorted(out, key=lambda x: (x["role"] != CLAIMED, x["due_on"], x["invoice_id"]))


def standing(invoices: list[Invoice], policy: Policy, jurisdiction: str, kind: str, today: date) -> Statement:
    """What the debtor owes today, as its last letter put it: each open invoice at the stage it has reached
    (the debtor's page, the transfer page and its QR read this; on a letter's day it equals the letter)."""
    items = []
    owed = [i for i in invoices if i.snapshot and i.snapshot.due_on and i.status == "open" and i.amount_due > 0]
    for inv in sorted(owed, key=lambda i: (due_on(i), i.id)):
        c = inv.collection
        if c.state in (PROMISED, PAUSED, DISPUTED, HANDED_OFF):
            role = "held"  # shown, not asked: a person (or the agency) has the file
        else:
            role = CLAIMED if today > due_on(inv) else UPCOMING
        st = stage_named(policy, c.stage)
        items.append(item(inv, role, st.template_name if st and role == CLAIMED else None, c.notice_on))
    return statement(jurisdiction, kind, items, today)
