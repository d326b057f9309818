"""The storage port: what services may ask of the database, with a write that is all-or-nothing.

Besides reads and `write`, `count(key, expires_at)` adds one to a counter atomically and returns the new
value (rate limits). Two implementations pass the same contract tests: `dynamo.DynamoStore` (PynamoDB) and `memory.MemoryStore`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from chalicelib.core.errors import Conflict
from chalicelib.core.records import Customer, Event, Invoice, Tenant

SHARDS = 16  # due-index partitions: a large firm's book spreads over all of them


class AlreadyDone(Exception):
    """A mark in the batch exists already: this webhook, claim or action was applied before."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


class VersionConflict(Conflict):
    def __init__(self, what: str):
        super().__init__(f"{what} changed meanwhile; retry", {})


@dataclass(frozen=True)
class Mark:
    key: str
    data: dict = field(default_factory=dict)
    expires_at: datetime | None = None  # DynamoDB TTL removes it some time after
    once: bool = True  # False: a plain put (a lookup that may be written again)


@dataclass
class WriteBatch:
    """Each record carries the version it was read at (0: must not exist yet); the store bumps it."""

    marks: list[Mark] = field(default_factory=list)
    invoices: list[Invoice] = field(default_factory=list)
    customers: list[Customer] = field(default_factory=list)
    tenants: list[Tenant] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    removed: list[Event] = field(default_factory=list)  # events deleted; each must exist (else AlreadyDone)
    sums: Sums | None = None  # the figures' aggregates this change moves, in the same transaction

    def size(self) -> int:
        return len(self.marks) + len(self.invoices) + len(self.customers) + len(self.tenants) + len(self.events) \
            + len(self.removed) + (len(self.sums.names()) if self.sums else 0)


@dataclass(frozen=True)
class Sums:
    """Additions to a tenant's metrics items (name -> attribute -> amount), names to set, months seen."""

    tenant_id: str
    adds: dict[str, dict[str, Decimal]]
    sets: dict[str, dict[str, str]]
    months: frozenset[str] = frozenset()

    def names(self) -> list[str]:
        return sorted(set(self.adds) | set(self.sets) | ({"total"} if self.months else set()))


@dataclass(frozen=True)
class DueRef:
    tenant_id: str
    invoice_id: str
    customer_id: str
    next_action_at: datetime


def shard_of(tenant_id: str, invoice_id: str) -> str:
    return str(int(hashlib.blake2s(f"{tenant_id}/{invoice_id}".encode(), digest_size=4).hexdigest(), 16) % SHARDS)


def stamp(t: datetime) -> str:
    """Instants as sortable UTC strings: the due index compares them as text."""
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unstamp(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def seq_stamp(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_seq(e: Event) -> str:
    return f"{seq_stamp(e.at)}#{e.id}"


def customer_key(tenant_id: str, customer_id: str) -> str:
    return f"{tenant_id}#{customer_id}"
