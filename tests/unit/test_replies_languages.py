"""Phrasings the first rules missed (from independently written replies) and German, Spanish, Italian."""

from datetime import date

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand
from chalicelib.core.replies.quotes import strip_quotes

# Monday 16 November 2026, 10:00 local
HEAD = ("From: Debtor <d@example.org>\nTo: r+tok@reply.example\nSubject: {subject}\n"
        "Date: Mon, 16 Nov 2026 10:00:00 {offset}\nContent-Type: text/plain; charset=utf-8\n\n")
WHERE = {"FR": ("Europe/Paris", "+0100"), "GB": ("Europe/London", "+0000"), "US": ("America/New_York", "-0500"),
         "DE": ("Europe/Berlin", "+0100"), "ES": ("Europe/Madrid", "+0100"), "IT": ("Europe/Rome", "+0100")}


def read(body, country="FR", subject="Re: Relance facture F-1", auto=False):
    tz, offset = WHERE[country]
    head = HEAD.format(subject=subject, offset=offset)
    if auto:
        head = "Auto-Submitted: auto-replied\n" + head
    return understand(parse_mail((head + body).encode()), tz=tz, country=country)


def d(day, month=11, year=2026):
    return date(year, month, day)


@pytest.mark.parametrize("country,body,intent,field,value", [
    # French: payment said without "payé", promise in the present tense, plain stop requests
    ("FR", "c fait ce matin", "paid", "paid_on", d(16)),
    ("FR", "Je vous ai remis un chèque en main propre vendredi.", "paid", "paid_on", d(13)),
    ("FR", "Les factures ont été réglées ensemble le 12 novembre.", "paid", "paid_on", d(12)),
    ("FR", "Je fais le virement jeudi.", "promise", "promise_date", d(19)),
    ("FR", "J'ai réglé une partie le mois dernier. Je règle le solde le 8.", "promise", "promise_date", d(8, 12)),
    ("FR", "Le paiement partira avec notre campagne de virements du 10.", "promise", "promise_date", d(10, 12)),
    ("FR", "Elle sera réglée à 45 jours fin de mois.", "promise", "promise_date", d(31, 12)),
    ("FR", "Merci de ne plus m'envoyer ces mails.", "unsubscribe", None, None),
    ("FR", "Je vous demande de supprimer mon adresse e-mail de vos listes.", "unsubscribe", None, None),
    ("FR", "Je ne suis pas d'accord avec le nombre d'heures facturées.", "dispute", None, None),
    ("FR", "Livraison incomplète : 3 cartons manquants.", "dispute", None, None),
    ("FR", "Pourrais-je payer 200 € par mois à partir de décembre ?", "plan_request", None, None),
    # English
    ("GB", "Sorry, I'll get it paid by the 20th.", "promise", "promise_date", d(20)),
    ("GB", "It will be with you by the 15th.", "promise", "promise_date", d(15, 12)),
    ("GB", "will pay fri", "promise", "promise_date", d(20)),
    ("US", "I'll make sure you have it before Friday.", "promise", "promise_date", d(19)),
    ("US", "Our next check run is Thursday and your invoice is on it.", "promise", "promise_date", d(19)),
    ("US", "The transfer went out this morning.", "paid", "paid_on", d(16)),
    ("US", "Check #4471 was mailed on 11/6. Should be there any day.", "paid", "paid_on", d(6)),
    ("GB", "Morning, the money went across yesterday afternoon.", "paid", "paid_on", d(15)),
    ("GB", "The cheque is in the post.", "paid", None, None),
    ("GB", "please take this address off your list. Thanks", "unsubscribe", None, None),
    ("GB", "You've charged VAT twice on this. Please reissue.", "dispute", None, None),
    ("US", "can i split this over 2 or 3 payments pls", "plan_request", None, None),
    # German
    ("DE", "Guten Tag, wir überweisen den offenen Betrag bis zum 20.", "promise", "promise_date", d(20)),
    ("DE", "Die Rechnung wird Ende des Monats beglichen.", "promise", "promise_date", d(30)),
    ("DE", "Wir begleichen die Rechnung innerhalb von 10 Tagen.", "promise", "promise_date", d(26)),
    ("DE", "Zahlung folgt am Montag, 23.11.", "promise", "promise_date", d(23)),
    ("DE", "Guten Morgen, die Überweisung wurde am Freitag ausgeführt.", "paid", "paid_on", d(13)),
    ("DE", "Der Betrag wurde bereits am 03.11. überwiesen.", "paid", "paid_on", d(3)),
    ("DE", "Die Zahlung ist gestern raus.", "paid", "paid_on", d(15)),
    ("DE", "Die Ware kam beschädigt an. Bis dahin zahlen wir nicht.", "dispute", None, None),
    ("DE", "Wir haben diese Leistung nie bestellt.", "dispute", None, None),
    # Spanish
    ("ES", "Lo pagaremos antes del día 20.", "promise", "promise_date", d(20)),
    ("ES", "La factura quedará pagada a finales de mes.", "promise", "promise_date", d(30)),
    ("ES", "Les abonaremos el importe el día 5 del mes que viene.", "promise", "promise_date", d(5, 12)),
    ("ES", "Mañana sin falta hago la transferencia.", "promise", "promise_date", d(17)),
    ("ES", "Pagado ayer, revisa la cuenta", "paid", "paid_on", d(15)),
    ("ES", "La factura se abonó el pasado viernes.", "paid", "paid_on", d(13)),
    ("ES", "Esta mañana hemos ordenado el pago.", "paid", "paid_on", d(16)),
    ("ES", "El importe no coincide con el presupuesto que aceptamos.", "dispute", None, None),
    # Italian
    ("IT", "Provvediamo al pagamento entro il 20.", "promise", "promise_date", d(20)),
    ("IT", "La fattura verrà saldata a fine mese.", "promise", "promise_date", d(30)),
    ("IT", "Procederemo al pagamento entro 15 giorni.", "promise", "promise_date", d(1, 12)),
    ("IT", "venerdì pago promesso", "promise", "promise_date", d(20)),
    ("IT", "La fattura è stata saldata venerdì scorso.", "paid", "paid_on", d(13)),
    ("IT", "Vi abbiamo fatto il bonifico stamattina.", "paid", "paid_on", d(16)),
    ("IT", "Contestiamo integralmente il credito.", "dispute", None, None),
    ("IT", "L'importo non corrisponde al preventivo.", "dispute", None, None),
])
def test_phrasings(country, body, intent, field, value):
    u = read(body, country)
    assert u.intent == intent, (u.intent, u.confidence, u.signals)
    if field:
        assert getattr(u, field) == value


