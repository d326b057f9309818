"""The JSON logger: known keys only, values by shape, correlation ids per invocation, LOG_LEVEL at call time."""

import json
from types import SimpleNamespace

import pytest

from chalicelib import log


def lines(capsys) -> list[dict]:
    return [json.loads(x) for x in capsys.readouterr().out.splitlines()]


def test_a_line_is_json_with_level_message_and_the_bound_ids(capsys):
    with log.invocation("send_reminders", "req-1"):
        log.bind(tenant_id="t_1", customer_id="c_martin")
        log.info("reminder", invoice_ids=["inv_1", "F-2026-0042"], result="sent", duration_ms=12.5)
    (line,) = lines(capsys)
    assert line["level"] == "INFO" and line["message"] == "reminder" and line["timestamp"].endswith("+00:00")
    assert {k: line[k] for k in ("handler", "request_id", "tenant_id", "customer_id")} == {
        "handler": "send_reminders", "request_id": "req-1", "tenant_id": "t_1", "customer_id": "c_martin"}
    assert line["invoice_ids"] == ["inv_1", "F-2026-0042"] and line["result"] == "sent"


@pytest.mark.parametrize("key, value", [
    ("customer_id", "compta@martin.fr"), ("customer_id", "SARL Martin"), ("invoice_ids", ["inv_1", "a@b.fr"]),
    ("result", "Paul Martin"), ("stage", "FR76 3000 6000 0112 3456 7890 189"), ("records", "12"),
    ("tenant_id", {"email": "x@y.fr"}),
])
def test_a_value_not_of_its_kind_is_redacted(capsys, key, value):
    log.info("event", **{key: value})
    out = capsys.readouterr().out
    assert "<redacted>" in out and "@" not in out and "Martin" not in out and "3000" not in out


def test_unknown_keys_are_dropped_and_counted_never_written(capsys):
    log.info("event", email="compta@martin.fr", name_of_debtor="SARL Martin", tenant_id="t_1")
    (line,) = lines(capsys)
    assert line == {**line, "tenant_id": "t_1", "dropped_keys": 2}
    assert "martin" not in json.dumps(line).lower()


def test_a_message_is_a_literal_never_data(capsys):
    log.info("reply from compta@martin.fr")
    log.info("Reminder for SARL Martin")
    assert [x["message"] for x in lines(capsys)] == ["<redacted>", "<redacted>"]


def test_an_error_has_its_type_a_short_message_and_where_without_the_data(capsys):
    def parse():
        raise ValueError("invalid address 'compta@martin.fr' for \"SARL Martin\", iban FR7630006000011234567890189 "
                         "from paul.henry@laposte.net" + " padding" * 50)

    try:
        parse()
    except ValueError:
        log.exception("intake failed", tenant_id="t_1")
    (line,) = lines(capsys)
    assert line["level"] == "ERROR" and line["error_type"] == "ValueError" and line["tenant_id"] == "t_1"
    assert line["error"].startswith("invalid address '…' for '…', iban <iban> from <email>")
    assert len(line["error"]) <= 160 and "parse" in line["where"] and "test_log.py" in line["where"]
    assert "@" not in json.dumps(line) and "Martin" not in json.dumps(line)


def test_callers_cannot_write_the_error_fields_themselves(capsys):
    log.error("failed", error="SARL Martin did not pay", where="compta@martin.fr", error_type="x")
    (line,) = lines(capsys)
    assert "error" not in line and "where" not in line and "error_type" not in line


def test_an_aws_error_code_is_kept(capsys):
    exc = Exception("Email address is not verified: compta@martin.fr")
    exc.response = {"Error": {"Code": "MessageRejected"}}  # type: ignore[attr-defined]
    log.error("send failed", exc)
    (line,) = lines(capsys)
    assert line["error_code"] == "MessageRejected" and line["error"] == "Email address is not verified: <email>"


def test_ids_bound_in_one_invocation_do_not_reach_the_next(capsys):
    with log.invocation("daily_run", "req-1"):
        log.bind(tenant_id="t_1", customer_id="c_1")
        with log.bound(message_id="m_1"):
            log.info("inside")
        log.info("after the record")
    with log.invocation("daily_run", "req-2"):
        log.info("next")
    inside, after, nxt = lines(capsys)
    assert inside["message_id"] == "m_1" and "message_id" not in after and after["customer_id"] == "c_1"
    assert nxt == {**nxt, "request_id": "req-2"} and "tenant_id" not in nxt and "customer_id" not in nxt


def test_log_level_is_read_at_each_call(capsys, monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", "WARN")
    log.info("hidden")
    log.warning("shown")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    log.debug("detail")
    monkeypatch.delenv("LOG_LEVEL")
    log.debug("hidden by default")
    log.info("default is info")
    assert [x["message"] for x in lines(capsys)] == ["shown", "detail", "default is info"]


def test_the_handler_decorator_names_the_handler_and_logs_a_failure(capsys):
    @log.handler
    def inbound_email(event):
        log.bind(tenant_id="t_9")
        raise KeyError("compta@martin.fr")

    event = SimpleNamespace(context=SimpleNamespace(aws_request_id="abc-123"))
    with pytest.raises(KeyError):
        inbound_email(event)
    (line,) = lines(capsys)
    assert line["handler"] == "inbound_email" and line["request_id"] == "abc-123" and line["tenant_id"] == "t_9"
    assert line["error_type"] == "KeyError" and "@" not in json.dumps(line)
    log.info("outside")
    assert "tenant_id" not in lines(capsys)[0]


def test_the_http_middleware_names_the_view_binds_path_ids_but_never_the_token(capsys):
    app = SimpleNamespace(routes={"/p/{token}": {"GET": SimpleNamespace(view_name="debtor_page")},
                                  "/v1/invoices/{invoice_id}": {"GET": SimpleNamespace(view_name="get_invoice")}})

    def request(route, params):
        return SimpleNamespace(context={"resourcePath": route}, method="GET", uri_params=params,
                               lambda_context=SimpleNamespace(aws_request_id="rid-7"))

    log.http(app, request("/p/{token}", {"token": "secrettoken123"}), lambda r: SimpleNamespace(status_code=200))
    log.http(app, request("/v1/invoices/{invoice_id}", {"invoice_id": "inv_1"}),
             lambda r: SimpleNamespace(status_code=503))

    def boom(r):
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        log.http(app, request("/v1/invoices/{invoice_id}", {"invoice_id": "inv_2"}), boom)
    page, inv, failed = lines(capsys)
    assert page["handler"] == "debtor_page" and page["route"] == "/p/{token}" and page["request_id"] == "rid-7"
    assert "secrettoken123" not in json.dumps(page) and page["status"] == 200
    assert inv["invoice_id"] == "inv_1" and inv["level"] == "ERROR" and inv["status"] == 503
    assert failed["message"] == "request failed" and failed["error_type"] == "RuntimeError"
    assert failed["invoice_id"] == "inv_2"
