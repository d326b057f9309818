"""In-memory twin of the DynamoDB store: same answers, same conditions, same atomicity."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from chalicelib.core import todo
from chalicelib.core.records import Customer, Event, Invoice, Tenant

from . import codec
from .store import AlreadyDone, DueRef, Mark, VersionConflict, WriteBatch, event_seq, shard_of, stamp


class MemoryStore:
    def __init__(self) -> None:
        self.tenants: dict[str, dict] = {}
        self.invoices: dict[tuple[str, str], dict] = {}
        self.customers: dict[tuple[str, str], dict] = {}
        self.events: dict[str, dict[str, dict]] = {}
        self.marks: dict[str, Mark] = {}
        self.counters: dict[str, int] = {}

    # reads
    def get_tenant(self, tenant_id: str) -> Tenant | None:
        d = self.tenants.get(tenant_id)
        return codec.tenant(copy.deepcopy(d)) if d else None

    def get_invoice(self, tenant_id: str, invoice_id: str) -> Invoice | None:
        d = self.invoices.get((tenant_id, invoice_id))
        return codec.invoice(copy.deepcopy(d)) if d else None

    def get_customer(self, tenant_id: str, customer_id: str) -> Customer | None:
        d = self.customers.get((tenant_id, customer_id))
        return codec.customer(copy.deepcopy(d)) if d else None

    def customer_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]:
        rows = [codec.invoice(copy.deepcopy(d)) for (t, _), d in sorted(self.invoices.items()) if t == tenant_id]
        return [i for i in rows if i.customer_id == customer_id]

    def debtor(self, tenant_id: str, customer_id: str) -> tuple[list[Invoice], Customer]:
        return (self.customer_invoices(tenant_id, customer_id),
                self.get_customer(tenant_id, customer_id) or Customer(tenant_id, customer_id))

    def list_invoices(self, tenant_id: str, *, status: str | None = None, state: str | None = None,
                      limit: int = 50, cursor: str | None = None) -> tuple[list[Invoice], str | None]:
        keys = sorted(k for t, k in self.invoices if t == tenant_id and (cursor is None or k > cursor))
        out, last = [], None
        for k in keys:
            inv = codec.invoice(copy.deepcopy(self.invoices[(tenant_id, k)]))
            last = k
            if inv.snapshot and (status is None or inv.status == status) and \
                    (state is None or inv.collection.state == state):
                out.append(inv)
            if len(out) >= limit:
                break
        more = last is not None and any(k > last for k in keys)
        return out, (last if more else None)

    def timeline(self, tenant_id: str, invoice_id: str) -> list[Event]:
        stream = self.events.get(f"{tenant_id}#{invoice_id}", {})
        return [codec.event(copy.deepcopy(stream[k])) for k in sorted(stream)]

    def stream_page(self, tenant_id: str, stream: str, limit: int = 50, cursor: str | None = None,
                    newest_first: bool = True) -> tuple[list[Event], str | None]:
        rows = self.events.get(f"{tenant_id}#{stream}", {})
        keys = sorted(rows, reverse=newest_first)
        if cursor:
            keys = [k for k in keys if (k < cursor if newest_first else k > cursor)]
        page = keys[:limit]
        return [codec.event(copy.deepcopy(rows[k])) for k in page], (page[-1] if len(keys) > limit else None)

    def get_event(self, tenant_id: str, stream: str, seq: str) -> Event | None:
        d = self.events.get(f"{tenant_id}#{stream}", {}).get(seq)
        return codec.event(copy.deepcopy(d)) if d else None

    def due(self, shard: str, until: datetime, cursor: str | None = None,
            limit: int = 500) -> tuple[list[DueRef], str | None]:
        rows = []
        for (t, i), d in self.invoices.items():
            inv = codec.invoice(d)
            at = inv.collection.next_action_at
            if at and shard_of(t, i) == shard and stamp(at) <= stamp(until):
                assert inv.customer_id is not None, "only a collectable invoice has a next action"
                rows.append((stamp(at), i, DueRef(t, i, inv.customer_id, at)))
        rows.sort(key=lambda r: (r[0], r[1]))
        if cursor:
            rows = [r for r in rows if f"{r[0]}|{r[1]}" > cursor]
        page = rows[:limit]
        nxt = f"{page[-1][0]}|{page[-1][1]}" if len(rows) > limit else None
        return [r[2] for r in page], nxt

    def get_mark(self, key: str) -> dict | None:
        m = self.marks.get(key)
        return copy.deepcopy(m.data) if m else None

    def count(self, key: str, expires_at: datetime | None = None) -> int:
        """Adds one to a counter and returns the new value (atomic in DynamoDB; rate limits)."""
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    # the one write
    def write(self, batch: WriteBatch) -> None:
        batch = replace(batch, events=[*batch.events, *todo.follow(batch.events)])  # cockpit to-do
        for m in batch.marks:
            if m.once and m.key in self.marks:
                raise AlreadyDone(m.key)
        for e in batch.removed:
            if event_seq(e) not in self.events.get(f"{e.tenant_id}#{e.invoice_id}", {}):
                raise AlreadyDone("event:" + e.id)
        tables: tuple[tuple[dict[Any, dict], list[Any], Callable[[Any], Any]], ...] = (
            (self.invoices, batch.invoices, lambda r: (r.tenant_id, r.id)),
            (self.customers, batch.customers, lambda r: (r.tenant_id, r.id)),
            (self.tenants, batch.tenants, lambda r: r.id))
        for table, recs, key in tables:
            for r in recs:
                stored = table.get(key(r))
                if (stored["version"] if stored else 0) != r.version:
                    raise VersionConflict(type(r).__name__.lower())
        for m in batch.marks:
            self.marks[m.key] = copy.deepcopy(m)
        for table, recs, key in tables:
            for r in recs:
                table[key(r)] = codec.encode(replace(r, version=r.version + 1))
        for e in batch.removed:
            del self.events[f"{e.tenant_id}#{e.invoice_id}"][event_seq(e)]
        for e in batch.events:
            self.events.setdefault(f"{e.tenant_id}#{e.invoice_id}", {})[event_seq(e)] = codec.encode(e)
        if batch.sums:
            from .metrics_store import for_store

            for_store(self).add(batch.sums)

    def events_between(self, tenant_id: str, start: datetime, end: datetime) -> list[Event]:
        out = []
        for stream, rows in self.events.items():
            if stream.startswith(tenant_id + "#"):
                out += [codec.event(copy.deepcopy(d)) for d in rows.values()]
        return sorted((e for e in out if start <= e.at < end), key=lambda e: (e.at, e.id))


if TYPE_CHECKING:  # mypy checks the twin against its port (chalicelib/ports.py)
    from chalicelib import ports

    _memory: ports.Store = MemoryStore()