@pytest.mark.parametrize("country,subject,body,back", [
    ("DE", "Abwesenheitsnotiz: Mahnung", "Ich bin am 30.11. wieder im Haus.", d(30)),
    ("DE", "Automatische Antwort: Mahnung", "Ich bin bis einschließlich 20.11. nicht im Büro. Ab dem 23.11. bin ich wieder erreichbar.", d(23)),
    ("ES", "Respuesta automática: Recordatorio", "Estaré fuera hasta el 2 de diciembre incluido, sin acceso al correo.", d(3, 12)),
    ("ES", "Respuesta automática: Recordatorio", "Hoy no estoy en la oficina. Vuelvo mañana.", d(17)),
    ("IT", "Risposta automatica: Sollecito", "Sarò fuori ufficio fino al 24 novembre con accesso limitato alla posta.", d(24)),
    ("IT", "Risposta automatica: Sollecito", "I nostri uffici resteranno chiusi il 16 e il 17. Riapriremo mercoledì 18 novembre.", d(18)),
    ("FR", "Réponse automatique : Relance", "Nos bureaux sont fermés du 24 décembre au 3 janvier. Réouverture le lundi 4 janvier 2027.", d(4, 1, 2027)),
])
def test_out_of_office_return_dates(country, subject, body, back):
    u = read(body, country, subject=subject, auto=True)
    assert (u.intent, u.return_date) == ("out_of_office", back)


def test_questions_and_hints_never_act():
    u = read("Bonjour, est-ce que je peux payer par carte bancaire ?")
    assert u.intent == "other"
    u = read("Quel est le montant exact à régler si nous payons la semaine prochaine ?")
    assert u.intent == "other"
    u = read("Je m'en occupe dans la journée.")
    assert u.intent == "promise" and u.promise_date == d(16) and u.confidence < AUTO_ACT_CONFIDENCE
    u = read("I will make sure this is paid early next week.", "GB")
    assert u.intent == "promise" and u.promise_date is None and u.confidence < AUTO_ACT_CONFIDENCE


