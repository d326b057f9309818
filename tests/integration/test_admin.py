"""The administration commands on a stage's tables (moto, through DevStack's tables for the dev stage)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from chalicelib.services import tenants, users
from devstack import DevStack
from relance_ops import admin
from relance_ops import tenant as tenant_cli
from tests.integration.test_deploy_tools import run

IBAN = "FR7630006000011234567890189"


def _json(out: str):
    return json.JSONDecoder().raw_decode(out)[0]  # the JSON, without the "keep this" line after it


@pytest.fixture()
def stack():
    with DevStack() as s:
        yield s


def _create(stack) -> dict:
    return stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr",
                               jurisdiction="FR", language="fr", timezone="Europe/Paris")


def test_list_and_show_never_print_secrets(stack):
    t = _create(stack)
    listed = _json(run(admin.main, ["list", "--stage", "dev"]))
    assert {"id": t["tenant_id"], "name": "Atelier Dupont", "sender": "relances@atelier-dupont.fr"} in listed
    out = run(tenant_cli.main, ["show", "--stage", "dev", "--tenant", t["tenant_id"]])
    shown = _json(out)
    assert shown["name"] == "Atelier Dupont" and len(shown["api_keys"]) == 1
    stored = stack.store.get_tenant(t["tenant_id"])
    for secret in (t["webhook_secret"], t["stripe_webhook_secret"], t["api_key"], stored.api_keys[0].hash):
        assert secret not in out


def test_update_saves_valid_values_and_refuses_bad_checksums_with_exit_2(stack, capsys):
    t = _create(stack)
    shown = _json(run(admin.main, ["update", "--stage", "dev", "--tenant", t["tenant_id"], "--iban",
                                   "FR76 3000 6000 0112 3456 7890 189", "--bic", "AGRIFRPP", "--phone", "01 23",
                                   "--default-customer-kind", "consumer", "--timezone", "Europe/Brussels"]))
    assert shown["iban"] == IBAN and shown["bic"] == "AGRIFRPP" and shown["contact_phone"] == "01 23"
    stored = stack.store.get_tenant(t["tenant_id"])
    assert stored.default_customer_kind == "consumer" and stored.timezone == "Europe/Brussels"
    with pytest.raises(SystemExit) as exc:
        admin.main(["update", "--stage", "dev", "--tenant", t["tenant_id"], "--iban", IBAN[:-1] + "8",
                    "--legal-id", "123456788", "--timezone", "Mars/Olympus"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "iban" in err and "legal_id" in err and "timezone" in err
    assert stack.store.get_tenant(t["tenant_id"]).iban == IBAN  # nothing saved


def test_rotate_webhook_secret_keeps_the_old_one_for_the_grace_period(stack):
    t = _create(stack)
    out = _json(run(admin.main, ["rotate-webhook-secret", "--stage", "dev", "--tenant", t["tenant_id"]]))
    valid = tenants.webhook_secrets(stack.store.get_tenant(t["tenant_id"]), "standard", datetime.now(UTC))
    assert valid == [out["secret"], t["webhook_secret"]] and out["secret"] != t["webhook_secret"]


def test_add_api_key_prints_a_new_key_and_the_old_one_still_works(stack):
    t = _create(stack)
    out = _json(run(admin.main, ["add-api-key", "--stage", "dev", "--tenant", t["tenant_id"]]))
    for key in (out["api_key"], t["api_key"]):
        assert tenants.authenticate(stack.store, f"Bearer {key}", stack.now).id == t["tenant_id"]


def test_add_and_remove_users_never_the_last_owner(stack):
    t = _create(stack)
    tid = t["tenant_id"]
    run(tenant_cli.main, ["add-user", "--stage", "dev", "--tenant", tid, "--email", "Anne@Dupont.fr", "--role", "owner"])
    run(admin.main, ["add-user", "--stage", "dev", "--tenant", tid, "--email", "bob@dupont.fr"])
    assert users.users_of(stack.store, tid) == {"anne@dupont.fr": "owner", "bob@dupont.fr": "member"}
    run(admin.main, ["remove-user", "--stage", "dev", "--tenant", tid, "--email", "bob@dupont.fr"])
    with pytest.raises(SystemExit) as exc:
        admin.main(["remove-user", "--stage", "dev", "--tenant", tid, "--email", "anne@dupont.fr"])
    assert exc.value.code == 2
    assert users.users_of(stack.store, tid) == {"anne@dupont.fr": "owner"}


def test_an_unknown_tenant_is_a_clear_error(stack, capsys):
    with pytest.raises(SystemExit) as exc:
        admin.main(["show", "--stage", "dev", "--tenant", "t_nope"])
    assert exc.value.code == 2 and "no such tenant: t_nope" in capsys.readouterr().err


def test_a_new_reply_domain_routes_inbound_mail_and_the_old_one_stops(stack):
    t = _create(stack)
    a = _create(stack)  # a second tenant on the same default reply domain
    assert stack.store.get_mark("replydomain#reply.atelier-dupont.fr")["tenant_id"] is None  # shared: names none
    run(admin.main, ["update", "--stage", "dev", "--tenant", t["tenant_id"], "--reply-domain", "r.dupont.fr"])
    assert stack.store.get_mark("replydomain#r.dupont.fr")["tenant_id"] == t["tenant_id"]
    # the old domain now names the one tenant left on it
    assert stack.store.get_mark("replydomain#reply.atelier-dupont.fr")["tenant_id"] == a["tenant_id"]
    tenants.save_tenant(stack.store, a["tenant_id"], lambda x: replace(x, reply_domain="r.a.fr"))
    assert stack.store.get_mark("replydomain#reply.atelier-dupont.fr")["tenant_ids"] == []
