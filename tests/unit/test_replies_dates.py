"""Date phrases resolved from the mail's own date in the debtor's zone."""

from datetime import UTC, date, datetime

import pytest

from chalicelib.core.replies.dates import end_of_month, find_dates, local_today

MON = date(2025, 11, 3)  # a Monday


def first(text, today=MON, country="FR", direction="future"):
    found = find_dates(text, today, country=country, direction=direction)
    return found[0].value if found else None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("je paierai le 15", date(2025, 11, 15)),
        ("le 15 décembre", date(2025, 12, 15)),
        ("le 15 decembre", date(2025, 12, 15)),
        ("le 1er décembre", date(2025, 12, 1)),
        ("le 10/12", date(2025, 12, 10)),
        ("le 10/12/2025", date(2025, 12, 10)),
        ("fin de mois", date(2025, 11, 30)),
        ("fin du mois", date(2025, 11, 30)),
        ("end of month", date(2025, 11, 30)),
        ("fin décembre", date(2025, 12, 31)),
        ("vendredi prochain", date(2025, 11, 7)),
        ("next Friday", date(2025, 11, 7)),
        ("vendredi", date(2025, 11, 7)),
        ("sous huitaine", date(2025, 11, 11)),
        ("sous quinzaine", date(2025, 11, 18)),
        ("demain", date(2025, 11, 4)),
        ("tomorrow", date(2025, 11, 4)),
        ("après-demain", date(2025, 11, 5)),
        ("la semaine prochaine", date(2025, 11, 14)),  # Friday of next week (documented)
        ("next week", date(2025, 11, 14)),
        ("cette semaine", date(2025, 11, 7)),
        ("le mois prochain", date(2025, 12, 31)),
        ("dans 10 jours", date(2025, 11, 13)),
        ("in 10 days", date(2025, 11, 13)),
        ("dans deux semaines", date(2025, 11, 17)),
        ("avant le 20", date(2025, 11, 20)),
        ("d'ici le 20", date(2025, 11, 20)),
        ("by the 20th", date(2025, 11, 20)),
        ("on December 5th", date(2025, 12, 5)),
        ("Dec. 12", date(2025, 12, 12)),
        ("mid-December", date(2025, 12, 15)),
        ("2025-12-01", date(2025, 12, 1)),
    ],
)
def test_future_phrases(text, expected):
    assert first(text) == expected


def test_day_only_rolls_to_next_month_and_skips_short_months():
    assert first("le 2", today=date(2025, 11, 26)) == date(2025, 12, 2)
    assert first("le 31", today=date(2025, 11, 3)) == date(2025, 12, 31)
    assert first("le 30", today=date(2026, 1, 31)) == date(2026, 3, 30)  # no 30 February


def test_year_rollover():
    dec30 = date(2025, 12, 30)
    assert first("le 5 janvier", today=dec30) == date(2026, 1, 5)
    assert first("le 05/01", today=dec30) == date(2026, 1, 5)
    assert first("le 2", today=dec30) == date(2026, 1, 2)
    assert first("fin de mois", today=dec30) == date(2025, 12, 31)
    assert first("fin de mois", today=date(2025, 12, 31)) == date(2026, 1, 31)
    assert first("next week", today=dec30) == date(2026, 1, 9)


def test_end_of_month_on_the_last_day_is_next_month():
    assert end_of_month(date(2025, 10, 31)) == date(2025, 11, 30)
    assert end_of_month(date(2026, 2, 27)) == date(2026, 2, 28)
    assert end_of_month(date(2028, 2, 29)) == date(2028, 3, 31)


def test_recent_past_day_month_stays_in_the_past():
    # written on 20 December: "le 10 décembre" is a past date, not next year's
    assert first("le 10 décembre", today=date(2025, 12, 20)) == date(2025, 12, 10)


def test_day_and_month_order_per_country():
    assert first("le 10/12", country="FR") == date(2025, 12, 10)
    assert first("on 12/10", country="US") == date(2025, 12, 10)
    assert first("on 10/12", country="US") == date(2025, 10, 12)
    assert first("on 10/12", country="GB") == date(2025, 12, 10)
    assert first("le 13/25") is None  # no 25th month in any order


def test_past_direction_for_payments_already_made():
    assert first("le virement a été fait le 3", today=date(2025, 11, 26), direction="past") == date(
        2025, 11, 3
    )
    assert first("fait le 28", today=date(2025, 11, 3), direction="past") == date(2025, 10, 28)
    assert first("hier", direction="past") == date(2025, 11, 2)
    assert first("yesterday", direction="past") == date(2025, 11, 2)
    assert first("lundi dernier") == date(2025, 10, 27)
    assert first("last Friday") == date(2025, 10, 31)
    assert first("payé le 28 décembre", today=date(2026, 1, 3), direction="past") == date(2025, 12, 28)


def test_words_that_look_like_dates_are_not():
    assert find_dates("Je vous remercie. We will see.", MON) == []
    assert find_dates("Je règle 12.50 € pour 3 fois rien", MON) == []
    assert first("Je vous règle 12.50 € le 20") == date(2025, 11, 20)


def test_reference_dates_are_flagged():
    found = find_dates("suite à votre facture du 3 novembre, je paierai le 30", MON)
    assert [(f.value, f.reference) for f in found] == [(date(2025, 11, 3), True), (date(2025, 11, 30), False)]


def test_local_today_uses_the_debtor_zone_across_dst():
    # DST starts in Paris on 30 March 2025 at 01:00 UTC: 23:30 UTC the day before is already the 30th
    assert local_today(datetime(2025, 3, 29, 23, 30, tzinfo=UTC), "Europe/Paris") == date(2025, 3, 30)
    # New York fell back on 2 November 2025: 03:00 UTC on the 3rd is 22:00 on the 2nd
    assert local_today(datetime(2025, 11, 3, 3, 0, tzinfo=UTC), "America/New_York") == date(2025, 11, 2)
    # late October, Paris is back to UTC+1: 23:30 UTC on the 26th is the 27th
    assert local_today(datetime(2025, 10, 26, 23, 30, tzinfo=UTC), "Europe/Paris") == date(2025, 10, 27)
    assert local_today(datetime(2025, 11, 3, 12, 0), "Not/AZone") == date(2025, 11, 3)
    assert local_today(None, "Europe/Paris") is None


def test_tomorrow_across_dst_boundary():
    today = local_today(datetime(2025, 3, 29, 23, 30, tzinfo=UTC), "Europe/Paris")
    assert first("demain", today=today) == date(2025, 3, 31)


def test_dateparser_fallback_sees_what_the_rules_miss():
    assert first("December the 15th, 2025") == date(2025, 12, 15)
