"""The scheduled path end to end: daily_run -> SQS -> send_reminders -> SES, and SES feedback."""

import json
from datetime import UTC, datetime

from tests.factories import invoice_body


def at(day, month=11, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


def test_reminder_goes_out_once_with_headers_and_timeline(stack, tenant, auth):
    stack.now = at(1)
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2026-11-02")))
    first = stack.run(at(3))
    second = stack.run(at(3))  # the schedule fired twice
    mails = [m for m in stack.outbox() if m["To"] == "compta@martin.fr"]
    assert first["debtors"] == 1 and second["debtors"] == 0 and len(mails) == 1
    m = mails[0]
    assert m["From"] == "Atelier Dupont <relances@atelier-dupont.fr>"
    assert m["Reply-To"].startswith("r+") and m["Reply-To"].endswith("@reply.atelier-dupont.fr")
    assert m["Auto-Submitted"] == "auto-generated" and "F-2026-0042" in m["Subject"]
    assert m.get_body(("html",)) and "https://relance.test/p/" in m.get_body(("plain",)).get_content()
    inv = json.loads(stack.http.get("/v1/invoices/inv_812", headers=auth).body)
    sent = [e for e in inv["timeline"] if e["type"] == "reminder_sent"]
    assert len(sent) == 1 and sent[0]["detail"]["stage"] == "reminder"
    assert sent[0]["detail"]["ses_message_id"] in stack.sent_ses_ids()


def test_sqs_redelivery_sends_nothing_more(stack, tenant, auth):
    stack.now = at(1)
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2026-11-02")))
    body = json.dumps({"tenant_id": tenant["tenant_id"], "customer_id": "c_19", "at": at(3).isoformat()})
    stack.now = at(3)
    msgs = [{"MessageId": f"m{i}", "ReceiptHandle": f"r{i}", "Body": body, "MD5OfBody": "x"} for i in range(2)]
    result = stack.client.lambda_.invoke("send_reminders", stack.sqs_event(msgs)).payload
    assert result == {"batchItemFailures": []}
    assert len([m for m in stack.outbox() if m["To"] == "compta@martin.fr"]) == 1


def test_failed_record_is_reported_for_retry(stack, tenant):
    msgs = [{"MessageId": "bad", "ReceiptHandle": "r", "Body": "not json", "MD5OfBody": "x"},
            {"MessageId": "ok", "ReceiptHandle": "r2", "MD5OfBody": "x",
             "Body": json.dumps({"tenant_id": tenant["tenant_id"], "customer_id": "nobody", "at": "x"})}]
    result = stack.client.lambda_.invoke("send_reminders", stack.sqs_event(msgs)).payload
    assert result == {"batchItemFailures": [{"itemIdentifier": "bad"}]}


def test_bounce_stops_mail_and_tells_the_firm_delivery_is_recorded(stack, tenant, auth):
    stack.now = at(1)
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2026-11-02")))
    stack.run(at(3))
    ses_id = stack.sent_ses_ids()[-1]
    assert stack.ses_event("delivery", ses_id)["result"] == "delivered"
    assert stack.ses_event("bounce", ses_id)["blocked"] is True
    notice = stack.outbox()[-1]
    assert notice["To"] == "relances@atelier-dupont.fr" and "compta@martin.fr" in notice["Subject"]
    before = len(stack.outbox())
    for day in (10, 17, 24):
        stack.run(at(day))
    assert [m["To"] for m in stack.outbox()[before:]] in ([], ["relances@atelier-dupont.fr"])  # digest only
    inv = json.loads(stack.http.get("/v1/invoices/inv_812", headers=auth).body)
    types = [e["type"] for e in inv["timeline"]]
    assert "delivered" in types and "bounced" in types and inv["collection"]["next_action_at"] is None


def test_partial_payment_lowers_the_amount_in_the_next_reminder(stack, tenant, auth):
    stack.now = at(1)
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2026-11-02")))
    stack.http.post("/v1/invoices/inv_812/payments", headers=auth,
                    body=json.dumps({"amount": "200.00", "paid_on": "2026-11-02"}))
    stack.run(at(3))
    text = stack.outbox()[-1].get_body(("plain",)).get_content()
    assert "1\u202f000,00\u00a0€" in text or "1 000,00 €" in text.replace("\u202f", " ").replace("\u00a0", " ")


def test_a_key_account_gets_a_gentler_policy(stack, tenant, auth):
    gentle = {"stages": [{"name": "reminder", "offset_days": 10, "tone": "courteous"},
                         {"name": "second_reminder", "offset_days": 30, "tone": "neutral"}],
              "handoff_after_days": None}
    r = stack.http.put("/v1/policies/gentle", headers=auth, body=json.dumps(gentle))
    assert r.status_code == 200, r.body
    bad = stack.http.put("/v1/policies/gentle", headers=auth, body=json.dumps({"stages": [
        {"name": "reminder", "offset_days": 10}, {"name": "firm", "offset_days": 5}]}))
    assert bad.status_code == 422 and "policy.stages" in json.loads(bad.body)["error"]["fields"]
    assert stack.http.put("/v1/customers/c_19/policy", headers=auth,
                          body=json.dumps({"policy": "gentle"})).status_code == 200
    stack.now = at(1)
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2026-11-02")))
    stack.run(at(3))   # the default policy would send its D+1 reminder here
    assert [m for m in stack.outbox() if m["To"] == "compta@martin.fr"] == []
    stack.run(at(12))  # D+10
    assert len([m for m in stack.outbox() if m["To"] == "compta@martin.fr"]) == 1


def test_a_firm_overrides_a_template_checked_before_it_is_saved(stack, tenant, auth):
    text = {**auth, "Content-Type": "text/plain"}
    listing = json.loads(stack.http.get("/v1/templates", headers=auth).body)
    assert "fr/reminder.subject.txt" in listing["templates"] and listing["overridden"] == []
    broken = stack.http.put("/v1/templates/fr/reminder.subject.txt", headers=text, body="{{ nope.nope }}")
    assert broken.status_code == 422 and json.loads(broken.body)["error"]["fields"]
    assert stack.http.put("/v1/templates/fr/unknown.txt", headers=text, body="x").status_code == 404
    ok = stack.http.put("/v1/templates/fr/reminder.subject.txt", headers=text,
                        body="Petit rappel amical : facture {{ invoices[0].number }}")
    assert ok.status_code == 200, ok.body
    stack.now = at(1)
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2026-11-02")))
    stack.run(at(3))
    assert stack.outbox()[-1]["Subject"] == "Petit rappel amical : facture F-2026-0042"
    assert stack.http.delete("/v1/templates/fr/reminder.subject.txt", headers=auth).status_code == 200
