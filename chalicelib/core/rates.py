"""Dated reference rates (chalicelib/data/rates.json): which rate was in force on a given day."""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

RATES_FILE = Path(__file__).resolve().parent.parent / "data" / "rates.json"

# Past this many days after a series was last checked, a rate in force may have changed unseen.
STALE_AFTER_DAYS = 200


class RateUnavailable(LookupError):
    """No entry of the series covers the requested date."""


@dataclass(frozen=True)
class RateEntry:
    start: date
    rate: Decimal  # percent per year
    source: str


@dataclass(frozen=True)
class RateSeries:
    key: str
    name: str
    unit: str
    publisher: str
    last_checked: date
    entries: tuple[RateEntry, ...]  # sorted by start

    def in_force(self, on: date) -> RateEntry:
        # The last entry stays in force after the end of the data: that is what "in force" means.
        i = bisect.bisect_right([e.start for e in self.entries], on) - 1
        if i < 0:
            raise RateUnavailable(f"{self.key}: no rate before {self.entries[0].start.isoformat()}")
        return self.entries[i]

    def published_for(self, start: date) -> RateEntry:
        """A figure set for one period (the French legal rate, per half-year): the entry starting on its first
        day, never the previous period's carried on; missing, no amount is claimed on it."""
        for e in self.entries:
            if e.start == start:
                return e
        raise RateUnavailable(f"{self.key}: no figure published for the period from {start.isoformat()}")

    def is_stale(self, as_of: date) -> bool:
        return as_of > self.last_checked + timedelta(days=STALE_AFTER_DAYS)


def _parse_series(key: str, raw: dict) -> RateSeries:
    entries = []
    for item in raw["entries"]:
        if not isinstance(item["rate"], str):  # a JSON number would be read through a float
            raise ValueError(f"{key}: rates must be strings, got {item['rate']!r}")
        if not item.get("source"):
            raise ValueError(f"{key}: entry {item['from']} has no source")
        entries.append(RateEntry(date.fromisoformat(item["from"]), Decimal(item["rate"]), item["source"]))
    starts = [e.start for e in entries]
    if not entries or starts != sorted(set(starts)):
        raise ValueError(f"{key}: entries must be non-empty, dated and in increasing order")
    return RateSeries(
        key=key,
        name=raw["name"],
        unit=raw["unit"],
        publisher=raw["publisher"],
        last_checked=date.fromisoformat(raw["last_checked"]),
        entries=tuple(entries),
    )


def load_rates(path: Path = RATES_FILE) -> dict[str, RateSeries]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: _parse_series(key, raw) for key, raw in data["series"].items()}


@cache
def _bundled() -> dict[str, RateSeries]:
    return load_rates()


def series(key: str) -> RateSeries:
    return _bundled()[key]


# --- Figures in force that the table lacks ---------------------------------------------------------

REFRESH_COMMAND = "make rates"

MISSING = "missing"  # a figure in force on the day is not in the table
STALE = "stale"  # the series was last checked more than STALE_AFTER_DAYS ago

PER_SEMESTER = "per_semester"  # a new figure is published for every half-year (French legal rate)
REFERENCE = "reference"  # the figure in force on one day of the half-year (ECB, Bank Rate)


@dataclass(frozen=True)
class Need:
    """A figure a jurisdiction's amounts read in each half-year."""

    key: str
    kind: str  # PER_SEMESTER or REFERENCE
    days_before_start: int = 0  # REFERENCE: read on the half-year's first day minus this many days


@dataclass(frozen=True)
class RateGap:
    key: str  # the series in rates.json
    problem: str  # MISSING or STALE
    year: int  # the half-year the figure is for
    half: int  # 1 (January-June) or 2 (July-December)
    needed_on: date  # the day the figure must be in force on
    last_checked: date


def half_year(on: date) -> tuple[int, int, date]:
    """(year, half, first day) of the half-year that contains the day."""
    half = 1 if on.month <= 6 else 2
    return on.year, half, date(on.year, 1 if half == 1 else 7, 1)


def gaps(needs: tuple[Need, ...], on: date, table: dict[str, RateSeries] | None = None) -> tuple[RateGap, ...]:
    """Which figures in force on the day the table lacks (at most one gap per series, missing first).

    PER_SEMESTER: missing unless an entry starts on the half-year's first day.
    REFERENCE: missing if the series was last checked before the reference day (a change could be unseen).
    Either: stale if last checked more than STALE_AFTER_DAYS before the day.
    """
    table = _bundled() if table is None else table
    year, half, start = half_year(on)
    found = []
    for need in needs:
        s = table[need.key]
        if need.kind == PER_SEMESTER:
            needed_on = start
            missing = all(e.start != start for e in s.entries)
        else:
            needed_on = start - timedelta(days=need.days_before_start)
            missing = s.last_checked < needed_on
        if missing or s.is_stale(on):
            found.append(RateGap(need.key, MISSING if missing else STALE, year, half, needed_on, s.last_checked))
    return tuple(found)
