"""Counts DynamoDB requests and items read, with botocore event hooks on PynamoDB's own clients."""

from __future__ import annotations

import os
from collections import Counter
from contextlib import contextmanager

from chalicelib.adapters import dynamo


class DynamoCounter:
    def __init__(self):
        self.requests: Counter = Counter()
        self.items = 0
        self._clients = []

    def attach(self) -> DynamoCounter:
        seen = set()
        for model in dynamo.MODELS.values():
            client = model._get_connection().connection.client
            if id(client) in seen:
                continue
            seen.add(id(client))
            client.meta.events.register("before-call.dynamodb.*", self._before)
            client.meta.events.register("after-call.dynamodb.*", self._after)
            self._clients.append(client)
        return self

    def _before(self, model, **_):
        self.requests[model.name] += 1

    def _after(self, http_response, parsed, model, **_):
        if model.name in ("Query", "Scan"):
            self.items += parsed.get("Count", 0)
        elif model.name == "GetItem":
            self.items += 1 if parsed.get("Item") else 0
        elif model.name == "BatchGetItem":
            self.items += sum(len(v) for v in parsed.get("Responses", {}).values())

    def reset(self) -> None:
        self.requests.clear()
        self.items = 0

    @property
    def total(self) -> int:
        return sum(self.requests.values())


@contextmanager
def dynamo_on_moto(prefix: str = "bench"):
    """Every table on moto, and a DynamoStore bound to them; connections are rebuilt on the way out."""
    import boto3
    from moto import mock_aws

    with mock_aws():
        os.environ.update({"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x",
                           "AWS_DEFAULT_REGION": "eu-west-1", "RELANCE_TABLE_PREFIX": prefix})
        dynamo.bind(force=True)
        ddb = boto3.client("dynamodb", region_name="eu-west-1")
        for spec in dynamo.table_specs(prefix):
            ddb.create_table(**spec)
        try:
            yield dynamo.DynamoStore()
        finally:
            dynamo.bind(force=True)


@contextmanager
def no_table_backups():
    """moto's TransactWriteItems deep-copies every table it touches, for a rollback (O(table) time and memory
    per request: 24 GB at 100,000 invoices). Inside this block it skips those copies, so a failed transaction
    would not roll back: benches using it must check that none failed. The request count is unchanged."""
    import copy

    from moto.dynamodb.models.table import Table

    real = copy.deepcopy

    def deepcopy(obj, *args, **kwargs):
        return obj if isinstance(obj, Table) else real(obj, *args, **kwargs)

    copy.deepcopy = deepcopy
    try:
        yield
    finally:
        copy.deepcopy = real
