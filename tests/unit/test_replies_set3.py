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
        ("paid a week Friday", date(2025, 11, 14)),  # the Friday after this one
        ("vi saldo tra una settimana", date(2025, 11, 10)),
        ("she pays next Friday the 14th", date(2025, 11, 14)),
        ("we pay next Friday the 12th", date(2025, 12, 12)),  # the next 12th that is a Friday
        ("sent it last night", date(2025, 11, 2)),
    ],
)
def test_date_phrasings(text, value):
    found = find_dates(text, TODAY, country="US" if "November 20" in text else "FR")
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize(
    "body, back",
    [
        ("Je suis absent du bureau jusqu'au vendredi 7 novembre inclus.", date(2025, 11, 10)),  # Saturday -> Monday
        ("Sono in ferie fino a mercoledì 12 novembre.", date(2025, 11, 13)),  # a named weekday is the last day away
        ("I'm on leave until Monday 10 November.", date(2025, 11, 10)),  # back on the Monday
        ("Nuestra oficina está cerrada los días 4 y 5. Volveremos el jueves 6 de noviembre.", date(2025, 11, 6)),
        ("Je suis absente jusqu'au 12 novembre.", date(2025, 11, 12)),  # a bare date: as written
    ],
)
def test_return_dates_are_the_first_working_day_back(body, back):
    u = read(body)
    assert (u.intent, u.return_date) == ("out_of_office", back)


@pytest.mark.parametrize(
    "body, promise_date",
    [
        ("Hi, this will be paid on 14/11 with the rest of our suppliers.", date(2025, 11, 14)),
        ("Waiting on a client, you'll get paid in a week.", date(2025, 11, 10)),
        ("Our next pay run is Friday 14 November and your invoice is included in it.", date(2025, 11, 14)),
        ("sorry, been off sick. will get it paid on thursday", date(2025, 11, 6)),
        ("Our bookkeeper is away; he'll cut the cheque on Friday.", date(2025, 11, 7)),
        ("The wire is scheduled and will go out Wednesday.", date(2025, 11, 5)),
        ("Die Zahlung für die Rechnung 0042 wird am Freitag angewiesen.", date(2025, 11, 7)),
        ("Die Überweisung kommt am 12.11., versprochen.", date(2025, 11, 12)),
        ("hallo, ueberweise morgen. gruss", date(2025, 11, 4)),
        ("Lo tenemos programado para el día 20.", date(2025, 11, 20)),
        ("Te lo pago el viernes, vale?", date(2025, 11, 7)),  # a tag question asks nothing
        ("Ve la saldo lunedì prossimo.", date(2025, 11, 10)),
        ("Je pourrai vous régler le 14 novembre.", date(2025, 11, 14)),
        ("Votre facture partira avec notre échéance du 30/11.", date(2025, 11, 30)),
    ],
)
def test_promises_in_set3_kinds(body, promise_date):
    u = read(body, country="GB")
    assert (u.intent, u.promise_date) == ("promise", promise_date), u


@pytest.mark.parametrize(
    "body",
    [
        "I'll get this taken care of, sorry.",
        "Ich kann Ihnen die Rechnung Mitte Dezember bezahlen.",
        "Lo pagaremos en cuanto podamos.",  # "en cuanto podamos": no commitment to a day
    ],
)
def test_promises_without_a_day_never_act(body):
    u = read(body)
    assert u.intent == "promise" and not auto(u), u


@pytest.mark.parametrize(
    "body, paid_on",
    [
        ("sent it over yesterday, should be with you soon", date(2025, 11, 2)),
        ("Cheque's in the post, I mailed it yesterday.", date(2025, 11, 2)),
        ("ACH initiated today for the full balance.", date(2025, 11, 3)),
        ("I sent it through PayPal on Saturday.", date(2025, 11, 1)),
        ("Both of these have gone out today in a single payment.", date(2025, 11, 3)),
        ("Frau Berg lässt ausrichten, dass die Überweisung bereits am Freitag erfolgt ist.", date(2025, 10, 31)),
        ("Ciao, pagato ieri con bonifico.", date(2025, 11, 2)),
        ("Je viens de faire un virement ce matin.", date(2025, 11, 3)),
    ],
)
def test_payments_in_set3_kinds(body, paid_on):
    u = read(body, country="GB")
    assert (u.intent, u.paid_on) == ("paid", paid_on), u


def test_a_paid_word_that_is_a_clients_payment_is_no_payment():
    u = read("Estamos esperando a que nos pague un cliente. Lo pagaremos en cuanto podamos.")
    assert u.intent == "promise" and not auto(u)


def test_already_paid_says_paid():
    assert read("A noi la fattura risulta già saldata.").intent == "paid"


def test_a_bank_warning_in_a_signature_is_no_bank_question():
    u = read("Paid today by transfer.\n\nJo Smith\nWe will never change our bank details by email.", country="GB")
    assert u.intent == "paid"


def test_a_confirmation_of_payee_question_is_about_bank_details_not_a_dispute():
    u = read("My bank says the name doesn't match the account. What name is the account held under?", country="GB")
    assert u.intent == "bank_details" and not auto(u)


