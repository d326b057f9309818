"""The CSV a small firm exports from its invoicing tool. Pure: bytes in, snapshots and line errors out."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from .errors import ValidationError
from .intake import check_currency, check_email
from .money import parse_amount
from .records import OPEN, PAID, Party, Snapshot

# Header spellings seen in French and English exports, compared without accents, case or punctuation.
HEADERS = {
    "number": ["number", "invoice number", "invoice", "invoice no", "numero", "numero de facture", "n facture",
               "facture", "no facture", "ref", "reference"],
    "customer": ["customer", "client", "customer name", "nom du client", "raison sociale", "debiteur"],
    "email": ["email", "e-mail", "mail", "courriel", "customer email", "email client", "adresse email"],
    "issued_on": ["issue date", "issued on", "invoice date", "date", "date d emission", "date de facture",
                  "date facture", "emise le"],
    "due_on": ["due date", "due on", "due", "echeance", "date d echeance", "date echeance", "a payer avant le"],
    "total": ["amount", "total", "amount due", "montant", "montant ttc", "total ttc", "amount incl tax"],
    "currency": ["currency", "devise", "monnaie"],
    "paid": ["amount paid", "paid", "montant paye", "montant regle", "deja paye", "regle", "paye"],
    "customer_id": ["customer id", "id client", "code client"],
}
REQUIRED = ("number", "customer", "email", "due_on", "total")
MAX_ROWS = 10_000


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


_LOOKUP = {_norm(alias): field for field, aliases in HEADERS.items() for alias in aliases}


@dataclass(frozen=True)
class Row:
    line: int
    snapshot: Snapshot


@dataclass(frozen=True)
class Parsed:
    rows: list[Row]
    errors: list[dict]


def decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def parse_date(value: str, order: str = "DMY") -> date:
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return date.fromisoformat(value)
    m = re.match(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$", value)
    if m:
        a, b, y = (int(x) for x in m.groups())
        y = y + 2000 if y < 100 else y
        day, month = (a, b) if order == "DMY" else (b, a)
        try:
            return date(y, month, day)
        except ValueError:
            pass
    raise ValueError("must be a date such as 31/10/2026 or 2026-10-31")


def parse(data: bytes, *, now: datetime, default_currency: str, date_order: str = "DMY") -> Parsed:
    text = decode(data)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ("\t" if "\t" in first else ",")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("the file is empty", {"file": "needs a header line and at least one row"}) from None
    columns = {}
    for i, name in enumerate(header):
        field = _LOOKUP.get(_norm(name))
        if field and field not in columns:
            columns[field] = i
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        raise ValidationError("the header line lacks required columns",
                              {"header": "missing: " + ", ".join(missing)})
    rows, errors = [], []
    line = reader.line_num
    for record in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) + len(errors) >= MAX_ROWS:
            errors.append({"line": start, "field": None, "message": f"more than {MAX_ROWS} rows: the rest is ignored"})
            break
        row, row_errors = _row(record, columns, start, now, default_currency, date_order)
        if row_errors:
            errors.extend(row_errors)
        else:
            rows.append(row)
    return Parsed(rows, errors)


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
    paid = check("paid", _amount, required=False) or parse_amount("0")
    if total is not None and paid > total:
        errors.append({"line": line, "field": "paid", "message": "must not exceed the amount"})
    if issued_on and due_on and due_on < issued_on:
        errors.append({"line": line, "field": "due_on", "message": "must not be before the issue date"})
    if errors:
        return None, errors
    customer_id = cell("customer_id") or email.lower()
    amount_due = total - paid
    content = "|".join([number, name, email, str(issued_on), str(due_on), str(total), currency, str(paid)])
    event_id = "csv_" + hashlib.sha256(content.encode()).hexdigest()[:24]
    snap = Snapshot(occurred_at=now, event_id=event_id, number=number, status=PAID if amount_due <= 0 else OPEN,
                    currency=currency, total=total, amount_due=amount_due, issued_on=issued_on, due_on=due_on,
                    customer=Party(id=customer_id, email=email, name=name))
    return Row(line, snap), []


def _amount(value: str):
    # "1 234,56 €", "1.234,56", "1,234.56", "1234.56"
    v = re.sub(r"[^\d,.\-]", "", value)
    if "," in v and "." in v:
        v = v.replace(".", "").replace(",", ".") if v.rfind(",") > v.rfind(".") else v.replace(",", "")
    amount = parse_amount(v.replace(",", "."))
    return amount
