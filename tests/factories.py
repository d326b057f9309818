"""Bodies and signatures for tests, signed with the platforms' own libraries."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import stripe
from standardwebhooks.webhooks import Webhook


def invoice_body(id="inv_812", number="F-2026-0042", total="1200.00", amount_due=None, due_on="2026-10-31",
                 issued_on="2026-10-01", customer_id="c_19", email="compta@martin.fr", status="open", **extra):
    body = {"id": id, "number": number, "status": status, "currency": "EUR", "total": total,
            "amount_due": amount_due or total, "issued_on": issued_on, "due_on": due_on,
            "payment_url": f"https://pay.example/{id}", "pdf_url": f"https://pay.example/{id}.pdf",
            "customer": {"id": customer_id, "name": "SARL Martin", "email": email, "cc": [], "language": "fr",
                         "timezone": "Europe/Paris", "kind": "business"}}
    body.update(extra)
    return body


def generic_event(type="invoice.upserted", occurred_at="2026-11-02T09:00:00Z", payment=None, **invoice):
    event = {"type": type, "occurred_at": occurred_at, "invoice": invoice_body(**invoice)}
    if payment:
        event["payment"] = payment
    return event


def standard_headers(secret: str, body: str, msg_id: str | None = None, at: datetime | None = None) -> dict:
    msg_id = msg_id or "msg_" + uuid.uuid4().hex
    at = at or datetime.now(UTC)
    sig = Webhook(secret).sign(msg_id, at, body)
    return {"webhook-id": msg_id, "webhook-timestamp": str(int(at.timestamp())), "webhook-signature": sig,
            "Content-Type": "application/json"}


def stripe_headers(secret: str, body: str, at: datetime | None = None) -> dict:
    ts = int((at or datetime.now(UTC)).timestamp())
    header = stripe.WebhookSignature.generate_signature_header(body, secret, timestamp=ts)
    return {"Stripe-Signature": header, "Content-Type": "application/json"}


def dumps(obj) -> str:
    return json.dumps(obj)
