"""A forward without a 'Forwarded message' line, and a dispute beside a payment: who decides."""

from chalicelib.core.replies import parse_mail, understand
from chalicelib.core.replies.classify import MIXED_CAP
from chalicelib.core.replies.model import Model

REMINDER = (
    "De: Brenner Haustechnik GmbH <r+08e37d@reply.brenner-haustechnik.de>\n"
    "Gesendet: Mittwoch, 2. Dezember 2026 08:30\nAn: assistenz@hoefner-moebel.de\n"
    "Betreff: 2. Mahnung\n\nTrotz unserer Erinnerungen ist die Rechnung BH-26-0401 weiterhin offen.\n"
)


def mail(body, sender="assistenz@hoefner-moebel.de", to="r+08e37d@reply.brenner-haustechnik.de", subject="AW: 2. Mahnung"):
    raw = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Fri, 04 Dec 2026 09:40:00 +0100\r\n"
           "Message-ID: <f@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n"))
    return parse_mail(raw.encode())


def test_an_assistants_note_over_the_managers_answer_reads_the_answer():
    body = ("Sehr geehrte Damen und Herren,\n\nanbei die Rückmeldung unseres Geschäftsführers.\n\nLaura Kempf\n\n"
            "Von: Bernd Höfner <b.hoefner@hoefner-moebel.de>\nGesendet: Donnerstag, 3. Dezember 2026 17:12\n"
            "An: Assistenz <assistenz@hoefner-moebel.de>\nBetreff: AW: 2. Mahnung\n\n"
            "Ist bezahlt, Valuta 02.12. Kannst du denen kurz Bescheid geben?\nBH\n\n" + REMINDER)
    u = understand(mail(body), tz="Europe/Berlin", country="DE")
    assert u.intent == "paid"
    assert str(u.paid_on) == "2026-12-02"
    assert u.confidence < 0.8  # read through a forward: the firm confirms


def test_the_reminder_quoted_under_a_question_is_not_read_even_from_another_domain():
    body = ("Hello, what is the total amount due including fees?\n\n"
            "From: Dupont Studio <billing@dupont.studio>\nSent: 03 November 2025 10:00\nTo: accounts@acme.co.uk\n"
            "Subject: Reminder\n\nHello, invoice INV-1043 was due on 31/10/2025. It has been paid? Please settle it by 14/11.\n")
    u = understand(mail(body, sender="tom@acme.co.uk", to="r+k3@reply.atelier-dupont.fr", subject="Re: Reminder"),
                   tz="Europe/London", country="GB")
    assert u.intent == "other"


def test_a_colleagues_older_message_under_the_senders_own_answer_is_background():
    body = ("Hello,\n\nI've entered it and it will go out in our next check run, which is Thursday 12/10.\n\nMegan\n\n"
            "-----Original Message-----\nFrom: Anita Patel <apatel@lakeview.com>\nSent: Monday, November 23, 2026 8:47 PM\n"
            "To: Megan <megan@lakeview.com>\nSubject: FW: reminder\n\nMegan can you take care of this? I thought we paid it.\n")
    u = understand(mail(body, sender="megan@lakeview.com", to="r+a5@reply.firm.com", subject="FW: reminder"),
                   tz="America/New_York", country="US")
    assert u.intent == "promise"
    assert str(u.promise_date) == "2026-12-10"


def _model(dispute, paid):
    return Model(("dispute", "other", "paid", "promise"), (dispute, 0.0, paid, 0.0), {}, {})


PAID_AND_COMPLAINT = ("Bonjour,\n\nLa facture FA-26-0773 a été réglée par virement le 12/11/2026. Par ailleurs nous "
                      "contestons les pénalités de retard, qui ne sont pas justifiées.\n\nCordialement\n")


def test_a_dispute_beside_a_payment_goes_to_what_the_model_finds_likelier():
    m = mail(PAID_AND_COMPLAINT, sender="compta@client.fr", to="r+1@reply.firm.fr", subject="RE: Relance")
    rules = understand(m, tz="Europe/Paris", country="FR", model=_model(dispute=3.0, paid=0.0))
    assert rules.intent == "dispute" and rules.confidence <= MIXED_CAP
    u = understand(m, tz="Europe/Paris", country="FR", model=_model(dispute=0.0, paid=3.0))
    assert u.intent == "paid"
    assert u.confidence <= MIXED_CAP  # never acted on: the firm decides
