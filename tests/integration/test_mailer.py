"""The SES adapter: raw MIME through SESv2, throttling retried with backoff, the rate never exceeded."""

import boto3
import pytest
from botocore.stub import Stubber
from moto import mock_aws

from chalicelib.adapters import aws
from chalicelib.adapters.mailer import MemoryMailer, RateLimiter, SendFailed, SesMailer

RAW = (b"From: Atelier <relances@atelier.test>\r\nTo: compta@martin.test\r\nReply-To: r+abc@reply.atelier.test\r\n"
       b"X-Test: kept\r\nSubject: Facture\r\n\r\nBonjour\r\n")


@pytest.fixture
def env(monkeypatch):
    for k, v in {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_DEFAULT_REGION": "eu-west-1",
                 "AWS_REGION": "eu-west-1", "RELANCE_SES_CONFIGURATION_SET": "cs", "RELANCE_SES_RATE": "1000"}.items():
        monkeypatch.setenv(k, v)
    aws.reset()
    yield
    aws.reset()


@pytest.mark.parametrize("kind", ["memory", "ses"])
def test_contract_send_returns_an_id_and_keeps_raw_headers(env, kind):
    if kind == "memory":
        mailer = MemoryMailer()
        mid = mailer.send(RAW, "relances@atelier.test", ["compta@martin.test"])
        assert mid and mailer.sent[0].raw == RAW
        return
    with mock_aws():
        aws.reset()
        ses = boto3.client("sesv2", region_name="eu-west-1")
        ses.create_email_identity(EmailIdentity="relances@atelier.test")
        ses.create_configuration_set(ConfigurationSetName="cs")
        mid = SesMailer().send(RAW, "relances@atelier.test", ["compta@martin.test"])
        from moto.core import DEFAULT_ACCOUNT_ID
        from moto.ses.models import ses_backends

        sent = ses_backends[DEFAULT_ACCOUNT_ID]["eu-west-1"].sent_messages[-1]
        assert mid == sent.id and "Reply-To: r+abc@reply.atelier.test" in sent.raw_data
        assert "X-Test: kept" in sent.raw_data


def _throttled():
    return {"service_error_code": "TooManyRequestsException", "service_message": "Maximum sending rate exceeded."}


def test_throttling_is_retried_with_backoff(env):
    sleeps = []
    mailer = SesMailer(sleep=sleeps.append)
    client = aws.client("sesv2")
    with Stubber(client) as stub:
        stub.add_client_error("send_email", **_throttled())
        stub.add_client_error("send_email", **_throttled())
        stub.add_response("send_email", {"MessageId": "ok-1"})
        assert mailer.send(RAW, "a@b.test", ["c@d.test"]) == "ok-1"
    assert sleeps[:2] == [0.2, 0.4]


def test_throttled_after_every_attempt_is_a_send_failure(env):
    mailer = SesMailer(sleep=lambda s: None, attempts=3)
    with Stubber(aws.client("sesv2")) as stub:
        for _ in range(3):
            stub.add_client_error("send_email", **_throttled())
        with pytest.raises(SendFailed):
            mailer.send(RAW, "a@b.test", ["c@d.test"])


def test_permanent_refusal_is_not_retried(env):
    mailer = SesMailer(sleep=lambda s: None)
    with Stubber(aws.client("sesv2")) as stub:
        stub.add_client_error("send_email", service_error_code="MessageRejected", service_message="not verified")
        with pytest.raises(SendFailed):
            mailer.send(RAW, "a@b.test", ["c@d.test"])


def test_rate_limiter_never_exceeds_the_rate():
    t = [0.0]
    limiter = RateLimiter(5, clock=lambda: t[0], sleep=lambda s: t.__setitem__(0, t[0] + s))
    stamps = []
    for _ in range(20):
        limiter.wait()
        stamps.append(t[0])
    for i in range(len(stamps) - 5):
        assert stamps[i + 5] - stamps[i] >= 1.0 - 1e-9  # never more than 5 in any second
