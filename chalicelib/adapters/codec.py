"""Records to JSON-safe dicts and back. Amounts stay exact (strings), instants keep their zone (UTC)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal

from chalicelib.core.records import (
    ApiKey,
    Collection,
    Customer,
    Event,
    Invoice,
    Party,
    Payment,
    Snapshot,
    Tenant,
)


def _enc(v):
    if isinstance(v, Decimal):
        return f"{v:f}"
    if isinstance(v, datetime):
        return v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _enc(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_enc(x) for x in v]
    return v


def encode(record) -> dict:
    return _enc(asdict(record))


def _dt(v):
    return datetime.fromisoformat(v) if v else None


def _d(v):
    return date.fromisoformat(v) if v else None


def _party(d):
    return Party(**{**d, "cc": tuple(d.get("cc") or ())})


def _snapshot(d):
    if not d:
        return None
    return Snapshot(**{**d, "occurred_at": _dt(d["occurred_at"]), "total": Decimal(d["total"]),
                       "amount_due": Decimal(d["amount_due"]), "issued_on": _d(d["issued_on"]),
                       "due_on": _d(d["due_on"]), "customer": _party(d["customer"])})


def _payment(d):
    return Payment(**{**d, "amount": Decimal(d["amount"]), "paid_on": _d(d["paid_on"]),
                      "occurred_at": _dt(d["occurred_at"])})


def _collection(d):
    return Collection(**{**d, "next_action_at": _dt(d["next_action_at"]), "paused_until": _d(d["paused_until"]),
                         "promise_date": _d(d["promise_date"]), "stages_sent": tuple(d["stages_sent"]),
                         "stage_sent_at": _dt(d.get("stage_sent_at")), "notice_on": _d(d.get("notice_on")),
                         "promise_missed_on": _d(d.get("promise_missed_on"))})


def invoice(d) -> Invoice:
    return Invoice(tenant_id=d["tenant_id"], id=d["id"], snapshot=_snapshot(d["snapshot"]),
                   payments=tuple(_payment(p) for p in d["payments"]), collection=_collection(d["collection"]),
                   version=d["version"])


def customer(d) -> Customer:
    return Customer(**{**d, "sent_at": tuple(_dt(x) for x in d["sent_at"])})


def event(d) -> Event:
    return Event(**{**d, "at": _dt(d["at"])})


def tenant(d) -> Tenant:
    keys = tuple(ApiKey(k["id"], k["hash"], _dt(k["created_at"]), _dt(k["expires_at"]) if k.get("expires_at") else None)
                 for k in d["api_keys"])
    return Tenant(**{**d, "api_keys": keys,
                     "created_at": _dt(d["created_at"])})
