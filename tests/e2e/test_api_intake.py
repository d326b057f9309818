import json
from datetime import UTC, datetime, timedelta

from tests.factories import generic_event, invoice_body, standard_headers, stripe_headers


def post_standard(stack, tenant, event, msg_id=None, at=None):
    body = json.dumps(event)
    return stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/standard", body=body,
                           headers=standard_headers(tenant["webhook_secret"], body, msg_id, at))


def get(stack, auth, path):
    r = stack.http.get(path, headers=auth)
    return r.status_code, json.loads(r.body)


def test_standard_webhook_creates_invoice_with_timeline(stack, tenant, auth):
    r = post_standard(stack, tenant, generic_event(due_on="2027-01-31"))
    assert r.status_code == 200, r.body
    code, inv = get(stack, auth, "/v1/invoices/inv_812")
    assert code == 200
    assert inv["amount_due"] == "1200.00" and inv["customer"] == {
        "id": "c_19", "email": "compta@martin.fr", "name": "SARL Martin"}
    assert inv["collection"]["state"] == "active" and inv["collection"]["next_action_at"]
    assert [e["type"] for e in inv["timeline"]] == ["invoice_updated"]


def test_same_event_twice_applies_once(stack, tenant, auth):
    event = generic_event(type="payment.received", payment={"amount": "200.00", "paid_on": "2026-11-02"})
    post_standard(stack, tenant, generic_event(occurred_at="2026-11-01T09:00:00Z"))
    first = post_standard(stack, tenant, event, msg_id="msg_pay")
    again = post_standard(stack, tenant, event, msg_id="msg_pay")
    assert json.loads(first.body)["result"] == "applied" and json.loads(again.body)["result"] == "duplicate"
    _, inv = get(stack, auth, "/v1/invoices/inv_812")
    assert inv["amount_due"] == "1000.00"
    assert [e["type"] for e in inv["timeline"]].count("payment_recorded") == 1


def test_paid_then_late_upsert_stays_paid_and_leaves_due_index(stack, tenant, auth):
    post_standard(stack, tenant, generic_event(type="invoice.paid", occurred_at="2026-11-05T09:00:00Z"))
    post_standard(stack, tenant, generic_event(occurred_at="2026-11-01T09:00:00Z"))
    _, inv = get(stack, auth, "/v1/invoices/inv_812")
    assert inv["status"] == "paid" and inv["amount_due"] == "0"
    assert inv["collection"]["next_action_at"] is None and inv["collection"]["state"] == "done"
    refs = [r for s in range(16) for r in stack.store.due(str(s), datetime(2030, 1, 1, tzinfo=UTC))[0]]
    assert refs == []


def test_bad_signature_and_unknown_tenant_answer_alike(stack, tenant):
    body = json.dumps(generic_event())
    wrong = standard_headers("whsec_" + "A" * 32, body)
    r1 = stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/standard", body=body, headers=wrong)
    r2 = stack.http.post("/v1/webhooks/t_nobody/standard", body=body,
                         headers=standard_headers(tenant["webhook_secret"], body))
    old = standard_headers(tenant["webhook_secret"], body, at=datetime.now(UTC) - timedelta(minutes=6))
    r3 = stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/standard", body=body, headers=old)
    good = standard_headers(tenant["webhook_secret"], body)
    r4 = stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/standard", body=body.replace("1200", "1201"),
                         headers=good)
    assert {r.status_code for r in (r1, r2, r3, r4)} == {401}
    assert r1.body == r2.body == r3.body == r4.body


def test_stripe_webhook_real_events(stack, tenant, auth, corpora):
    for name in ("invoice.sent.json", "invoice.voided.json"):
        raw = (corpora / "stripe" / "events" / "DERIVED" / name).read_text()
        r = stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/stripe", body=raw,
                            headers=stripe_headers(tenant["stripe_webhook_secret"], raw))
        assert r.status_code == 200, r.body
    inv_id = json.loads(raw)["data"]["object"]["id"]
    _, inv = get(stack, auth, f"/v1/invoices/{inv_id}")
    assert inv["status"] == "void"
    bad = stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/stripe", body=raw,
                          headers=stripe_headers("whsec_wrong", raw))
    assert bad.status_code == 401


