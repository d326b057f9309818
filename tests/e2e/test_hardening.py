"""Bad input found by an outside probe: every case answers a 4xx with our JSON error, never a 500, and what
intake accepts can be sent."""

import json
import time

import pytest

from tests.factories import generic_event, invoice_body, standard_headers, stripe_headers


def post_standard(stack, tenant, body: str, msg_id=None):
    return stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/standard", body=body,
                           headers=standard_headers(tenant["webhook_secret"], body, msg_id))


def post_stripe(stack, tenant, event: dict):
    body = json.dumps(event)
    return stack.http.post(f"/v1/webhooks/{tenant['tenant_id']}/stripe", body=body,
                           headers=stripe_headers(tenant["stripe_webhook_secret"], body))


def stripe_event(**obj):
    invoice = {"object": "invoice", "id": "in_1", "currency": "eur", "status": "open", "number": "S-1",
               "total": 120000, "amount_due": 120000, "amount_remaining": 120000, "created": 1790000000,
               "due_date": 1795000000, "customer": "cus_1", "customer_email": "compta@martin.fr",
               "customer_name": "SARL Martin", "hosted_invoice_url": "https://invoice.stripe.com/i/x",
               "invoice_pdf": "https://pay.stripe.com/invoice/x/pdf"}
    invoice.update(obj)
    return {"id": "evt_1", "type": "invoice.finalized", "created": 1790000000, "data": {"object": invoice}}


def error_of(r, status):
    assert r.status_code == status, (r.status_code, r.body[:300])
    body = json.loads(r.body)
    assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"], body
    return body["error"]


def test_hardening_huge_amount_is_refused_at_once(stack, auth):
    started = time.monotonic()
    for amount in ("1e999999999", "1E+400", "9" * 5000, "1" + "0" * 20):
        r = stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(total=amount)))
        assert "total" in error_of(r, 422)["fields"]
    assert time.monotonic() - started < 5


def test_hardening_unsendable_text_and_addresses_are_refused_at_intake(stack, tenant, auth):
    cases = [
        (invoice_body(number="F-1\x00"), "number"),
        (invoice_body(number="F-\ud800"), "number"),
        ({**invoice_body(), "customer": {**invoice_body()["customer"], "name": "Martin\nBcc: x@evil.fr"}},
         "customer.name"),
        ({**invoice_body(), "customer": {**invoice_body()["customer"], "name": "Martin\u2028SARL"}},
         "customer.name"),
        (invoice_body(email="jos\u00e9@martin.fr"), "customer.email"),
        (invoice_body(email="compta\x00@martin.fr"), "customer.email"),
        (invoice_body(pdf_url="javascript:alert(1)"), "pdf_url"),
        (invoice_body(payment_url="http://pay.example/x"), "payment_url"),
    ]
    for body, field in cases:
        raw = json.dumps(body)  # json.dumps escapes the lone surrogate as \ud800, as a client would send it
        r = stack.http.post("/v1/invoices", headers=auth, body=raw)
        assert field in error_of(r, 422)["fields"], (field, r.body)
        event = json.dumps({"type": "invoice.upserted", "occurred_at": "2026-11-02T09:00:00Z", "invoice": body})
        r = post_standard(stack, tenant, event)
        assert "invoice." + field in error_of(r, 422)["fields"], (field, r.body)


def test_hardening_idn_domain_is_stored_as_punycode(stack, auth):
    r = stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(email="compta@caf\u00e9.fr")))
    assert r.status_code == 200, r.body
    assert json.loads(r.body)["customer"]["email"] == "compta@xn--caf-dma.fr"


