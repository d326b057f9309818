"""Relance: Chalice entry points. Decorators and thin handlers only; the rules live in chalicelib."""

import json
import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from chalice import Chalice, Cron, Response

from chalicelib import clock, cockpit, log, pages, web, wiring
from chalicelib.core.intake import parse_instant
from chalicelib.lazy import LazyModule
from chalicelib.services import intake, invoices, ses_events, tenants

if TYPE_CHECKING:
    from chalicelib.services import dunning, letters, metrics, policies, templates
else:  # the reminder engine, letters and figures load where they are used, not with every webhook's cold start
    dunning, letters, metrics, policies, templates = (LazyModule(f"chalicelib.services.{n}") for n in (
        "dunning", "letters", "metrics", "policies", "templates"))

app = Chalice(app_name="relance")
app.register_blueprint(pages.bp)
app.register_blueprint(cockpit.bp)  # the firm's cockpit, /app/...
app.api.binary_types = []  # every body here is text: JSON, CSV, forms
# Resource names are fixed when `chalice package` runs (decorator arguments): the package step sets the stage.
STAGE = os.environ.get("RELANCE_STAGE", "dev")


@app.middleware("http")
def log_request(event, get_response):
    """Registered first, so outermost: every request has its JSON line with the route's ids."""
    return log.http(app, event, get_response)


@app.middleware("http")
def own_errors(event, get_response):
    return web.own_errors(event, get_response)


def now() -> datetime:
    return clock.now()


def wall() -> datetime:
    """Signature tolerances are checked against the real clock, whatever business time says."""
    return datetime.now(UTC)


def store():
    return wiring.deps().store


def tenant():
    t = tenants.authenticate(store(), app.current_request.headers.get("authorization"), now())
    log.bind(tenant_id=t.id)
    return t


def applied(result: dict) -> dict:
    log.info("invoice change", result=result.get("result"), invoice_id=result.get("invoice_id"))
    return result


