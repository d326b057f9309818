"""Debtor replies on the in-memory twins: matching, what is recorded, what is done, what the firm reads."""

import copy
import email
import email.policy
import json
import uuid
from datetime import UTC, date, datetime

import pytest

from chalicelib.adapters.mailstore import MemoryMailStore
from chalicelib.core import intake as core_intake
from chalicelib.services import dunning, inbound, intake
from tests.factories import generic_event

FIRM = "relances@atelier-dupont.fr"
NOW = datetime(2026, 12, 3, 9, 5, tzinfo=UTC)  # Thursday 10:05 in Paris


def at(month, day, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def deps(deps):
    deps.mail_store = MemoryMailStore()
    return deps


@pytest.fixture
def notice(corpora):
    """The SES "Received" notice of the S3 action, as AWS documents it (SNS message of the composed event)."""
    event = json.loads((corpora / "aws-ses" / "COMPOSED_sns-lambda-event_ses-received-s3-action.json").read_text())
    return json.loads(event["Records"][0]["Sns"]["Message"])


@pytest.fixture
def sent(deps, tenant):
    """Two invoices for SARL Martin and the first reminder they got (its Reply-To and Message-ID)."""
    for inv, due in (("inv_1", "2026-11-02"), ("inv_2", "2026-11-20")):
        ev = core_intake.parse_generic(generic_event(id=inv, number=f"F-{inv}", due_on=due, customer_id="c_1",
                                                     occurred_at="2026-11-01T09:00:00Z"), "evt_" + inv)
        intake.apply(deps.store, tenant, ev, at(11, 1))
    dunning.daily_run(deps, at(11, 3))
    for m in deps.queue.messages:
        dunning.send_reminder(deps, m["tenant_id"], m["customer_id"], at(11, 3))
    deps.queue.messages.clear()
    msg = email.message_from_bytes(deps.mailer.sent[-1].raw, policy=email.policy.default)
    deps.mailer.sent.clear()
    return {"reply_to": msg["Reply-To"], "message_id": msg["Message-ID"], "subject": msg["Subject"]}


def reply(body: str, *, to: str, subject="Re: Votre facture", sender="Paul Martin <compta@martin.fr>",
          in_reply_to=None, headers="", date_header="Thu, 03 Dec 2026 10:00:00 +0100") -> bytes:
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Date: {date_header}",
             f"Message-ID: <{uuid.uuid4().hex}@martin.fr>"]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    head = "\r\n".join(lines) + "\r\n" + headers
    return (head + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n")).encode()

BUCKET = "relance-test-inbound"


def deliver(deps, notice, raw: bytes, to: str, spam="PASS", virus="PASS", ses_id=None, now=NOW) -> dict:
    msg = copy.deepcopy(notice)
    key = f"inbound/{uuid.uuid4().hex}"
    deps.mail_store.put(key, raw, BUCKET)
    msg["receipt"].update(recipients=[to], spamVerdict={"status": spam}, virusVerdict={"status": virus})
    msg["receipt"]["action"].update(bucketName=BUCKET, objectKey=key)
    msg["mail"].update(messageId=ses_id or uuid.uuid4().hex[:20], destination=[to])
    return inbound.handle_notice(deps, msg, now)


def mails(deps, to=None):
    out = [(m.to, email.message_from_bytes(m.raw, policy=email.policy.default)) for m in deps.mailer.sent]
    return [msg for rcpt, msg in out if to is None or to in rcpt]


def forwards(deps):
    return [m for m in mails(deps, FIRM) if any(p.get_content_type() == "message/rfc822" for p in m.walk())]


def line(msg) -> str:
    return msg.get_body(("plain",)).get_content().splitlines()[0]


def events(deps, tenant, inv="inv_1", kind=None):
    return [e for e in deps.store.timeline(tenant.id, inv) if kind is None or e.type == kind]


def state(deps, tenant, inv="inv_1"):
    return deps.store.get_invoice(tenant.id, inv).collection


def test_promise_by_reply_follows_the_page_lifecycle_and_the_firm_reads_one_line(deps, tenant, sent, notice):
    raw = reply("Bonjour,\n\nNous réglerons la facture le 15 décembre.\n\nCordialement,\nPaul", to=sent["reply_to"],
                in_reply_to=sent["message_id"])
    out = deliver(deps, notice, raw, sent["reply_to"], ses_id="ses-promise")
    assert out["result"] == "promised" and out["matched_by"] == "token"
    c = state(deps, tenant)
    assert c.state == "promised" and c.promise_date == date(2026, 12, 15)
    got = events(deps, tenant, kind="reply_received")[0].detail
    assert got["intent"] == "promise" and got["promise_date"] == "2026-12-15" and got["acted"] is True
    assert got["ses_message_id"] == "ses-promise" and got["s3_key"].startswith("inbound/")
    assert "15 décembre" in got["excerpt"]
    made = events(deps, tenant, kind="promise_made")[0]
    assert made.source == "email" and made.detail["excerpt"] == got["excerpt"]
    (fwd,) = forwards(deps)
    assert line(fwd) == ("Relance a compris\u00a0: promesse de paiement le 15 décembre 2026. "
                         "Action\u00a0: relances suspendues jusqu'au 18 décembre 2026.")
    original = next(p for p in fwd.walk() if p.get_content_type() == "message/rfc822")
    assert original.get_content()["Message-ID"] == email.message_from_bytes(raw)["Message-ID"]
    assert fwd["Reply-To"] == "compta@martin.fr" and fwd["Auto-Submitted"] == "auto-generated"
    confirm = mails(deps, "compta@martin.fr")
    assert len(confirm) == 1 and "15 décembre 2026" in confirm[0].get_body(("plain",)).get_content()


def test_out_of_office_moves_the_next_reminder_after_the_return_date(deps, tenant, sent, notice):
    raw = reply("Je suis absent du bureau jusqu'au 4 janvier 2027. Je lirai votre message à mon retour.",
                to=sent["reply_to"], subject="Réponse automatique : Votre facture",
                headers="Auto-Submitted: auto-replied\r\n")
    assert deliver(deps, notice, raw, sent["reply_to"])["result"] == "ooo_paused"
    for inv in ("inv_1", "inv_2"):
        c = state(deps, tenant, inv)
        assert c.state == "paused" and c.paused_until == date(2027, 1, 5)  # back on Monday 4, mail on Tuesday
        assert c.next_action_at.date() >= date(2027, 1, 5)
        (p,) = events(deps, tenant, inv, "paused")
        assert p.detail["until"] == "2027-01-05" and "2027-01-04" in p.detail["reason"]
    assert events(deps, tenant, kind="reply_received")[0].detail["return_date"] == "2027-01-04"
    assert mails(deps, "compta@martin.fr") == []  # an auto-reply is never answered
    assert "prochaine relance reportée au 5 janvier 2027" in line(forwards(deps)[0])


def test_out_of_office_without_a_date_pauses_a_week_and_says_so(deps, tenant, sent, notice):
    raw = reply("Je suis absent du bureau en ce moment, avec un accès limité à mes e-mails.", to=sent["reply_to"],
                subject="Réponse automatique : Votre facture", headers="Auto-Submitted: auto-replied\r\n")
    deliver(deps, notice, raw, sent["reply_to"])
    assert state(deps, tenant).paused_until == date(2026, 12, 10)
    assert "relances suspendues 7 jours, jusqu'au 10 décembre 2026" in line(forwards(deps)[0])


def test_dispute_stops_only_the_invoice_named(deps, tenant, sent, notice):
    raw = reply("Bonjour,\nNous contestons la facture F-inv_2 : la prestation n'a jamais été livrée.\nPaul",
                to=sent["reply_to"])
    assert deliver(deps, notice, raw, sent["reply_to"])["result"] == "disputed"
    assert state(deps, tenant, "inv_2").state == "disputed" and state(deps, tenant, "inv_2").next_action_at is None
    assert state(deps, tenant, "inv_1").state == "active"
    assert events(deps, tenant, "inv_1", "reply_received") == []  # recorded where it applies
    assert "relances arrêtées pour F-inv_2" in line(forwards(deps)[0])


def test_paid_claim_pauses_for_the_grace_period(deps, tenant, sent, notice):
    raw = reply("Bonjour, nous avons réglé ces factures par virement le 1er décembre. Cordialement",
                to=sent["reply_to"])
    assert deliver(deps, notice, raw, sent["reply_to"])["result"] == "paid_paused"
    (claim,) = events(deps, tenant, kind="paid_claimed")
    assert claim.detail["paid_on"] == "2026-12-01" and claim.detail["method"] == "transfer"
    assert state(deps, tenant).state == "paused"
    assert line(forwards(deps)[0]).startswith(
        "Relance a compris\u00a0: paiement déclaré par virement le 1er décembre 2026. Action\u00a0: relances suspendues")


def test_plan_request_is_for_the_firm_to_accept(deps, tenant, sent, notice):
    raw = reply("Bonjour, serait-il possible de régler en 3 fois ? Nous avons des difficultés de trésorerie.",
                to=sent["reply_to"])
    assert deliver(deps, notice, raw, sent["reply_to"])["result"] == "plan_requested"
    assert events(deps, tenant, kind="plan_requested")[0].detail["instalments"] == 3
    assert state(deps, tenant).state == "active"
    assert "demande d'échéancier en 3 fois" in line(forwards(deps)[0])


def test_copy_request_sends_the_invoice_links_to_the_known_address_only(deps, tenant, sent, notice):
    raw = reply("Bonjour, pourriez-vous nous renvoyer la facture F-inv_1 ? Nous ne la retrouvons pas.",
                to=sent["reply_to"], sender="Quelqu'un <autre@ailleurs.test>")
    assert deliver(deps, notice, raw, sent["reply_to"])["result"] == "copy_sent"
    assert mails(deps, "autre@ailleurs.test") == []
    (copy_,) = mails(deps, "compta@martin.fr")
    body = copy_.get_body(("plain",)).get_content()
    assert "https://pay.example/inv_1.pdf" in body and "https://pay.example/inv_1" in body
    assert "inv_2" not in body and copy_["Reply-To"] == sent["reply_to"]
    assert "F-inv_1" in copy_["Subject"] and "lien vers F-inv_1 envoyé au client" in line(forwards(deps)[0])


@pytest.mark.parametrize("body,kind,words", [
    ("Bonjour, merci d'adresser désormais vos relances à factures@martin.fr, je quitte l'entreprise.",
     "contact_change", "nouvelle adresse\u00a0: factures@martin.fr"),
    ("Bonjour, pouvez-vous nous confirmer vos coordonnées bancaires ? Nous avons reçu un courrier annonçant un "
     "changement d'IBAN.", "bank_details", "possible tentative de fraude"),
    ("Merci de ne plus m'envoyer ces emails, désinscrivez-moi.", "unsubscribe", "n'est pas de la prospection"),
])
def test_firm_only_intents_change_nothing_and_answer_nobody(deps, tenant, sent, notice, body, kind, words):
    before = state(deps, tenant)
    assert deliver(deps, notice, reply(body, to=sent["reply_to"]), sent["reply_to"])["result"] == kind
    assert state(deps, tenant) == before
    assert mails(deps, "compta@martin.fr") == [] and mails(deps, "factures@martin.fr") == []
    assert words in line(forwards(deps)[0])
    assert events(deps, tenant, kind="reply_received")[0].detail["acted"] is False  # in the digest's to-do


def test_low_confidence_asks_the_firm(deps, tenant, sent, notice):
    raw = reply("Bonjour, je regarde ça avec mon associé et je reviens vers vous.", to=sent["reply_to"])
    assert deliver(deps, notice, raw, sent["reply_to"])["result"] == "held"
    assert state(deps, tenant).state == "active" and mails(deps, "compta@martin.fr") == []
    assert "Action\u00a0: aucune (compréhension incertaine), à vous de décider." in line(forwards(deps)[0])


def test_a_date_in_the_quote_header_is_never_a_promise(deps, tenant, sent, notice):
    raw = reply("Je paierai.\n\nLe lun. 14 déc. 2026 à 10:00, Atelier Dupont <relances@atelier-dupont.fr> a écrit :\n"
                "> Merci de régler la facture avant le 20 décembre 2026.\n", to=sent["reply_to"])
    out = deliver(deps, notice, raw, sent["reply_to"])
    got = events(deps, tenant, kind="reply_received")[0].detail
    assert got["promise_date"] is None and out["result"] == "held"
    assert state(deps, tenant).state == "active" and events(deps, tenant, kind="promise_made") == []


def test_bounce_report_by_reply_blocks_the_address(deps, tenant, sent, notice):
    dsn = (f"From: Mail Delivery System <MAILER-DAEMON@mx.martin.fr>\r\nTo: {sent['reply_to']}\r\n"
           "Subject: Undelivered Mail Returned to Sender\r\nDate: Thu, 03 Dec 2026 10:00:00 +0100\r\n"
           "Message-ID: <dsn1@mx.martin.fr>\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
           "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
           "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.martin.fr\r\n\r\n"
           "Final-Recipient: rfc822; compta@martin.fr\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--B--\r\n").encode()
    assert deliver(deps, notice, dsn, sent["reply_to"])["result"] == "blocked"
    assert deps.store.get_customer(tenant.id, "c_1").blocked == {"compta@martin.fr": "bounced"}
    assert state(deps, tenant).next_action_at is None
    assert events(deps, tenant, kind="bounced")


def test_thread_and_sender_matches_record_but_never_act(deps, tenant, sent, notice):
    promise = "Nous réglerons la facture le 15 décembre."
    by_thread = reply(promise, to="factures@reply.atelier-dupont.fr", in_reply_to=sent["message_id"])
    assert deliver(deps, notice, by_thread, "factures@reply.atelier-dupont.fr")["matched_by"] == "thread"
    by_sender = reply(promise, to="factures@reply.atelier-dupont.fr")
    out = deliver(deps, notice, by_sender, "factures@reply.atelier-dupont.fr")
    assert out["matched_by"] == "sender" and out["result"] == "held"
    assert state(deps, tenant).state == "active" and len(events(deps, tenant, kind="reply_received")) == 2
    assert "adresse de réponse non authentifiée" in line(forwards(deps)[-1])


def test_forged_token_is_not_trusted(deps, tenant, sent, notice):
    forged = "r+" + "a" * 28 + "@reply.atelier-dupont.fr"
    out = deliver(deps, notice, reply("Nous réglerons la facture le 15 décembre.", to=forged), forged)
    assert out["result"] == "held" and out["matched_by"] == "sender"
    assert "falsifiée ou altérée" in line(forwards(deps)[0]) and state(deps, tenant).state == "active"


def test_unmatched_mail_goes_to_the_firm_marked_so(deps, tenant, sent, notice):
    raw = reply("Bonjour, avez-vous reçu notre bon de commande ?", to="contact@reply.atelier-dupont.fr",
                sender="Inconnu <qui@nulle-part.test>")
    assert deliver(deps, notice, raw, "contact@reply.atelier-dupont.fr")["result"] == "unmatched"
    (fwd,) = forwards(deps)
    assert fwd["Subject"].startswith("[non rattaché]") and "n'a pas rattaché ce message" in line(fwd)


def test_mail_for_no_tenant_is_kept_and_logged(deps, tenant, sent, notice):
    raw = reply("Hello", to="someone@elsewhere.test")
    out = deliver(deps, notice, raw, "someone@elsewhere.test")
    assert out["result"] == "no_tenant" and deps.mailer.sent == [] and (BUCKET, out["s3_key"]) in deps.mail_store.objects


@pytest.mark.parametrize("verdict", [{"spam": "FAIL"}, {"virus": "FAIL"}])
def test_spam_or_virus_is_flagged_kept_and_not_acted_on(deps, tenant, sent, notice, verdict):
    raw = reply("Nous réglerons la facture le 15 décembre.", to=sent["reply_to"])
    out = deliver(deps, notice, raw, sent["reply_to"], **verdict)
    assert out["result"] == "held" and state(deps, tenant).state == "active"
    (fwd,) = forwards(deps)
    assert fwd["Subject"].startswith("[SPAM ?]" if "spam" in verdict else "[VIRUS ?]")
    assert fwd["Reply-To"] is None and mails(deps, "compta@martin.fr") == []


@pytest.mark.parametrize("raw", [
    b"\x00\xff garbage without headers",
    b"From: =?utf-8?q?broken\r\nTo: <<<\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n--\r\n\xe9\xe9",
    b"",
])
def test_malformed_mime_never_crashes(deps, tenant, sent, notice, raw):
    out = deliver(deps, notice, raw, sent["reply_to"])
    assert out["result"] == "held" and len(mails(deps, FIRM)) == 1
    assert len(forwards(deps)) == (1 if raw else 0)  # an empty object has nothing to attach


def test_redelivery_is_idempotent(deps, tenant, sent, notice):
    raw = reply("Nous réglerons la facture le 15 décembre.", to=sent["reply_to"])
    deliver(deps, notice, raw, sent["reply_to"], ses_id="twice")
    count = len(deps.mailer.sent)
    assert deliver(deps, notice, raw, sent["reply_to"], ses_id="twice") == {"result": "duplicate"}
    assert len(deps.mailer.sent) == count and len(events(deps, tenant, kind="reply_received")) == 1


def test_the_forward_is_retried_if_the_first_run_died_before_it(deps, tenant, sent, notice, monkeypatch):
    from chalicelib.services import inbound_forward

    raw = reply("Nous réglerons la facture le 15 décembre.", to=sent["reply_to"])
    real = inbound_forward.send
    monkeypatch.setattr(inbound_forward, "send", lambda *a, **k: (_ for _ in ()).throw(TimeoutError()))
    with pytest.raises(TimeoutError):
        deliver(deps, notice, raw, sent["reply_to"], ses_id="crash")
    monkeypatch.setattr(inbound_forward, "send", real)
    assert deliver(deps, notice, raw, sent["reply_to"], ses_id="crash")["forwarded"] is True
    assert len(events(deps, tenant, kind="promise_made")) == 1 and len(forwards(deps)) == 1


def test_english_firm_reads_english(deps, notice):
    from chalicelib.services.tenants import create_tenant

    info = create_tenant(deps.store, name="Smith Ltd", sender="billing@smith.co.uk", jurisdiction="GB",
                         language="en", timezone="Europe/London", now=NOW)
    t = deps.store.get_tenant(info["tenant_id"])
    ev = core_intake.parse_generic(generic_event(id="i1", number="INV-1", due_on="2026-11-02", customer_id="k1",
                                                 email="ap@jones.co.uk"), "evt_i1")
    intake.apply(deps.store, t, ev, at(11, 1))
    token = deps.keyring.sign(deps.keyring.ref(t.id, "k1"))
    deps.store.write(dunning.WriteBatch(marks=[dunning.Mark(f"ref#{deps.keyring.ref(t.id, 'k1')}",
                                                            {"tenant_id": t.id, "customer_id": "k1"}, once=False)]))
    to = f"r+{token}@reply.smith.co.uk"
    deliver(deps, notice, reply("Hi, we will pay the invoice on 15 December. Thanks", to=to,
                                sender="AP <ap@jones.co.uk>"), to)
    fwd = [m for m in mails(deps, "billing@smith.co.uk") if m.is_multipart() and "Reply from" in m["Subject"]][0]
    assert line(fwd) == "Relance understood: promise to pay on 15 December 2026. Action: reminders paused until " \
                        "18 December 2026."