def test_hardening_stripe_bad_fields_are_4xx(stack, tenant):
    for obj, field in [({"due_date": 10 ** 20}, "data.object.due_date"),
                       ({"created": 10 ** 20}, "data.object.created"),
                       ({"total": 10 ** 20}, "data.object.total"),
                       ({"status_transitions": "finalized"}, "data.object.status_transitions"),
                       ({"customer_address": "Paris"}, "data.object.customer_address"),
                       ({"invoice_pdf": "javascript:alert(1)"}, "data.object.invoice_pdf"),
                       ({"number": {"a": 1}}, "data.object.number"),
                       ({"customer": "c" * 3000}, "data.object.customer")]:
        r = post_stripe(stack, tenant, stripe_event(**obj))
        assert field in error_of(r, 422)["fields"], (field, r.body)
    r = post_stripe(stack, tenant, {**stripe_event(), "created": 10 ** 20})
    assert "created" in error_of(r, 422)["fields"]


def test_hardening_stripe_text_is_cleaned_and_amount_due_not_capped(stack, tenant, auth):
    r = post_stripe(stack, tenant, stripe_event(customer_name="SARL\u2028Martin\n", number="S-\x001",
                                                total=100000, amount_due=130000, amount_remaining=130000))
    assert r.status_code == 200, r.body
    inv = json.loads(stack.http.get("/v1/invoices/in_1", headers=auth).body)
    assert inv["customer"]["name"] == "SARL Martin" and inv["number"] == "S- 1"
    assert inv["total"] == "1000.00" and inv["amount_due"] == "1300.00"


def test_hardening_signed_body_that_is_not_json_is_400(stack, tenant):
    for body in ("not json", "[" * 100000 + "]" * 100000, '{"n": ' + "9" * 5000 + "}", "NaN"):
        assert error_of(post_standard(stack, tenant, body), 400)["code"] == "bad_request"


@pytest.mark.parametrize("body", ["[" * 100000 + "]" * 100000, '{"a":' * 50 + "1" + "}" * 50,
                                  '{"amount": ' + "9" * 5000 + "}"])
def test_hardening_unreadable_json_is_400_on_api_routes(stack, auth, body):
    for path in ("/v1/invoices", "/v1/invoices/inv_812/payments", "/v1/policies/default",
                 "/v1/customers/c_19/policy"):
        method = stack.http.put if "polic" in path else stack.http.post
        error_of(method(path, headers=auth, body=body), 400)


def test_hardening_json_number_amounts_stay_text_and_are_bounded(stack, auth):
    body = json.dumps(invoice_body()).replace('"total": "1200.00"', '"total": 1e999999999')
    assert "total" in error_of(stack.http.post("/v1/invoices", headers=auth, body=body), 422)["fields"]


def test_hardening_bad_auth_query_dates_and_keys_are_4xx(stack, tenant, auth):
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2027-01-31")))
    for header in ("Bearer rk_.a.b", "Bearer rk_" + "t" * 3000 + ".a.b", "Bearer rk_\x00.a.b"):
        error_of(stack.http.get("/v1/invoices", headers={**auth, "Authorization": header}), 401)
    for q in ("limit=%C2%B2", "limit=1" + "0" * 400, "cursor=" + "QUFB" * 1000, "cursor=AA%3D%3D"):
        assert error_of(stack.http.get("/v1/invoices?" + q, headers=auth), 422)["fields"], q
    for day in ("0001-01-01", "9999-12-31"):
        r = stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on=day, issued_on=None)))
        assert "due_on" in error_of(r, 422)["fields"]
        r = stack.http.post("/v1/invoices/inv_812/pause", headers=auth, body=json.dumps({"until": day}))
        assert "until" in error_of(r, 422)["fields"]
    r = stack.http.post("/v1/invoices", headers={**auth, "Idempotency-Key": "k" * 3000},
                        body=json.dumps(invoice_body()))
    assert "Idempotency-Key" in error_of(r, 422)["fields"]
    r = stack.http.post("/v1/invoices/inv_812/payments", headers={**auth, "Idempotency-Key": "k" * 3000},
                        body=json.dumps({"amount": "1.00", "paid_on": "2026-11-02"}))
    assert "Idempotency-Key" in error_of(r, 422)["fields"]
    body = json.dumps(generic_event())
    assert "webhook-id" in error_of(post_standard(stack, tenant, body, msg_id="m" * 3000), 422)["fields"]
    long = "x" * 3000
    for method, path in [("get", f"/v1/invoices/{long}"), ("post", f"/v1/invoices/{long}/resume"),
                         ("put", f"/v1/customers/{long}/policy"), ("put", f"/v1/templates/fr/{long}"),
                         ("put", f"/v1/templates/fr/{'y' * 300}"), ("put", f"/v1/policies/{long}"),
                         ("post", f"/v1/webhooks/{long}/standard")]:
        r = getattr(stack.http, method)(path, headers=auth, body="{}")
        error_of(r, 404)


