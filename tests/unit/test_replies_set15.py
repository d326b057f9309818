"""Kinds of phrasing from set 15's misses (after its first pass), each with a handwritten reply."""

from datetime import date

import pytest

from tests.unit.reply_mail import reply


def test_an_hour_is_not_a_day():
    u = reply("I am out of the office and will be back on Monday 4th January 2027. For anything urgent please call the "
              "office before 12 noon on Wednesday 23rd December.", when="Fri, 18 Dec 2026 16:31:00 +0000",
              country="GB", tz="Europe/London", auto_reply=True)
    assert (u.intent, u.return_date) == ("out_of_office", date(2027, 1, 4))


@pytest.mark.parametrize("body", [
    "Our office is closed for the Christmas holidays 21.12.2026 - 6.1.2027.",
    "Unser Büro ist vom 21.12.–6.1. geschlossen.",
])
def test_a_span_of_numeric_dates_ends_on_its_last_day_away(body):
    u = reply(body, when="Mon, 21 Dec 2026 09:01:00 +0100", country="FR", auto_reply=True)
    assert (u.intent, u.return_date) == ("out_of_office", date(2027, 1, 7))
