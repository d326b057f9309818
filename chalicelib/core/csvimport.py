"""The CSV a small firm exports from its invoicing tool. Pure: bytes in, snapshots and line errors out.

The spellings of headers and cell values are data (chalicelib/data/csv_headers.json, each with its source).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from .errors import ValidationError
from .intake import check_currency, check_email
from .money import parse_amount
from .records import DRAFT, OPEN, PAID, UNCOLLECTIBLE, VOID, Party, Snapshot

DATA = json.loads((Path(__file__).resolve().parent.parent / "data" / "csv_headers.json").read_text("utf-8"))
REQUIRED = ("number", "customer", "email", "due_on", "total")
MAX_ROWS = 10_000
MAX_FIELD = 128 * 1024  # csv's own default limit: a bigger cell is refused with a 422, never a 500
# Dates outside these years are typing slips (0001-01-01, 9999-12-31) and would overflow date arithmetic.
FIRST_YEAR, LAST_YEAR = 1970, 2099
PARTIAL = "partial"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _light(text: str) -> str:
    """Accents and case folded, punctuation kept: 'Payée (partiellement)' is not 'Payée partiellement'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", text).strip()


def _header_table() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for field, spellings in DATA["fields"].items():
        for rank, spelling in enumerate(spellings):
            key = _norm(spelling)
            if key in table and table[key][0] != field:
                raise ValueError(f"header {spelling!r} is spelled for both {table[key][0]} and {field}")
            table.setdefault(key, (field, rank))
    return table


def _value_table(groups: dict) -> tuple[dict[str, str], dict[str, str]]:
    light: dict[str, str] = {}
    loose: dict[str, str] = {}
    entries = [(name, v) for name, values in groups.items() if name != "about" for v in values]
    for name, v in entries:
        if light.setdefault(_light(v), name) != name:
            raise ValueError(f"value {v!r} is spelled for both {light[_light(v)]} and {name}")
    # The punctuation-free table prefers plain spellings: "Payée partiellement" (partly paid, open) over
    # Dolibarr's "Payée (partiellement)" (closed).
    for name, v in sorted(entries, key=lambda e: _light(e[1]) != _norm(e[1])):
        loose.setdefault(_norm(v), name)
    return light, loose


HEADERS = _header_table()
VALUE_CHECKED = {_norm(h): field for field, hs in DATA["value_checked_headers"].items() if field != "about"
                 for h in hs}
STATUS_VALUES = _value_table(DATA["status_values"])
KIND_VALUES = _value_table(DATA["kind_values"])
FLAG_VALUES = _value_table(DATA["paid_flag_values"])
_STATUS = {"paid": PAID, "void": VOID, "uncollectible": UNCOLLECTIBLE, "draft": DRAFT, "open": OPEN,
           "partial": PARTIAL}


def _lookup(table, value: str) -> str | None:
    light, loose = table
    return light.get(_light(value)) or loose.get(_norm(value))


@dataclass(frozen=True)
class Row:
    line: int
    snapshot: Snapshot


@dataclass(frozen=True)
class Parsed:
    rows: list[Row]
    errors: list[dict]
    ignored_headers: list[str]


def decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def parse_date(value: str, order: str = "DMY") -> date:
    value = value.strip()
    d = None
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        try:
            d = date.fromisoformat(value)
        except ValueError:
            pass
    m = re.match(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$", value)
    if m:
        a, b, y = (int(x) for x in m.groups())
        y = y + 2000 if len(m.group(3)) == 2 else y  # "26" is 2026; "0001" stays year 1 (and is refused)
        day, month = (a, b) if order == "DMY" else (b, a)
        try:
            d = date(y, month, day)
        except ValueError:
            pass
    if d is None:
        raise ValueError("must be a date such as 31/10/2026 or 2026-10-31")
    if not FIRST_YEAR <= d.year <= LAST_YEAR:
        raise ValueError(f"must be a date between {FIRST_YEAR} and {LAST_YEAR}")
    return d


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    out: list[tuple[int, list[str]]] = []
    line = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return out
        except csv.Error as exc:
            where = line + 1
            if "field larger than field limit" in str(exc):
                raise ValidationError("a cell is over 128 KB", {"file": f"line {where}: a cell is over 128 KB"}) \
                    from None
            raise ValidationError("the file is not a readable CSV", {"file": f"line {where}: {exc}"}) from None
        out.append((line + 1, record))
        line = reader.line_num


def _columns(header: list[str], body: list[list[str]]):
    """Field -> column index, choosing per field the best-ranked spelling; and the headers left unused."""
    best: dict[str, tuple[int, int]] = {}
    for i, name in enumerate(header):
        key = _norm(name)
        hit = HEADERS.get(key)
        if not hit:
            continue
        field, rank = hit
        if key in VALUE_CHECKED and not _all_known(body, i, KIND_VALUES):
            continue  # e.g. Dolibarr's invoice "Type" (0-3): not a customer type
        if field not in best or rank < best[field][0]:
            best[field] = (rank, i)
    columns = {field: i for field, (_, i) in best.items()}
    used = set(columns.values())
    ignored = [name for i, name in enumerate(header) if i not in used and name.strip()]
    return columns, ignored


def _all_known(body, i, table) -> bool:
    cells = [r[i].strip() for r in body if i < len(r) and r[i].strip()]
    return bool(cells) and all(_lookup(table, c) for c in cells)


def parse(data: bytes, *, now: datetime, default_currency: str, date_order: str = "DMY") -> Parsed:
    text = decode(data)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ("\t" if "\t" in first else ",")
    records = _records(text, delimiter)
    if not records:
        raise ValidationError("the file is empty", {"file": "needs a header line and at least one row"})
    (_, header), body = records[0], records[1:]
    columns, ignored = _columns(header, [r for _, r in body[:MAX_ROWS]])
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        raise ValidationError("the header line lacks required columns",
                              {"header": "missing: " + ", ".join(missing),
                               "ignored_headers": ", ".join(ignored) or "none"})
    rows: list[Row] = []
    errors: list[dict] = []
    for line, record in body:
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) + len(errors) >= MAX_ROWS:
            errors.append({"line": line, "field": None, "message": f"more than {MAX_ROWS} rows: the rest is ignored"})
            break
        row, row_errors = _row(record, columns, line, now, default_currency, date_order)
        if row_errors:
            errors.extend(row_errors)
        else:
            rows.append(row)
    return Parsed(rows, errors, ignored)


