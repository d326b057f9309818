"""The reminders queue: SQS, batched by ten. `MemoryQueue` is its twin."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from chalicelib import config

from . import aws

MAX_BYTES = 256 * 1024  # SQS's limit for one message, and for one batch request's bodies together


class BodyTooLarge(ValueError):
    """A body SQS would refuse: checked before anything is sent, so no part of the call went out."""


def _encoded(bodies: list[dict]) -> list[str]:
    out = [json.dumps(b, ensure_ascii=False) for b in bodies]
    for n, text in enumerate(out):
        if len(text.encode("utf-8")) > MAX_BYTES:
            raise BodyTooLarge(f"body {n} is {len(text.encode('utf-8'))} bytes (limit {MAX_BYTES})")
    return out


def _chunks(texts: list[str]) -> list[list[str]]:
    """Batches of at most ten bodies and MAX_BYTES together."""
    chunks: list[list[str]] = []
    size = 0
    for text in texts:
        n = len(text.encode("utf-8"))
        if not chunks or len(chunks[-1]) == 10 or size + n > MAX_BYTES:
            chunks.append([])
            size = 0
        chunks[-1].append(text)
        size += n
    return chunks


class SqsQueue:
    def __init__(self) -> None:
        self._url: str | None = None

    def url(self) -> str:
        if self._url is None:
            self._url = aws.client("sqs").get_queue_url(QueueName=config.queue_name())["QueueUrl"]
        return self._url

    def send_many(self, bodies: list[dict]) -> int:
        sent = 0
        for chunk in _chunks(_encoded(bodies)):
            entries = [{"Id": str(n), "MessageBody": text} for n, text in enumerate(chunk)]
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
    def __init__(self) -> None:
        self.messages: list[dict] = []

    def send_many(self, bodies: list[dict]) -> int:
        self.messages.extend(json.loads(text) for text in _encoded(bodies))
        return len(bodies)


if TYPE_CHECKING:  # mypy checks the twin against its port (chalicelib/ports.py)
    from chalicelib import ports

    _queue: ports.Queue = MemoryQueue()