def test_bank_question_beside_a_promise_is_not_acted_on():
    u = read("Je fais le virement jeudi. C'est bien toujours le même IBAN ?")
    assert u.intent == "promise" and "bank_details" in u.signals and u.confidence < AUTO_ACT_CONFIDENCE
    u = read("Avant de payer, pouvez-vous confirmer l'IBAN ? Je paierai le 20.")
    assert u.intent == "bank_details"


def test_the_language_decides_day_first_for_us_senders():
    assert read("I'll pay on 12/11.", "US").promise_date == d(11, 12)
    assert read("Lo pagaremos el 1/12.", "US").promise_date == d(1, 12)
    assert read("I'll pay on 1/12.", "US").promise_date == d(12, 1, 2027)
    assert read("I'll pay on 1/12.", "GB").promise_date == d(1, 12)


def test_languages_are_recognised():
    assert read("Wir zahlen bis zum 20. Mit freundlichen Grüßen", "DE").language == "de"
    assert read("Hola, lo pagaremos el viernes. Un saludo", "ES").language == "es"
    assert read("Buongiorno, provvediamo al pagamento entro il 20. Saluti", "IT").language == "it"


@pytest.mark.parametrize("quote", [
    "Am 16.11.2026 um 10:00 schrieb Atelier <a@b.fr>:\n> Bitte zahlen Sie bis 30.11.",
    "Am Mo., 16. Nov. 2026 um 10:00 Uhr schrieb Atelier <a@b.fr>:\n> Bitte zahlen Sie bis 30.11.",
    "Von: Atelier <a@b.fr>\nGesendet: Montag, 16. November 2026 10:00\nAn: d@example.org\nBetreff: Mahnung\n\nBitte zahlen Sie bis 30.11.",
    "El lun, 16 nov 2026 a las 10:00, Atelier (<a@b.fr>) escribió:\n> Pague antes del 30/11.",
    "El 16 nov 2026, a las 10:00, Atelier <a@b.fr> escribió:\n> Pague antes del 30/11.",
    "De: Atelier <a@b.fr>\nEnviado: lunes, 16 de noviembre de 2026 10:00\nPara: d@example.org\nAsunto: Recordatorio\n\nPague antes del 30/11.",
    "Il giorno lun 16 nov 2026 alle ore 10:00 Atelier <a@b.fr> ha scritto:\n> Pagare entro il 30/11.",
    "Il giorno 16 nov 2026, alle ore 10:00, Atelier <a@b.fr> ha scritto:\n> Pagare entro il 30/11.",
    "Da: Atelier <a@b.fr>\nInviato: lunedì 16 novembre 2026 10:00\nA: d@example.org\nOggetto: Sollecito\n\nPagare entro il 30/11.",
])
def test_german_spanish_italian_quote_headers(quote):
    new = strip_quotes("Grazie, gracias, danke.\n\n" + quote)
    assert new == "Grazie, gracias, danke."


@pytest.mark.parametrize("footer", ["Enviado desde mi iPhone", "Inviato da iPhone", "Gesendet von meinem iPhone"])
def test_mobile_footers_in_more_languages(footer):
    assert strip_quotes(f"Pagato ieri\n\n{footer}\n\nDa: x") == "Pagato ieri"


def test_colleague_answer_after_a_dash_line_is_read():
    body = ("Forwarding to our AP team.\n\nRachel\n\n--\n\nHi Rachel, thanks. It's scheduled to go out with "
            "Friday's payments.\n\nMark\n\n________________________________\nFrom: Firm <a@b.com>\n"
            "Sent: Monday, November 16, 2026 5:02 AM\nTo: x\nSubject: Reminder\n\nPlease pay.")
    u = read(body, "US")
    assert (u.intent, u.promise_date) == ("promise", d(20))


@pytest.mark.parametrize("country,body", [
    ("DE", "Hab noch nicht bezahlt, mache ich morgen."),
    ("FR", "Je n'ai pas encore payé, je le ferai lundi."),
    ("GB", "We have not paid yet, we will settle on Friday."),
])
def test_negated_or_muddled_payments_never_act_as_paid(country, body):
    u = read(body, country)
    assert u.intent != "paid"
    assert u.intent == "promise" and (u.confidence < AUTO_ACT_CONFIDENCE or u.promise_date is not None)


def test_spanish_preterite_with_ya_is_a_payment():
    u = read("Ya os pagamos el martes pasado.", "ES")
    assert (u.intent, u.paid_on) == ("paid", d(10))
