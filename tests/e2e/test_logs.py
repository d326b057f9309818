"""Every handler's log lines through a whole DevStack scenario: JSON, with the correlation ids of its handler,
and not one address, name or word of a debtor's mail anywhere in what the run wrote."""

import json
import re
from datetime import UTC, datetime

import pytest

from devstack import DevStack
from tests.e2e.test_api_intake import post_standard
from tests.e2e.test_cockpit import Browser
from tests.e2e.test_replies import answer
from tests.factories import generic_event, invoice_body

FIRM, FIRM_SENDER, FIRM_USER = "Atelier Dupont", "relances@atelier-dupont.fr", "marie.dupont@atelier-dupont.fr"
HENRY = {"id": "c_henry", "name": "M. Paul Henry", "email": "paul.henry@laposte.net", "cc": ["compta.henry@free.fr"],
         "language": "fr", "timezone": "Europe/Paris", "kind": "consumer"}
REPLY = "Bonjour,\n\nNous réglerons la facture F-2026-0042 le 20 novembre.\n\nCordialement,\nPaul Martin, gérant"
SECRETS = ["compta@martin.fr", "paul.henry@laposte.net", "compta.henry@free.fr", FIRM_SENDER, FIRM_USER,
           "SARL Martin", "Paul Martin", "Paul Henry", FIRM, "réglerons", "gérant", "laposte", "martin.fr"]


