"""Kinds of phrasing learnt from set 3's misses, each checked on sentences written here (not the set's).

The mail is dated Monday 3 November 2025, Paris. `auto` says whether Relance may act on its own.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand
from chalicelib.core.replies.dates import find_dates

HEAD = "From: Jean <jean@martin.fr>\nTo: r+tok@reply.example\nSubject: Re: Relance facture F-2025-0042\n"
HEAD += "Date: Mon, 03 Nov 2025 14:12:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
TODAY = date(2025, 11, 3)


def read(body, country="FR"):
    return understand(parse_mail((HEAD + body).encode()), tz="Europe/Paris", country=country,
                      known_invoice_numbers=("F-2025-0042",))


def auto(u):
    return u.confidence >= AUTO_ACT_CONFIDENCE


@pytest.mark.parametrize(
    "text, value",
    [
        ("on paie dans quinze jours", date(2025, 11, 17)),  # two weeks, not 15 days
        ("wir zahlen nächste Woche Donnerstag", date(2025, 11, 13)),
        ("we pay next week, Tuesday", date(2025, 11, 11)),
        ("die Überweisung kommt diese Woche noch", date(2025, 11, 7)),
        ("pago entro la fine della settimana", date(2025, 11, 7)),
        ("sent about 20 mins ago", date(2025, 11, 3)),
        ("pagato adesso", date(2025, 11, 3)),
        ("from Thursday, November 20 on", date(2025, 11, 20)),  # a weekday before a month-first date is one date
    ],
)
def test_date_phrasings(text, value):
    found = find_dates(text, TODAY, country="US" if "November 20" in text else "FR")
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize(
    "body, back",
    [
        ("Je suis absent du bureau jusqu'au vendredi 7 novembre inclus.", date(2025, 11, 10)),  # Saturday -> Monday
        ("I am out of the office through Friday, November 14.", date(2025, 11, 17)),
        ("Sono in ferie fino a mercoledì 12 novembre.", date(2025, 11, 13)),  # a named weekday is the last day away
        ("I'm on leave until Monday 10 November.", date(2025, 11, 10)),  # back on the Monday
        ("Ich bin bis zum 9.11. im Urlaub.", date(2025, 11, 10)),  # a Sunday: back on Monday
        ("Nuestra oficina está cerrada los días 4 y 5. Volveremos el jueves 6 de noviembre.", date(2025, 11, 6)),
        ("Je suis absente jusqu'au 12 novembre.", date(2025, 11, 12)),  # a bare date: as written
    ],
)
def test_return_dates_are_the_first_working_day_back(body, back):
    u = read(body)
    assert (u.intent, u.return_date) == ("out_of_office", back)