def test_a_payment_credited_in_german_is_no_credit_note():
    u = read("Die Zahlung wurde am 31.10. veranlasst. Je nach Bank kann die Gutschrift zwei Tage dauern.")
    assert (u.intent, u.paid_on) == ("paid", date(2025, 10, 31))


def test_one_invoice_paid_and_another_promised_is_a_promise_for_the_firm():
    u = read("La F-2025-0031 a été réglée le 20 octobre. Pour la F-2025-0042, je fais le virement le 14 novembre.")
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 14)) and not auto(u)
    u = read("Je viens de faire un virement de 300 € ce jour. Le solde (400 €) suivra le 28 novembre.")
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 28)) and not auto(u)


@pytest.mark.parametrize(
    "body",
    [
        "Facture contestée, voir notre courrier.",
        "Les cartons étaient abîmés. Je ne paierai que la partie livrée en bon état.",
        "Nous réglerons le montant du devis, pas davantage.",
        "Pas de paiement avant la mise en service du logiciel.",
        "Les options n'ont jamais été validées par écrit.",
        "The part failed again; this should be covered under the warranty.",
        "We have no record of ordering this; it belongs to another customer.",
        "I'll pay what we agreed on, not the rest.",
    ],
)
def test_disputes_in_set3_kinds(body):
    assert read(body, country="GB").intent == "dispute"


def test_a_link_that_does_not_work_is_a_copy_request_not_a_dispute():
    assert read("Le lien ne fonctionne pas, pouvez-vous m'envoyer la facture en PDF ?").intent == "copy_request"


@pytest.mark.parametrize(
    "body, intent",
    [
        ("Could we pay 40% now and the remaining 60% in January?", "plan_request"),
        ("Wir möchten um Ratenzahlung in drei Monatsraten bitten.", "plan_request"),
        ("¿Podemos fraccionar el pago en tres plazos?", "plan_request"),
        ("Possiamo rateizzare l'importo in quattro rate?", "plan_request"),
        ("Die Rechnung liegt uns nicht vor, bitte schicken Sie sie uns.", "copy_request"),
        ("No encontramos esta factura. ¿Nos la pueden reenviar?", "copy_request"),
        ("Potete inviarci copia della fattura?", "copy_request"),
        ("Pourriez-vous nous adresser un relevé de compte ?", "copy_request"),
        ("Please send us a proper VAT invoice in the company's name.", "copy_request"),
    ],
)
def test_plans_and_copies_in_every_language(body, intent):
    assert read(body, country="GB").intent == intent


def test_a_reissue_with_an_order_number_is_for_the_firm():
    u = read("We cannot process this without a PO. Please reissue the invoice quoting PO 77123.", country="GB")
    assert u.intent == "copy_request" and not auto(u)


def test_an_absence_still_to_come_in_a_note_to_a_colleague_is_no_out_of_office():
    u = read("Kannst du das bitte prüfen? Ich bin ab morgen im Urlaub.")
    assert u.intent != "out_of_office"


def test_someone_paying_the_debtor_is_not_their_payment():
    u = read("Je te paye le 14, dès que mes clients m'ont réglé.")
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 14))


def test_a_message_passed_on_is_not_money_sent():
    u = read("Les factures sont à envoyer à compta@martin.fr. Je leur ai transféré votre message.")
    assert u.intent == "contact_change"


def test_a_part_promised_and_the_rest_vague_is_a_promise_for_the_firm():
    u = read("Je vous vire 300 € demain et le reste dès que possible.")
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 4)) and not auto(u)


@pytest.mark.parametrize(
    "body, promise_date",
    [
        ("Je vous règle avant Noël, promis.", date(2025, 12, 24)),
        ("je fais le virement en fin de journée", date(2025, 11, 3)),
        ("Ces deux factures seront réglées le 20 novembre en un seul ordre de paiement.", date(2025, 11, 20)),
    ],
)
def test_more_french_dates_for_promises(body, promise_date):
    u = read(body)
    assert (u.intent, u.promise_date) == ("promise", promise_date), u


@pytest.mark.parametrize(
    "body, intent",
    [
        ("Payé. Merci de ne plus me relancer.", "paid"),
        ("Le règlement vous a été adressé mardi dernier.", "paid"),
        ("Vous m'avez facturé 5 heures alors que le technicien est resté une heure.", "dispute"),
        ("Je veux bien payer la pièce, pas le reste.", "dispute"),
        ("Vous acceptez 3 chèques ? Vous en encaissez un par mois.", "plan_request"),
        ("Au titre du RGPD, je m'oppose à l'envoi de ces messages.", "unsubscribe"),
        ("C'est mon associé qui s'occupe des règlements, voyez avec lui : paul@martin.fr", "contact_change"),
    ],
)
def test_more_french_kinds(body, intent):
    assert read(body).intent == intent


def test_a_single_day_away_means_back_the_next_working_day():
    u = read("Je suis absente aujourd'hui lundi 3 novembre. Je vous répondrai à mon retour.")
    assert u.return_date == date(2025, 11, 4)