@app.route("/v1/webhooks/{tenant_id}/standard", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def standard_webhook(tenant_id):
    req = app.current_request
    raw = web.body(req)
    return web.ok(applied(intake.standard_webhook(store(), tenant_id, raw, dict(req.headers), now())))


@app.route("/v1/webhooks/{tenant_id}/stripe", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def stripe_webhook(tenant_id):
    req = app.current_request
    raw = web.body(req)
    return web.ok(applied(intake.stripe_webhook(store(), tenant_id, raw, req.headers.get("stripe-signature"), now(),
                                                wall())))


@app.route("/v1/invoices", methods=["GET"])
@web.json_api
def list_invoices():
    return web.ok(invoices.list_(store(), tenant(), app.current_request.query_params or {}))


@app.route("/v1/invoices", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def upsert_invoice():
    req = app.current_request
    t = tenant()
    result = applied(intake.upsert_invoice(store(), t, web.json_body(req), now(), req.headers.get("idempotency-key")))
    return web.ok(invoices.get(store(), t, result["invoice_id"]), status=200)


@app.route("/v1/invoices/{invoice_id}", methods=["GET"])
@web.json_api
def get_invoice(invoice_id):
    return web.ok(invoices.get(store(), tenant(), invoice_id))


@app.route("/v1/invoices/{invoice_id}/payments", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def record_payment(invoice_id):
    req = app.current_request
    t = tenant()
    intake.record_payment(store(), t, invoice_id, web.json_body(req), now(), req.headers.get("idempotency-key"))
    return web.ok(invoices.get(store(), t, invoice_id), status=201)


@app.route("/v1/invoices/{invoice_id}/pause", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def pause_invoice(invoice_id):
    return web.ok(invoices.pause(store(), tenant(), invoice_id, web.json_body(app.current_request), now()))


@app.route("/v1/invoices/{invoice_id}/resume", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def resume_invoice(invoice_id):
    return web.ok(invoices.resume(store(), tenant(), invoice_id, now()))


@app.route("/v1/invoices/{invoice_id}/dispute", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def dispute_invoice(invoice_id):
    return web.ok(invoices.dispute(store(), tenant(), invoice_id, web.json_body(app.current_request), now()))


@app.route("/v1/imports/csv", methods=["POST"], content_types=web.CONTENT_TYPES)
@web.json_api
def import_csv():
    req = app.current_request
    t = tenant()
    raw = web.body(req, ("text/csv", "application/csv", "text/plain", "application/octet-stream"))
    return web.ok(intake.import_csv(store(), t, raw, now()))


@app.route("/v1/policies", methods=["GET"])
@web.json_api
def list_policies():
    return web.ok(policies.describe(tenant()))


@app.route("/v1/policies/{name}", methods=["PUT"], content_types=web.CONTENT_TYPES)
@web.json_api
def put_policy(name):
    return web.ok(policies.put(store(), tenant(), name, web.json_body(app.current_request)))


@app.route("/v1/customers/{customer_id}/policy", methods=["PUT"], content_types=web.CONTENT_TYPES)
@web.json_api
def assign_policy(customer_id):
    body = web.json_body(app.current_request)
    return web.ok(policies.assign(store(), tenant(), customer_id, body.get("policy")))


@app.route("/v1/customers/{customer_id}/letters", methods=["GET"])
@web.json_api
def customer_letters(customer_id):
    return web.ok(letters.for_customer(store(), tenant(), customer_id))


@app.route("/v1/letters/{letter_id}/raw", methods=["GET"])
@web.json_api
def letter_raw(letter_id):
    # Letters are 7-bit MIME (quoted-printable parts): as text, the bytes come back exactly.
    data = letters.raw(wiring.deps().mail_store, tenant(), letter_id).decode("ascii")
    return Response(data, status_code=200, headers={"Content-Type": "message/rfc822",
                                                   "Content-Disposition": f'attachment; filename="{letter_id}.eml"'})


@app.route("/v1/templates", methods=["GET"])
@web.json_api
def list_templates():
    return web.ok(templates.listing(tenant()))


@app.route("/v1/templates/{language}/{name}", methods=["PUT", "DELETE"], content_types=web.CONTENT_TYPES)
@web.json_api
def put_template(language, name):
    req = app.current_request
    if req.method == "DELETE":
        return web.ok(templates.delete(store(), tenant(), language, name))
    raw = web.body(req, ("text/plain", "text/html", "application/octet-stream"))
    return web.ok(templates.put(store(), tenant(), language, name, raw))


@app.route("/v1/metrics", methods=["GET"])
@web.json_api
def get_metrics():
    # An API key, or the cockpit's session (the dashboard's own figures, read by the firm's browser).
    req = app.current_request
    headers = {k.lower(): v for k, v in req.headers.items()}
    who = None
    if "authorization" not in headers:
        from chalicelib.services.cockpit import session_tenant

        who = session_tenant(wiring.deps(), headers, now())
    return web.ok(metrics.for_request(store(), who or tenant(), req.query_params or {}, now()))


@app.schedule(Cron(0, 9, "*", "*", "?", "*"), name="daily_run")
@log.handler
def daily_run(event):
    """Finds every debtor due up to the event's time (so a run can be replayed) and queues them."""
    summary = dunning.daily_run(wiring.deps(), parse_instant(event.time))
    log.info("daily run", **{k: v for k, v in summary.items() if isinstance(v, int)})
    return summary


@app.on_sqs_message(queue=f"relance-{STAGE}-reminders", batch_size=10, name="send_reminders",
                    maximum_concurrency=2)
@log.handler
def send_reminders(event):
    """One debtor per record; failed records go back to the queue (partial batch response)."""
    failures = []
    for record in event:
        raw = record.to_dict()
        with log.bound(message_id=raw.get("messageId")):
            try:
                body = json.loads(record.body)
                log.bind(tenant_id=body["tenant_id"], customer_id=body["customer_id"])
                # Decide with the moment of sending, not of queueing: a payment meanwhile cancels the mail.
                result = dunning.send_reminder(wiring.deps(), body["tenant_id"], body["customer_id"], now())
                log.info("reminder", result=result.get("result"), stage=result.get("stage"),
                         letter_id=result.get("letter_id"), invoice_ids=result.get("invoices"),
                         ses_message_id=result.get("ses_message_id"))
            except Exception:
                log.exception("reminder failed; the record goes back to the queue")
                failures.append({"itemIdentifier": raw.get("messageId")})
    return {"batchItemFailures": failures}


@app.on_sns_message(topic=f"relance-{STAGE}-ses-events", name="ses_events")
@log.handler
def ses_events_handler(event):
    log.bind(message_id=log.sns_message_id(event))
    result = ses_events.handle(wiring.deps(), json.loads(event.message), now())
    log.info("ses event", result=result.get("result"), kind=result.get("kind"), blocked=result.get("blocked"))
    return result


@app.on_sns_message(topic=f"relance-{STAGE}-inbound", name="inbound_email")
@log.handler
def inbound_email(event):
    """SES stored a reply in S3 and told SNS. Imported here: the API and the daily run never load the reply core."""
    from chalicelib.services import inbound

    log.bind(message_id=log.sns_message_id(event))
    result = inbound.handle_notice(wiring.deps(), json.loads(event.message), now())
    log.info("inbound mail", result=result.get("result"), intent=result.get("intent"),
             confidence=result.get("confidence"), matched_by=result.get("matched_by"),
             invoice_ids=result.get("invoices"))
    return result