def test_errors_are_json_with_fields_never_500(stack, tenant, auth):
    tid = tenant["tenant_id"]
    cases = [
        stack.http.post("/v1/invoices", headers=auth, body="{not json"),
        stack.http.post("/v1/invoices", headers=auth, body="[1, 2]"),
        stack.http.post("/v1/invoices", headers={**auth, "Content-Type": "text/plain"}, body="{}"),
        stack.http.post("/v1/invoices", headers=auth, body=json.dumps({"x": "y" * (1024 * 1024)})),
        stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(total="-1"))),
        stack.http.get("/v1/invoices", headers={"Authorization": "Bearer rk_nope.x.y"}),
        stack.http.get("/v1/invoices/none", headers=auth),
        stack.http.get("/v1/invoices?status=weird&limit=0", headers=auth),
        stack.http.post(f"/v1/webhooks/{tid}/stripe", body="{}", headers={"Content-Type": "application/json"}),
    ]
    assert [r.status_code for r in cases] == [400, 422, 415, 413, 422, 401, 404, 422, 401]  # unreadable JSON: 400
    for r in cases:
        assert set(json.loads(r.body)["error"]) >= {"code", "message"}
    assert json.loads(cases[4].body)["error"]["fields"]["total"] == "amount must not be negative"
    assert set(json.loads(cases[7].body)["error"]["fields"]) == {"status", "limit"}


def test_a_key_never_sees_another_tenant(stack, tenant, auth):
    other = stack.create_tenant(name="Other", sender="billing@other.test", jurisdiction="GB", language="en",
                                timezone="Europe/London")
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body()))
    their = {"Authorization": "Bearer " + other["api_key"], "Content-Type": "application/json"}
    assert stack.http.get("/v1/invoices/inv_812", headers=their).status_code == 404
    assert json.loads(stack.http.get("/v1/invoices", headers=their).body)["items"] == []
    forged = "Bearer rk_" + tenant["tenant_id"] + "." + other["api_key"].split(".", 1)[1]
    assert stack.http.get("/v1/invoices", headers={"Authorization": forged}).status_code == 401


def test_api_payments_pause_resume_dispute_and_list(stack, tenant, auth):
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2027-01-31")))
    r = stack.http.post("/v1/invoices/inv_812/payments", headers=auth,
                        body=json.dumps({"amount": "500.00", "paid_on": "2026-11-15", "method": "transfer"}))
    assert r.status_code == 201 and json.loads(r.body)["amount_due"] == "700.00"
    r = stack.http.post("/v1/invoices/inv_812/pause", headers=auth,
                        body=json.dumps({"until": "2027-03-15", "reason": "waiting for the client's budget"}))
    assert json.loads(r.body)["collection"]["state"] == "paused"
    r = stack.http.post("/v1/invoices/inv_812/resume", headers=auth)
    assert json.loads(r.body)["collection"]["state"] == "active"
    r = stack.http.post("/v1/invoices/inv_812/dispute", headers=auth, body=json.dumps({}))
    assert r.status_code == 422
    r = stack.http.post("/v1/invoices/inv_812/dispute", headers=auth, body=json.dumps({"reason": "wrong quantity"}))
    c = json.loads(r.body)["collection"]
    assert c["state"] == "disputed" and c["next_action_at"] is None
    _, listed = get(stack, auth, "/v1/invoices?state=disputed")
    assert [i["id"] for i in listed["items"]] == ["inv_812"]
    _, inv = get(stack, auth, "/v1/invoices/inv_812")
    assert [e["type"] for e in inv["timeline"]] == [
        "invoice_updated", "payment_recorded", "paused", "resumed", "dispute_opened"]


def test_csv_import_reports_lines_and_keeps_good_rows(stack, tenant, auth):
    csv = ("Numéro;Client;Email;Date de facture;Échéance;Montant;Devise;Déjà payé\n"
           "F-10;SARL Martin;compta@martin.fr;01/10/2026;31/10/2026;1 200,00;EUR;0\n"
           "F-11;SARL Martin;compta@martin.fr;01/10/2026;pas une date;100,00;EUR;0\n"
           "F-12;Café Lune;cafe@lune.fr;05/10/2026;05/11/2026;80,50;EUR;20,50\n")
    r = stack.http.post("/v1/imports/csv", body=csv.encode(), headers={**auth, "Content-Type": "text/csv"})
    out = json.loads(r.body)
    assert r.status_code == 200 and out["imported"] == 2
    assert out["errors"] == [{"line": 3, "field": "due_on", "message": "must be a date such as 31/10/2026 or 2026-10-31"}]
    _, inv = get(stack, auth, "/v1/invoices/F-12")
    assert inv["amount_due"] == "60.00"
    again = json.loads(stack.http.post("/v1/imports/csv", body=csv.encode(),
                                       headers={**auth, "Content-Type": "text/csv"}).body)
    assert again["imported"] == 0 and again["unchanged"] == 2
