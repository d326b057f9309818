"""One contract each for the queue and the mail store: the in-memory twin and the AWS adapter (on moto)
must answer alike, or the service tests that run on the twins prove nothing about production."""

from __future__ import annotations

import json
from decimal import Decimal

import boto3
import pytest
from hypothesis import given
from hypothesis import strategies as st
from moto import mock_aws

from chalicelib.adapters import aws
from chalicelib.adapters.mailstore import MAX_BYTES, MemoryMailStore, Missing, S3MailStore, TooBig
from chalicelib.adapters.queue import MAX_BYTES as QUEUE_MAX
from chalicelib.adapters.queue import BodyTooLarge, MemoryQueue, SqsQueue, _chunks

REGION = "eu-west-1"


@pytest.fixture
def env(monkeypatch):
    for k, v in {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_DEFAULT_REGION": REGION,
                 "AWS_REGION": REGION, "RELANCE_QUEUE": "contract-reminders",
                 "RELANCE_MAIL_BUCKET": "contract-mail"}.items():
        monkeypatch.setenv(k, v)
    aws.reset()
    yield
    aws.reset()


class Sqs:
    """SqsQueue on moto, with a way to read back what was queued."""

    def __init__(self):
        self.queue = SqsQueue()
        self.url = boto3.client("sqs", region_name=REGION).create_queue(QueueName="contract-reminders")["QueueUrl"]

    def send_many(self, bodies):
        return self.queue.send_many(bodies)

    @property
    def messages(self) -> list[dict]:
        sqs, out = boto3.client("sqs", region_name=REGION), []
        while True:
            got = sqs.receive_message(QueueUrl=self.url, MaxNumberOfMessages=10).get("Messages", [])
            if not got:
                return out
            out += [json.loads(m["Body"]) for m in got]
            sqs.delete_message_batch(QueueUrl=self.url, Entries=[
                {"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(got)])


@pytest.fixture(params=["memory", "sqs"])
def queue(request, env):
    if request.param == "memory":
        yield MemoryQueue()
        return
    with mock_aws():
        aws.reset()
        yield Sqs()


def key(body: dict) -> str:
    return json.dumps(body, sort_keys=True)


def test_queue_delivers_every_body_exactly_as_sent(queue):
    bodies = [{"tenant_id": "t_1", "customer_id": f"c_{i}", "note": "Société Générale — ½ €"} for i in range(23)]
    assert queue.send_many(bodies) == 23
    assert sorted(map(key, queue.messages)) == sorted(map(key, bodies))


def test_queue_with_nothing_to_send_sends_nothing(queue):
    assert queue.send_many([]) == 0
    assert queue.messages == []


def test_queue_batches_by_size_as_well_as_by_count(queue):
    # Ten bodies of 60 KB each exceed SQS's 256 KiB per batch request: they must go in several batches.
    bodies = [{"customer_id": f"c_{i}", "pad": "x" * 60_000} for i in range(10)]
    assert queue.send_many(bodies) == 10
    assert sorted(map(key, queue.messages)) == sorted(map(key, bodies))


def test_queue_refuses_a_body_too_large_before_sending_anything(queue):
    with pytest.raises(BodyTooLarge):
        queue.send_many([{"customer_id": "c_1"}, {"pad": "é" * 140_000}])  # 280 KB once encoded
    assert queue.messages == []


def test_queue_refuses_what_json_cannot_carry(queue):
    with pytest.raises(TypeError):
        queue.send_many([{"amount": Decimal("1.00")}])
    assert queue.messages == []


@pytest.fixture(params=["memory", "s3"])
def mail_store(request, env):
    if request.param == "memory":
        yield MemoryMailStore()
        return
    with mock_aws():
        aws.reset()
        s3 = boto3.client("s3", region_name=REGION)
        for bucket in ("contract-mail", "other-bucket"):
            s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
        yield S3MailStore()


def test_mail_store_round_trips_bytes_in_the_configured_bucket(mail_store):
    raw = b"From: a@b.test\r\nSubject: =?utf-8?q?R=C3=A9ponse?=\r\n\r\n\xff\x00binary"
    mail_store.put("inbound/abc", raw)
    assert mail_store.get("inbound/abc") == raw
    assert mail_store.get("inbound/abc", "contract-mail") == raw  # the configured bucket, named


def test_mail_store_keeps_buckets_apart(mail_store):
    mail_store.put("inbound/abc", b"in the other bucket", "other-bucket")
    with pytest.raises(Missing):
        mail_store.get("inbound/abc")
    assert mail_store.get("inbound/abc", "other-bucket") == b"in the other bucket"


def test_mail_store_reads_the_bucket_at_call_time(mail_store, monkeypatch):
    mail_store.put("k", b"first")
    monkeypatch.setenv("RELANCE_MAIL_BUCKET", "other-bucket")
    with pytest.raises(Missing):
        mail_store.get("k")


def test_mail_store_missing_key_is_missing(mail_store):
    with pytest.raises(Missing):
        mail_store.get("inbound/never-written")
    assert issubclass(Missing, LookupError)


def test_mail_store_overwrites_a_key(mail_store):
    mail_store.put("k", b"one")
    mail_store.put("k", b"two")
    assert mail_store.get("k") == b"two"


def test_mail_store_refuses_to_load_a_mail_past_the_cap(mail_store):
    mail_store.put("big", b"x" * (MAX_BYTES + 1))
    with pytest.raises(TooBig):
        mail_store.get("big")


@given(st.lists(st.integers(min_value=0, max_value=QUEUE_MAX), max_size=40))
def test_queue_batches_hold_at_most_ten_bodies_and_the_request_limit(sizes):
    # moto does not enforce SQS's 256 KiB per batch request (BatchRequestTooLong): the split is checked here.
    texts = ["x" * n for n in sizes]
    chunks = _chunks(texts)
    assert [t for c in chunks for t in c] == texts
    assert all(1 <= len(c) <= 10 and sum(len(t) for t in c) <= QUEUE_MAX for c in chunks)
