"""Kinds of phrasing from set 12's misses (after its first pass), each with a handwritten reply."""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE
from tests.unit.reply_mail import reply


def test_a_transfer_that_will_be_issued_on_a_day_is_dated():
    u = reply("Après validation, le virement sera émis le vendredi 8 janvier 2027, conformément à nos conditions.",
              when="Wed, 23 Dec 2026 08:55:00 +0100")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 8))


def test_an_assistant_forwards_a_colleague_named_without_address():
    body = (
        "Bonjour,\n\nJe vous transmets ci-dessous la réponse de M. Garnier.\n\nCordialement,\nLéa Petit\n\n"
        "De : Paul Garnier\nEnvoyé : mercredi 16 décembre 2026 19:42\nÀ : Léa Petit\n"
        "Objet : RE: Relance facture F-2026-0042\n\n"
        "Léa, réponds-leur qu'on les paye à la fin du mois avec les autres fournisseurs.\nPG\n\n"
        "-----Message d'origine-----\nDe : Atelier Dupont <r+tok@reply.example>\nEnvoyé : mardi 15 décembre 2026 09:00\n"
        "À : lea.petit@garnier.fr\nObjet : Relance facture F-2026-0042\n\nMadame, Monsieur, la facture reste impayée.\n"
    )
    u = reply(body, when="Thu, 17 Dec 2026 08:10:00 +0100")
    assert (u.intent, u.promise_date) == ("promise", date(2026, 12, 31))
    assert u.confidence < AUTO_ACT_CONFIDENCE  # read through a forward: the firm confirms


def test_a_nameless_block_that_is_the_reminder_itself_is_not_read_as_an_answer():
    body = (
        "Bonjour,\n\nJe vous transmets ci-dessous votre message.\n\n"
        "De : Atelier Dupont\nEnvoyé : mardi 15 décembre 2026 09:00\nÀ : Léa Petit\nObjet : Relance facture F-2026-0042\n\n"
        "Nous vous remercions de régler la facture avant le 20 décembre.\n"
    )
    u = reply(body, when="Thu, 17 Dec 2026 08:10:00 +0100")
    assert u.intent != "promise" or u.promise_date is None


def test_spanish_holidays_over_a_span_of_days_give_the_day_back():
    u = reply("Estoy de vacaciones del 2 al 11 de enero, ambos inclusive. A mi vuelta atenderé su correo.",
              when="Mon, 04 Jan 2027 08:31:00 +0100", country="ES", tz="Europe/Madrid", auto_reply=True)
    assert (u.intent, u.return_date) == ("out_of_office", date(2027, 1, 12))


def test_the_day_after_epiphany_is_the_seventh_of_january():
    u = reply("Os lo pago el día después de Reyes, que es cuando me pongo al día con el papeleo.",
              when="Wed, 30 Dec 2026 23:55:00 +0100", country="ES", tz="Europe/Madrid")
    assert (u.intent, u.promise_date) == ("promise", date(2027, 1, 7))


@pytest.mark.parametrize(
    "body, country",
    [
        ("Serait-il possible d'attendre le vote du budget 2027 pour que nous puissions mandater la facture ?", "FR"),
        ("Les solicitamos un aplazamiento del importe pendiente, fraccionándolo en pagos mensuales.", "ES"),
        ("Könnten Sie uns für den Restbetrag einen Zahlungsaufschub gewähren, bis der Zuschuss da ist?", "DE"),
        ("Vi chiedo se potete darci ancora un paio di mesi di tempo, se possibile senza interessi.", "IT"),
    ],
)
def test_asking_for_time_without_a_day_is_a_plan_request(body, country):
    u = reply(body, when="Tue, 12 Jan 2027 10:00:00 +0100", country=country)
    assert (u.intent, u.promise_date) == ("plan_request", None)
