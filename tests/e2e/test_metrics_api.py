"""GET /v1/metrics through DevStack (moto): figures kept by the real hooks on DynamoDB, read in a few requests."""

import json
from datetime import UTC, datetime

from bench.counting import DynamoCounter
from tests.factories import invoice_body


def at(month, day, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


def post(stack, auth, path, body):
    r = stack.http.post(path, body=json.dumps(body), headers=auth)
    assert r.status_code in (200, 201), r.body
    return json.loads(r.body)


def get(stack, auth, path):
    r = stack.http.get(path, headers=auth)
    return r.status_code, json.loads(r.body)


def test_metrics_from_the_api(stack, tenant, auth):
    stack.now = at(11, 1)
    post(stack, auth, "/v1/invoices", invoice_body(id="a", number="F-1", total="1000.00", issued_on="2026-10-01",
                                                  due_on="2026-10-31"))
    post(stack, auth, "/v1/invoices", invoice_body(id="b", number="F-2", total="500.00", issued_on="2026-10-15",
                                                  due_on="2026-11-14", customer_id="c_2", email="b@client.test"))
    stack.run(at(11, 3))  # a letter names invoice a
    stack.now = at(11, 20)
    post(stack, auth, "/v1/invoices/a/payments", {"amount": "1000.00", "paid_on": "2026-11-18"})
    post(stack, auth, "/v1/invoices/b/payments", {"amount": "100.00", "paid_on": "2026-11-19"})
    counter = DynamoCounter().attach()
    code, m = get(stack, auth, "/v1/metrics?from=2026-11-01&to=2026-11-20")
    assert code == 200, m
    # 2 requests for the figures, plus the API key's tenant read
    assert counter.total <= 4 and "Scan" not in counter.requests and "Query" not in counter.requests
    # b: 500 - 100, due 11-14, 6 days late at 11-20
    assert (m["outstanding"], m["overdue"], m["aging"]["d1_30"]) == ("400.00", "400.00", "400.00")
    # a paid 11-18: 18 days late, 48 after issue; named by one letter
    assert (m["average_days_late"], m["average_days_to_pay"], m["reminders_per_paid_invoice"]) == ("18.0", "48.0", "1.00")
    # due in the period: b (500), 100 paid on it by 11-20
    assert m["recovery_rate"] == "20.0"
    # start 1500, nothing invoiced, end 400, nothing not yet due: (1500 - 400) / 1500
    assert m["cei"] == "73.3"
    assert m["collected_by_month"][-1] == {"period": "2026-11", "amount": "1100.00"}
    assert m["top_debtors"] == [{"customer_id": "c_2", "name": "SARL Martin", "overdue": "400.00",
                                 "outstanding": "400.00"}]


def test_bad_periods_answer_422_and_no_key_401(stack, tenant, auth):
    code, body = get(stack, auth, "/v1/metrics?from=2026-11-31")
    assert code == 422 and "from" in body["error"]["fields"]
    code, body = get(stack, auth, "/v1/metrics?from=2026-11-20&to=2026-11-01")
    assert code == 422
    assert stack.http.get("/v1/metrics").status_code == 401
    code, body = get(stack, auth, "/v1/metrics")
    assert code == 200 and body["outstanding"] == "0.00"
