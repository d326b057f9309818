"""What a debtor owes on a day: the one computation the letter, its record, the debtor's page, the transfer
page and its QR code all read. Pure.

Each open invoice is a line: `claimed` (overdue: in the amount asked), `upcoming` (not yet due: shown apart,
never in the amount asked) or `held` (promised, paused or disputed: shown, not asked). A claimed line carries
late charges only once its stage claims them (firm reminder onwards); a consumer never pays the fixed
recovery sum, and in France only civil-code interest after a formal notice (legal.py decides).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from . import legal
from .policy import CHARGED_STAGES
from .rates import RateUnavailable

CLAIMED, UPCOMING, HELD = "claimed", "upcoming", "held"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Item:
    invoice_id: str
    number: str
    currency: str
    amount_due: Decimal
    due_on: date
    role: str  # claimed | upcoming | held
    stage: str | None = None  # template name of the stage the invoice has (or gets in this letter)
    notice_on: date | None = None  # its formal notice, for consumer interest
    issued_on: date | None = None
    total: Decimal | None = None


@dataclass(frozen=True)
class Line:
    item: Item
    days_late: int
    penalties: Decimal
    indemnity: Decimal
    rate_basis: str | None  # legal.py's wording (English, with periods); the letter translates it

    @property
    def principal(self) -> Decimal:
        return self.item.amount_due

    @property
    def claimed(self) -> Decimal:
        return self.principal + self.penalties + self.indemnity if self.item.role == CLAIMED else ZERO

    def __getattr__(self, name):  # the item's fields read as the line's
        return getattr(self.item, name)


@dataclass(frozen=True)
class Total:
    currency: str
    principal: Decimal
    penalties: Decimal
    indemnity: Decimal

    @property
    def claimed(self) -> Decimal:
        return self.principal + self.penalties + self.indemnity


@dataclass(frozen=True)
class Statement:
    lines: tuple[Line, ...]
    stale: bool  # a rate used may be out of date (the firm is told; the debtor's letter is unchanged)

    def of(self, role: str) -> tuple[Line, ...]:
        return tuple(ln for ln in self.lines if ln.item.role == role)

    def totals(self, role: str = CLAIMED) -> tuple[Total, ...]:
        return totals_of(self.of(role))

    @property
    def total_claimed(self) -> dict[str, Decimal]:
        return {t.currency: t.claimed for t in self.totals(CLAIMED)}


def totals_of(lines) -> tuple[Total, ...]:
    """One total per currency over any lines with currency, principal, penalties and indemnity."""
    out = []
    for cur in sorted({ln.currency for ln in lines}):
        mine = [ln for ln in lines if ln.currency == cur]
        out.append(Total(cur, sum((ln.principal for ln in mine), ZERO), sum((ln.penalties for ln in mine), ZERO),
                         sum((ln.indemnity for ln in mine), ZERO)))
    return tuple(out)


def statement(jurisdiction: str, kind: str, items: list[Item], today: date) -> Statement:
    lines, stale = [], False
    for it in items:
        days = max((today - it.due_on).days, 0)
        penalties = indemnity = ZERO
        basis = None
        if it.role == CLAIMED and it.stage in CHARGED_STAGES and days > 0:
            try:
                late = legal.late_amounts(jurisdiction, kind, [legal.LateInvoice(it.number, it.amount_due,
                                                                                 it.currency, it.due_on)],
                                          as_of=today, notice_on=it.notice_on)
            except RateUnavailable:  # no rate for these dates: claim only what is certain
                late = None
            if late:
                ln = late.lines[0]
                penalties, indemnity, basis, stale = ln.interest, ln.fixed_fee, ln.basis, stale or late.stale
                basis = basis if penalties else None
        lines.append(Line(it, days, penalties, indemnity, basis))
    return Statement(tuple(lines), stale)
