"""Turns platform payloads into snapshots and payments. Pure; every rejection names its fields."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import BadRequest, Fields, ValidationError
from .money import check_currency, from_minor, parse_amount
from .records import DRAFT, OPEN, PAID, STATUSES, UNCOLLECTIBLE, VOID, Party, Payment, Snapshot

# What SES can send: an ASCII local part (no SMTPUTF8) and a domain in ASCII (IDN domains are stored as punycode).
EMAIL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                   r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$")
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-/]{0,127}$")
# Event ids and Idempotency-Keys end up in DynamoDB keys (2,048 bytes at most): printable ASCII, bounded.
EVENT_ID = re.compile(r"^[\x21-\x7e]{1,200}$")
# Dates a dunning schedule can compute with (offsets, windows) without leaving datetime's range.
MIN_DAY, MAX_DAY = date(1970, 1, 1), date(2199, 12, 31)
MIN_STAMP = int(datetime.combine(MIN_DAY, time(), UTC).timestamp())
MAX_STAMP = int(datetime.combine(MAX_DAY, time(23, 59, 59), UTC).timestamp())
MAX_JSON_DEPTH = 32
MAX_JSON_NUMBER = 40  # characters; Python refuses ints past 4,300 digits with a ValueError of its own
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


def _number(text: str) -> str:
    if len(text) > MAX_JSON_NUMBER:
        raise ValueError(f"a number in the body is longer than {MAX_JSON_NUMBER} characters")
    return text


def _bounded_int(text: str) -> int:
    return int(_number(text))


def parse_json(raw: bytes | str):
    """The one JSON reader for request bodies: floats stay text (amounts are never binary floats), numbers and
    nesting are bounded, and anything unreadable is a 400."""
    try:
        data = json.loads(raw, parse_float=_number, parse_int=_bounded_int, parse_constant=_no_constant)
    except RecursionError:
        raise BadRequest("the body is nested too deeply", {"body": f"at most {MAX_JSON_DEPTH} levels"}) from None
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise BadRequest("the body is not valid JSON", {"body": str(exc)[:200]}) from None
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise BadRequest("the body is nested too deeply", {"body": f"at most {MAX_JSON_DEPTH} levels"})
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return data


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def parse_instant(value: object) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError("must be an ISO 8601 instant such as 2026-11-02T09:00:00Z")
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError("must be an ISO 8601 instant such as 2026-11-02T09:00:00Z") from None
    if dt.tzinfo is None:
        raise ValueError("must carry a time zone, e.g. 2026-11-02T09:00:00Z")
    if not MIN_DAY < dt.date() < MAX_DAY:
        raise ValueError(f"must be between {MIN_DAY.year} and {MAX_DAY.year}")
    return dt.astimezone(UTC)


def parse_day(value: object) -> date:
    if isinstance(value, str) and len(value) <= 32:
        try:
            day = date.fromisoformat(value[:10]) if len(value) == 10 else date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if not MIN_DAY <= day <= MAX_DAY:
                raise ValueError(f"must be a date from {MIN_DAY.isoformat()} to {MAX_DAY.isoformat()}")
            return day
    raise ValueError("must be a date such as 2026-10-31")


def from_stamp(value: object) -> datetime:
    """A Unix timestamp (Stripe's dates) within the range the schedule computes with."""
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_STAMP <= value <= MAX_STAMP:
        raise ValueError(f"must be a Unix timestamp from {MIN_DAY.year} to {MAX_DAY.year}")
    return datetime.fromtimestamp(value, UTC)


def check_event_id(value: object, field: str) -> str:
    """An event id or Idempotency-Key: it becomes part of a DynamoDB key."""
    if not isinstance(value, str) or not EVENT_ID.match(value):
        raise ValidationError(f"invalid {field}", {field: "must be 1 to 200 printable ASCII characters"})
    return value


def check_timezone(value: object) -> str:
    try:
        if isinstance(value, str) and value:
            ZoneInfo(value)
            return value
    except (ZoneInfoNotFoundError, ValueError):
        pass
    raise ValueError("must be an IANA time zone such as Europe/Paris")


def check_email(value: object) -> str:
    """An address SES can send to: ASCII local part; an IDN domain comes back as punycode."""
    if isinstance(value, str) and len(value) <= 254:
        addr = value.strip()
        local, at, domain = addr.rpartition("@")
        if at and not domain.isascii():
            try:
                domain = domain.encode("idna").decode("ascii")
            except UnicodeError:
                raise ValueError("must be an email address (the domain is not a valid IDN)") from None
            addr = f"{local}@{domain}"
        if len(addr) <= 254 and EMAIL.match(addr):
            return addr
        if not local.isascii():
            raise ValueError("must be an email address with an ASCII local part (before the @)")
    raise ValueError("must be an email address")


# Control characters, line and paragraph separators, and lone surrogates break or smuggle mail headers.
_LINE_BREAKS = "\n\r\t"


def bad_char(text: str, *, multiline: bool = False) -> str | None:
    """The first character that cannot be sent in a mail (a header when not multiline), else None."""
    for ch in text:
        if multiline and ch in _LINE_BREAKS:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Zl", "Zp") or (cat == "Cf" and ch in "\u202a\u202b\u202c\u202d\u202e"):
            return ch
    return None


def clean_text(text: str) -> str:
    """The same text on one line, each unsendable character a space (for sources we must not reject)."""
    return " ".join("".join(" " if bad_char(ch) else ch for ch in text).split())


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


def _text(limit: int, *, multiline: bool = False):
    def check(v):
        if not isinstance(v, str):
            raise ValueError("must be a string")
        if len(v) > limit:
            raise ValueError(f"must be at most {limit} characters")
        ch = bad_char(v, multiline=multiline)
        if ch is not None:
            raise ValueError(f"must not contain the character U+{ord(ch):04X} (control, line break or surrogate)")
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
    """Links shown to debtors: https only (no javascript:, data:, plain http), printable ASCII."""
    if isinstance(v, str) and len(v) <= 2048 and re.match(r"^https://[\x21-\x7e]+$", v):
        try:
            parts = urlsplit(v)
        except ValueError:
            parts = None
        if parts and parts.scheme == "https" and parts.hostname and not any(c in v for c in '"<>\\^`{|}'):
            return v
    raise ValueError("must be an https URL")


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
    assert party is not None, "parse_party gives None only with an error, raised above"
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
    if paid_on and paid_on > occurred_at.date() + timedelta(days=1):  # a day's slack for time zones
        f.add("paid_on", "must not be in the future")
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
    inv_id = _get(inv, "id", Fields("invoice."), _ident) if isinstance(inv, dict) else ""
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
    """A Stripe invoice.* event; None for event types Relance does not use (answered 200, ignored).
    Text is cleaned rather than refused (Stripe retries a refused event for days); what cannot be true of
    a Stripe event (dates out of range, objects where scalars belong, non-https links) is refused."""
    if not isinstance(event, dict) or not isinstance(event.get("data"), dict):
        raise ValidationError("not a Stripe event", {"data": "is required"})
    etype = event.get("type")
    if etype not in STRIPE_TYPES:
        return None
    obj = event["data"].get("object")
    f = Fields("data.object.")
    if not isinstance(obj, dict) or obj.get("object") != "invoice":
        raise ValidationError("not a Stripe invoice event", {"data.object": "must be an invoice"})
    top = Fields()
    event_id = _get(event, "id", top, _ident, required=True)
    occurred_at = _get(event, "created", top, from_stamp, required=True)
    f.errors.update(top.errors)
    inv_id = _get(obj, "id", f, _ident, required=True)
    currency = _get(obj, "currency", f, check_currency, required=True, default="EUR")

    def sub(key) -> dict:
        v = obj.get(key)
        if v is not None and not isinstance(v, dict):
            f.add(key, "must be an object")
        return v if isinstance(v, dict) else {}

    def minor(key, value=None):
        v = obj.get(key) if value is None else value
        if v is None:
            return from_minor(0, currency)
        try:
            return from_minor(v, currency)
        except ValueError as exc:
            f.add(key, str(exc))
            return from_minor(0, currency)

    def stamp(key, value) -> date | None:
        if value is None:
            return None
        try:
            return from_stamp(value).date()
        except ValueError as exc:
            f.add(key, str(exc))
            return None

    def text(key, limit) -> str:
        v = obj.get(key)
        if v is None:
            return ""
        if not isinstance(v, str):
            f.add(key, "must be a string")
            return ""
        return clean_text(v.encode("utf-8", "replace").decode("utf-8"))[:limit]

    total = minor("total")
    remaining = obj.get("amount_remaining")
    # amount_due may exceed total (a positive starting balance is added to it): never capped at total
    amount_due = minor("amount_remaining") if remaining is not None else minor("amount_due")
    transitions = sub("status_transitions")
    address = sub("customer_address")
    issued_on = stamp("status_transitions.finalized_at" if transitions.get("finalized_at") else "created",
                      transitions.get("finalized_at") or obj.get("created"))
    due_on = stamp("due_date", obj.get("due_date"))
    payment_url = _get(obj, "hosted_invoice_url", f, _url)
    pdf_url = _get(obj, "invoice_pdf", f, _url)
    number = text("number", 64) or inv_id
    name = text("customer_name", 200)
    country = address.get("country")
    country = _country(country) if isinstance(country, str) and re.match(r"^[A-Za-z]{2}$", country) else None
    customer = obj.get("customer")
    customer_id = customer.get("id") if isinstance(customer, dict) else customer
    email = obj.get("customer_email")
    try:
        email = check_email(email) if email else None
    except ValueError:
        email = None  # kept, flagged by the collectable check: Stripe keeps retrying a rejected event
    party_id = customer_id or email or inv_id
    try:
        party_id = _ident(party_id)
    except ValueError as exc:
        f.add("customer", str(exc))
    f.raise_if_any("the Stripe event has invalid fields")
    raw_status = obj.get("status")
    status = "void" if etype == "invoice.deleted" else \
        _STRIPE_STATUS.get(raw_status, DRAFT) if isinstance(raw_status, str) else DRAFT
    # A tax id (VAT, SIREN...) on the invoice means a firm; otherwise the tenant's default kind applies.
    kind = "business" if obj.get("customer_tax_ids") else None
    party = Party(id=party_id, email=email, name=name, country=country, kind=kind)
    snap = Snapshot(
        occurred_at=occurred_at, event_id=event_id, number=number, status=status, currency=currency,
        total=total, amount_due=amount_due, issued_on=issued_on, due_on=due_on, customer=party,
        payment_url=payment_url, pdf_url=pdf_url)
    return Change(event_id, "stripe", etype, occurred_at, inv_id, snapshot=snap)
