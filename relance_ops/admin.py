"""Operator commands on a deployed stage's tables (relance-<stage>-*), with the configured AWS credentials.

    python -m relance_ops.admin list --stage prod
    python -m relance_ops.admin show --stage prod --tenant t_ab12
    python -m relance_ops.admin update --stage prod --tenant t_ab12 --iban FR76... --bic AGRIFRPP
    python -m relance_ops.admin rotate-webhook-secret --stage prod --tenant t_ab12 --which standard
    python -m relance_ops.admin add-api-key --stage prod --tenant t_ab12
    python -m relance_ops.admin add-user --stage prod --tenant t_ab12 --email a@b.fr --role owner
    python -m relance_ops.admin remove-user --stage prod --tenant t_ab12 --email a@b.fr

Secrets and hashes are never printed, except a new secret once, when it is made.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from dataclasses import replace
from datetime import UTC, datetime

import boto3

from chalicelib.core.errors import RelanceError

SHOWN = ("id", "name", "sender", "reply_domain", "language", "timezone", "jurisdiction", "firm_email",
         "contact_phone", "address", "legal_id", "iban", "bic", "default_customer_kind")


def _store(args: argparse.Namespace):
    # Same naming as `tenant create`: the deployed functions use relance-<stage>-* tables.
    os.environ["RELANCE_STAGE"] = args.stage
    os.environ["RELANCE_TABLE_PREFIX"] = f"relance-{args.stage}"
    region = args.region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") \
        or boto3.Session().region_name
    if not region:
        raise SystemExit("no AWS region: pass --region or set AWS_REGION")
    os.environ["AWS_REGION"] = region
    from chalicelib.adapters.dynamo import DynamoStore
    return DynamoStore()


def _tenant(store, tenant_id: str):
    from chalicelib.core.errors import NotFound
    tenant = store.get_tenant(tenant_id)
    if not tenant:
        raise NotFound(f"no such tenant: {tenant_id}")
    return tenant


def public(tenant, store) -> dict:
    """What an operator may see: no secret, no hash; key ids and users only."""
    from chalicelib.services import users
    out = {k: getattr(tenant, k) for k in SHOWN}
    out["api_keys"] = [k.id for k in tenant.api_keys]
    out["users"] = users.users_of(store, tenant.id)
    return out


def list_(args, store) -> list:
    from chalicelib.services.digest import REGISTRY
    ids = (store.get_mark(REGISTRY) or {}).get("ids", [])
    return [{"id": t.id, "name": t.name, "sender": t.sender} for t in map(store.get_tenant, ids) if t]


def show(args, store) -> dict:
    return public(_tenant(store, args.tenant), store)


def update(args, store) -> dict:
    """The checks of the cockpit's settings (ids_fr, intake), so both refuse the same values."""
    from chalicelib.core.errors import Fields
    from chalicelib.core.ids_fr import bic_ok, iban_ok, siren_ok
    from chalicelib.core.intake import KINDS, check_email, check_timezone
    tenant = _tenant(store, args.tenant)
    change, f = {}, Fields()
    for name in ("name", "address", "legal_id", "contact_phone", "firm_email", "sender", "reply_domain",
                 "language", "timezone", "default_customer_kind"):
        value = getattr(args, name)
        if value is not None:
            change[name] = value
    for name in ("iban", "bic"):
        value = getattr(args, name)
        if value is not None:
            change[name] = re.sub(r"\s+", "", value).upper()
    if "name" in change and not 0 < len(change["name"]) <= 200:
        f.add("name", "is required (at most 200 characters)")
    if change.get("legal_id") and tenant.jurisdiction == "FR" and not siren_ok(change["legal_id"]):
        f.add("legal_id", "is not a valid SIREN/SIRET (checksum)")
    if change.get("iban") and not iban_ok(change["iban"]):
        f.add("iban", "is not a valid IBAN (checksum)")
    if change.get("bic") and not bic_ok(change["bic"]):
        f.add("bic", "is not a valid BIC")
    for name in ("firm_email", "sender"):
        if change.get(name):
            try:
                check_email(change[name])
            except ValueError as exc:
                f.add(name, str(exc))
    if "language" in change and change["language"] not in ("fr", "en"):
        f.add("language", "must be fr or en")
    if "timezone" in change:
        try:
            check_timezone(change["timezone"])
        except ValueError as exc:
            f.add("timezone", str(exc))
    if "default_customer_kind" in change and change["default_customer_kind"] not in KINDS:
        f.add("default_customer_kind", "must be one of: " + ", ".join(KINDS))
    f.raise_if_any("the update is invalid")
    # An empty value clears an optional field, as an empty box does in the cockpit.
    change = {k: (v or None) if k in ("address", "legal_id", "contact_phone", "firm_email", "iban", "bic") else v
              for k, v in change.items()}
    from chalicelib.services import tenants
    tenants.save_tenant(store, tenant.id, lambda t: replace(t, **change))
    return public(_tenant(store, args.tenant), store)


def rotate_webhook_secret(args, store) -> dict:
    from chalicelib.services import tenants
    now = datetime.now(UTC)
    secret = tenants.rotate_webhook_secret(store, args.tenant, args.which, now)
    return {"which": args.which, "secret": secret, "previous_valid_until": (now + tenants.GRACE).isoformat()}


def add_api_key(args, store) -> dict:
    from chalicelib.services import tenants
    return {"api_key": tenants.add_api_key(store, args.tenant, datetime.now(UTC))}


def _key(k, now) -> dict:
    return {"id": k.id, "created_at": k.created_at.isoformat(),
            "valid_until": k.expires_at.isoformat() if k.expires_at else None, "valid": k.valid(now)}


