from datetime import UTC, datetime

import pytest

from chalicelib.adapters.mailer import MemoryMailer
from chalicelib.adapters.mailstore import MemoryMailStore
from chalicelib.adapters.memory import MemoryStore
from chalicelib.adapters.queue import MemoryQueue
from chalicelib.adapters.tokens import Keyring
from chalicelib.services.context import Deps
from chalicelib.services.tenants import create_tenant

NOW = datetime(2026, 11, 2, 9, tzinfo=UTC)


@pytest.fixture
def deps():
    return Deps(store=MemoryStore(), mailer=MemoryMailer(), queue=MemoryQueue(), keyring=Keyring.generate(),
                public_url="https://relance.test", mail_store=MemoryMailStore())


@pytest.fixture
def tenant(deps):
    info = create_tenant(deps.store, name="Atelier Dupont", sender="relances@atelier-dupont.fr",
                         jurisdiction="FR", language="fr", timezone="Europe/Paris", now=NOW)
    return deps.store.get_tenant(info["tenant_id"])
