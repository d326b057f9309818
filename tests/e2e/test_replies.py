"""Debtor replies end to end: reminder out through SES, reply in through S3 + SNS -> inbound_email, then the
timeline, the schedule and the firm's forward. Reply bodies carry quoted history from third-party corpora."""

import json
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from tests.factories import invoice_body

FIRM = "relances@atelier-dupont.fr"


def at(day, month=11, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def reminder(stack, tenant, auth):
    stack.now = at(1)
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2026-11-02")))
    stack.run(at(3))
    (m,) = [m for m in stack.outbox() if m["To"] == "compta@martin.fr"]
    return m


def answer(reminder, body: str, when: datetime, subject=None, headers=None) -> bytes:
    """A real reply: To the Reply-To address, threaded under the reminder."""
    msg = EmailMessage()
    msg["From"] = "Paul Martin <compta@martin.fr>"
    msg["To"] = reminder["Reply-To"]
    msg["Subject"] = subject or "RE: " + reminder["Subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{when.timestamp():.0f}.reply@martin.fr>"
    msg["In-Reply-To"] = reminder["Message-ID"]
    msg["References"] = reminder["Message-ID"]
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg.as_bytes()


def invoice(stack, auth):
    return json.loads(stack.http.get("/v1/invoices/inv_812", headers=auth).body)


def forward_to_firm(stack):
    fwd = [m for m in stack.outbox() if m["To"] == FIRM and "original.eml" in m.as_string()]
    assert fwd, "the reply was not forwarded to the firm"
    return fwd[-1]


def test_promise_reply_with_outlook_history(stack, auth, reminder, corpora):
    # EmailReplyParser's French Outlook block: its "Envoyé le : jeudi 15 décembre 2016" must not become a promise.
    quoted = (corpora / "emails/willdurand-EmailReplyParser/email_10.txt").read_text().split("\n\n", 1)[1]
    body = "Bonjour,\n\nNous réglerons la facture F-2026-0042 le 20 novembre.\n\nCordialement,\nPaul\n\n" + quoted
    result = stack.deliver_email(answer(reminder, body, at(4, hour=8)), at=at(4))
    assert result["result"] == "promised" and result["matched_by"] == "token"

    inv = invoice(stack, auth)
    assert inv["collection"]["state"] == "promised" and inv["collection"]["promise_date"] == "2026-11-20"
    (got,) = [e for e in inv["timeline"] if e["type"] == "reply_received"]
    assert got["detail"]["intent"] == "promise" and got["detail"]["promise_date"] == "2026-11-20"
    assert got["detail"]["s3_key"].startswith("inbound/") and "2016" not in got["detail"]["excerpt"]
    assert "promise_made" in [e["type"] for e in inv["timeline"]]

    fwd = forward_to_firm(stack)
    first = fwd.get_body(("plain",)).get_content().splitlines()[0]
    assert first.startswith("Relance a compris\u00a0: promesse de paiement le 20 novembre 2026. Action\u00a0:")
    (original,) = [p for p in fwd.walk() if p.get_content_type() == "message/rfc822"]
    assert original.get_content()["In-Reply-To"] == reminder["Message-ID"]
    confirmations = [m for m in stack.outbox() if m["To"] == "compta@martin.fr"][1:]
    assert len(confirmations) == 1 and confirmations[0]["In-Reply-To"]

    before = len(stack.outbox())
    stack.run(at(10))  # within the promise: no reminder
    assert [m for m in stack.outbox()[before:] if m["To"] == "compta@martin.fr"] == []


def test_out_of_office_reply_moves_the_next_reminder(stack, auth, reminder, corpora):
    quoted = (corpora / "emails/talon/multilingual/test_french_from_block.txt").read_text().split("\n\n", 1)[1]
    body = ("Bonjour,\n\nJe suis absent du bureau jusqu'au 23 novembre inclus, sans accès à mes e-mails.\n\n"
            + quoted)
    raw = answer(reminder, body, at(4), subject="Réponse automatique : " + reminder["Subject"],
                 headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
    assert stack.deliver_email(raw, at=at(4))["result"] == "ooo_paused"
    inv = invoice(stack, auth)
    # "jusqu'au 23 novembre inclus": back on the 24th (README), the next reminder the business day after
    assert inv["collection"]["state"] == "paused" and inv["collection"]["paused_until"] == "2026-11-25"
    assert inv["collection"]["next_action_at"] >= "2026-11-25"
    (paused,) = [e for e in inv["timeline"] if e["type"] == "paused"]
    assert "2026-11-24" in paused["detail"]["reason"]
    assert "prochaine relance reportée au 25 novembre 2026" in forward_to_firm(stack).get_body(
        ("plain",)).get_content()
    before = len(stack.outbox())
    stack.run(at(20))
    assert [m for m in stack.outbox()[before:] if m["To"] == "compta@martin.fr"] == []


def test_dispute_and_a_question_reach_the_firm(stack, auth, reminder, corpora):
    quoted = (corpora / "emails/talon/multilingual/test_french_multiline_from_block.txt").read_text()
    quoted = quoted.split("\n\n", 1)[1] if "\n\n" in quoted else quoted
    question = answer(reminder, "Bonjour, qui dois-je contacter chez vous pour le bon de commande ?\n\n" + quoted,
                      at(4))
    assert stack.deliver_email(question, at=at(4))["result"] == "held"
    assert invoice(stack, auth)["collection"]["state"] == "active"
    assert "à vous de décider" in forward_to_firm(stack).get_body(("plain",)).get_content().splitlines()[0]

    dispute = answer(reminder, "Nous contestons cette facture : la livraison n'a jamais eu lieu.\n\n" + quoted,
                     at(5))
    assert stack.deliver_email(dispute, at=at(5))["result"] == "disputed"
    inv = invoice(stack, auth)
    assert inv["collection"]["state"] == "disputed" and inv["collection"]["next_action_at"] is None
