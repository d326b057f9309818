"""Statutory late-payment interest and fixed recovery sums.

Simple interest, actual days / 365, from the day after the due date up to and including as_of.
Reference rates come from dated data (rates.py); only the statutory margins and fixed sums live here,
next to the text that sets them. Money is Decimal, rounded half-up to cents once per invoice line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from chalicelib.core.rates import PER_SEMESTER, REFERENCE, Need, RateEntry, RateGap, RateSeries, gaps, series

BUSINESS = "business"
CONSUMER = "consumer"

CENT = Decimal("0.01")
DAYS_PER_YEAR = Decimal(365)

# Directive 2011/7/EU applies across the EU and the EEA. France and the UK have their own rules below.
EU_EEA = frozenset(
    "AT BE BG HR CY CZ DK EE FI DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split()
)

FR_MARGIN = Decimal(10)  # Code de commerce L441-10: ECB refinancing rate + 10 points
FR_CONTRACT_FLOOR = Decimal(3)  # L441-10: a contractual rate is at least 3 x the legal interest rate
FR_FEE = Decimal(40)  # D441-5, EUR, per late invoice
EU_MARGIN = Decimal(8)  # Directive 2011/7/EU art. 2(6) and 3 (between undertakings)
EU_FEE = Decimal(40)  # Directive 2011/7/EU art. 6, EUR
GB_MARGIN = Decimal(8)  # Late Payment of Commercial Debts (Interest) Act 1998, reference rate + 8
# Same Act, s. 5A: fixed sum by size of the debt (lower bound of the band, sum), GBP.
GB_FEE_BANDS = ((Decimal(10000), Decimal(100)), (Decimal(1000), Decimal(70)), (Decimal(0), Decimal(40)))


@dataclass(frozen=True)
class LateInvoice:
    number: str
    amount_due: Decimal
    currency: str
    due_on: date


@dataclass(frozen=True)
class LateLine:
    number: str
    currency: str
    principal: Decimal
    days_late: int
    annual_rate: Decimal | None  # percent per year in force on as_of; None when no interest runs
    interest: Decimal
    fixed_fee: Decimal
    basis: str  # e.g. "ECB MRO 2.15 % + 10 points"
    sources: tuple[str, ...]


@dataclass(frozen=True)
class LateAmounts:
    lines: tuple[LateLine, ...]
    total_principal: dict[str, Decimal]  # keyed by currency
    total_interest: dict[str, Decimal]
    total_fees: dict[str, Decimal]
    total: dict[str, Decimal]
    stale: bool  # a reference rate used may have changed since its series was last checked


@dataclass(frozen=True)
class _Segment:
    first: date
    last: date
    rate: Decimal  # percent per year
    label: str

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def _jurisdiction(code: str) -> str:
    code = code.strip().upper()
    return "GB" if code == "UK" else code


def _check_kind(debtor_kind: str) -> None:
    if debtor_kind not in (BUSINESS, CONSUMER):
        raise ValueError(f"debtor_kind must be {BUSINESS!r} or {CONSUMER!r}, not {debtor_kind!r}")


def _check_decimal(name: str, value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise TypeError(f"{name} must be a finite Decimal, not {value!r}")


def _fmt(rate: Decimal) -> str:
    return f"{rate.quantize(CENT)} %"


def _semesters(after: date, until: date) -> Iterator[tuple[date, date, date]]:
    """(semester start, first day, last day) for each half-year slice of the days after..until."""
    first = after + timedelta(days=1)
    while first <= until:
        start = date(first.year, 1 if first.month <= 6 else 7, 1)
        end = date(first.year, 6, 30) if start.month == 1 else date(first.year, 12, 31)
        last = min(end, until)
        yield start, first, last
        first = last + timedelta(days=1)


class _Rule:
    """One invoice line's rate per semester; collects the sources and series it consulted."""

    def __init__(self) -> None:
        self.sources: list[str] = []
        self.used: set[RateSeries] = set()
        self.why_none = "no statutory late interest"

    def rate(self, key: str, on: date) -> RateEntry:
        s = series(key)
        entry = s.in_force(on)
        self.used.add(s)
        if entry.source not in self.sources:
            self.sources.append(entry.source)
        return entry

    def published(self, key: str, start: date) -> RateEntry:
        """The figure set for the half-year starting on `start` (a per-semester series)."""
        s = series(key)
        entry = s.published_for(start)
        self.used.add(s)
        if entry.source not in self.sources:
            self.sources.append(entry.source)
        return entry

    def cite(self, *texts: str) -> None:
        self.sources.extend(t for t in texts if t not in self.sources)


def _same_day(semester_start: date) -> date:
    return semester_start


