"""CSV imports as French tools export them, and the tenant's default customer kind, through DevStack (moto)."""

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from chalicelib.core.errors import ValidationError
from devstack import DevStack
from tests.factories import generic_event, invoice_body, standard_headers, stripe_headers

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "csv"
NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)  # a Tuesday: every fixture's invoices are overdue
TOOLS = sorted(p.stem for p in FIXTURES.glob("*.csv"))


@pytest.fixture
def stack():
    with DevStack(now=NOW) as s:
        yield s


def make_tenant(stack, kind=None, sender="relances@atelier-dupont.fr"):
    extra = {"default_customer_kind": kind} if kind else {}
    return stack.create_tenant(name="Atelier Dupont", sender=sender, jurisdiction="FR", language="fr",
                               timezone="Europe/Paris", **extra)


def headers(t, ctype="text/csv"):
    return {"Authorization": "Bearer " + t["api_key"], "Content-Type": ctype}


def post_csv(stack, t, body: bytes):
    r = stack.http.post("/v1/imports/csv", body=body, headers=headers(t))
    return r.status_code, json.loads(r.body)


def kind_of(stack, t, invoice_id):
    return stack.store.get_invoice(t["tenant_id"], invoice_id).snapshot.customer.kind


@pytest.mark.parametrize("tool", TOOLS)
def test_each_tools_export_imports_paid_partly_paid_and_consumer_rows(stack, tool):
    t = make_tenant(stack)
    status, out = post_csv(stack, t, (FIXTURES / f"{tool}.csv").read_bytes())
    assert status == 200 and out["errors"] == [] and out["imported"] == 3, out
    assert isinstance(out["ignored_headers"], list)
    rows = {i["number"]: i for i in json.loads(stack.http.get("/v1/invoices", headers=headers(t, "application/json")).body)["items"]}
    paid, partly, consumer = (rows[n] for n in sorted(rows))
    assert paid["status"] == "paid" and Decimal(paid["amount_due"]) == 0 and paid["total"] == "1200.00"
    assert (partly["status"], partly["amount_due"], partly["total"]) == ("open", "2000.00", "3000.00")
    assert (consumer["status"], consumer["amount_due"]) == ("open", "150.00")


def test_ignored_headers_are_listed_in_the_answer(stack):
    t = make_tenant(stack)
    _, out = post_csv(stack, t, (FIXTURES / "dolibarr.csv").read_bytes())
    assert out["ignored_headers"] == ["Type", "Total HT"]


def test_the_tenant_default_kind_applies_when_the_csv_says_nothing_and_the_csv_wins_when_it_does(stack):
    consumer_firm = make_tenant(stack, "consumer")
    post_csv(stack, consumer_firm, (FIXTURES / "dolibarr.csv").read_bytes())  # SIREN on two rows, none on the third
    assert [kind_of(stack, consumer_firm, i) for i in ("FA2610-0001", "FA2610-0002", "FA2610-0003")] == [
        "business", "business", "consumer"]
    business_firm = make_tenant(stack, sender="relances@martin-sarl.fr")
    post_csv(stack, business_firm, (FIXTURES / "quickbooks_fr.csv").read_bytes())  # no kind at all
    assert kind_of(stack, business_firm, "F-2026-003") == "business"
    post_csv(stack, consumer_firm, (FIXTURES / "pennylane.csv").read_bytes())  # explicit Type client
    assert [kind_of(stack, consumer_firm, i) for i in ("F-2026-001", "F-2026-003")] == ["business", "consumer"]


def test_default_kind_is_stored_and_validated(stack):
    t = make_tenant(stack, "consumer")
    assert stack.store.get_tenant(t["tenant_id"]).default_customer_kind == "consumer"
    assert stack.store.get_tenant(make_tenant(stack, sender="a@b-c.fr")["tenant_id"]).default_customer_kind == \
        "business"
    with pytest.raises(ValidationError) as err:
        make_tenant(stack, "individual", sender="x@y-z.fr")
    assert "default_customer_kind" in err.value.fields


