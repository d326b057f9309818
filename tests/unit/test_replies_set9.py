"""Kinds of phrasing learnt from set 9's misses, each checked on sentences written here (not the set's).

The mail is dated Tuesday 12 January 2027, Paris, unless a test says otherwise.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from chalicelib.core.replies.dates import find_dates
from tests.unit.reply_mail import reply

TODAY = date(2027, 1, 12)


def read(body, country="FR", when="Tue, 12 Jan 2027 10:12:00 +0100"):
    return reply(body, when=when, country=country)


def test_a_day_and_month_just_gone_is_not_next_year():
    found = [f.value for f in find_dates("approved at the December 14 meeting", TODAY) if not f.reference]
    assert found == [date(2026, 12, 14)]
    assert [f.value for f in find_dates("le 5 janvier", date(2026, 12, 20))] == [date(2027, 1, 5)]


def test_a_weekday_and_day_just_gone_is_that_day():
    assert [f.value for f in find_dates("el viernes 8", TODAY)] == [date(2027, 1, 8)]
    assert [f.value for f in find_dates("le vendredi 15", TODAY)] == [date(2027, 1, 15)]


@pytest.mark.parametrize(
    "body, country",
    [
        ("Both of these went out by BACS yesterday afternoon in our Monday payment run.", "GB"),
        ("Je vous ai adressé un chèque de 318,50 € par la poste le 30 décembre.", "FR"),
        ("Nous avons procédé ce jour au virement de la somme de 2 318,40 €. Les fonds devraient vous parvenir d'ici la fin de semaine.", "FR"),
        ("Con fecha 11/01/2027 se ha emitido un pago por transferencia a su favor.", "ES"),
    ],
)
def test_payments_made_are_paid(body, country):
    assert read(body, country=country).intent == "paid"


def test_paid_yesterday_and_arriving_tomorrow_is_paid():
    u = read("This was paid by BACS yesterday afternoon. It should be with you by tomorrow at the latest.", country="GB")
    assert u.intent == "paid"


def test_a_part_paid_and_the_balance_dated_is_a_promise_for_the_firm():
    u = read("I have made a payment of £600.00 today and the balance of £850.00 will be paid at the end of January.",
             country="GB")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 31))
    assert u.confidence < AUTO_ACT_CONFIDENCE


@pytest.mark.parametrize(
    "body, country, when",
    [
        ("It is scheduled for payment in the BACS run of 21/01/2027.", "GB", date(2027, 1, 21)),
        ("Checks are issued monthly, so your check will be issued on 1/22.", "US", date(2027, 1, 22)),
        ("Le bureau se réunit le lundi 18 janvier. Le chèque sera signé à cette occasion et je le déposerai à votre comptoir le mardi 19 janvier.",
         "FR", date(2027, 1, 19)),
        ("Aurélie, dis-leur que ça part avec les fournisseurs le 20 janvier. Bonne fin d'année !", "FR", date(2027, 1, 20)),
        ("Die Überweisung veranlasse ich dann wie besprochen am 20.01., vorher ist das Konto wegen der LKW-Raten zu knapp.",
         "DE", date(2027, 1, 20)),
        ("el viernes en cuanto llegue a la nave te lo paso", "ES", date(2027, 1, 15)),
        ("L'accredito sul conto corrente avverrà entro il 22 gennaio.", "IT", date(2027, 1, 22)),
    ],
)
def test_promises_and_their_day(body, country, when):
    u = read(body, country=country)
    assert (u.intent, u.promise_date) == ("promise", when)


@pytest.mark.parametrize(
    "body, country, intent",
    [
        ("No chance am I paying this. The scuff was there when we picked the van up.", "GB", "dispute"),
        ("I don't think we owe them: the line was ported away in September. Please cancel them.", "GB", "dispute"),
        ("Please remove this address from your automated reminders. Every invoice is paid on schedule.", "US", "unsubscribe"),
        ("Is there any way we could do like $500 a month untill the balance is paid?", "US", "plan_request"),
        ("Could you please reissue both invoices showing the PO number?", "US", "copy_request"),
        ("Podría pagaros en 3 o 4 veces, lo que me digáis cada mes?", "ES", "plan_request"),
        ("Por favor, quitadme de esta lista de correos automáticos.", "ES", "unsubscribe"),
        ("Wir haben zum 01.01.2027 unsere Hausbank gewechselt, bitte buchen Sie künftig von unserem neuen Konto ab: IBAN DE54 3702 0500 0008 8412 00",
         "DE", "bank_details"),
        ("Wir benötigen den unterschriebenen Arbeitsnachweis. Bitte übersenden Sie uns die fehlenden Unterlagen.", "DE", "copy_request"),
        ("La fattura non risulta pervenuta tramite il Sistema di Interscambio. Si invita a trasmettere nuovamente la fattura elettronica. Ricevuta la fattura corretta si procederà.",
         "IT", "copy_request"),
        ("C'est mon expert-comptable qui gère, je lui ai transmis votre relance. Je vous laisse voir avec lui.", "FR", "other"),
    ],
)
def test_more_intents(body, country, intent):
    assert read(body, country=country).intent == intent


def test_a_third_party_paying_first_is_no_payment_made():
    u = read("Das Geld kommt erst rein, wenn die Firmen ihre Weihnachtsfeiern bezahlt haben. Ich überweise Anfang Februar.",
             country="DE")
    assert u.intent == "promise"


def test_not_a_disagreement_is_no_dispute():
    u = read("Ce retard n'est en rien lié à un désaccord : je déposerai le chèque le mardi 19 janvier.")
    assert u.intent == "promise"