@pytest.mark.parametrize("policy", [{}, [], ["default"], 5, "x" * 3000])
def test_hardening_assigning_a_policy_that_is_not_a_name_is_422(stack, auth, policy):
    r = stack.http.put("/v1/customers/c_19/policy", headers=auth, body=json.dumps({"policy": policy}))
    assert "policy" in error_of(r, 422)["fields"]


def test_hardening_bad_policy_is_refused_and_webhooks_keep_working(stack, tenant, auth):
    for doc, field in [({"window_start": "17:00", "window_end": "09:00"}, "policy.window_end"),
                       ({"stages": [{"name": "reminder", "offset_days": 10 ** 12, "tone": "neutral"}]},
                        "policy.stages[0].offset_days"),
                       ({"stages": [{"name": "reminder", "offset_days": -10 ** 12, "tone": "neutral"}]},
                        "policy.stages[0].offset_days"),
                       ({"stages": [{"name": "custom", "offset_days": 3, "tone": "neutral", "template": "t" * 300}]},
                        "policy.stages[0].template"),
                       ({"name": "n" * 3000}, "policy.name")]:
        r = stack.http.put("/v1/policies/default", headers=auth, body=json.dumps(doc))
        assert field in error_of(r, 422)["fields"], (field, r.body)
    r = post_standard(stack, tenant, json.dumps(generic_event(due_on="2027-01-31")))
    assert r.status_code == 200, r.body


def test_hardening_payment_over_due_future_and_dispute_on_paid_are_422(stack, auth):
    stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(due_on="2027-01-31")))
    r = stack.http.post("/v1/invoices/inv_812/payments", headers=auth,
                        body=json.dumps({"amount": "1200.01", "paid_on": "2026-11-02"}))
    assert "amount" in error_of(r, 422)["fields"]
    r = stack.http.post("/v1/invoices/inv_812/payments", headers=auth,
                        body=json.dumps({"amount": "10.00", "paid_on": "2199-01-01"}))
    assert "paid_on" in error_of(r, 422)["fields"]
    r = stack.http.post("/v1/invoices/inv_812/payments", headers=auth,
                        body=json.dumps({"amount": "1200.00", "paid_on": "2026-11-02"}))
    assert r.status_code == 201 and json.loads(r.body)["status"] == "paid"
    r = stack.http.post("/v1/invoices/inv_812/dispute", headers=auth, body=json.dumps({"reason": "wrong"}))
    assert "status" in error_of(r, 422)["fields"]
    r = stack.http.post("/v1/invoices/inv_812/payments", headers=auth,
                        body=json.dumps({"amount": "1.00", "paid_on": "2026-11-02"}))
    error_of(r, 422)


def test_hardening_unsupported_content_type_is_our_json_error_or_an_html_page(stack, tenant, auth):
    for method, path in [("post", "/v1/invoices"), ("get", "/v1/invoices"), ("put", "/v1/policies/default"),
                         ("post", f"/v1/webhooks/{tenant['tenant_id']}/standard")]:
        r = getattr(stack.http, method)(path, headers={**auth, "Content-Type": "image/png"}, body="{}")
        assert error_of(r, 415)["code"] == "unsupported_media_type"
    for method, path in [("get", "/p/abcdefghijklmnopqrstuvwxyz23"), ("post", "/p/abcdefghijklmnopqrstuvwxyz23/paid")]:
        r = getattr(stack.http, method)(path, headers={"Content-Type": "image/png"}, body="x")
        assert r.status_code == 415 and r.headers["Content-Type"].startswith("text/html"), r.body[:200]
        assert b"UnsupportedMediaType" not in r.body
