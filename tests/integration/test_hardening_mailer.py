"""A connection error to SES is a SendFailed like any refusal: the sender's failure path sees it."""

import socket

import boto3
import pytest
from botocore.config import Config
from moto import mock_aws

from chalicelib.adapters import aws
from chalicelib.adapters.mailer import MemoryMailer, SendFailed, SesMailer, Unreachable

RAW = b"From: a@atelier.test\r\nTo: c@martin.test\r\nSubject: x\r\n\r\nx\r\n"


@pytest.fixture
def env(monkeypatch):
    for k, v in {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_DEFAULT_REGION": "eu-west-1",
                 "AWS_REGION": "eu-west-1", "RELANCE_SES_RATE": "1000"}.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("RELANCE_SES_CONFIGURATION_SET", raising=False)
    aws.reset()
    yield
    aws.reset()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_hardening_connection_error_is_send_failed(env):
    aws._clients["sesv2"] = boto3.client(
        "sesv2", region_name="eu-west-1", endpoint_url=f"http://127.0.0.1:{_closed_port()}",
        config=Config(retries={"mode": "standard", "max_attempts": 1}, connect_timeout=1))
    with pytest.raises(SendFailed) as exc:
        SesMailer(sleep=lambda s: None).send(RAW, "a@atelier.test", ["c@martin.test"])
    assert isinstance(exc.value, Unreachable) and "EndpointConnectionError" in str(exc.value)


def test_hardening_refusal_on_moto_is_still_send_failed_not_unreachable(env):
    with mock_aws():
        aws.reset()
        with pytest.raises(SendFailed) as exc:  # unverified sender: moto refuses with a ClientError
            SesMailer(sleep=lambda s: None).send(RAW, "a@atelier.test", ["c@martin.test"])
        assert not isinstance(exc.value, Unreachable)


def test_hardening_twin_raises_the_same_classes():
    mailer = MemoryMailer()
    mailer.fail_next = Unreachable("EndpointConnectionError: twin")
    with pytest.raises(SendFailed):
        mailer.send(RAW, "a@atelier.test", ["c@martin.test"])
    assert mailer.send(RAW, "a@atelier.test", ["c@martin.test"]).startswith("mem-")
