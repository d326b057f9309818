"""The operator commands of the deploy README: a keyring for SSM, a tenant in a stack's tables."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from chalicelib.adapters.tokens import Keyring
from chalicelib.services import tenants
from devstack import DevStack
from relance_ops import keys
from relance_ops import tenant as tenant_cli


def run(main, argv, stdin: str | None = None, monkeypatch=None) -> str:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


def test_keys_prints_a_keyring_and_rotates_it(monkeypatch):
    ring = Keyring.from_json(run(keys.main, []))
    token = ring.sign(ring.ref("t_1", "c_1"))
    rotated = Keyring.from_json(run(keys.main, ["--rotate"], ring.to_json(), monkeypatch))
    assert rotated.current == 2 and rotated.keys[1] == ring.keys[1]
    assert rotated.verify(token) == ring.verify(token) is not None


def test_tenant_create_writes_to_the_stage_tables_and_prints_the_secrets_once():
    with DevStack() as stack:
        out = run(tenant_cli.main, ["create", "--stage", "dev", "--name", "Atelier Dupont",
                                    "--sender", "relances@atelier-dupont.fr", "--firm-email", "compta@atelier-dupont.fr"])
        printed = json.loads(out[: out.rindex("}") + 1])
        tenant = tenants.authenticate(stack.store, f"Bearer {printed['api_key']}", stack.now)
        assert tenant.id == printed["tenant_id"] and tenant.name == "Atelier Dupont"
        assert printed["webhook_secret"].startswith("whsec_")
        assert printed["reply_domain"] == "reply.atelier-dupont.fr"
        assert printed["api_key"] not in json.dumps(stack.store.get_tenant(tenant.id).__dict__, default=str)