def _day_before(semester_start: date) -> date:
    return semester_start - timedelta(days=1)


def _reference_plus_margin(
    rule: _Rule,
    key: str,
    label: str,
    margin: Decimal,
    ref_day: Callable[[date], date],
    after: date,
    until: date,
) -> list[_Segment]:
    segments = []
    for start, first, last in _semesters(after, until):
        ref = rule.rate(key, ref_day(start))
        segments.append(
            _Segment(first, last, ref.rate + margin, f"{label} {_fmt(ref.rate)} + {margin} points")
        )
    return segments


def _contract(rate: Decimal, after: date, until: date) -> list[_Segment]:
    return (
        [_Segment(after + timedelta(days=1), until, rate, f"contract rate {_fmt(rate)}")]
        if after < until
        else []
    )


def _fr_business(rule: _Rule, contract_rate: Decimal | None, after: date, until: date) -> list[_Segment]:
    rule.cite("Code de commerce, art. L441-10")
    if contract_rate is None:
        return _reference_plus_margin(rule, "ecb_mro", "ECB MRO", FR_MARGIN, _same_day, after, until)
    segments = []
    for start, first, last in _semesters(after, until):
        legal = rule.published("fr_legal_pro", start).rate
        floor = FR_CONTRACT_FLOOR * legal
        if contract_rate >= floor:
            segments.append(_Segment(first, last, contract_rate, f"contract rate {_fmt(contract_rate)}"))
        else:
            label = f"contract rate {_fmt(contract_rate)} raised to 3 x legal rate {_fmt(legal)}"
            segments.append(_Segment(first, last, floor, label))
    return segments


def _fr_consumer(rule: _Rule, notice_on: date | None, due_on: date, until: date) -> list[_Segment]:
    # Against a consumer, interest runs only after a formal notice (Code civil 1231-6), at the legal
    # rate for a professional creditor.
    if notice_on is None:
        rule.why_none = "no interest before a formal notice"
        return []
    rule.cite("Code civil, art. 1231-6")
    segments = []
    for start, first, last in _semesters(max(due_on, notice_on), until):
        legal = rule.published("fr_legal_pro", start).rate
        segments.append(_Segment(first, last, legal, f"legal rate {_fmt(legal)} after notice of {notice_on}"))
    return segments


def _segments(
    rule: _Rule,
    jurisdiction: str,
    debtor_kind: str,
    due_on: date,
    as_of: date,
    contract_rate: Decimal | None,
    notice_on: date | None,
) -> list[_Segment]:
    if jurisdiction == "FR":
        if debtor_kind == CONSUMER:
            return _fr_consumer(rule, notice_on, due_on, as_of)
        return _fr_business(rule, contract_rate, due_on, as_of)
    if jurisdiction in ("GB", *EU_EEA):
        if debtor_kind == CONSUMER:
            rule.why_none = "no statutory late interest for consumers"
            return []
        if contract_rate is not None:  # an agreed rate replaces the statutory one
            return _contract(contract_rate, due_on, as_of)
        if jurisdiction == "GB":
            rule.cite("Late Payment of Commercial Debts (Interest) Act 1998")
            # Reference rate: Bank Rate on 31 December for January-June, on 30 June for July-December.
            return _reference_plus_margin(
                rule, "boe_base", "Bank Rate", GB_MARGIN, _day_before, due_on, as_of
            )
        rule.cite("Directive 2011/7/EU, art. 2 and 3")
        return _reference_plus_margin(rule, "ecb_mro", "ECB MRO", EU_MARGIN, _same_day, due_on, as_of)
    # No statutory late interest: only what the contract says.
    return _contract(contract_rate, due_on, as_of) if contract_rate is not None else []


def _statutory_fee(jurisdiction: str, debtor_kind: str, principal: Decimal) -> tuple[Decimal, str, str]:
    """(sum, its currency, legal basis); zero when none is due."""
    if debtor_kind == CONSUMER:
        return Decimal(0), "", ""
    if jurisdiction == "FR":
        return FR_FEE, "EUR", "Code de commerce, art. D441-5"
    if jurisdiction == "GB":
        fee = next(fee for floor, fee in GB_FEE_BANDS if principal >= floor)
        return fee, "GBP", "Late Payment of Commercial Debts (Interest) Act 1998, s. 5A"
    if jurisdiction in EU_EEA:
        return EU_FEE, "EUR", "Directive 2011/7/EU, art. 6"
    return Decimal(0), "", ""


