"""Webhook signature checks on the raw body. Pure: `now` is an argument."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

TOLERANCE_SECONDS = 300


def verify_stripe(raw_body: bytes, header: str | None, secret: str, now: datetime,
                  tolerance: int = TOLERANCE_SECONDS) -> bool:
    """Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]; HMAC-SHA256 of "t.body" with the secret as-is."""
    if not header or not secret:
        return False
    stamp, candidates = None, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            stamp = value
        elif key == "v1":
            candidates.append(value)
    if not stamp or not stamp.isdigit() or not candidates:
        return False
    if abs(now.timestamp() - int(stamp)) > tolerance:
        return False
    expected = hmac.new(secret.encode(), stamp.encode() + b"." + raw_body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, c) for c in candidates)
