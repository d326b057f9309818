"""Kinds of phrasing from set 14's misses (after its first pass), each with a handwritten reply."""

from datetime import date

from tests.unit.reply_mail import reply

WHEN = "Tue, 08 Dec 2026 12:47:00 +0100"


def test_no_problem_is_no_negation():
    assert reply("Ok pas de souci je fais le virement vendredi.", when=WHEN).promise_date == date(2026, 12, 11)
    assert reply("No problem, I'll pay on Friday.", when=WHEN, country="GB").promise_date == date(2026, 12, 11)


def test_sous_huitaine_after_the_sum_due_is_a_date_not_a_reference():
    u = reply("Je m'engage à procéder au règlement de l'intégralité de la somme due sous huitaine.", when=WHEN)
    assert (u.intent, u.promise_date) == ("promise", date(2026, 12, 16))


def test_switching_off_the_reminders_is_an_unsubscribe_whatever_the_terms_said():
    u = reply("Nos factures sont réglées à 30 jours fin de mois. Merci de bien vouloir désactiver ces rappels automatiques.",
              when=WHEN)
    assert u.intent == "unsubscribe"


def test_a_transfer_just_made_in_english_is_paid():
    u = reply("I've just made the transfer now for the full €1,430.00.", when=WHEN, country="GB")
    assert (u.intent, u.paid_on) == ("paid", date(2026, 12, 8))


def test_set_to_release_on_a_run_is_a_promise():
    u = reply("Based on our terms it is set to release on our 1/4 ACH run.", when="Thu, 10 Dec 2026 11:05:00 -0500",
              country="US", tz="America/New_York")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 4))
