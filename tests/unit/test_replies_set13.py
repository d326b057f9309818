"""Kinds of phrasing from set 13's misses (after its first pass), each with a handwritten reply."""

from datetime import date

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from tests.unit.reply_mail import reply

WHEN = "Mon, 21 Dec 2026 12:15:00 +0100"


def test_a_transfer_just_made_is_paid_not_a_promise_for_today():
    u = reply("Je viens de vous faire un virement de 250 € ce midi pour la facture.", when=WHEN)
    assert (u.intent, u.paid_on) == ("paid", date(2026, 12, 21))


def test_a_part_just_paid_with_the_balance_vague_is_paid_for_the_firm():
    u = reply("Je viens de vous faire un virement de 400 € ce midi. Le solde suivra en janvier.", when=WHEN)
    assert (u.intent, u.paid_on) == ("paid", date(2026, 12, 21))
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_the_balance_sent_on_a_day_beside_a_part_paid_is_a_promise_for_the_firm():
    u = reply("Je viens de faire un virement de 500 €. Le solde, soit 780 €, partira le 20 janvier.", when=WHEN)
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 20))
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_one_invoice_paid_and_the_other_to_be_paid_on_a_day_is_a_promise():
    u = reply("We've paid F-2026-0041 today by bank transfer. The other one, F-2026-0042, will be paid on Friday 8th January.",
              when=WHEN, country="GB", tz="Europe/London")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 8))


def test_refusing_to_pay_the_rest_is_a_dispute():
    u = reply("J'ai payé la marchandise ; les 86,40 € qui restent, c'est le transport, et je ne le paierai pas.", when=WHEN)
    assert u.intent == "dispute"
