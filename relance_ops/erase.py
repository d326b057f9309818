"""GDPR erasure of one debtor or of a whole tenant, on a deployed stage's tables and mail bucket.

`plan_*` finds everything that holds the person's data and counts it; `apply` deletes exactly that plan, so a
dry run and the real run count alike. An operator command, never on a request path: where no key leads to the
items (events of other streams, marks keyed by an SES id or an address), it scans the table once and keeps
the items that name the tenant, the debtor's ids or its addresses as whole tokens.

What goes for a debtor: its invoices and its sending state (invoices table), every timeline event of those
invoices and of its letters stream, and any other event of the tenant that names it, every mark that names it
(address lookups `debtor#<tenant>#<email>`, SES and Message-ID lookups, claims, copies, clicks, inbound
seeds...), its letters as sent (`letters/<tenant>/<id>.eml`) and the inbound mail its events point to, and its
line in the dashboard's debtor list; the firm's totals are reduced by what its invoices added, so the figures
stay those of the remaining book. For a tenant: all of that for every debtor, the tenant record, its metrics,
users' lookups (an address that belongs to other tenants keeps them) and its reply-domain routing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from chalicelib import config
from chalicelib.adapters import aws, codec
from chalicelib.adapters import metrics_store as ms
from chalicelib.adapters.dynamo import CUSTOMER_PREFIX
from chalicelib.adapters.store import Sums, customer_key
from chalicelib.core import metrics
from chalicelib.services.digest import REGISTRY

ID_KEYS = ("ses_message_id", "message_id", "letter_id", "ref", "seed")


@dataclass
class Plan:
    tenant_id: str
    customer_id: str | None = None
    invoices: list[dict] = field(default_factory=list)  # DynamoDB keys
    tenant: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    marks: list[dict] = field(default_factory=list)
    edits: dict[str, dict] = field(default_factory=dict)  # shared lookups (users, registry, reply domains) -> without it
    objects: set[str] = field(default_factory=set)
    metrics_remove: dict[str, list[str]] = field(default_factory=dict)  # metrics item name -> attributes
    metrics_less: Sums | None = None

    def counts(self) -> dict[str, int]:
        return {"invoices_and_debtor_state": len(self.invoices), "tenant": len(self.tenant),
                "timeline_events": len(self.events), "marks": len(self.marks),
                "shared_lookups_changed": len(self.edits), "stored_mails": len(self.objects),
                "metrics_attributes": sum(len(a) for a in self.metrics_remove.values())}


def _table(name: str) -> str:
    return f"{config.table_prefix()}-{name}"


def _items(op: str, **kw) -> list[dict]:
    out, client = [], aws.client("dynamodb")
    while True:
        page = getattr(client, op)(**kw)
        out += page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return out
        kw["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _data(item: dict) -> dict:
    raw = (item.get("data") or {}).get("S")
    return json.loads(raw) if raw else {}


def _names(text: str, tokens: set[str]) -> bool:
    """Whole tokens only: customer `c_1` is not named by `c_10`."""
    return any(re.search(rf"(?<![\w.@+-]){re.escape(t)}(?![\w@-])", text) for t in tokens if t)


def _ids_in(detail: dict) -> set[str]:
    return {str(detail[k]) for k in ID_KEYS if detail.get(k)}


def _s3_keys(detail: dict, tenant_id: str) -> set[str]:
    keys = {str(detail["s3_key"])} if detail.get("s3_key") else set()
    if isinstance(detail.get("id"), str) and detail["id"].startswith("let_"):
        keys.add(f"letters/{tenant_id}/{detail['id']}.eml")
    if str(detail.get("letter_id") or "").startswith("let_"):
        keys.add(f"letters/{tenant_id}/{detail['letter_id']}.eml")
    return keys


def _event_keys(items: list[dict]) -> list[dict]:
    return [{"stream": i["stream"], "seq": i["seq"]} for i in items]


def plan_debtor(tenant_id: str, customer_id: str) -> Plan:
    plan = Plan(tenant_id, customer_id)
    rows = _items("query", TableName=_table("invoices"), IndexName="by_customer",
                  KeyConditionExpression="customer_key = :k",
                  ExpressionAttributeValues={":k": {"S": customer_key(tenant_id, customer_id)}})
    if not rows:
        raise LookupError(f"no debtor {customer_id} in tenant {tenant_id}")
    plan.invoices = [{"tenant_id": r["tenant_id"], "invoice_id": r["invoice_id"]} for r in rows]
    invoices = [codec.invoice(_data(r)) for r in rows if not r["invoice_id"]["S"].startswith(CUSTOMER_PREFIX)]
    emails = {i.snapshot.customer.email.lower() for i in invoices if i.snapshot and i.snapshot.customer.email}
    for r in rows:
        if r["invoice_id"]["S"].startswith(CUSTOMER_PREFIX):
            state = _data(r)
            emails |= {str(e).lower() for e in state.get("blocked", []) or [] if "@" in str(e)}
    invoice_ids = {r["invoice_id"]["S"] for r in rows}
    from chalicelib.services.dunning import letters_stream

    own_streams = {f"{tenant_id}#{s}" for s in (*invoice_ids, letters_stream(customer_id))}
    tokens = {customer_id, *emails, *(i for i in invoice_ids if not i.startswith(CUSTOMER_PREFIX))}
    # Another stream of the tenant (its to-do list, unmatched mail) may name the debtor: one scan, filtered.
    events = _items("scan", TableName=_table("events"), FilterExpression="begins_with(#s, :t)",
                    ExpressionAttributeNames={"#s": "stream"}, ExpressionAttributeValues={":t": {"S": f"{tenant_id}#"}})
    mine = [e for e in events if e["stream"]["S"] in own_streams or _names(json.dumps(_data(e)), tokens)]
    plan.events = _event_keys(mine)
    for e in mine:
        detail = _data(e).get("detail") or {}
        tokens |= _ids_in(detail)
        plan.objects |= _s3_keys(detail, tenant_id)
    _plan_marks(plan, tokens, tenant_id, erase_tenant=False)
    shard = f"debtors#{metrics.debtor_shard(customer_id)}"
    current = _metrics_item(tenant_id, shard)
    attrs = [a for a in current if a.endswith(f"|{customer_id}")]
    if attrs:
        plan.metrics_remove[shard] = attrs
    plan.metrics_less = _less(tenant_id, invoices, own_streams, events)
    return plan


def _metrics_item(tenant_id: str, name: str) -> dict:
    got = aws.client("dynamodb").get_item(TableName=_table("marks"), Key={"key": {"S": ms.key(tenant_id, name)}})
    return {a: v for a, v in got.get("Item", {}).items() if a != "key"}


def _less(tenant_id: str, invoices, own_streams: set[str], events: list[dict]) -> Sums | None:
    """What the debtor's invoices added to the firm's figures, negated (the debtor list's line goes apart)."""
    entries: dict[tuple, Decimal] = defaultdict(Decimal)
    for inv in invoices:
        stream = f"{tenant_id}#{inv.id}"
        letters = sum(1 for e in events if e["stream"]["S"] == stream and _data(e).get("type") == "reminder_sent")
        for k, v in metrics.ledger(inv, letters).items():
            if k[0] != metrics.DEBTOR:
                entries[k] -= v
    adds = metrics.placed({k: v for k, v in entries.items() if v})
    return Sums(tenant_id, adds, {}, frozenset()) if adds else None


def plan_tenant(tenant_id: str) -> Plan:
    plan = Plan(tenant_id)
    got = aws.client("dynamodb").get_item(TableName=_table("tenants"), Key={"tenant_id": {"S": tenant_id}})
    if "Item" not in got:
        raise LookupError(f"no tenant {tenant_id}")
    plan.tenant = [{"tenant_id": {"S": tenant_id}}]
    rows = _items("query", TableName=_table("invoices"), KeyConditionExpression="tenant_id = :t",
                  ExpressionAttributeValues={":t": {"S": tenant_id}}, ProjectionExpression="tenant_id, invoice_id")
    plan.invoices = rows
    events = _items("scan", TableName=_table("events"), FilterExpression="begins_with(#s, :t)",
                    ExpressionAttributeNames={"#s": "stream"}, ExpressionAttributeValues={":t": {"S": f"{tenant_id}#"}})
    plan.events = _event_keys(events)
    tokens = {tenant_id}
    for e in events:
        detail = _data(e).get("detail") or {}
        tokens |= _ids_in(detail)
        plan.objects |= _s3_keys(detail, tenant_id)
    _plan_marks(plan, tokens, tenant_id, erase_tenant=True)
    plan.objects |= set(_objects(f"letters/{tenant_id}/"))
    return plan


def _plan_marks(plan: Plan, tokens: set[str], tenant_id: str, erase_tenant: bool) -> None:
    for m in _items("scan", TableName=_table("marks")):
        key = m["key"]["S"]
        if key.startswith("metrics#"):
            if erase_tenant and key.startswith(ms.key(tenant_id, "")):
                plan.marks.append({"key": m["key"]})
            continue  # a debtor's share of the figures is taken out by attribute, not by item
        data = _data(m)
        shared = _without(key, data, tenant_id)
        if shared is not False:
            # Lookups other tenants share (a user of several firms, the scheduled run's registry, a reply domain):
            # this tenant leaves them; they go only when no one is left. A debtor is in none of them.
            if erase_tenant and shared is None:
                plan.marks.append({"key": m["key"]})
            elif erase_tenant and shared != data:
                plan.edits[key] = shared
            continue
        text = key + " " + json.dumps(data)
        if erase_tenant:
            hit = _names(text, tokens)
        else:  # a debtor's marks: within its tenant, or keyed by one of its own ids or addresses
            hit = _names(text, tokens) and (_names(text, {tenant_id}) or _names(key, tokens - {plan.customer_id}))
        if hit:
            plan.marks.append({"key": m["key"]})


def stack_bucket(stage: str) -> str:
    """The deployed stack's mail bucket (its name carries the account and region); without a stack, the
    configured one (the local stack)."""
    try:
        got = aws.client("cloudformation").describe_stack_resource(
            StackName=f"relance-{stage}", LogicalResourceId="InboundMailBucket")
        return got["StackResourceDetail"]["PhysicalResourceId"]
    except Exception:  # noqa: BLE001 - no such stack or no permission: the configured bucket
        return config.mail_bucket()


def _without(key: str, data: dict, tenant_id: str) -> dict | None | bool:
    """A shared lookup without the tenant (None: nothing left); False: not a shared lookup."""
    if key.startswith("user#"):
        tenants = {t: r for t, r in (data.get("tenants") or {}).items() if t != tenant_id}
        return {**data, "tenants": tenants} if tenants else None
    if key == REGISTRY:
        return {**data, "ids": [i for i in data.get("ids", []) if i != tenant_id]}
    if key.startswith("replydomain#"):
        ids = sorted(set(data.get("tenant_ids") or ([data["tenant_id"]] if data.get("tenant_id") else []))
                     - {tenant_id})
        return {"tenant_id": ids[0] if len(ids) == 1 else None, "tenant_ids": ids} if ids else None
    return False


def _bucket() -> str:
    return config.mail_bucket()


def _objects(prefix: str) -> list[str]:
    s3, out, token = aws.client("s3"), [], None
    while True:
        kw = {"Bucket": _bucket(), "Prefix": prefix, **({"ContinuationToken": token} if token else {})}
        page = s3.list_objects_v2(**kw)
        out += [o["Key"] for o in page.get("Contents", [])]
        token = page.get("NextContinuationToken")
        if not token:
            return out


def _existing(keys: set[str]) -> set[str]:
    s3, out = aws.client("s3"), set()
    for k in keys:
        try:
            s3.head_object(Bucket=_bucket(), Key=k)
            out.add(k)
        except s3.exceptions.ClientError:
            pass
    return out


def finish(plan: Plan) -> Plan:
    """Only what is there counts (an inbound mail may have expired already)."""
    plan.objects = _existing(plan.objects)
    return plan


def apply(plan: Plan) -> dict[str, int]:
    client = aws.client("dynamodb")
    for table, keys in (("invoices", plan.invoices), ("events", plan.events), ("marks", plan.marks),
                        ("tenants", plan.tenant)):
        for start in range(0, len(keys), 25):
            request: dict | None = {_table(table): [{"DeleteRequest": {"Key": k}} for k in keys[start:start + 25]]}
            while request:
                request = client.batch_write_item(RequestItems=request).get("UnprocessedItems") or None
    for key, data in plan.edits.items():
        client.put_item(TableName=_table("marks"), Item={"key": {"S": key}, "data": {"S": json.dumps(data)}})
    for name, attrs in plan.metrics_remove.items():
        names = {f"#a{i}": a for i, a in enumerate(attrs)}
        client.update_item(TableName=_table("marks"), Key={"key": {"S": ms.key(plan.tenant_id, name)}},
                           UpdateExpression="REMOVE " + ", ".join(names), ExpressionAttributeNames=names)
    if plan.metrics_less:
        ms.DynamoMetrics().add(plan.metrics_less, f"erase#{plan.tenant_id}#{plan.customer_id}")
    s3 = aws.client("s3")
    keys = sorted(plan.objects)
    for start in range(0, len(keys), 1000):
        s3.delete_objects(Bucket=_bucket(), Delete={"Objects": [{"Key": k} for k in keys[start:start + 1000]],
                                                    "Quiet": True})
    return plan.counts()
