"""Kinds of phrasing learnt from set 7's misses, each checked on sentences written here (not the set's).

The mail is dated Wednesday 16 December 2026, Paris, unless a test says otherwise.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand
from chalicelib.core.replies.dates import find_dates
from tests.unit.reply_mail import reply

TODAY = date(2026, 12, 16)


def read(body, country="FR", when="Wed, 16 Dec 2026 10:12:00 +0100"):
    return reply(body, when=when, country=country)


def day(text, today=TODAY, direction="future"):
    found = [f for f in find_dates(text, today, country="FR", direction=direction) if not f.reference]
    return found[0].value if found else None


@pytest.mark.parametrize(
    "body, country",
    [
        ("J'ai fait ce matin un virement de 800 €. Le solde suivra dès que possible.", "FR"),
        ("Nous avons procédé hier à un premier virement de 400 €, le solde sera réglé courant janvier.", "FR"),
        ("Sent $1,500 today by ACH toward the invoice. The balance I'll send as soon as the GC pays me.", "US"),
        ("Wir haben heute eine Teilzahlung über 300 € überwiesen. Den Rest überweisen wir, sobald unsere Kunden zahlen.", "DE"),
    ],
)
def test_a_part_paid_and_the_rest_vague_is_paid_for_the_firm(body, country):
    u = read(body, country=country)
    assert u.intent == "paid" and u.confidence < AUTO_ACT_CONFIDENCE


def test_a_part_paid_and_the_rest_dated_is_a_promise_for_the_firm():
    u = read("Hoy os he hecho una transferencia de 300 € a cuenta. Lo que queda os lo pago a finales de enero.", country="ES")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 31))
    assert u.confidence < AUTO_ACT_CONFIDENCE


@pytest.mark.parametrize(
    "body",
    [
        "J'ai posté lundi un chèque de 120 € à votre adresse.",
        "Je vous informe que j'ai adressé mon règlement par chèque.",
    ],
)
def test_a_cheque_posted_is_paid(body):
    assert read(body).intent == "paid"


@pytest.mark.parametrize(
    "body, country",
    [
        ("Sorry, wrong company: we have never used your firm.", "GB"),
        ("Je n'ai jamais rien commandé chez vous, il doit s'agir d'une confusion avec une autre société.", "FR"),
        ("Da haben Sie sich in der Adresse vertan, ich habe bei Ihnen nie etwas bestellt.", "DE"),
        ("Wir haben bei Ihnen nie etwas bestellt.", "DE"),
    ],
)
def test_a_wrong_recipient_is_never_acted_on(body, country):
    # the rules read a dispute, the model (and the writers' brief) "other": either way the firm decides
    u = read(body, country=country)
    assert u.intent in ("dispute", "other") and u.confidence < AUTO_ACT_CONFIDENCE


@pytest.mark.parametrize(
    "body, country",
    [
        ("Je leur ai transféré votre mail ce soir, c'est mon comptable qui gère.", "FR"),
        ("Ich habe Ihre Erinnerung an mein Steuerbüro weitergeleitet.", "DE"),
        ("Se lo reenvío a mi gestora, que es la que lleva los pagos.", "ES"),
    ],
)
def test_a_reminder_passed_on_is_other(body, country):
    assert read(body, country=country).intent == "other"


@pytest.mark.parametrize(
    "body, country",
    [
        ("Votre facture ne comporte pas de numéro de bon de commande : merci de nous renvoyer la facture corrigée.", "FR"),
        ("Invoices must show a valid PO. Please reissue the invoice with PO 4500012 on it.", "US"),
    ],
)
def test_an_invoice_to_redo_with_its_order_number_is_a_copy_request(body, country):
    assert read(body, country=country).intent == "copy_request"


@pytest.mark.parametrize(
    "body, country, intent",
    [
        ("Bitte schicken Sie Rechnungen künftig an buchhaltung@beispiel.de.", "DE", "contact_change"),
        ("A partir de ahora envíen las facturas a cuentas@ejemplo.es, por favor.", "ES", "contact_change"),
        ("D'ora in poi indirizzate i solleciti a amministrazione@esempio.it.", "IT", "contact_change"),
        ("Bitte streichen Sie mich aus diesem Verteiler.", "DE", "unsubscribe"),
        ("Por favor, denme de baja de estos avisos.", "ES", "unsubscribe"),
        ("Toglietemi da questa lista, grazie.", "IT", "unsubscribe"),
        ("Könnten Sie mir die Rechnung nochmal als PDF schicken?", "DE", "copy_request"),
        ("Me la rimandate in pdf?", "IT", "copy_request"),
        ("¿Podéis mandarme un extracto con todo lo pendiente?", "ES", "copy_request"),
        ("¿Sería posible pagarla en varios plazos?", "ES", "plan_request"),
        ("Si può fare a rate?", "IT", "plan_request"),
        ("Would it be possible to pay the balance in monthly amounts?", "GB", "plan_request"),
    ],
)
def test_more_intents_in_german_spanish_italian_and_english(body, country, intent):
    assert read(body, country=country).intent == intent


@pytest.mark.parametrize(
    "body, country",
    [
        ("Je paierai pas un centime pour un truc qui marche pas.", "FR"),
        ("Bezahlt wird das so nicht.", "DE"),
        ("La comunidad no va a pagar esta factura hasta que la caldera funcione.", "ES"),
    ],
)
def test_spoken_refusals_are_disputes(body, country):
    assert read(body, country=country).intent == "dispute"


def test_paid_all_my_life_is_no_payment():
    u = read("Ich habe in meinem ganzen Leben jede Rechnung pünktlich bezahlt. Bitte streichen Sie mich aus dem Verteiler.",
             country="DE")
    assert u.intent == "unsubscribe"


@pytest.mark.parametrize(
    "body, country, when",
    [
        ("Die Zahlung wird über die Gemeindekasse voraussichtlich bis zum 22.12.2026 erfolgen.", "DE", date(2026, 12, 22)),
        ("Die Überweisung des offenen Betrages erfolgt am 15. Jänner 2027.", "DE", date(2027, 1, 15)),
        ("Big payment due before Christmas. I'll have your invoice paid by the end of January at the latest.", "US",
         date(2027, 1, 31)),
        ("je fais le virement demain, désolé avec les chantiers de fin d'année", "FR", date(2026, 12, 17)),
        ("ill pay it new years eve x", "GB", date(2026, 12, 31)),
    ],
)
def test_promise_days(body, country, when):
    u = read(body, country=country)
    assert (u.intent, u.promise_date) == ("promise", when)


def test_a_vague_time_names_no_day():
    assert day("dans le courant de janvier") is None
    assert day("first couple of weeks of January") is None
    assert day("dopo la Befana") is None


def test_before_christmas_written_in_january_is_the_last_one():
    assert day("it was supposed to come in before Christmas", today=date(2027, 1, 12)) == date(2026, 12, 24)


def test_end_of_a_month_just_gone_is_not_next_year():
    assert day("laid up since the end of November") is None
    assert day("fin novembre", today=TODAY, direction="future") == date(2026, 11, 30)


def test_an_office_reopening_is_the_return():
    head = ("From: office@school.example\nTo: r+tok@reply.example\nSubject: Automatic reply\nAuto-Submitted: auto-replied\n"
            "Date: Mon, 21 Dec 2026 09:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n")
    body = "The school office is now closed for the holidays. We will reopen on Tuesday 5th January 2027."
    u = understand(parse_mail((head + body).encode()), tz="Europe/London", country="GB")
    assert (u.intent, u.return_date) == ("out_of_office", date(2027, 1, 5))


def test_saying_it_is_not_a_dispute_drops_the_dispute():
    u = read("Je ne conteste pas la facture, mais le gel a abîmé la récolte. Pourrais-je étaler le paiement en plusieurs fois ?")
    assert u.intent == "plan_request"


def test_italian_split_payment_is_vat_not_a_plan():
    u = read("Vi chiediamo di trasmettere la fattura elettronica in regime di scissione dei pagamenti (split payment, art. 17-ter).",
             country="IT")
    assert u.intent == "copy_request"


def test_spanish_insolvency_is_for_the_firm():
    u = read("La sociedad ha sido declarada en concurso voluntario de acreedores: comuniquen su crédito a la administración concursal.",
             country="ES")
    assert u.intent == "other"


def test_reminders_to_his_address_is_a_contact_change():
    u = read("Mon fils a repris l'exploitation : merci d'envoyer les factures et les relances à son adresse : julien@exemple.fr")
    assert (u.intent, u.new_email) == ("contact_change", "julien@exemple.fr")


def test_chasing_a_colleague_is_no_payment():
    u = read("La facture attend la validation du technicien : je l'ai relancé ce matin, elle partira en paiement avec le prochain lot.")
    assert u.intent == "promise"
