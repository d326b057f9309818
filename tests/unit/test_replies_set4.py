"""Kinds of phrasing learnt from set 4 English's misses, each checked on sentences written here (not the set's).

The mail is dated Monday 3 November 2025, Paris. `auto` says whether Relance may act on its own.
"""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand

HEAD = "From: Jean <jean@martin.fr>\nTo: r+tok@reply.example\nSubject: Re: Relance facture F-2025-0042\n"
HEAD += "Date: Mon, 03 Nov 2025 14:12:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"


def read(body, country="GB"):
    return understand(parse_mail((HEAD + body).encode()), tz="Europe/Paris", country=country,
                      known_invoice_numbers=("F-2025-0042",))


@pytest.mark.parametrize(
    "body",
    [
        "The boiler still cuts out. I will not be paying until someone comes back.",
        "Happy to settle when the cracked tiles are replaced, and not before.",
        "Nous réglerons une fois que les volets seront réparés.",
        "Only half the pallets came; the rest never turned up. Send an amended invoice.",
        "We'll pay for the hours worked but not the full amount.",
    ],
)
def test_paying_only_once_it_is_put_right_is_a_dispute(body):
    assert read(body).intent == "dispute"


def test_included_in_a_past_payment_run_is_paid_not_a_dispute():
    u = read("Our records show this was included in the BACS run on 31/10/2025, so it should already be with you.")
    assert (u.intent, u.paid_on) == ("paid", date(2025, 10, 31))


def test_included_in_the_next_run_is_still_a_promise():
    u = read("It has been included in the next payment run on Friday 7 November.")
    assert u.intent == "promise"


def test_part_paid_and_the_rest_promised_is_a_promise_for_the_firm():
    u = read("I've just sent £500 by bank transfer. I'll send the remaining £300 on the 14th when I get paid.")
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 14))
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_take_my_email_address_off_is_an_unsubscribe():
    assert read("Please take my email address off your reminder list, we always pay.").intent == "unsubscribe"


def test_up_to_and_including_a_day_means_back_the_next():
    u = read("I am on annual leave up to and including Wednesday 12 November and will reply on my return.")
    assert (u.intent, u.return_date) == ("out_of_office", date(2025, 11, 13))


def test_a_legal_footer_is_not_read():
    u = read("Votre facture a été réglée par virement le 31/10/2025.\n\nCe message est confidentiel et destiné à ses "
             "seuls destinataires. Toute utilisation non conforme à sa destination est interdite.", country="FR")
    assert (u.intent, u.paid_on) == ("paid", date(2025, 10, 31))


@pytest.mark.parametrize(
    "body, intent",
    [
        ("Les deux factures sont validées. Elles seront réglées par virement le 14 novembre.", "promise"),
        ("Plus de souci de trésorerie : vous aurez le virement sous 48h.", "promise"),
        ("C'est parti hier soir, vous devriez déjà l'avoir.", "paid"),
        ("Nous ne pouvons pas procéder au règlement en l'état : la fuite est toujours là.", "dispute"),
        ("Je paierai quand le portail fermera. Pas avant.", "dispute"),
        ("Merci de désactiver l'envoi de ces relances automatiques.", "unsubscribe"),
        ("Pourriez-vous nous transmettre les feuilles de temps signées du mois ?", "copy_request"),
        ("Les factures sans référence de commande sont bloquées ; celle-ci a été réglée le 31/10.", "paid"),
        ("Débloquée après réception des bons de livraison manquants, elle sera réglée le 14 novembre.", "promise"),
        ("Acme Ltd will remit the balance by ACH on or before November 14.", "promise"),
        ("I'll be in town Friday and will drop a check off at your office.", "promise"),
        ("We will pay the quoted amount only. Please issue a revised invoice.", "dispute"),
        ("We did not request or receive any service from you; please correct your records.", "dispute"),
    ],
)
def test_set4_kinds(body, intent):
    assert read(body, country="FR" if "é" in body or "ç" in body else "GB").intent == intent


@pytest.mark.parametrize(
    "text, value, country",
    [
        ("our check run is Thursday 11/13", date(2025, 11, 13), "US"),  # the weekday names the numeric date
        ("back in the office Tue 11/11", date(2025, 11, 11), "US"),
        ("the payment run is the last Thursday of the month", date(2025, 11, 27), "GB"),
        ("first Monday of next month", date(2025, 12, 1), "GB"),
        ("check cut by EOW", date(2025, 11, 7), "US"),
        ("paid the Monday after Thanksgiving", date(2025, 12, 1), "US"),  # Thanksgiving 2025: Thursday 27 November
    ],
)
def test_set4_dates(text, value, country):
    from chalicelib.core.replies.dates import find_dates

    assert [f.value for f in find_dates(text, date(2025, 11, 3), country=country)] == [value]


@pytest.mark.parametrize(
    "body, intent",
    [
        ("Payé ce matin par le lien, désolée !", "paid"),
        ("Merci d'envoyer la facture et les relances à mon associé : paul.roux@exemple.fr", "contact_change"),
    ],
)
def test_set4_french_kinds(body, intent):
    assert read(body, country="FR").intent == intent


def test_a_third_party_to_contact_you_for_the_payment_is_no_dated_promise():
    u = read("J'ai transmis votre facture à mon assurance vendredi, ils doivent vous contacter pour le règlement.", country="FR")
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_christmas_eve_and_phone_numbers():
    u = read("Je vous règle la veille de Noël.", country="FR")
    assert (u.intent, u.promise_date) == ("promise", date(2025, 12, 24))
    u = read("Fermé jusqu'au samedi 8 novembre inclus. Urgences : appeler le 06 72 18 44 05.", country="FR")
    assert (u.intent, u.return_date) == ("out_of_office", date(2025, 11, 10))
