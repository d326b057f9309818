"""Sending mail: SES v2 raw MIME (moto drops custom headers and Reply-To on Simple content), with
backoff on throttling and a send-rate ceiling. `MemoryMailer` is its twin."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotoConnectionError

from chalicelib import config

from . import aws

THROTTLED = ("TooManyRequestsException", "Throttling", "ThrottlingException", "LimitExceededException")


class SendFailed(Exception):
    """SES did not accept the message: refused, or still throttled after every retry."""


class Throttled(SendFailed):
    pass


class Unreachable(SendFailed):
    """SES could not be reached, after botocore's own retries: a connection refused, a DNS failure, a timeout.
    After a read timeout SES may have taken the message; the caller treats it as any failed send."""


class RateLimiter:
    """At most `rate` sends a second from this container (the queue's concurrency caps containers)."""

    def __init__(self, rate: float, clock=time.monotonic, sleep=time.sleep):
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.clock, self.sleep = clock, sleep
        self.next_at = 0.0

    def wait(self) -> None:
        now = self.clock()
        if now < self.next_at:
            self.sleep(self.next_at - now)
            now = self.next_at
        self.next_at = now + self.interval


_limiter: RateLimiter | None = None


class SesMailer:
    def __init__(self, sleep=time.sleep, attempts: int = 6):
        global _limiter
        if _limiter is None or abs(_limiter.interval - 1.0 / config.send_rate()) > 1e-9:
            _limiter = RateLimiter(config.send_rate())
        self.limiter, self.sleep, self.attempts = _limiter, sleep, attempts

    def send(self, raw: bytes, from_addr: str, to: list[str]) -> str:
        kwargs: dict[str, object] = {"FromEmailAddress": from_addr, "Destination": {"ToAddresses": to},
                  "Content": {"Raw": {"Data": raw}}}
        config_set = config.configuration_set()
        if config_set:
            kwargs["ConfigurationSetName"] = config_set
        delay = 0.2
        for attempt in range(self.attempts):
            self.limiter.wait()
            try:
                return aws.client("sesv2").send_email(**kwargs)["MessageId"]
            except ClientError as exc:
                code = exc.response.get("Error", {}).get("Code", "")
                if code in THROTTLED and attempt < self.attempts - 1:
                    self.sleep(delay)
                    delay = min(delay * 2, 5.0)
                    continue
                if code in THROTTLED:
                    raise Throttled(f"{code}: still throttled after {self.attempts} attempts") from exc
                raise SendFailed(f"{code}: {exc.response.get('Error', {}).get('Message', '')}") from exc
            except (BotoConnectionError, HTTPClientError) as exc:  # not ClientErrors: no answer from SES at all
                raise Unreachable(f"{type(exc).__name__}: {exc}") from exc
        raise AssertionError("unreachable")


@dataclass
class SentMail:
    raw: bytes
    from_addr: str
    to: list[str]
    message_id: str


class MemoryMailer:
    def __init__(self) -> None:
        self.sent: list[SentMail] = []
        self.fail_next: Exception | None = None

    def send(self, raw: bytes, from_addr: str, to: list[str]) -> str:
        if self.fail_next:
            exc, self.fail_next = self.fail_next, None
            raise exc
        mid = f"mem-{len(self.sent) + 1:06d}"
        self.sent.append(SentMail(raw, from_addr, to, mid))
        return mid


if TYPE_CHECKING:  # mypy checks the twin against its port (chalicelib/ports.py)
    from chalicelib import ports

    _mailer: ports.Mailer = MemoryMailer()
