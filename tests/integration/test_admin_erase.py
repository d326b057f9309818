"""API keys rotated and revoked, and GDPR erasure of a debtor or a tenant, on the stage's tables (moto, through
DevStack): a dry run counts what the real run then erases, and nothing of the person is left anywhere."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import boto3
import pytest

from chalicelib.core.errors import Unauthorized, ValidationError
from chalicelib.services import tenants
from devstack import DevStack
from relance_ops import admin
from tests.e2e.test_replies import answer
from tests.factories import invoice_body
from tests.integration.test_admin import _json
from tests.integration.test_deploy_tools import run

REGION = "eu-west-1"


def at(day, month=11, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture()
def stack():
    with DevStack(now=at(1)) as s:
        yield s


def _tenant(stack, name="Atelier Dupont", sender="relances@atelier-dupont.fr"):
    return stack.create_tenant(name=name, sender=sender, jurisdiction="FR", language="fr", timezone="Europe/Paris")


def _api(t):
    return {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}


# -- API keys -------------------------------------------------------------------------------------------------

def test_rotated_key_works_through_its_grace_then_is_refused(stack):
    t = _tenant(stack)
    tid = t["tenant_id"]
    out = _json(run(admin.main, ["rotate-api-key", "--stage", "dev", "--tenant", tid]))
    now = datetime.now(UTC)
    assert tenants.authenticate(stack.store, f"Bearer {out['api_key']}", now).id == tid
    assert tenants.authenticate(stack.store, f"Bearer {t['api_key']}", now + timedelta(hours=23)).id == tid
    with pytest.raises(Unauthorized):
        tenants.authenticate(stack.store, f"Bearer {t['api_key']}", now + timedelta(hours=25))
    listed = _json(run(admin.main, ["list-api-keys", "--stage", "dev", "--tenant", tid]))["api_keys"]
    assert [k["valid_until"] is not None for k in listed] == [True, False]
    assert "hash" not in json.dumps(listed) and t["api_key"].rsplit(".", 1)[1] not in json.dumps(listed)


def test_revoked_key_is_refused_by_the_api_at_once_and_the_last_key_is_kept(stack):
    t = _tenant(stack)
    tid = t["tenant_id"]
    key_id = t["api_key"].split(".")[1]
    with pytest.raises(SystemExit) as exc:  # the only key: revoking it would close the API
        admin.main(["revoke-api-key", "--stage", "dev", "--tenant", tid, "--key-id", key_id, "--now"])
    assert exc.value.code == 2
    new = _json(run(admin.main, ["add-api-key", "--stage", "dev", "--tenant", tid]))["api_key"]
    stack.now = datetime.now(UTC)  # the API checks keys against its clock
    assert stack.http.get("/v1/invoices", headers=_api(t)).status_code == 200
    run(admin.main, ["revoke-api-key", "--stage", "dev", "--tenant", tid, "--key-id", key_id, "--now"])
    stack.now = datetime.now(UTC) + timedelta(seconds=1)
    assert stack.http.get("/v1/invoices", headers=_api(t)).status_code == 401
    assert stack.http.get("/v1/invoices", headers=_api({"api_key": new})).status_code == 200


def test_rotation_needs_a_key_id_when_several_are_valid(stack):
    t = _tenant(stack)
    tenants.add_api_key(stack.store, t["tenant_id"], stack.now)
    with pytest.raises(ValidationError):
        tenants.rotate_api_key(stack.store, t["tenant_id"], stack.now)


# -- erasure ----------------------------------------------------------------------------------------------------

def _book(stack):
    """Two debtors of one firm with letters sent, one reply read; a second firm beside it."""
    t = _tenant(stack)
    other = _tenant(stack, "Menuiserie Roux", "relances@roux.fr")
    api = _api(t)
    second = invoice_body(id="inv_900", number="F-2026-0050", due_on="2026-11-02", customer_id="c_20",
                          email="achats@bernard.fr", total="800.00")
    second["customer"]["name"] = "Bernard SA"
    for body in (invoice_body(due_on="2026-11-02"), second):
        assert stack.http.post("/v1/invoices", headers=api, body=json.dumps(body)).status_code == 200
    assert stack.http.post("/v1/invoices", headers=_api(other), body=json.dumps(invoice_body())).status_code == 200
    stack.run(at(3))
    (reminder,) = [m for m in stack.outbox() if m["To"] == "compta@martin.fr" and m["From"].endswith(
        "atelier-dupont.fr>")]
    reply = answer(reminder, "Bonjour, nous réglerons la facture le 20 novembre. Paul", at(4))
    assert stack.deliver_email(reply, at=at(4))["result"] == "promised"
    return t, other


def _everything(stack) -> str:
    ddb, s3 = boto3.client("dynamodb", region_name=REGION), boto3.client("s3", region_name=REGION)
    out = []
    for table in ddb.list_tables()["TableNames"]:
        out += [json.dumps(i) for i in ddb.scan(TableName=table)["Items"]]  # a test may scan
    for b in s3.list_buckets()["Buckets"]:
        for o in s3.list_objects_v2(Bucket=b["Name"]).get("Contents", []):
            out.append(o["Key"] + " " + s3.get_object(Bucket=b["Name"], Key=o["Key"])["Body"].read().decode(
                "utf-8", "replace"))
    return "\n".join(out)


def test_erase_debtor_counts_then_erases_all_of_it_and_nothing_else(stack):
    t, other = _book(stack)
    tid = t["tenant_id"]
    assert json.loads(stack.http.get("/v1/metrics?from=2026-10-01&to=2026-11-30", headers=_api(t)).body)[
        "outstanding"] == "2000.00"
    before = _everything(stack)
    assert "compta@martin.fr" in before and "achats@bernard.fr" in before
    args = ["erase-debtor", "--stage", "dev", "--tenant", tid, "--debtor", "c_19"]
    dry = _json(run(admin.main, [*args, "--dry-run"]))["would_erase"]
    assert _everything(stack) == before  # a dry run changes nothing
    assert dry["invoices_and_debtor_state"] == 2 and dry["timeline_events"] > 0 and dry["stored_mails"] >= 2
    assert dry["marks"] > 0 and dry["metrics_attributes"] > 0
    with pytest.raises(SystemExit):  # neither --dry-run nor --yes: nothing happens
        admin.main(args)
    assert _json(run(admin.main, [*args, "--yes"]))["erased"] == dry

    after = _everything(stack)
    mine = [line for line in after.splitlines() if tid in line and ("compta@martin.fr" in line or "c_19" in line
                                                                   or "inv_812" in line or "SARL Martin" in line)]
    assert mine == []
    assert "achats@bernard.fr" in after  # the other debtor stays whole
    assert stack.store.get_invoice(tid, "inv_900") is not None and stack.store.timeline(tid, "inv_900")
    assert stack.store.get_invoice(other["tenant_id"], "inv_812") is not None  # the other firm's debtor too
    figures = json.loads(stack.http.get("/v1/metrics?from=2026-10-01&to=2026-11-30", headers=_api(t)).body)
    assert figures["outstanding"] == "800.00"  # 2000.00 before: the figures are those of the book that remains
    assert [d["customer_id"] for d in figures["top_debtors"]] == ["c_20"]
    with pytest.raises(SystemExit):  # erased: the debtor is no longer known
        admin.main([*args, "--dry-run"])


def test_erase_debtor_of_an_unknown_debtor_exits_2(stack):
    t = _tenant(stack)
    with pytest.raises(SystemExit) as exc:
        admin.main(["erase-debtor", "--stage", "dev", "--tenant", t["tenant_id"], "--debtor", "c_nobody", "--dry-run"])
    assert exc.value.code == 2


def test_erase_tenant_leaves_nothing_of_it_and_keeps_the_other_firm(stack):
    t, other = _book(stack)
    tid = t["tenant_id"]
    args = ["erase-tenant", "--stage", "dev", "--tenant", tid]
    dry = _json(run(admin.main, [*args, "--dry-run"]))["would_erase"]
    assert dry["tenant"] == 1 and dry["invoices_and_debtor_state"] >= 4
    assert _json(run(admin.main, [*args, "--yes"]))["erased"] == dry
    after = _everything(stack)
    assert tid not in after and "achats@bernard.fr" not in after and "relances@atelier-dupont.fr" not in after
    assert stack.store.get_tenant(tid) is None
    assert stack.store.get_tenant(other["tenant_id"]) is not None
    assert stack.store.get_mark("registry#tenants")["ids"] == [other["tenant_id"]]  # its digest still runs
    assert stack.store.get_invoice(other["tenant_id"], "inv_812") is not None
    assert "compta@martin.fr" in after  # the same address, as the other firm's debtor, stays