def _row(record, columns, line, now, default_currency, date_order):
    def cell(field):
        i = columns.get(field)
        return record[i].strip() if i is not None and i < len(record) else ""

    errors = []

    def check(field, fn, required=True):
        value = cell(field)
        if not value:
            if required:
                errors.append({"line": line, "field": field, "message": "is required"})
            return None
        try:
            return fn(value)
        except ValueError as exc:
            errors.append({"line": line, "field": field, "message": str(exc)})
            return None

    number = check("number", lambda v: v[:64])
    name = check("customer", lambda v: v[:200])
    email = check("email", check_email)
    issued_on = check("issued_on", lambda v: parse_date(v, date_order), required=False)
    due_on = check("due_on", lambda v: parse_date(v, date_order))
    total = check("total", _amount)
    currency = check("currency", check_currency, required=False) or default_currency
    paid = check("paid", _paid, required=False)
    flag = check("paid_flag", _flag, required=False)
    remaining = check("remaining", _amount, required=False)
    statuses = [s for s in (check("status", _status, required=False),
                            check("payment_status", _status, required=False)) if s]
    kind = check("kind", _kind, required=False)
    if isinstance(paid, bool):  # a "Payé: oui/non" column
        flag, paid = paid if flag is None else flag, None
    if total is not None and total < 0:
        errors.append({"line": line, "field": "total", "message": "is negative: a credit note is not chased"})
    if total is not None and paid is not None and paid > total:
        errors.append({"line": line, "field": "paid", "message": "must not exceed the amount"})
    if total is not None and remaining is not None and not 0 <= remaining <= total:
        errors.append({"line": line, "field": "remaining", "message": "must be between 0 and the amount"})
    if issued_on and due_on and due_on < issued_on:
        errors.append({"line": line, "field": "due_on", "message": "must not be before the issue date"})
    status = _combine(statuses, flag)
    if status == PARTIAL and remaining is None and paid is None:
        errors.append({"line": line, "field": "status", "message": "says partly paid, but no column says how much "
                       "is left (Reste à payer) or already paid (Déjà réglé)"})
    if errors:
        return None, errors
    amount_due = _amount_due(status, total, paid, remaining)
    if status in (OPEN, PARTIAL):
        status = PAID if amount_due <= 0 else OPEN
    if kind is None and _legal_id(cell("legal_id")):
        kind = "business"  # a SIREN, SIRET or VAT number: a firm
    customer_id = cell("customer_id")[:128] or email.lower()
    content = "|".join([number, name, email, str(issued_on), str(due_on), str(total), currency, str(amount_due),
                        status, str(kind)])
    event_id = "csv_" + hashlib.sha256(content.encode()).hexdigest()[:24]
    snap = Snapshot(occurred_at=now, event_id=event_id, number=number, status=status, currency=currency, total=total,
                    amount_due=amount_due, issued_on=issued_on, due_on=due_on,
                    customer=Party(id=customer_id, email=email, name=name, kind=kind))
    return Row(line, snap), []


def _combine(statuses: list[str], flag: bool | None) -> str:
    """The most final thing any status column says wins: void, then paid, then draft."""
    for s in (VOID, UNCOLLECTIBLE, PAID, DRAFT, PARTIAL):
        if s in statuses:
            return s
    if flag:
        return PAID
    return OPEN


def _amount_due(status: str, total: Decimal, paid: Decimal | None, remaining: Decimal | None) -> Decimal:
    if status in (PAID, VOID, UNCOLLECTIBLE):
        return Decimal("0")
    if remaining is not None:
        return remaining
    return total - (paid or Decimal("0"))


def _status(value: str) -> str:
    hit = _lookup(STATUS_VALUES, value)
    if not hit:
        raise ValueError(f"{value[:40]!r} is not a status we know (e.g. Payée, À payer, Annulée, Avoir)")
    return _STATUS[hit]


def _kind(value: str) -> str | None:
    hit = _lookup(KIND_VALUES, value)
    if not hit:
        raise ValueError(f"{value[:40]!r} is not a customer type we know (particulier or professionnel, B2C or B2B)")
    return None if hit == "unstated" else hit  # "Autre", "-": nothing said, as if the cell were empty


def _flag(value: str) -> bool:
    hit = _lookup(FLAG_VALUES, value)
    if not hit:
        raise ValueError("must be yes or no (Oui / Non, 1 / 0)")
    return hit == "yes"


def _paid(value: str):
    """An amount already paid, or, in a "Payé" column that holds oui/non, a flag."""
    hit = _lookup(FLAG_VALUES, value)
    if hit and not re.match(r"^[01]$", value.strip()):
        return hit == "yes"
    return _amount(value)


def _legal_id(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= 5


def _amount(value: str) -> Decimal:
    # "1 234,56 €", "1.234,56", "1,234.56", "1234.56", "-50,00"
    v = re.sub(r"[^\d,.\-]", "", value)
    if "," in v and "." in v:
        v = v.replace(".", "").replace(",", ".") if v.rfind(",") > v.rfind(".") else v.replace(",", "")
    if not re.match(r"^-?\d+([.,]\d+)?$", v):
        raise ValueError("must be an amount such as 1 234,56")
    amount = parse_amount(v.replace(",", "."), allow_negative=True)
    if abs(amount) >= Decimal("1e12"):
        raise ValueError("is too large")
    return amount
