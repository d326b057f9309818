"""What the services need from the outside world, handed in by the shell (chalicelib/wiring.py, DevStack,
tests)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chalicelib.core.records import Tenant
    from chalicelib.ports import Keyring, Mailer, MailStore, Queue, Store

TENANT_TTL_SECONDS = 60


@dataclass
class Deps:
    store: Store
    mailer: Mailer
    queue: Queue
    keyring: Keyring
    public_url: str
    mail_store: MailStore
    # Shared by the Deps derived with dataclasses.replace (a request's own public URL): one cache per container.
    _tenants: dict[str, tuple[float, Tenant | None]] = field(default_factory=dict, repr=False)

    def tenant(self, tenant_id: str) -> Tenant | None:
        """Tenants change rarely and are read for every debtor: cached for a minute per container."""
        hit = self._tenants.get(tenant_id)
        if hit and time.monotonic() - hit[0] < TENANT_TTL_SECONDS:
            return hit[1]
        t = self.store.get_tenant(tenant_id)
        self._tenants[tenant_id] = (time.monotonic(), t)
        return t

    def forget_tenant(self, tenant_id: str) -> None:
        """After the tenant changes: this container's pages see it at once."""
        self._tenants.pop(tenant_id, None)

    def link(self, token: str) -> str:
        return f"{self.public_url}/p/{token}"