def list_api_keys(args, store) -> dict:
    now = datetime.now(UTC)
    return {"api_keys": [_key(k, now) for k in _tenant(store, args.tenant).api_keys]}


def rotate_api_key(args, store) -> dict:
    from chalicelib.services import tenants
    now = datetime.now(UTC)
    secret, old = tenants.rotate_api_key(store, args.tenant, now, args.key_id)
    return {"api_key": secret, "previous": _key(old, now)}


def revoke_api_key(args, store) -> dict:
    from chalicelib.services import tenants
    now = datetime.now(UTC)
    return {"revoked": _key(tenants.revoke_api_key(store, args.tenant, args.key_id, now, at_once=args.now,
                                                   force=args.force), now)}


def _erase(args, plan_of) -> dict:
    from relance_ops import erase
    os.environ["RELANCE_MAIL_BUCKET"] = args.bucket or erase.stack_bucket(args.stage)
    try:
        plan = erase.finish(plan_of())
    except LookupError as exc:
        from chalicelib.core.errors import NotFound
        raise NotFound(str(exc)) from exc
    if args.dry_run:
        return {"dry_run": True, "would_erase": plan.counts()}
    if not args.yes:
        raise SystemExit("erasing cannot be undone: run with --dry-run first, then again with --yes")
    return {"erased": erase.apply(plan)}


def erase_debtor(args, store) -> dict:
    from relance_ops import erase
    return _erase(args, lambda: erase.plan_debtor(args.tenant, args.debtor))


def erase_tenant(args, store) -> dict:
    from relance_ops import erase
    _tenant(store, args.tenant)
    return _erase(args, lambda: erase.plan_tenant(args.tenant))


def add_user(args, store) -> dict:
    from chalicelib.services import users
    _tenant(store, args.tenant)
    return {"users": users.add_user(store, args.tenant, args.email, args.role)}


def remove_user(args, store) -> dict:
    from chalicelib.services import users
    return {"users": users.remove_user(store, args.tenant, args.email)}


COMMANDS = {"list": list_, "show": show, "update": update, "rotate-webhook-secret": rotate_webhook_secret,
            "add-api-key": add_api_key, "list-api-keys": list_api_keys, "rotate-api-key": rotate_api_key,
            "revoke-api-key": revoke_api_key, "add-user": add_user, "remove-user": remove_user,
            "erase-debtor": erase_debtor, "erase-tenant": erase_tenant}
SECRET_PRINTING = {"rotate-webhook-secret", "add-api-key", "rotate-api-key"}


def add_commands(sub) -> None:
    def cmd(name: str, help_: str, tenant: bool = True):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--stage", required=True)
        p.add_argument("--region", help="the stack's region (default: AWS_REGION or the profile's)")
        if tenant:
            p.add_argument("--tenant", required=True)
        return p

    cmd("list", "list tenants (id, name, sender)", tenant=False)
    cmd("show", "show one tenant, without secrets")
    u = cmd("update", "change a tenant's identity, bank details or sending settings")
    for flag in ("name", "address", "legal-id", "firm-email", "iban", "bic", "sender", "reply-domain",
                 "language", "timezone", "default-customer-kind"):
        u.add_argument(f"--{flag}")
    u.add_argument("--phone", dest="contact_phone")
    r = cmd("rotate-webhook-secret", "new webhook secret; the old one works 24 h more")
    r.add_argument("--which", choices=("standard", "stripe"), default="standard")
    cmd("add-api-key", "a new API key (printed once); existing keys keep working")
    cmd("list-api-keys", "the tenant's API keys: ids, creation, end of validity (never a secret)")
    k = cmd("rotate-api-key", "a new API key (printed once); the old one works 24 h more")
    k.add_argument("--key-id", help="the key to replace (default: the only valid one)")
    v = cmd("revoke-api-key", "end an API key's validity in 24 h, or at once with --now")
    v.add_argument("--key-id", required=True)
    v.add_argument("--now", action="store_true", help="refuse it from now on")
    v.add_argument("--force", action="store_true", help="even the last key (the API is then closed)")
    for name, help_ in (("erase-debtor", "erase one debtor's personal data (GDPR): counts with --dry-run"),
                        ("erase-tenant", "erase a tenant and all its data (GDPR): counts with --dry-run")):
        e = cmd(name, help_)
        if name == "erase-debtor":
            e.add_argument("--debtor", required=True, help="the debtor's customer id")
        e.add_argument("--dry-run", action="store_true", help="count what would be erased, erase nothing")
        e.add_argument("--yes", action="store_true", help="erase (cannot be undone)")
        e.add_argument("--bucket", help="the stack's mail bucket (default: the stack's InboundMailBucket)")
    a = cmd("add-user", "add a cockpit user, or change their role")
    a.add_argument("--email", required=True)
    a.add_argument("--role", choices=("owner", "member"), default="member")
    d = cmd("remove-user", "remove a cockpit user (never the last owner)")
    d.add_argument("--email", required=True)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        result = COMMANDS[args.command](args, _store(args))
    except RelanceError as exc:
        parser.exit(2, f"error: {exc} {json.dumps(exc.fields) if exc.fields else ''}\n")
    print(json.dumps(result, indent=2, default=str))
    if args.command in SECRET_PRINTING:
        print("Keep this now: it is not shown again.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relance_ops.admin")
    add_commands(parser.add_subparsers(dest="command", required=True))
    return run(parser.parse_args(argv), parser)


if __name__ == "__main__":
    raise SystemExit(main())
