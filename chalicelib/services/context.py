"""What the services need from the outside world, handed in by the shell (app.py, DevStack, tests)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from chalicelib.core.records import Tenant

TENANT_TTL_SECONDS = 60


@dataclass
class Deps:
    store: object
    mailer: object
    queue: object
    keyring: object
    public_url: str
    mail_store: object | None = None
    _tenants: dict = field(default_factory=dict)

    def tenant(self, tenant_id: str) -> Tenant | None:
        """Tenants change rarely and are read for every debtor: cached for a minute per container."""
        hit = self._tenants.get(tenant_id)
        if hit and time.monotonic() - hit[0] < TENANT_TTL_SECONDS:
            return hit[1]
        t = self.store.get_tenant(tenant_id)
        self._tenants[tenant_id] = (time.monotonic(), t)
        return t

    def link(self, token: str) -> str:
        return f"{self.public_url}/p/{token}"
