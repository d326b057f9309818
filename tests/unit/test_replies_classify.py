"""understand(): intents, dates from the right place, and caution when a mail says two things."""

from datetime import UTC, date, datetime

import pytest

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand

HEAD = "From: Jean <jean@martin.fr>\nTo: r+tok@reply.example\nSubject: Re: Relance facture F-2025-0042\n"
HEAD += "Date: Mon, 03 Nov 2025 14:12:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"


def read(body, head=HEAD, **kw):
    mail = parse_mail((head + body).encode())
    kw.setdefault("known_invoice_numbers", ("F-2025-0042", "F-2025-0043"))
    return understand(mail, tz=kw.pop("tz", "Europe/Paris"), country=kw.pop("country", "FR"), **kw)


@pytest.mark.parametrize(
    "quote",
    [
        "Le lun. 3 nov. 2025 à 10:00, Atelier <a@b.fr> a écrit :\n> Merci de payer avant le 15/11.",
        "Le 03/11/2025 10:00, Atelier <a@b.fr> a\nécrit :\n> Merci de payer avant le 15/11.",
        "De : Atelier <a@b.fr>\nEnvoyé : lundi 3 novembre 2025 10:00\nÀ : jean@martin.fr\nObjet : Relance\n\nPayez avant le 15/11.",
        "From: Atelier <a@b.fr>\nSent: Monday, November 3, 2025 10:00\nTo: jean@martin.fr\nSubject: Reminder\n\nPay by 15/11.",
        "-------- Message d'origine --------\nDe : Atelier\nDate : 03/11/2025\nMerci de payer avant le 15/11.",
        "-----Original Message-----\nFrom: Atelier\nPay by 15/11.",
    ],
)
def test_dates_in_quoted_history_are_never_promises(quote):
    u = read("Je paierai bientôt.\n\n" + quote)
    assert u.intent == "promise" and u.promise_date is None and u.confidence < AUTO_ACT_CONFIDENCE
    assert "15/11" not in u.excerpt


def test_promise_with_date():
    u = read("Bonjour, je paierai la facture F-2025-0042 le 15 décembre.")
    assert (u.intent, u.promise_date, u.invoice_refs, u.language) == (
        "promise",
        date(2025, 12, 15),
        ("F-2025-0042",),
        "fr",
    )
    assert u.confidence >= AUTO_ACT_CONFIDENCE and "15 décembre" in u.excerpt


def test_past_or_far_promise_dates_are_dropped():
    assert read("Nous paierons le 10 octobre.").promise_date is None
    assert read("Nous paierons le 10/12/2027.").promise_date is None
    assert read("Nous paierons le 10 octobre.").confidence < AUTO_ACT_CONFIDENCE


def test_dispute_beats_promise_and_asks_the_firm():
    u = read("Le montant est erroné, nous attendons un avoir. Je paierai le 30 une fois l'avoir reçu.")
    assert u.intent == "dispute" and u.confidence < AUTO_ACT_CONFIDENCE and u.reason


def test_paid_with_method_and_date():
    u = read("Bonjour, le virement a été fait hier.")
    assert (u.intent, u.paid_on, u.method) == ("paid", date(2025, 11, 2), "transfer")
    u = read("We paid yesterday by bank transfer.", country="US", tz="America/New_York")
    assert (u.intent, u.paid_on, u.method, u.language) == ("paid", date(2025, 11, 2), "transfer", "en")


def test_negated_payment_is_not_paid():
    u = read("Nous n'avons pas encore payé, désolé.")
    assert u.intent != "paid"


def test_plan_request_counts_instalments():
    u = read("Serait-il possible de régler en 3 fois ?")
    assert (u.intent, u.instalments) == ("plan_request", 3)


def test_contact_change_gives_new_email():
    u = read("Merci d'envoyer désormais à compta@martin-sarl.fr.")
    assert (u.intent, u.new_email) == ("contact_change", "compta@martin-sarl.fr")
    u = read("Please contact ap@acme.com instead.", country="US", tz="America/New_York")
    assert (u.intent, u.new_email) == ("contact_change", "ap@acme.com")


def test_bank_details_are_flagged():
    u = read("Pouvez-vous me confirmer votre IBAN ? On nous a écrit qu'il avait changé.")
    assert u.intent == "bank_details"


def test_out_of_office_with_return_date():
    head = HEAD.replace("Subject: Re:", "Auto-Submitted: auto-replied\nSubject: Réponse automatique :")
    u = read("Je suis absente, de retour le 5 janvier.", head=head)
    assert (u.intent, u.return_date) == ("out_of_office", date(2026, 1, 5))
    u = read(
        "I am out of the office, back on January 5th.",
        head=head.replace("Réponse automatique", "Automatic reply"),
    )
    assert (u.intent, u.return_date) == ("out_of_office", date(2026, 1, 5))


def test_bounce_from_dsn():
    raw = "From: MAILER-DAEMON@x.fr\nSubject: Undelivered\nMIME-Version: 1.0\n"
    raw += 'Content-Type: multipart/report; report-type=delivery-status; boundary="d"\n\n'
    raw += "--d\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; gone@martin.fr\nAction: failed\n--d--\n"
    u = understand(parse_mail(raw.encode()), tz="Europe/Paris", country="FR")
    assert u.intent == "bounce" and u.confidence >= 0.95 and "gone@martin.fr" in u.excerpt


def test_no_date_header_uses_explicit_now_only():
    mail = parse_mail(
        HEAD.replace("Date: Mon, 03 Nov 2025 14:12:00 +0100\n", "").encode() + b"Je paie demain."
    )
    assert understand(mail, tz="Europe/Paris", country="FR").promise_date is None
    now = datetime(2025, 11, 3, 23, 30, tzinfo=UTC)  # already the 4th in Paris
    assert understand(mail, tz="Europe/Paris", country="FR", now=now).promise_date == date(2025, 11, 5)


def test_other_is_never_confident():
    for body in ("Merci, bien reçu.", "De quelle facture s'agit-il ?", "", "ok"):
        u = read(body)
        assert u.intent == "other" and u.confidence < AUTO_ACT_CONFIDENCE and len(u.excerpt) <= 300
