"""Kinds of phrasing learnt from set 11's automatic actions on a wrong intent, each checked on sentences written here.

The mail is dated Friday 22 January 2027, London.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from tests.unit.reply_mail import reply


def read(body, country="GB"):
    return reply(body, when="Fri, 22 Jan 2027 10:12:00 +0000", country=country, tz="Europe/London")


@pytest.mark.parametrize(
    "body, paid_on",
    [
        ("Thanks for the reminder. I actually paid this by bank transfer on the 19th, so it may take a day to reach you.",
         date(2027, 1, 19)),
        ("Hi, paid this morning by bank transfer, sorry it slipped through.", date(2027, 1, 22)),
    ],
)
def test_payments_said_in_passing_are_paid(body, paid_on):
    u = read(body)
    assert (u.intent, u.paid_on) == ("paid", paid_on)


def test_a_part_payment_and_the_remaining_amount_dated_is_a_promise_for_the_firm():
    u = read("I've just paid £200 off this by bank transfer as a part payment. The remaining £285.60 will follow on Friday 29th.")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 29))
    assert u.confidence < AUTO_ACT_CONFIDENCE



@pytest.mark.parametrize(
    "body, country, back",
    [
        ("Je suis en congés jusqu'au 1er janvier inclus.", "FR", date(2027, 1, 4)),  # Sat 2, Sun 3: Monday
        ("Je suis absente jusqu'au 1er janvier.", "FR", date(2027, 1, 4)),  # back on New Year's Day: the next working day
        ("I'm out of the office until Thursday 24 December.", "GB", date(2026, 12, 28)),  # 25 closed, 26-27 a weekend
    ],
)
def test_back_on_christmas_or_new_years_day_is_back_the_next_working_day(body, country, back):
    u = reply(body, when="Mon, 21 Dec 2026 10:12:00 +0100", country=country, auto_reply=True)
    assert (u.intent, u.return_date) == ("out_of_office", back)


@pytest.mark.parametrize(
    "body, country, when, day",
    [
        ("ok, el viernes lo pago que hoy no me da la vida", "ES", "Wed, 09 Dec 2026 22:47:00 +0100", date(2026, 12, 11)),
        ("Mi era sfuggita con l'inventario di fine anno. Domattina faccio il bonifico.", "IT", "Tue, 19 Jan 2027 12:10:00 +0100",
         date(2027, 1, 20)),
    ],
)
def test_a_today_denied_is_no_date_and_domattina_is_tomorrow(body, country, when, day):
    u = reply(body, when=when, country=country)
    assert (u.intent, u.promise_date) == ("promise", day)
