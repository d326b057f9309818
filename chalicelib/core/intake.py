"""Turns platform payloads into snapshots and payments. Pure; every rejection names its fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import Fields, ValidationError
from .money import check_currency, from_minor, parse_amount
from .records import DRAFT, OPEN, PAID, STATUSES, UNCOLLECTIBLE, VOID, Party, Payment, Snapshot

EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]{2,}$")
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-/]{0,127}$")
GENERIC_TYPES = ("invoice.upserted", "invoice.paid", "invoice.voided", "payment.received")
LANGUAGES = ("fr", "en")
KINDS = ("business", "consumer")


@dataclass(frozen=True)
class Change:
    """What one event says about one invoice."""

    event_id: str
    source: str
    type: str
    occurred_at: datetime
    invoice_id: str
    snapshot: Snapshot | None = None
    payment: Payment | None = None


def parse_instant(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 instant such as 2026-11-02T09:00:00Z")
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError("must be an ISO 8601 instant such as 2026-11-02T09:00:00Z") from None
    if dt.tzinfo is None:
        raise ValueError("must carry a time zone, e.g. 2026-11-02T09:00:00Z")
    return dt.astimezone(UTC)


def parse_day(value: object) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10]) if len(value) == 10 else date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError("must be a date such as 2026-10-31")


def check_timezone(value: object) -> str:
    try:
        if isinstance(value, str) and value:
            ZoneInfo(value)
            return value
    except (ZoneInfoNotFoundError, ValueError):
        pass
    raise ValueError("must be an IANA time zone such as Europe/Paris")


def check_email(value: object) -> str:
    if isinstance(value, str) and len(value) <= 254 and EMAIL.match(value.strip()):
        return value.strip()
    raise ValueError("must be an email address")


def _get(obj: dict, key: str, f: Fields, check, required: bool = False, default=None):
    if key not in obj or obj[key] is None or obj[key] == "":
        if required:
            f.add(key, "is required")
        return default
    try:
        return check(obj[key])
    except ValueError as exc:
        f.add(key, str(exc))
        return default


def _text(limit: int):
    def check(v):
        if not isinstance(v, str):
            raise ValueError("must be a string")
        if len(v) > limit:
            raise ValueError(f"must be at most {limit} characters")
        return v.strip()
    return check


def _one_of(values):
    def check(v):
        if v not in values:
            raise ValueError("must be one of: " + ", ".join(values))
        return v
    return check


def _ident(v):
    if isinstance(v, int) and not isinstance(v, bool):
        v = str(v)
    if not isinstance(v, str) or not ID.match(v):
        raise ValueError("must be an identifier of letters, digits and _.:-/ (at most 128)")
    return v


def _url(v):
    if not isinstance(v, str) or not re.match(r"^https?://[^\s]+$", v) or len(v) > 2048:
        raise ValueError("must be an http(s) URL")
    return v


def _emails(v):
    if not isinstance(v, list):
        raise ValueError("must be a list of email addresses")
    return tuple(check_email(x) for x in v[:10])


def parse_party(obj: object, f: Fields, *, email_required: bool = True) -> Party | None:
    if not isinstance(obj, dict):
        f.add("customer", "must be an object")
        return None
    sub = Fields(f.prefix + "customer.")
    party = Party(
        id=_get(obj, "id", sub, _ident, required=True, default=""),
        email=_get(obj, "email", sub, check_email, required=email_required),
        name=_get(obj, "name", sub, _text(200), default=""),
        cc=_get(obj, "cc", sub, _emails, default=()),
        language=_get(obj, "language", sub, _one_of(LANGUAGES)),
        timezone=_get(obj, "timezone", sub, check_timezone),
        kind=_get(obj, "kind", sub, _one_of(KINDS)),  # None: not given, the tenant's default applies
        country=_get(obj, "country", sub, lambda v: _country(v)),
    )
    f.errors.update(sub.errors)
    return party


def _country(v):
    if not isinstance(v, str) or not re.match(r"^[A-Za-z]{2}$", v):
        raise ValueError("must be an ISO 3166 two-letter country code")
    return v.upper()


def parse_invoice(obj: object, *, occurred_at: datetime, event_id: str, status: str | None = None,
                  prefix: str = "invoice.") -> Snapshot:
    """A generic invoice object (DESIGN.md) to a snapshot; raises ValidationError naming every bad field."""
    f = Fields(prefix)
    if not isinstance(obj, dict):
        raise ValidationError("invoice must be an object", {prefix.rstrip("."): "must be an object"})
    _get(obj, "id", f, _ident, required=True)
    number = _get(obj, "number", f, _text(64), required=True, default="")
    st = status or _get(obj, "status", f, _one_of(STATUSES), default=OPEN)
    currency = _get(obj, "currency", f, check_currency, required=True, default="EUR")
    total = _get(obj, "total", f, parse_amount, required=True)
    amount_due = _get(obj, "amount_due", f, parse_amount, default=total)
    issued_on = _get(obj, "issued_on", f, parse_day)
    due_on = _get(obj, "due_on", f, parse_day, required=st == OPEN)
    if total is not None and amount_due is not None and amount_due > total:
        f.add("amount_due", "must not exceed total")
    if issued_on and due_on and due_on < issued_on:
        f.add("due_on", "must not be before issued_on")
    payment_url = _get(obj, "payment_url", f, _url)
    pdf_url = _get(obj, "pdf_url", f, _url)
    party = parse_party(obj.get("customer"), f) if "customer" in obj else None
    if party is None and "customer" not in obj:
        f.add("customer", "is required")
    f.raise_if_any("the invoice has invalid fields")
    if st == PAID:
        amount_due = parse_amount("0")
    return Snapshot(occurred_at=occurred_at, event_id=event_id, number=number, status=st, currency=currency,
                    total=total, amount_due=amount_due, issued_on=issued_on, due_on=due_on, customer=party,
                    payment_url=payment_url, pdf_url=pdf_url)


def parse_payment(obj: object, *, occurred_at: datetime, payment_id: str, source: str,
                  prefix: str = "payment.") -> Payment:
    f = Fields(prefix)
    if not isinstance(obj, dict):
        raise ValidationError("payment must be an object", {prefix.rstrip("."): "must be an object"})
    amount = _get(obj, "amount", f, parse_amount, required=True)
    if amount is not None and amount <= 0:
        f.add("amount", "must be greater than zero")
    paid_on = _get(obj, "paid_on", f, parse_day, default=occurred_at.date())
    method = _get(obj, "method", f, _text(40))
    f.raise_if_any("the payment has invalid fields")
    return Payment(id=payment_id, amount=amount, paid_on=paid_on, occurred_at=occurred_at, method=method,
                   source=source)


def parse_generic(body: object, event_id: str) -> Change:
    """A Standard Webhooks event body (DESIGN.md, generic format)."""
    if not isinstance(body, dict):
        raise ValidationError("the event must be a JSON object")
    f = Fields()
    etype = _get(body, "type", f, _one_of(GENERIC_TYPES), required=True)
    occurred_at = _get(body, "occurred_at", f, parse_instant, required=True)
    inv = body.get("invoice")
    inv_id = _get(inv, "id", Fields("invoice."), _ident) if isinstance(inv, dict) else None
    if not inv_id:
        f.add("invoice.id", "is required")
    f.raise_if_any("the event has invalid fields")
    if etype == "payment.received":
        pay = parse_payment(body.get("payment"), occurred_at=occurred_at, payment_id=event_id, source="webhook")
        return Change(event_id, "standard", etype, occurred_at, inv_id, payment=pay)
    status = {"invoice.paid": PAID, "invoice.voided": VOID}.get(etype)
    snap = parse_invoice(inv, occurred_at=occurred_at, event_id=event_id, status=status)
    return Change(event_id, "standard", etype, occurred_at, inv_id, snapshot=snap)


STRIPE_TYPES = (
    "invoice.created", "invoice.finalized", "invoice.updated", "invoice.sent", "invoice.paid",
    "invoice.payment_succeeded", "invoice.payment_failed", "invoice.voided", "invoice.marked_uncollectible",
    "invoice.overdue", "invoice.finalization_failed", "invoice.payment_action_required", "invoice.deleted",
)
_STRIPE_STATUS = {"draft": DRAFT, "open": OPEN, "paid": PAID, "void": VOID, "uncollectible": UNCOLLECTIBLE}


def parse_stripe(event: object) -> Change | None:
    """A Stripe invoice.* event; None for event types Relance does not use (answered 200, ignored)."""
    if not isinstance(event, dict) or not isinstance(event.get("data"), dict):
        raise ValidationError("not a Stripe event", {"data": "is required"})
    etype = event.get("type")
    if etype not in STRIPE_TYPES:
        return None
    obj = event["data"].get("object")
    f = Fields("data.object.")
    if not isinstance(obj, dict) or obj.get("object") != "invoice":
        raise ValidationError("not a Stripe invoice event", {"data.object": "must be an invoice"})
    event_id = _get(event, "id", f, _ident, required=True)
    created = event.get("created")
    if not isinstance(created, int):
        f.add("created", "is required")
    inv_id = _get(obj, "id", f, _ident, required=True)
    currency = _get(obj, "currency", f, check_currency, required=True, default="EUR")
    f.raise_if_any("the Stripe event has invalid fields")
    occurred_at = datetime.fromtimestamp(created, UTC)
    status = "void" if etype == "invoice.deleted" else _STRIPE_STATUS.get(obj.get("status"), DRAFT)

    def minor(key, default=0):
        v = obj.get(key)
        return from_minor(v if isinstance(v, int) else default, currency)

    total = minor("total")
    remaining = obj.get("amount_remaining")
    amount_due = from_minor(remaining, currency) if isinstance(remaining, int) else minor("amount_due")
    email = obj.get("customer_email")
    try:
        email = check_email(email) if email else None
    except ValueError:
        email = None  # kept, flagged by the collectable check: Stripe keeps retrying a rejected event
    customer = obj.get("customer")
    customer_id = customer.get("id") if isinstance(customer, dict) else customer
    # A tax id (VAT, SIREN...) on the invoice means a firm; otherwise the tenant's default kind applies.
    kind = "business" if obj.get("customer_tax_ids") else None
    party = Party(id=str(customer_id or email or inv_id), email=email, name=obj.get("customer_name") or "",
                  country=((obj.get("customer_address") or {}).get("country") or None), kind=kind)
    snap = Snapshot(
        occurred_at=occurred_at, event_id=event_id, number=obj.get("number") or inv_id, status=status,
        currency=currency, total=total, amount_due=min(amount_due, total) if total else amount_due,
        issued_on=_stamp(obj.get("status_transitions", {}).get("finalized_at") or obj.get("created")),
        due_on=_stamp(obj.get("due_date")), customer=party, payment_url=obj.get("hosted_invoice_url"),
        pdf_url=obj.get("invoice_pdf"))
    return Change(event_id, "stripe", etype, occurred_at, inv_id, snapshot=snap)


def _stamp(value) -> date | None:
    return datetime.fromtimestamp(value, UTC).date() if isinstance(value, int) else None
