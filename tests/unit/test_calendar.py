from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chalicelib.core.calendar import (
    DEFAULT_WINDOW,
    SendWindow,
    add_business_days,
    is_sendable,
    local_date,
    next_send_instant,
)

PARIS = "Europe/Paris"
EVERY_DAY = SendWindow(weekdays=frozenset(range(7)))


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(PARIS))


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_saturday_moves_to_monday_nine_local():
    got = next_send_instant(paris(2025, 3, 8, 11, 0), PARIS, "FR")  # Saturday
    assert got == paris(2025, 3, 10, 9, 0)
    assert got.tzinfo is UTC


def test_friday_evening_moves_to_monday_nine():
    assert next_send_instant(paris(2025, 3, 7, 18, 0), PARIS, "FR") == paris(2025, 3, 10, 9, 0)


def test_window_end_is_exclusive():
    assert is_sendable(paris(2025, 3, 7, 16, 59, 59), PARIS, "FR")
    assert not is_sendable(paris(2025, 3, 7, 17, 0), PARIS, "FR")
    assert next_send_instant(paris(2025, 3, 7, 17, 0), PARIS, "FR") == paris(2025, 3, 10, 9, 0)


def test_inside_window_is_returned_unchanged_in_utc():
    earliest = paris(2025, 3, 5, 10, 17, 3, 123)
    got = next_send_instant(earliest, PARIS, "FR")
    assert got == earliest
    assert got.tzinfo is UTC
    assert got == utc(2025, 3, 5, 9, 17, 3, 123)


def test_before_opening_waits_for_nine_same_day():
    assert next_send_instant(paris(2025, 3, 5, 6, 30), PARIS, "FR") == paris(2025, 3, 5, 9, 0)


@pytest.mark.parametrize(
    "earliest, expected",
    [
        (paris(2025, 5, 1, 8, 0), paris(2025, 5, 2, 9, 0)),  # 1 May (Thursday)
        (paris(2025, 7, 14, 10, 0), paris(2025, 7, 15, 9, 0)),  # 14 July (Monday)
        (paris(2025, 12, 24, 17, 30), paris(2025, 12, 26, 9, 0)),  # 25 Dec (Thursday)
        (paris(2025, 4, 18, 17, 30), paris(2025, 4, 22, 9, 0)),  # Easter Monday 21 April 2025
        (paris(2026, 4, 6, 9, 0), paris(2026, 4, 7, 9, 0)),  # Easter Monday 6 April 2026
    ],
)
def test_french_public_holidays_are_skipped(earliest, expected):
    assert not is_sendable(expected - timedelta(days=1), PARIS, "FR")
    assert next_send_instant(earliest, PARIS, "FR") == expected


def test_uk_bank_holidays():
    london = ZoneInfo("Europe/London")
    # Christmas 2026 is a Friday, Boxing Day a Saturday: the substitute day is Monday 28 December.
    got = next_send_instant(datetime(2026, 12, 24, 18, 0, tzinfo=london), "Europe/London", "GB")
    assert got == datetime(2026, 12, 29, 9, 0, tzinfo=london)
    # Good Friday 2025 (18 April) and the early May bank holiday (5 May).
    assert not is_sendable(datetime(2025, 4, 18, 10, tzinfo=london), "Europe/London", "GB")
    assert not is_sendable(datetime(2025, 5, 5, 10, tzinfo=london), "Europe/London", "GB")
    # Easter Monday is an English (not Scottish) bank holiday: it needs the subdivision.
    assert is_sendable(datetime(2025, 4, 21, 10, tzinfo=london), "Europe/London", "GB-SCT")
    assert not is_sendable(datetime(2025, 4, 21, 10, tzinfo=london), "Europe/London", "GB-ENG")


def test_us_thanksgiving():
    ny = ZoneInfo("America/New_York")
    got = next_send_instant(datetime(2025, 11, 26, 17, 0, tzinfo=ny), "America/New_York", "US")
    assert got == datetime(2025, 11, 28, 9, 0, tzinfo=ny)  # Thursday 27 Nov is Thanksgiving


def test_new_york_debtor_on_a_nine_utc_run():
    # 09:00 UTC is 04:00 in New York (EST, UTC-5): wait for 09:00 local = 14:00 UTC.
    got = next_send_instant(utc(2025, 11, 18, 9, 0), "America/New_York", "US")
    assert got == utc(2025, 11, 18, 14, 0)
    # In summer (EDT, UTC-4) the same local opening is 13:00 UTC.
    assert next_send_instant(utc(2025, 6, 17, 9, 0), "America/New_York", "US") == utc(2025, 6, 17, 13, 0)


def test_paris_dst_spring_forward():
    # Sunday 30 March 2025: 02:00 CET -> 03:00 CEST. Monday opening is 07:00 UTC, Friday's was 08:00.
    assert paris(2025, 3, 28, 9, 0) == utc(2025, 3, 28, 8, 0)
    assert next_send_instant(paris(2025, 3, 28, 18, 0), PARIS, "FR") == utc(2025, 3, 31, 7, 0)
    # Same day, with a window open on Sundays.
    assert next_send_instant(utc(2025, 3, 30, 0, 30), PARIS, "FR", EVERY_DAY) == utc(2025, 3, 30, 7, 0)