def at(day, month=11, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def stack():
    with DevStack(now=at(1)) as s:
        yield s


def run_scenario(stack) -> dict:
    t = stack.create_tenant(name=FIRM, sender=FIRM_SENDER, jurisdiction="FR", language="fr", timezone="Europe/Paris")
    stack.add_user(t["tenant_id"], FIRM_USER, "owner")
    api = {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}
    # intake: a signed webhook, an API upsert, and a webhook that fails its signature
    assert post_standard(stack, t, generic_event(due_on="2026-10-31")).status_code == 200
    henry = invoice_body(id="inv_900", number="F-2026-0051", total="480.00", due_on="2026-10-25", customer=HENRY)
    assert stack.http.post("/v1/invoices", headers=api, body=json.dumps(henry)).status_code == 200
    bad = stack.http.post(f"/v1/webhooks/{t['tenant_id']}/standard", body=json.dumps(generic_event()),
                          headers={"Content-Type": "application/json", "webhook-id": "msg_1"})
    assert bad.status_code == 401
    # the daily run sends both letters
    stack.run(at(3))
    out = {m["To"]: m for m in stack.outbox()}
    martin, henry_letter = out["compta@martin.fr"], out["paul.henry@laposte.net"]
    ses_ids = dict(zip([m["To"] for m in stack.outbox()], stack.sent_ses_ids(), strict=True))
    # Henry's address bounces; Martin answers with a promise
    assert stack.ses_event("bounce", ses_ids["paul.henry@laposte.net"])["blocked"] is True
    result = stack.deliver_email(answer(martin, REPLY, at(4, hour=8)), at=at(4))
    assert result["result"] == "promised"
    # records a bad producer could queue: a debtor id that is an address, a body that is no JSON
    odd = json.dumps({"tenant_id": t["tenant_id"], "customer_id": "paul.henry@laposte.net"})
    sqs = stack.sqs_event([{"MessageId": "m-odd", "ReceiptHandle": "r", "MD5OfBody": "x", "Body": odd},
                           {"MessageId": "m-bad", "ReceiptHandle": "r", "MD5OfBody": "x",
                            "Body": "from compta@martin.fr: SARL Martin"}])
    failures = stack.client.lambda_.invoke("send_reminders", sqs).payload["batchItemFailures"]
    assert failures == [{"itemIdentifier": "m-bad"}]
    # the debtor's page, and the firm's cockpit
    link = re.search(r"https://relance\.test(/p/[a-z0-9]+)", henry_letter.get_body(("plain",)).get_content())[1]
    assert stack.http.get(link).status_code == 200
    browser = Browser(stack)
    browser.sign_in(FIRM_USER)
    assert browser.get("/app").status_code == 200
    return {"tenant_id": t["tenant_id"], "token": link.rsplit("/", 1)[1], "ses_ids": ses_ids}


def test_every_handler_logs_json_with_its_ids_and_never_a_name_or_an_address(stack, capsys, caplog):
    # Every library's records too, at the level Lambda gives the root logger (INFO; DEBUG of botocore writes
    # request bodies, which is why the template never lowers it).
    caplog.set_level("INFO")
    facts = run_scenario(stack)
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines() if x.strip()]  # every stdout line is JSON

    everything = captured.out + captured.err + caplog.text
    for secret in [*SECRETS, facts["token"]]:
        assert secret.lower() not in everything.lower(), secret
    assert "@" not in captured.out

    for line in lines:
        assert {"timestamp", "level", "message", "handler"} <= set(line), line
        assert line["request_id"], line  # the local Lambda context has one, as a real one does
        assert "<redacted>" not in line.values() or line["message_id"] == "m-odd", line
    by = {}
    for line in lines:
        by.setdefault((line["handler"], line["message"]), []).append(line)

    def has(handler, message, *keys):
        assert (handler, message) in by, (handler, message, sorted(by))
        for line in by[(handler, message)]:
            missing = [k for k in keys if not line.get(k)]
            assert not missing, (missing, line)
        return by[(handler, message)]

    tid = facts["tenant_id"]
    (hook,) = has("standard_webhook", "invoice change", "tenant_id", "invoice_id", "result")
    assert hook["tenant_id"] == tid and hook["invoice_id"] == "inv_812"
    requests = has("standard_webhook", "request", "tenant_id", "route", "method", "status", "duration_ms")
    assert sorted(r["status"] for r in requests) == [200, 401]
    has("upsert_invoice", "invoice change", "tenant_id", "invoice_id")
    has("daily_run", "daily run", "due_invoices", "debtors")
    sent = [s for s in has("send_reminders", "reminder", "message_id", "tenant_id", "customer_id")
            if s["result"] == "sent"]
    assert all(s["letter_id"] and s["ses_message_id"] and s["invoice_ids"] for s in sent), sent
    assert {s["customer_id"] for s in sent} == {"c_19", "c_henry"}
    assert {s["ses_message_id"] for s in sent} == set(facts["ses_ids"].values())
    (odd,) = [s for s in by[("send_reminders", "reminder")] if s["message_id"] == "m-odd"]
    assert odd["customer_id"] == "<redacted>" and odd["tenant_id"] == tid
    (failed,) = has("send_reminders", "reminder failed; the record goes back to the queue", "message_id",
                    "error_type", "where")
    assert failed["level"] == "ERROR" and failed["message_id"] == "m-bad" and failed["error_type"] == "JSONDecodeError"
    (bounce,) = has("ses_events_handler", "ses event", "message_id", "ses_message_id", "tenant_id", "customer_id",
                    "letter_id", "invoice_ids", "result")
    assert bounce["customer_id"] == "c_henry" and bounce["blocked"] is True
    (reply,) = has("inbound_email", "inbound mail", "message_id", "ses_message_id", "tenant_id", "customer_id",
                   "intent", "invoice_ids")
    assert reply["customer_id"] == "c_19" and reply["intent"] == "promise"
    (page,) = has("debtor_page", "request", "tenant_id", "customer_id", "status")
    assert page["customer_id"] == "c_henry" and page["route"] == "/p/{token}"
    home = has("app_home", "request", "tenant_id", "user_role", "status")
    assert home[-1]["tenant_id"] == tid and home[-1]["status"] == 200
    # ids never leak from one invocation into the next
    assert all("customer_id" not in line for line in by[("daily_run", "daily run")])
