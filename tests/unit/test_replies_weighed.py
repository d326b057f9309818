"""One-line phrasings the rules read right and the model, which learned from whole replies, reads otherwise.

Where the model's reading is taken, nothing acts on it: the firm decides. The rules' reading of each is
kept here, as the rules alone give it, because the dates and details of every reply come from them."""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand
from chalicelib.core.replies.model import Model, load

HEAD = ("From: Jean <jean@martin.fr>\nTo: r+tok@reply.example\nSubject: Re: Relance facture F-2025-0042\n"
        "Date: {when}\nContent-Type: text/plain; charset=utf-8\n\n")
NOV_3 = "Mon, 03 Nov 2025 14:12:00 +0100"


def read(body, country, when, model=None):
    return understand(parse_mail((HEAD.format(when=when) + body).encode()), tz="Europe/Paris", country=country,
                      known_invoice_numbers=("F-2025-0042",), model=model)


def rules_alone():
    classes = load().classes
    return Model(classes, (0.0,) * len(classes), {}, {})  # every intent equally likely: the model never leads


@pytest.mark.parametrize(
    "body, country, when, intent, day",
    [
        ("Nous l'avons refait hier avec le bon IBAN.", "FR", NOV_3, "paid", date(2025, 11, 2)),
        ("Der Betrag wird bis Mittwoch überwiesen.", "DE", NOV_3, "promise", date(2025, 11, 5)),
        ("Le virement a été programmé ce jour et sera visible sous 48 h.", "FR", "Mon, 16 Nov 2026 10:00:00 +0100",
         "paid", date(2026, 11, 16)),
        ("Ich bin bis zum 9.11. im Urlaub.", "DE", NOV_3, "out_of_office", date(2025, 11, 10)),  # a Sunday: back Monday
        ("I am out of the office through Friday, November 14.", "GB", NOV_3, "out_of_office", date(2025, 11, 17)),
        ("Je suis en congé jusqu'au 30 novembre, je paierai à mon retour.", "FR", "Mon, 16 Nov 2026 10:00:00 +0100",
         "promise", None),  # never an automatic "paid"
        ("We will pay once the leaking gutter has been fixed.", "GB", NOV_3, "dispute", None),
        ("Contiamo di pagarvi appena possibile.", "IT", NOV_3, "promise", None),
        ("Si vous ne recevez rien d'ici jeudi, je referai un virement vendredi.", "FR", NOV_3, "promise", None),
        ("I'll make the transfer on Friday 20/11. Could you also send a copy of the invoice in English?", "GB",
         "Tue, 17 Nov 2026 10:12:00 +0100", "promise", date(2026, 11, 20)),
        ("Mon mari est passé payer au magasin samedi dernier.", "FR", NOV_3, "paid", None),
        ("La fattura è stata respinta perché priva del numero PO: inviateci una nota di credito e una nuova fattura "
         "con il PO.", "IT", "Wed, 16 Dec 2026 10:12:00 +0100", "copy_request", None),
        ("I don't do the payments; I've left it on her desk so she'll see it Thursday.", "GB",
         "Thu, 10 Dec 2026 10:12:00 +0100", "other", None),
        ("Payment was approved in December and issued on the January 8, 2027 check run.", "US",
         "Tue, 12 Jan 2027 10:12:00 +0100", "paid", date(2027, 1, 8)),
    ],
)
def test_the_rules_reading_stands_for_the_details_and_the_models_never_acts(body, country, when, intent, day):
    ruled = read(body, country, when, model=rules_alone())
    assert ruled.intent == intent
    if day:
        assert day in (ruled.promise_date, ruled.paid_on, ruled.return_date)
    full = read(body, country, when)
    assert full.intent == intent or full.confidence < AUTO_ACT_CONFIDENCE
