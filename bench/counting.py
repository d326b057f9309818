"""Counts DynamoDB requests and items read, with botocore event hooks on PynamoDB's own clients."""

from __future__ import annotations

from collections import Counter

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
