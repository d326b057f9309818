"""The invoice list of the cockpit: states as the firm names them, filters, sorting, CSV export. Pure."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from .records import DISPUTED, HANDED_OFF, OPEN, PAID, PAUSED, PROMISED, VOID, Invoice

VIEW_STATES = ("overdue", "upcoming", "promised", "paused", "disputed", "handed_off", "paid", "void")
SORTS = ("due_on", "-due_on", "amount", "-amount", "number", "debtor", "-days_late")
PAGE = 50
CSV_HEADERS = ("Numéro", "Client", "E-mail", "Échéance", "Jours de retard", "Montant TTC", "Reste dû", "Devise",
               "Statut", "Étape")


def view_state(inv: Invoice, today: date) -> str:
    c = inv.collection
    if inv.status == PAID:
        return "paid"
    if inv.status == VOID:
        return "void"
    if inv.status != OPEN:
        return inv.status
    if c.state in (PROMISED, PAUSED, DISPUTED, HANDED_OFF):
        return c.state
    due = inv.snap.due_on  # an open invoice has a snapshot
    return "overdue" if due and due < today else "upcoming"


def debtor_name(inv: Invoice) -> str:
    p = inv.snap.customer  # listed invoices have a snapshot
    return p.name or p.email or p.id


@dataclass(frozen=True)
class Filters:
    state: str | None = None
    stage: str | None = None
    debtor: str | None = None  # customer id
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    q: str | None = None
    sort: str = "due_on"

    @classmethod
    def parse(cls, query: dict) -> Filters:
        def amount(key):
            raw = (query.get(key) or "").strip().replace(" ", "").replace(",", ".")
            try:
                return Decimal(raw) if raw else None
            except InvalidOperation:
                return None

        state = query.get("state") if query.get("state") in VIEW_STATES else None
        raw_sort = query.get("sort")
        sort = raw_sort if isinstance(raw_sort, str) and raw_sort in SORTS else "due_on"
        return cls(state, (query.get("stage") or None), (query.get("debtor") or None), amount("min"),
                   amount("max"), ((query.get("q") or "").strip()[:100] or None), sort)

    def matches(self, inv: Invoice, today: date) -> bool:
        s = inv.snapshot
        if s is None:
            return False
        if self.state and view_state(inv, today) != self.state:
            return False
        if self.stage and inv.collection.stage != self.stage:
            return False
        if self.debtor and s.customer.id != self.debtor:
            return False
        if self.min_amount is not None and inv.amount_due < self.min_amount:
            return False
        if self.max_amount is not None and inv.amount_due > self.max_amount:
            return False
        if self.q:
            needle = self.q.lower()
            if needle not in s.number.lower() and needle not in debtor_name(inv).lower():
                return False
        return True


def select(invoices: list[Invoice], f: Filters, today: date) -> list[Invoice]:
    rows = [i for i in invoices if f.matches(i, today)]
    key = f.sort.lstrip("-")
    keys = {
        "due_on": lambda i: (i.snapshot.due_on or date.max, i.snapshot.number),
        "amount": lambda i: (i.amount_due, i.snapshot.number),
        "number": lambda i: i.snapshot.number,
        "debtor": lambda i: (debtor_name(i).lower(), i.snapshot.number),
        "days_late": lambda i: ((today - i.snapshot.due_on).days if i.snapshot.due_on else -10**6,
                                i.snapshot.number),
    }
    return sorted(rows, key=keys[key], reverse=f.sort.startswith("-"))


def _cell(value) -> str:
    """Spreadsheets run a cell starting with = + - @ (or a tab or CR) as a formula: quote it."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _decimal(d: Decimal) -> str:
    return f"{d:.2f}".replace(".", ",")


def to_csv(invoices: list[Invoice], today: date, state_names: dict[str, str]) -> bytes:
    """UTF-8 with BOM, `;`, decimal commas, French headers: what French spreadsheets open as is."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(CSV_HEADERS)
    for i in invoices:
        s = i.snap  # listed invoices have a snapshot
        late = (today - s.due_on).days if s.due_on else ""
        # Text that came from outside is neutralised; numbers and dates we wrote ourselves are left as they are.
        w.writerow([_cell(s.number), _cell(debtor_name(i)), _cell(s.customer.email),
                    s.due_on.strftime("%d/%m/%Y") if s.due_on else "", late, _decimal(s.total),
                    _decimal(i.amount_due), _cell(s.currency),
                    state_names.get(view_state(i, today), view_state(i, today)), _cell(i.collection.stage or "")])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")
