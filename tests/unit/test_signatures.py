import json
from datetime import UTC, datetime, timedelta

import stripe
from standardwebhooks.webhooks import Webhook

from chalicelib.core.signatures import verify_stripe

NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)
SECRET = "whsec_test_secret"


def _header(body: str, at: datetime, secret: str = SECRET) -> str:
    return stripe.WebhookSignature.generate_signature_header(body, secret, timestamp=int(at.timestamp()))


def test_stripe_signature_made_by_stripe_library_verifies():
    body = '{"id": "evt_1"}'
    assert verify_stripe(body.encode(), _header(body, NOW), SECRET, NOW)


def test_stripe_signature_checked_on_raw_bytes():
    body = '{"id": "evt_1"}'
    header = _header(body, NOW)
    assert not verify_stripe(b'{"id":"evt_1"}', header, SECRET, NOW)  # same JSON, other bytes


def test_stripe_tolerance_and_secret_and_multiple_v1():
    body = '{"id": "evt_1"}'
    assert not verify_stripe(body.encode(), _header(body, NOW - timedelta(minutes=6)), SECRET, NOW)
    assert not verify_stripe(body.encode(), _header(body, NOW, "whsec_other"), SECRET, NOW)
    good = _header(body, NOW).split("v1=")[1]
    rolled = f"t={int(NOW.timestamp())},v1={'0' * 64},v1={good}"
    assert verify_stripe(body.encode(), rolled, SECRET, NOW)
    assert not verify_stripe(body.encode(), None, SECRET, NOW)
    assert not verify_stripe(body.encode(), "garbage", SECRET, NOW)


def test_standard_webhooks_spec_vectors(corpora):
    v = json.loads((corpora / "standard-webhooks" / "test_vectors.json").read_text())
    at = datetime.fromtimestamp(v["timestamp"], UTC)
    assert Webhook(v["secret"]).sign(v["msg_id"], at, v["payload"]) == v["expected_signature"]
