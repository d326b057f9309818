"""The reminders queue: SQS, batched by ten. `MemoryQueue` is its twin."""

from __future__ import annotations

import json

from chalicelib import config

from . import aws


class SqsQueue:
    def __init__(self):
        self._url = None

    def url(self) -> str:
        if self._url is None:
            self._url = aws.client("sqs").get_queue_url(QueueName=config.queue_name())["QueueUrl"]
        return self._url

    def send_many(self, bodies: list[dict]) -> int:
        sent = 0
        for i in range(0, len(bodies), 10):
            chunk = bodies[i: i + 10]
            entries = [{"Id": str(n), "MessageBody": json.dumps(b)} for n, b in enumerate(chunk)]
            result = aws.client("sqs").send_message_batch(QueueUrl=self.url(), Entries=entries)
            if result.get("Failed"):
                # Retry the failed entries once; anything left raises so the run is retried (no silent loss).
                again = [e for e in entries if e["Id"] in {f["Id"] for f in result["Failed"]}]
                result2 = aws.client("sqs").send_message_batch(QueueUrl=self.url(), Entries=again)
                if result2.get("Failed"):
                    raise RuntimeError(f"SQS refused {len(result2['Failed'])} messages")
            sent += len(chunk)
        return sent


class MemoryQueue:
    def __init__(self):
        self.messages: list[dict] = []

    def send_many(self, bodies: list[dict]) -> int:
        self.messages.extend(json.loads(json.dumps(b)) for b in bodies)
        return len(bodies)
