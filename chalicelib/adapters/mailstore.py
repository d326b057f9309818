"""Raw inbound mail in S3 (written by the SES receipt rule's S3 action). `MemoryMailStore` is its twin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chalicelib import config

from . import aws

MAX_BYTES = 40 * 1024 * 1024


class TooBig(Exception):
    pass


class MailStoreFailed(Exception):
    """A write did not happen (the caller knows nothing was kept)."""


class Missing(LookupError):
    """No object under that key in that bucket."""


class S3MailStore:
    def get(self, key: str, bucket: str | None = None) -> bytes:
        from botocore.exceptions import ClientError

        s3 = aws.client("s3")
        bucket = bucket or config.mail_bucket()
        try:
            head = s3.head_object(Bucket=bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NoSuchBucket"):
                raise Missing(f"{bucket}/{key}") from exc
            raise
        if head["ContentLength"] > MAX_BYTES:
            raise TooBig(f"{head['ContentLength']} bytes")
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()

    def put(self, key: str, data: bytes, bucket: str | None = None) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            aws.client("s3").put_object(Bucket=bucket or config.mail_bucket(), Key=key, Body=data)
        except (ClientError, BotoCoreError) as exc:
            raise MailStoreFailed(str(exc)) from exc


class MemoryMailStore:
    """Objects by (bucket, key); no bucket means the configured mail bucket, read at call time as for S3."""

    def __init__(self) -> None:
        self.objects: dict[tuple[str, str], bytes] = {}

    def get(self, key: str, bucket: str | None = None) -> bytes:
        where = (bucket or config.mail_bucket(), key)
        if where not in self.objects:
            raise Missing(f"{where[0]}/{key}")
        data = self.objects[where]
        if len(data) > MAX_BYTES:
            raise TooBig(f"{len(data)} bytes")
        return data

    def put(self, key: str, data: bytes, bucket: str | None = None) -> None:
        self.objects[(bucket or config.mail_bucket(), key)] = bytes(data)


if TYPE_CHECKING:  # mypy checks the twin against its port (chalicelib/ports.py)
    from chalicelib import ports

    _mailstore: ports.MailStore = MemoryMailStore()
