"""Kinds of phrasing learnt from set 6's misses, each checked on sentences written here (not the set's).

The mail is dated Tuesday 17 November 2026, Paris, unless a test says otherwise. `auto` is whether Relance
may act on its own.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from chalicelib.core.replies.dates import find_dates
from tests.unit.reply_mail import reply

TODAY = date(2026, 11, 17)


def read(body, country="FR", when="Tue, 17 Nov 2026 10:12:00 +0100", auto_reply=False):
    return reply(body, when=when, country=country, auto_reply=auto_reply)


def day(text, country="FR", direction="future"):
    found = [f for f in find_dates(text, TODAY, country=country, direction=direction) if not f.reference]
    return found[0].value if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("paiement à J+10", date(2026, 11, 27)),
        ("versé le 16.11 depuis notre compte", date(2026, 11, 16)),
        ("dans une quinzaine", date(2026, 12, 1)),
        ("in a fortnight", date(2026, 12, 1)),
        ("within 72hrs", date(2026, 11, 20)),
        ("on Mon 23rd", date(2026, 11, 23)),
        ("by EOD tomorrow", date(2026, 11, 18)),
        ("COB Thursday", date(2026, 11, 19)),
        ("a week from today", date(2026, 11, 24)),
        ("Weds", date(2026, 11, 18)),
        ("jeudi en huit", date(2026, 11, 26)),
        ("Donnerstag in einer Woche", date(2026, 11, 26)),
        ("semaine 49", date(2026, 12, 4)),
        ("d'ici la fin d'année", date(2026, 12, 31)),
        ("ven 20", date(2026, 11, 20)),
        ("à compter du 24", date(2026, 11, 24)),
        ("il 1° dicembre", date(2026, 12, 1)),
        ("Ende nächster Woche", date(2026, 11, 27)),
        ("Freitag nächste Woche", date(2026, 11, 27)),
        ("heut früh", TODAY),
        ("payé tout à l'heure", TODAY),
        ("endéans les 10 jours", date(2026, 11, 27)),
    ],
)
def test_more_ways_of_writing_a_day(text, expected):
    assert day(text, direction="past" if "payé" in text or "versé" in text else "future") == expected


@pytest.mark.parametrize(
    "text",
    ["le 20 ou le 21", "the 3rd or the 4th", "la semaine du 14 décembre", "the week of December 14",
     "du lundi au vendredi, 9h-12h", "EUR 480.00", "le 12.50 €"],
)
def test_no_single_day_is_no_day(text):
    assert day(text) is None


def test_a_us_date_with_a_hyphen_is_month_first():
    assert day("we'll pay on 12-08", country="US") == date(2026, 12, 8)


def test_to_date_is_not_today():
    assert day("ce chèque n'a, à ce jour, pas été débité") is None


@pytest.mark.parametrize(
    "body, back",
    [
        ("L'atelier est fermé du lundi 23 au vendredi 27 novembre inclus.", date(2026, 11, 30)),
        ("Je suis absente du 23 au 25 novembre, je lirai vos messages à mon retour.", date(2026, 11, 26)),
        ("I am away from 23 to 26 November and will read mail when I am back.", date(2026, 11, 27)),
        ("Ich bin vom 23. bis 26. November nicht im Büro und ab dem Folgetag wieder da.", date(2026, 11, 27)),
        ("L'ufficio resterà chiuso da lunedì 21 dicembre a mercoledì 6 gennaio, riapriremo dopo.", date(2027, 1, 7)),
        ("Estaré fuera de la oficina hasta el viernes 20 de noviembre (incluido).", date(2026, 11, 23)),
    ],
)
def test_a_span_of_days_away_ends_on_its_last_day(body, back):
    u = read(body, auto_reply=True)
    assert (u.intent, u.return_date) == ("out_of_office", back)


def test_office_hours_in_an_auto_reply_are_not_the_return():
    u = read("Je suis absent jusqu'au lundi 30 novembre. Standard joignable du lundi au vendredi, 9h-12h.",
             auto_reply=True)
    assert u.return_date == date(2026, 11, 30)


@pytest.mark.parametrize(
    "body, when",
    [
        ("Vous êtes dans le virement groupé du 27, c'est validé.", date(2026, 11, 27)),
        ("Les deux factures figurent sur notre échéancier fournisseurs du 30/11.", date(2026, 11, 30)),
        ("La fattura sarà nella distinta di bonifici di venerdì.", date(2026, 11, 20)),
        ("La pagheremo con la RiBa del 30, come sempre.", date(2026, 11, 30)),
    ],
)
def test_a_payment_run_named_by_its_day_is_a_promise(body, when):
    u = read(body, country="IT" if "fattura" in body or "RiBa" in body else "FR")
    assert (u.intent, u.promise_date) == ("promise", when)


def test_the_rest_promised_beside_a_part_paid_is_a_promise_for_the_firm():
    u = read("Oggi ho fatto un bonifico di 300 € come acconto, il resto te lo mando giovedì.", country="IT")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 19))
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_a_german_it_goes_out_is_a_promise():
    u = read("Die erste ist bezahlt. Die zweite ist noch offen, die geht bis Ende nächster Woche raus.", country="DE")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 27))
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_you_will_have_your_money_is_a_promise():
    u = read("Bis Donnerstag hast du dein Geld, versprochen.", country="DE")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 19))


def test_a_future_passive_with_its_day_is_a_promise_not_a_payment():
    u = read("Je vous confirme que la facture sera réglée par virement jeudi prochain.")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 19))


def test_paid_by_a_day_ahead_is_a_promise():
    u = read("No se preocupen: antes del 25 está pagado.", country="ES")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 25))


def test_a_payment_reported_in_the_infinitive_is_paid():
    u = read("Mon client m'indique avoir réglé cette facture par chèque le 10 novembre. "
             "Dans le cas contraire, il procédera à un virement.")
    assert (u.intent, u.paid_on) == ("paid", date(2026, 11, 10))


def test_a_noun_then_done_is_paid():
    u = read("Virement de 1 240,00 € effectué ce jour. Pouvez-vous annuler les frais de relance ?")
    assert (u.intent, u.paid_on) == ("paid", TODAY)


def test_german_it_is_out_is_paid():
    assert read("Ist eben raus, sorry für die Verspätung.", country="DE").intent == "paid"


def test_german_typed_without_umlauts():
    u = read("kann erst uebermorgen zahlen, dann kommt das gehalt", country="DE")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 19))


@pytest.mark.parametrize(
    "body, country",
    [
        ("Je ne paierai rien tant que la chaudière n'est pas réparée.", "FR"),
        ("Je n'entends pas régler cette installation tant qu'elle ne fonctionnera pas.", "FR"),
        ("Den Restbetrag werden wir nicht überweisen, das Skonto war berechtigt.", "DE"),
        ("Nos la habéis facturado dos veces: ya os pagamos la primera el 3 de noviembre. Anuladla.", "ES"),
    ],
)
def test_a_refusal_is_a_dispute(body, country):
    assert read(body, country=country).intent == "dispute"


def test_paying_in_two_goes_is_a_plan_request():
    assert read("Sarebbe possibile pagare in due volte, metà adesso e metà a gennaio?", country="IT").intent == "plan_request"


def test_a_deposit_paid_to_the_debtor_is_no_plan():
    u = read("La coop nous verse l'acompte début décembre, je vous paye le 12/12 c'est sûr.")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 12, 12))


def test_a_bank_change_question_is_read_in_spanish():
    u = read("Nos ha llegado un correo diciendo que han cambiado de banco y que paguemos en una cuenta nueva. "
             "Siempre les hemos pagado en la de Ibercaja. ¿Es cierto ese cambio?", country="ES")
    assert u.intent == "bank_details"




@pytest.mark.parametrize(
    "body, when",
    [
        ("Je vous règle avant Noël, le 22 au plus tard.", date(2026, 11, 22)),
        ("La subvención llega este viernes, así que el lunes que viene os hago la transferencia.", date(2026, 11, 23)),
    ],
)
def test_the_day_the_promise_names(body, when):
    u = read(body, country="ES" if "subvención" in body else "FR")
    assert u.promise_date == when


def test_others_having_done_so_is_no_payment():
    u = read("Je préfère ne pas vous promettre une date que je ne pourrai pas tenir, comme l'ont fait d'autres "
             "avec nous. Serait-il possible d'étaler le paiement sur quatre mois ?")
    assert u.intent == "plan_request"


def test_the_holiday_season_is_no_day():
    assert day("Réservez dès maintenant pour les fêtes de fin d'année.") is None


def test_an_italian_day_of_the_current_month():
    assert day("pagate con un unico bonifico il giorno 12 c.m.", direction="past") == date(2026, 11, 12)


def test_german_just_paid_is_today():
    u = read("Habe eben beide Rechnungen (zusammen 1.596,00 EUR) per Echtzeitüberweisung bezahlt.", country="DE")
    assert (u.intent, u.paid_on) == ("paid", TODAY)


def test_a_promise_with_a_tag_question_is_still_a_promise():
    u = read("Je te fais le virement dans 10 jours max, ça te va ?")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 27))


def test_je_pourrai_donc_vous_regler_names_its_day():
    u = read("La CAF nous verse un acompte à la mi-décembre. Je pourrai donc vous régler la totalité le 18 décembre.")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 12, 18))


def test_a_building_extension_is_no_request_for_time():
    u = read("The client on the loft extension pays me Friday. I'll definitely have yours over to you by the end of next week.",
             country="GB")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 11, 27))
