"""Creates a tenant in a deployed stack's tables, with the AWS credentials and region configured
(AWS_PROFILE / AWS_REGION ...). Prints the API key and webhook secrets once: only hashes or the
secrets themselves are stored, and the API key cannot be shown again.

    python -m relance_ops.tenant create --stage prod --name "Atelier Dupont" \\
        --sender relances@atelier-dupont.fr [--reply-domain reply.atelier-dupont.fr] \\
        [--firm-email compta@atelier-dupont.fr] [--jurisdiction FR] [--language fr] [--timezone Europe/Paris]
        [--default-customer-kind business|consumer]

The other verbs (list, show, update, rotate-webhook-secret, add-api-key, add-user, remove-user) are those
of relance_ops.admin.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, datetime

import boto3

from chalicelib.core.errors import RelanceError


def create(args: argparse.Namespace) -> dict:
    # The deployed functions name their tables relance-<stage>-*: the same prefix here.
    os.environ["RELANCE_STAGE"] = args.stage
    os.environ["RELANCE_TABLE_PREFIX"] = f"relance-{args.stage}"
    # config.region() reads only the environment: take the profile's region when none is exported.
    region = args.region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") \
        or boto3.Session().region_name
    if not region:
        raise SystemExit("no AWS region: pass --region or set AWS_REGION")
    os.environ["AWS_REGION"] = region
    from chalicelib.adapters.dynamo import DynamoStore
    from chalicelib.services import tenants

    extra = {k: v for k, v in (("contact_phone", args.phone), ("address", args.address),
                               ("legal_id", args.legal_id)) if v}
    return tenants.create_tenant(
        DynamoStore(), name=args.name, sender=args.sender, jurisdiction=args.jurisdiction,
        language=args.language, timezone=args.timezone, reply_domain=args.reply_domain,
        firm_email=args.firm_email, default_customer_kind=args.default_customer_kind, now=datetime.now(UTC), **extra)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relance_ops.tenant")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("create", help="create a tenant; prints its secrets once")
    c.add_argument("--stage", required=True)
    c.add_argument("--region", help="the stack's region (default: AWS_REGION or the profile's)")
    c.add_argument("--name", required=True)
    c.add_argument("--sender", required=True, help="a verified SES identity (address or domain)")
    c.add_argument("--reply-domain", help="default: reply.<sender's domain>; must be in the ReplyDomain parameter")
    c.add_argument("--firm-email", help="where replies and notices go (default: the sender)")
    c.add_argument("--jurisdiction", default="FR")
    c.add_argument("--language", default="fr", choices=("fr", "en"))
    c.add_argument("--timezone", default="Europe/Paris")
    c.add_argument("--default-customer-kind", default="business", choices=("business", "consumer"),
                   help="for debtors whose kind no webhook, API call or CSV column gives")
    c.add_argument("--phone")
    c.add_argument("--address")
    c.add_argument("--legal-id")
    from relance_ops import admin  # list, show, update, rotate..., add-user, remove-user: one implementation
    admin.add_commands(sub)
    args = parser.parse_args(argv)
    if args.command != "create":
        return admin.run(args, parser)
    try:
        result = create(args)
    except RelanceError as exc:
        parser.exit(2, f"error: {exc} {json.dumps(exc.fields) if exc.fields else ''}\n")
    print(json.dumps(result, indent=2))
    print("Keep these now: the API key is stored only as a hash and cannot be shown again.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