def test_webhook_and_api_without_kind_take_the_tenant_default_and_a_given_kind_wins(stack):
    t = make_tenant(stack, "consumer")
    tid = t["tenant_id"]
    for inv_id, kind in (("inv_none", None), ("inv_biz", "business")):
        event = generic_event(id=inv_id, number=inv_id)
        if kind:
            event["invoice"]["customer"]["kind"] = kind
        else:
            del event["invoice"]["customer"]["kind"]
        body = json.dumps(event)
        r = stack.http.post(f"/v1/webhooks/{tid}/standard", body=body,
                            headers=standard_headers(t["webhook_secret"], body))
        assert r.status_code == 200, r.body
    assert (kind_of(stack, t, "inv_none"), kind_of(stack, t, "inv_biz")) == ("consumer", "business")
    api = invoice_body(id="inv_api", number="A-1")
    del api["customer"]["kind"]
    r = stack.http.post("/v1/invoices", body=json.dumps(api), headers=headers(t, "application/json"))
    assert r.status_code == 200, r.body
    assert kind_of(stack, t, "inv_api") == "consumer"


def test_stripe_without_tax_ids_takes_the_default_and_with_tax_ids_is_a_business(stack, corpora):
    t = make_tenant(stack, "consumer")
    base = json.loads((corpora / "stripe" / "events" / "DERIVED" / "invoice.sent.json").read_text())
    for suffix, tax_ids in (("a", []), ("b", [{"type": "eu_vat", "value": "FR40123456789"}])):
        event = json.loads(json.dumps(base))
        event["id"] = base["id"] + suffix
        event["data"]["object"]["id"] = base["data"]["object"]["id"] + suffix
        event["data"]["object"]["customer_tax_ids"] = tax_ids
        raw = json.dumps(event)
        r = stack.http.post(f"/v1/webhooks/{t['tenant_id']}/stripe", body=raw,
                            headers=stripe_headers(t["stripe_webhook_secret"], raw))
        assert r.status_code == 200, r.body
    inv = base["data"]["object"]["id"]
    assert (kind_of(stack, t, inv + "a"), kind_of(stack, t, inv + "b")) == ("consumer", "business")


def test_a_consumer_imported_by_csv_is_never_charged_l441_10_penalties_or_the_40_euro_indemnity(stack):
    t = make_tenant(stack)
    post_csv(stack, t, (FIXTURES / "pennylane.csv").read_bytes())
    stack.run(at=datetime(2026, 12, 22, 9, tzinfo=UTC))
    to_her = [m for m in stack.outbox() if "claire.petit@example.fr" in m["To"]]
    assert to_her, "a reminder is due to the consumer"
    for m in to_her:
        text = "\n".join(p.get_content() for p in m.walk() if p.get_content_type() in ("text/plain", "text/html"))
        assert "L441-10" not in text and "D441-5" not in text and "40,00" not in text


def test_bad_dates_are_line_errors_and_a_huge_cell_is_a_json_422_never_a_500(stack):
    t = make_tenant(stack)
    csv = ("Numéro;Client;Email;Date;Échéance;Montant\n"
           "A;X;x@x.test;0001-01-01;31/10/2026;10\nB;X;x@x.test;01/10/2026;9999-12-31;10\n")
    status, out = post_csv(stack, t, csv.encode())
    assert status == 200 and out["imported"] == 0
    assert [(e["line"], e["field"]) for e in out["errors"]] == [(2, "issued_on"), (3, "due_on")]
    huge = ("Numéro;Client;Email;Échéance;Montant\nA;\"" + "x" * (130 * 1024) + "\";x@x.test;31/10/2026;10\n").encode()
    status, out = post_csv(stack, t, huge)
    assert status == 422 and out["error"]["code"] == "invalid" and "128 KB" in out["error"]["fields"]["file"]