def fixed_fee(jurisdiction: str, debtor_kind: str, principal: Decimal, currency: str) -> Decimal:
    """Fixed recovery sum for one late invoice, in its currency.

    The sums are set in EUR or GBP; there is no FX conversion in the core, so an invoice in another
    currency gets 0 here (the caller may claim the converted sum by hand).
    """
    _check_kind(debtor_kind)
    _check_decimal("principal", principal)
    fee, fee_currency, _ = _statutory_fee(_jurisdiction(jurisdiction), debtor_kind, principal)
    return fee if fee and currency.upper() == fee_currency else Decimal(0)


def _line(
    inv: LateInvoice,
    jurisdiction: str,
    debtor_kind: str,
    as_of: date,
    contract_rate: Decimal | None,
    notice_on: date | None,
) -> tuple[LateLine, set[RateSeries]]:
    _check_decimal("amount_due", inv.amount_due)
    currency = inv.currency.upper()
    days_late = max((as_of - inv.due_on).days, 0)
    if days_late == 0 or inv.amount_due <= 0:
        zero = Decimal("0.00")
        why = "not late" if days_late == 0 else "nothing due"
        return LateLine(inv.number, currency, inv.amount_due, days_late, None, zero, zero, why, ()), set()

    rule = _Rule()
    segments = _segments(rule, jurisdiction, debtor_kind, inv.due_on, as_of, contract_rate, notice_on)
    # Sum exactly, divide once, round once.
    rate_days = sum((s.rate * s.days for s in segments), Decimal(0))
    interest = (inv.amount_due * rate_days / (100 * DAYS_PER_YEAR)).quantize(CENT, rounding=ROUND_HALF_UP)

    fee, fee_currency, fee_basis = _statutory_fee(jurisdiction, debtor_kind, inv.amount_due)
    parts = [
        s.label if len(segments) == 1 else f"{s.label} ({s.first} to {s.last}, {s.days} d)" for s in segments
    ]
    if not segments:
        parts.append(rule.why_none)
    if fee and currency == fee_currency:
        rule.cite(fee_basis)
    elif fee:
        parts.append(f"fixed sum {fee_currency} {fee} not converted to {currency}")
        fee = Decimal(0)

    line = LateLine(
        number=inv.number,
        currency=currency,
        principal=inv.amount_due,
        days_late=days_late,
        annual_rate=segments[-1].rate if segments else None,
        interest=interest,
        fixed_fee=fee.quantize(CENT),
        basis="; ".join(parts),
        sources=tuple(rule.sources),
    )
    return line, rule.used


def late_amounts(
    jurisdiction: str,
    debtor_kind: str,
    invoices: Sequence[LateInvoice],
    as_of: date,
    contract_rate: Decimal | None = None,
    notice_on: date | None = None,
) -> LateAmounts:
    """Interest and fixed sums owed on late invoices as of a day, per invoice and per currency.

    contract_rate is percent per year (Decimal("12.5")). notice_on is the day a formal notice was
    sent; it matters for French consumers only (interest from the day after it). Raises
    RateUnavailable if a needed rate predates the data.
    """
    _check_kind(debtor_kind)
    if contract_rate is not None:
        _check_decimal("contract_rate", contract_rate)
    jurisdiction = _jurisdiction(jurisdiction)

    lines, used = [], set()
    for inv in invoices:
        line, line_used = _line(inv, jurisdiction, debtor_kind, as_of, contract_rate, notice_on)
        lines.append(line)
        used |= line_used

    def by_currency(field: str) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = {}
        for line in lines:
            totals[line.currency] = totals.get(line.currency, Decimal("0.00")) + getattr(line, field)
        return totals

    principal, interest, fees = by_currency("principal"), by_currency("interest"), by_currency("fixed_fee")
    total = {c: principal[c] + interest[c] + fees[c] for c in principal}
    return LateAmounts(
        lines=tuple(lines),
        total_principal=principal,
        total_interest=interest,
        total_fees=fees,
        total=total,
        stale=any(s.is_stale(as_of) for s in used),
    )


def rate_gaps(jurisdiction: str, on: date, table: dict[str, RateSeries] | None = None) -> tuple[RateGap, ...]:
    """Figures this jurisdiction's amounts read for the day's half-year that the rates table lacks."""
    jurisdiction = _jurisdiction(jurisdiction)
    if jurisdiction == "FR":  # penalty: ECB on 1 January / 1 July; floor and consumers: the legal rate
        needs: tuple[Need, ...] = (Need("ecb_mro", REFERENCE), Need("fr_legal_pro", PER_SEMESTER),
                 Need("fr_legal_consumer", PER_SEMESTER))
    elif jurisdiction == "GB":  # Bank Rate on 31 December / 30 June
        needs = (Need("boe_base", REFERENCE, days_before_start=1),)
    elif jurisdiction in EU_EEA:
        needs = (Need("ecb_mro", REFERENCE),)
    else:
        needs = ()
    return gaps(needs, on, table)
