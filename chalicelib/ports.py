"""The ports: what services may ask of the outside world. Each has an AWS adapter and an in-memory twin that
pass the same contract tests (tests/integration/test_*_contract.py); mypy checks both against these."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # typing only: `import app` must not load the adapters' modules for their names
    from chalicelib.adapters.store import DueRef, WriteBatch
    from chalicelib.core.records import Customer, Event, Invoice, Tenant


class Store(Protocol):
    """Reads, one all-or-nothing `write` (AlreadyDone, VersionConflict) and an atomic counter."""

    def get_tenant(self, tenant_id: str) -> Tenant | None: ...

    def get_invoice(self, tenant_id: str, invoice_id: str) -> Invoice | None: ...

    def get_customer(self, tenant_id: str, customer_id: str) -> Customer | None: ...

    def customer_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]: ...

    def debtor(self, tenant_id: str, customer_id: str) -> tuple[list[Invoice], Customer]: ...

    def list_invoices(self, tenant_id: str, *, status: str | None = None, state: str | None = None,
                      limit: int = 50, cursor: str | None = None) -> tuple[list[Invoice], str | None]: ...

    def timeline(self, tenant_id: str, invoice_id: str) -> list[Event]: ...

    def stream_page(self, tenant_id: str, stream: str, limit: int = 50, cursor: str | None = None,
                    newest_first: bool = True) -> tuple[list[Event], str | None]: ...

    def get_event(self, tenant_id: str, stream: str, seq: str) -> Event | None: ...

    def due(self, shard: str, until: datetime, cursor: str | None = None,
            limit: int = 500) -> tuple[list[DueRef], str | None]: ...

    def get_mark(self, key: str) -> dict | None: ...

    def count(self, key: str, expires_at: datetime | None = None) -> int: ...

    def write(self, batch: WriteBatch) -> None: ...

    def events_between(self, tenant_id: str, start: datetime, end: datetime) -> list[Event]: ...


class Mailer(Protocol):
    """Sends one raw MIME message; returns the provider's message id or raises SendFailed."""

    def send(self, raw: bytes, from_addr: str, to: list[str]) -> str: ...


class Queue(Protocol):
    """Queues JSON bodies (one debtor each); returns how many were queued, or raises: none is lost silently."""

    def send_many(self, bodies: list[dict]) -> int: ...


class MailStore(Protocol):
    """Raw mail by key (inbound replies, letters as sent). `get` raises TooBig; `put` raises MailStoreFailed."""

    def get(self, key: str, bucket: str | None = None) -> bytes: ...

    def put(self, key: str, data: bytes, bucket: str | None = None) -> None: ...


class Keyring(Protocol):
    """Signs and verifies debtor tokens (chalicelib.adapters.tokens.Keyring); its keys also key form nonces
    and CSRF tokens."""

    @property
    def keys(self) -> dict[int, bytes]: ...

    @property
    def current(self) -> int: ...

    def ref(self, tenant_id: str, customer_id: str) -> str: ...

    def sign(self, ref: str) -> str: ...

    def verify(self, token: str) -> str | None: ...
