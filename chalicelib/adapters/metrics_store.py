"""Where the metrics aggregates live: items of the marks table, `metrics#<tenant>#<name>`, updated with
DynamoDB ADD (additive, so concurrent writers never lose each other's sums). An in-memory twin beside it.

Item names: "total" (all-time sums by due day, and the set of months that have data), "YYYY-MM" (sums by
day), "debtors#N" (open balance by debtor and due day, and debtor names).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from .store import Sums

if TYPE_CHECKING:
    from pynamodb.expressions.update import Action

MONTHS = "months"  # string set attribute of the "total" item
BATCH_GET = 100
TRANSACT = 100


def key(tenant_id: str, name: str) -> str:
    return f"metrics#{tenant_id}#{name}"


class MemoryMetrics:
    def __init__(self) -> None:
        self.items: dict[str, dict] = defaultdict(dict)

    def add(self, sums: Sums, token: str = "") -> None:
        for name, attrs in sums.adds.items():
            item = self.items[key(sums.tenant_id, name)]
            for a, v in attrs.items():
                item[a] = item.get(a, Decimal(0)) + v
        for name, texts in sums.sets.items():
            self.items[key(sums.tenant_id, name)].update(texts)
        if sums.months:
            total = self.items[key(sums.tenant_id, "total")]
            total[MONTHS] = set(total.get(MONTHS, set())) | set(sums.months)

    def get(self, tenant_id: str, names: list[str]) -> dict[str, dict]:
        return {n: dict(self.items[key(tenant_id, n)]) for n in names if key(tenant_id, n) in self.items}

    def remove_zeros(self, tenant_id: str, name: str, attrs: list[str]) -> bool:
        item = self.items.get(key(tenant_id, name), {})
        if any(item.get(a) != 0 for a in attrs):
            return False
        for a in attrs:
            item.pop(a, None)
        return True


class DynamoMetrics:
    """On the marks table through PynamoDB's own botocore client (so request counters see it)."""

    def _client(self):
        from .dynamo import MarkModel, bind

        bind()
        return MarkModel._get_connection().connection.client, MarkModel.Meta.table_name

    def add(self, sums: Sums, token: str) -> None:
        from pynamodb.transactions import TransactWrite

        from .dynamo import MarkModel, bind

        bind()
        ops = updates(sums)
        for start in range(0, len(ops), TRANSACT):
            # The same change sent twice within 10 minutes (a retry) is applied once.
            tok = hashlib.sha256(f"{token}#{start}".encode()).hexdigest()[:36]
            with TransactWrite(connection=MarkModel._get_connection().connection, client_request_token=tok) as tx:
                for k, actions in ops[start:start + TRANSACT]:
                    tx.update(MarkModel(k), actions=actions)

    def get(self, tenant_id: str, names: list[str]) -> dict[str, dict]:
        client, table = self._client()
        out: dict[str, dict] = {}
        wanted = [{"key": {"S": key(tenant_id, n)}} for n in names]
        prefix = key(tenant_id, "")
        for start in range(0, len(wanted), BATCH_GET):
            request: dict | None = {table: {"Keys": wanted[start:start + BATCH_GET]}}
            while request:
                resp = client.batch_get_item(RequestItems=request)
                for item in resp.get("Responses", {}).get(table, []):
                    out[item["key"]["S"][len(prefix):]] = {a: _value(v) for a, v in item.items() if a != "key"}
                request = resp.get("UnprocessedKeys") or None
        return out


    def remove_zeros(self, tenant_id: str, name: str, attrs: list[str]) -> bool:
        """Removes attributes that are still zero (a balance paid off), or nothing if any changed meanwhile."""
        client, table = self._client()
        names = {f"#a{i}": a for i, a in enumerate(attrs)}
        try:
            client.update_item(TableName=table, Key={"key": {"S": key(tenant_id, name)}},
                               UpdateExpression="REMOVE " + ", ".join(names),
                               ConditionExpression=" AND ".join(f"{n} = :z" for n in names),
                               ExpressionAttributeNames=names, ExpressionAttributeValues={":z": {"N": "0"}})
        except client.exceptions.ConditionalCheckFailedException:
            return False
        return True


def updates(sums: Sums) -> list[tuple[str, list[Action]]]:
    """The UpdateItem actions (ADD for sums and months, SET for names), one per item: the store's own
    transaction and `DynamoMetrics.add` both send these."""
    from pynamodb.expressions.operand import Path, Value

    out = []
    for name in sums.names():
        actions: list[Action] = [Path([a]).add(Value({"N": str(v)})) for a, v in sorted(sums.adds.get(name, {}).items())]
        actions += [Path([a]).set(Value({"S": v})) for a, v in sorted(sums.sets.get(name, {}).items())]
        if name == "total" and sums.months:
            actions.append(Path([MONTHS]).add(Value({"SS": sorted(sums.months)})))
        out.append((key(sums.tenant_id, name), actions))
    return out


def _value(v: dict):
    if "N" in v:
        return Decimal(v["N"])
    if "SS" in v:
        return set(v["SS"])
    if "S" in v:
        return v["S"]
    return None


def for_store(store):
    """The twin rides on the in-memory store; every DynamoStore shares the tables it is bound to."""
    from .memory import MemoryStore

    if isinstance(store, MemoryStore):
        if not hasattr(store, "_metrics"):
            store._metrics = MemoryMetrics()
        return store._metrics
    return DynamoMetrics()
