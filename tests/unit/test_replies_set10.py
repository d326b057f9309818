"""Kinds of phrasing learnt from set 10's automatic actions on a wrong intent, each checked on sentences written here.

The mail is dated Wednesday 13 January 2027, Paris.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from tests.unit.reply_mail import reply


def read(body, country="FR"):
    return reply(body, when="Wed, 13 Jan 2027 10:12:00 +0100", country=country)


def test_documents_first_then_payment_is_a_copy_request():
    u = read("Pour régler, nous avons besoin : de la facture établie au nom des propriétaires et du bon d'intervention signé. "
             "Dès réception de ces deux documents, le règlement sera effectué sous huit jours.")
    assert u.intent == "copy_request"


@pytest.mark.parametrize(
    "body",
    ["je vous est envoyer le cheque par la poste lundi, avec le papier de la facture",
     "bonjour jai depose le cheque ce matin dans votre boite aux lettres"],
)
def test_cheques_sent_in_phone_french_are_paid(body):
    assert read(body).intent == "paid"


def test_never_worked_with_you_never_acts():
    u = read("Je crois qu'il y a une confusion : nous n'avons jamais travaillé avec vous. Vous devez confondre avec une autre société.")
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_the_rest_sent_on_a_day_is_a_promise_for_the_firm():
    u = read("Ich habe heute 700 € überwiesen. Den Rest (642,80 €) schicke ich am 29.01., wenn das Hotel, für das wir "
             "gearbeitet haben, endlich bezahlt hat.", country="DE")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 29)) and u.confidence < AUTO_ACT_CONFIDENCE


def test_a_bank_change_letter_questioned_is_bank_details():
    u = read("Nos ha llegado un escrito en el que se comunica un cambio de cuenta bancaria; el teléfono no coincide con el suyo. "
             "Confirmen si es auténtico antes de pagar.", country="ES")
    assert u.intent == "bank_details"


def test_an_invoice_issued_on_a_date_is_no_payment():
    u = read("La fattura è stata emessa in data 28/11/2026: la scadenza è il 31/01/2027, data in cui verrà regolarmente saldata.",
             country="IT")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 31))


@pytest.mark.parametrize(
    "body, country, intent",
    [
        ("Mailed you a check on Friday (1/8) for $2,500 as a partial payment; the rest as soon as our customers pay.", "US", "paid"),
        ("Both paid this morning by faster payment, £1,980.60 in one go.", "GB", "paid"),
        ("Could you update your records so that invoices and reminders go to purchaseledger@example.co.uk?", "GB",
         "contact_change"),
        ("The invoice has no PO number. Could you please reissue it with the PO and upload it to our portal?", "US",
         "copy_request"),
        ("Is there any chance I could pay this off over a few months rather than in one go?", "GB", "plan_request"),
        ("Le règlement a été effectué par virement le 5 janvier ; le retard est lié à un changement de banque intervenu en décembre.",
         "FR", "paid"),
    ],
)
def test_last_kinds(body, country, intent):
    assert read(body, country=country).intent == intent


def test_a_payment_that_will_be_made_is_no_payment_made():
    u = read("It is scheduled for payment in the Council's BACS run of Thursday 21 January 2027. "
             "Payment will be made to the bank account held on our supplier record.", country="GB")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 21))
