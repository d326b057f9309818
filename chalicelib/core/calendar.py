"""Send windows: when a reminder may go out, in the debtor's local time and country.

Pure: no clock reads. Instants must be tz-aware; results are in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

# Far enough for any real window (a year of holidays cannot block more), short enough to fail fast.
_SEARCH_DAYS = 400


@dataclass(frozen=True)
class SendWindow:
    start: time = time(9, 0)
    end: time = time(17, 0)  # exclusive
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError("window start must be before its end (no windows across midnight)")
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError("window weekdays must be a non-empty subset of 0..6")


DEFAULT_WINDOW = SendWindow()


def _aware(instant: datetime) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("instant must be timezone-aware")
    return instant


@lru_cache(maxsize=512)
def _holidays(country: str, year: int) -> frozenset[date]:
    import holidays  # ~35 ms: loaded on the first date checked, not at cold start

    # "GB-SCT" style codes select a subdivision; plain "GB" gives only UK-wide holidays.
    code, _, subdiv = country.strip().upper().partition("-")
    if not code:
        return frozenset()
    try:
        return frozenset(holidays.country_holidays(code, subdiv=subdiv or None, years=year))
    except NotImplementedError:  # unknown country or subdivision: weekends still apply
        return frozenset()


def is_holiday(d: date, country: str) -> bool:
    return d in _holidays(country or "", d.year)


def is_business_day(d: date, country: str) -> bool:
    return d.weekday() < 5 and not is_holiday(d, country)


def local_date(instant: datetime, tz: str) -> date:
    return _aware(instant).astimezone(ZoneInfo(tz)).date()


def _day_open(d: date, country: str, window: SendWindow) -> bool:
    return d.weekday() in window.weekdays and not is_holiday(d, country)


def is_sendable(instant: datetime, tz: str, country: str, window: SendWindow = DEFAULT_WINDOW) -> bool:
    local = _aware(instant).astimezone(ZoneInfo(tz))
    return _day_open(local.date(), country, window) and window.start <= local.time() < window.end


def _wall_time_instants(d: date, t: time, zone: ZoneInfo) -> list[datetime]:
    """UTC instants where the local clock reaches d t: both folds, plus the jump when it is skipped."""
    wall = datetime.combine(d, t)
    found = []
    for fold in (0, 1):
        utc = wall.replace(tzinfo=zone, fold=fold).astimezone(UTC)
        if utc.astimezone(zone).replace(tzinfo=None) == wall:
            found.append(utc)
    if not found:
        # d t falls in a spring-forward gap: the first instant past it is the transition itself.
        lo = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)  # local clock still before d t
        hi = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)  # local clock already after d t
        while hi - lo > timedelta(seconds=1):
            mid = lo + (hi - lo) / 2
            if mid.astimezone(zone).replace(tzinfo=None) >= wall:
                hi = mid
            else:
                lo = mid
        found.append(hi)
    return found


def next_send_instant(
    earliest: datetime, tz: str, country: str, window: SendWindow = DEFAULT_WINDOW
) -> datetime:
    """First instant >= earliest inside the window, as a UTC datetime (earliest itself if inside)."""
    earliest = _aware(earliest).astimezone(UTC)
    if is_sendable(earliest, tz, country, window):
        return earliest
    zone = ZoneInfo(tz)
    first_day = earliest.astimezone(zone).date()
    for offset in range(_SEARCH_DAYS):
        d = first_day + timedelta(days=offset)
        if not _day_open(d, country, window):
            continue
        # Around DST changes the window may open more than once (or at a jump): try each opening in order.
        for candidate in sorted(_wall_time_instants(d, window.start, zone)):
            if candidate >= earliest and is_sendable(candidate, tz, country, window):
                return candidate
    raise ValueError(f"no send instant within {_SEARCH_DAYS} days of {earliest.isoformat()}")


def add_business_days(d: date, n: int, country: str) -> date:
    """Move n business days (Mon-Fri, not a public holiday) forward, or back when n < 0."""
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d, country):
            remaining -= 1
    return d
