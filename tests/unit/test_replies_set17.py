"""Kinds of phrasing from set 17's misses (after its first pass), each with a handwritten reply."""

from datetime import date

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from tests.unit.reply_mail import reply


def test_a_transfer_leaving_today_is_never_an_automatic_promise():
    u = reply("La facture est validée. Le virement part ce jour, dans notre campagne de paiement du mercredi.",
              when="Wed, 16 Dec 2026 11:55:00 +0100")
    assert u.intent == "paid" or u.confidence < AUTO_ACT_CONFIDENCE
    assert reply("Le virement part ce jour.", when="Wed, 16 Dec 2026 11:55:00 +0100").paid_on == date(2026, 12, 16)


def test_a_cheque_dropped_off_or_mailed_on_a_day_is_a_promise():
    u = reply("Je ne fais pas de virement par internet, je passerai déposer un chèque mardi.", when="Thu, 14 Jan 2027 18:20:00 +0100")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 19))
    u = reply("I do not use the computer to pay bills. I will put a check in the mail Monday.",
              when="Thu, 07 Jan 2027 10:20:00 -0500", country="US", tz="America/New_York")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 11))


def test_the_second_tuesday_of_a_month_is_a_day():
    u = reply("Our next supplier run is the second Tuesday of January; your invoice will be paid in it.",
              when="Wed, 16 Dec 2026 10:30:00 +0000", country="GB", tz="Europe/London")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 12))