def test_paris_dst_fall_back():
    # Sunday 26 October 2025: 03:00 CEST -> 02:00 CET. Monday opening is 08:00 UTC.
    assert next_send_instant(paris(2025, 10, 24, 18, 0), PARIS, "FR") == utc(2025, 10, 27, 8, 0)
    assert next_send_instant(utc(2025, 10, 26, 0, 0), PARIS, "FR", EVERY_DAY) == utc(2025, 10, 26, 8, 0)


def test_window_opening_inside_the_skipped_hour():
    # 02:30 does not exist in Paris on 30 March 2025; the window opens when the clock jumps to 03:00.
    window = SendWindow(start=time(2, 30), weekdays=frozenset(range(7)))
    got = next_send_instant(utc(2025, 3, 30, 0, 0), PARIS, "FR", window)
    assert got == utc(2025, 3, 30, 1, 0)
    assert not is_sendable(got - timedelta(seconds=1), PARIS, "FR", window)


def test_window_opening_inside_the_repeated_hour():
    # 02:30 happens twice in Paris on 26 October 2025 (00:30 and 01:30 UTC); between them the clock
    # reads 02:00-02:30 CET again, which is before the window.
    window = SendWindow(start=time(2, 30), weekdays=frozenset(range(7)))
    assert next_send_instant(utc(2025, 10, 26, 0, 0), PARIS, "FR", window) == utc(2025, 10, 26, 0, 30)
    assert next_send_instant(utc(2025, 10, 26, 1, 10), PARIS, "FR", window) == utc(2025, 10, 26, 1, 30)


def test_unknown_country_has_weekends_but_no_holidays():
    got = next_send_instant(paris(2025, 12, 25, 10, 0), PARIS, "XX")
    assert got == paris(2025, 12, 25, 10, 0)
    assert next_send_instant(paris(2025, 12, 27, 10, 0), PARIS, "XX") == paris(2025, 12, 29, 9, 0)
    assert next_send_instant(paris(2025, 12, 27, 10, 0), PARIS, "") == paris(2025, 12, 29, 9, 0)


def test_naive_datetimes_are_rejected():
    with pytest.raises(ValueError):
        next_send_instant(datetime(2025, 3, 5, 10, 0), PARIS, "FR")
    with pytest.raises(ValueError):
        is_sendable(datetime(2025, 3, 5, 10, 0), PARIS, "FR")
    with pytest.raises(ValueError):
        local_date(datetime(2025, 3, 5, 10, 0), PARIS)


def test_invalid_windows_are_rejected():
    with pytest.raises(ValueError):
        SendWindow(start=time(17, 0), end=time(9, 0))
    with pytest.raises(ValueError):
        SendWindow(weekdays=frozenset())
    with pytest.raises(ValueError):
        SendWindow(weekdays=frozenset({7}))


def test_fixed_offset_input_is_accepted():
    earliest = datetime(2025, 3, 8, 11, 0, tzinfo=timezone(timedelta(hours=5)))
    assert next_send_instant(earliest, PARIS, "FR") == paris(2025, 3, 10, 9, 0)


def test_local_date():
    assert local_date(utc(2025, 3, 5, 23, 30), PARIS) == date(2025, 3, 6)
    assert local_date(utc(2025, 3, 5, 3, 30), "America/New_York") == date(2025, 3, 4)


def test_add_business_days():
    assert add_business_days(date(2025, 3, 7), 1, "FR") == date(2025, 3, 10)  # Fri -> Mon
    assert add_business_days(date(2025, 4, 30), 1, "FR") == date(2025, 5, 2)  # skips 1 May
    assert add_business_days(date(2025, 4, 30), 5, "FR") == date(2025, 5, 9)  # skips 1 and 8 May
    assert add_business_days(date(2025, 12, 24), 1, "GB") == date(2025, 12, 29)
    assert add_business_days(date(2025, 3, 10), -1, "FR") == date(2025, 3, 7)
    assert add_business_days(date(2025, 3, 8), 0, "FR") == date(2025, 3, 8)
    assert add_business_days(date(2025, 12, 24), 1, "XX") == date(2025, 12, 25)


ZONES = [PARIS, "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney"]
COUNTRIES = ["FR", "GB", "US", "DE", "JP", "AU", "XX"]


@settings(max_examples=300, deadline=None)
@given(
    earliest=st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
    ),
    tz=st.sampled_from(ZONES),
    country=st.sampled_from(COUNTRIES),
)
def test_next_send_instant_properties(earliest, tz, country):
    got = next_send_instant(earliest, tz, country)
    assert got.tzinfo is UTC
    assert got >= earliest
    assert is_sendable(got, tz, country)
    assert got - earliest <= timedelta(days=10)
    assert next_send_instant(got, tz, country) == got  # idempotent
    # Nothing earlier in between: one minute before is unsendable unless it is before earliest.
    before = got - timedelta(minutes=1)
    assert before < earliest or not is_sendable(before, tz, country, DEFAULT_WINDOW)
