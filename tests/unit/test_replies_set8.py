"""Kinds of phrasing learnt from set 8's misses, each checked on sentences written here (not the set's).

The mail is dated Thursday 10 December 2026, Paris, unless a test says otherwise.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from chalicelib.core.replies.dates import find_dates, names_no_day
from tests.unit.reply_mail import reply

TODAY = date(2026, 12, 10)


def read(body, country="FR", auto_reply=False):
    return reply(body, when="Thu, 10 Dec 2026 10:12:00 +0100", country=country, auto_reply=auto_reply)


@pytest.mark.parametrize(
    "body, country",
    [
        ("Votre facture a été rejetée : absence de numéro de bon de commande. Sans ce numéro nous ne pouvons pas payer.", "FR"),
        ("La fattura è arrivata senza il riferimento al nostro ordine: vi chiediamo di rifatturare con l'OdA.", "IT"),
        ("We are unable to process this invoice as it does not quote a valid purchase order number. Please resubmit the invoice.", "GB"),
        ("We can't cut a check to a new vendor without a W-9 on file. Could you send a signed W-9?", "US"),
    ],
)
def test_an_invoice_to_redo_is_a_copy_request_never_a_dispute(body, country):
    assert read(body, country=country).intent == "copy_request"


def test_never_ordered_in_spanish_is_still_a_dispute():
    assert read("Nosotros no hemos pedido nada a vuestra empresa. Será un error.", country="ES").intent == "dispute"


@pytest.mark.parametrize(
    "body, country",
    [
        ("I think you must have the wrong person, I have never ordered anything from you. Please stop sending to me.", "GB"),
        ("Credo ci sia un errore: non abbiamo mai ordinato niente, sarà un caso di omonimia.", "IT"),
    ],
)
def test_a_wrong_recipient_never_acts(body, country):
    assert read(body, country=country).confidence < AUTO_ACT_CONFIDENCE


@pytest.mark.parametrize(
    "body, country, when",
    [
        ("Approved, it will go out in Friday's check run.", "US", date(2026, 12, 11)),
        ("Both invoices will be paid in our weekly supplier payment run on Friday 18 December. A remittance advice will be emailed.",
         "GB", date(2026, 12, 18)),
        ("One was included in today's BACS run; the other will be paid in our next payment run on Friday 18 December.", "GB",
         date(2026, 12, 18)),
        ("La factura ha sido incluida en la remesa de confirming emitida el 09/12/2026, con vencimiento 15/02/2027.", "ES",
         date(2027, 2, 15)),
        ("Le client nous a promis le virement pour le 15. Je te règle dans la foulée, au plus tard le mardi 22 décembre.", "FR",
         date(2026, 12, 22)),
        ("Mon nouveau compte étant désormais opérationnel, le règlement vous parviendra sous huitaine.", "FR", date(2026, 12, 18)),
    ],
)
def test_promises_and_their_day(body, country, when):
    u = read(body, country=country)
    assert (u.intent, u.promise_date) == ("promise", when)


def test_a_pagare_sent_is_paid():
    u = read("El pago se realizó mediante pagaré con vencimiento 15/01/2027, que se les remitió el pasado 2 de diciembre.",
             country="ES")
    assert u.intent == "paid"


@pytest.mark.parametrize(
    "body, country",
    [
        ("c bon jai payé par CB sur votre lien ce matin", "FR"),
        ("Réglé à l'instant par carte via votre lien.", "FR"),
        ("ciao, il bonifico l ho fatto ieri sera dall app", "IT"),
    ],
)
def test_more_payments_reported(body, country):
    assert read(body, country=country).intent == "paid"


@pytest.mark.parametrize(
    "body, country",
    [
        ("Le cabinet ne procédera pas au règlement de la facture F-2026-0042 en l'état.", "FR"),
        ("Je veux bien payer mais pas pour un travail à moitié fait.", "FR"),
        ("We will pay for the visits that happened and not a penny more.", "GB"),
        ("We are not paying $900 for signs we can't use.", "US"),
        ("These two invoices appear to be for the same work. Please void the other.", "US"),
    ],
)
def test_more_disputes(body, country):
    assert read(body, country=country).intent == "dispute"


def test_a_vague_time_in_the_promise_is_no_day_from_elsewhere():
    u = read("Les annuités tombent fin décembre. Je vous fais ça début janvier, c'est sûr.")
    assert (u.intent, u.promise_date) == ("promise", None)
    u = read("Everyone's skint before Christmas. I'll get it paid after new year, promise.", country="GB")
    assert (u.intent, u.promise_date) == ("promise", None)
    assert names_no_day("je vous règle après les fêtes")


def test_an_auto_reply_mentioning_deaths_is_still_an_absence():
    u = read("La mairie sera fermée du jeudi 24 décembre au dimanche 3 janvier inclus. Urgences état civil (décès) : 06 00 00 00 00.",
             auto_reply=True)
    assert (u.intent, u.return_date) == ("out_of_office", date(2027, 1, 4))


@pytest.mark.parametrize(
    "text, last",
    [
        ("lo studio resterà chiuso dal 24 dicembre 2026 all'8 gennaio 2027", date(2027, 1, 8)),
        ("Estaré ausente de la oficina del 23/12 al 06/01", date(2027, 1, 6)),
    ],
)
def test_more_spans_end_on_their_last_day(text, last):
    assert [f.value for f in find_dates(text, TODAY) if f.through] == [last]


@pytest.mark.parametrize(
    "body, country, intent",
    [
        ("Könnten Sie mir die nochmal schicken? Ich finde die Rechnung nicht mehr.", "DE", "copy_request"),
        ("Por favor, dejad de enviarme estos recordatorios a este correo.", "ES", "unsubscribe"),
        ("Vi chiedo se posso pagare un po' alla volta, tipo 50 euro al mese.", "IT", "plan_request"),
        ("À compter de lundi, merci d'adresser vos factures et relances à ma collègue Julie (julie@exemple.fr).", "FR",
         "contact_change"),
    ],
)
def test_more_intents(body, country, intent):
    assert read(body, country=country).intent == intent


def test_a_monthly_fee_is_no_plan():
    u = read("Vale, el miércoles que viene os lo pago. ¿Los 90 euros al mes llevan el IVA incluido?", country="ES")
    assert u.intent == "promise"


def test_a_copy_asked_only_if_something_is_true_is_not_acted_on():
    u = read("L'indemnité de 40 € est-elle ajoutée ? Si c'est le cas, vous m'envoyez une facture séparée ?")
    assert u.confidence < AUTO_ACT_CONFIDENCE
