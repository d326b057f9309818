"""The letter record: every letter as sent (structured lines, SHA-256, SES id) and its exact bytes."""

from __future__ import annotations

import re

from chalicelib.adapters.mailstore import Missing
from chalicelib.core.errors import NotFound
from chalicelib.core.records import Tenant

from .dunning import letters_stream, raw_key

LETTER_ID = re.compile(r"^let_[0-9a-f]{24}$")
PUBLIC = ("id", "sent_at", "stage", "channel", "to", "ses_message_id", "sha256", "lines", "total_claimed",
          "currency", "promise_missed_on")


def for_customer(store, tenant: Tenant, customer_id: str) -> dict:
    """Newest first. A customer with no letter (or unknown) answers an empty list, as a search would."""
    events = [e for e in store.timeline(tenant.id, letters_stream(customer_id)) if e.type == "letter"]
    letters = [{k: e.detail.get(k) for k in PUBLIC} | {"subject": e.detail.get("subject"),
                                                       "totals": e.detail.get("totals", [])}
               for e in sorted(events, key=lambda e: e.at, reverse=True)]
    return {"customer_id": customer_id, "letters": letters}


def raw(mail_store, tenant: Tenant, letter_id: str) -> bytes:
    if not LETTER_ID.match(letter_id or ""):
        raise NotFound("no such letter")
    try:
        return mail_store.get(raw_key(tenant.id, letter_id))
    except Missing as exc:  # the key carries the tenant: another tenant's letter is missing here too
        raise NotFound("no such letter") from exc
